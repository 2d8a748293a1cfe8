/**
 * Links that invite readers to complete or correct an entry: the CMS and a pre-filled GitHub
 * issue form (both need a GitHub account), and a pre-filled e-mail to the atlas's public
 * address (needs no account at all).
 */
export function cmsEntryUrl(base: string, collection: 'initiatives' | 'organisations', id: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}admin/#/collections/${collection}/entries/${id}`;
}

/** A new issue from the "Correctie doorgeven" form, with the entry's id and name filled in. */
export function correctionFormUrl(repository: string, kind: 'initiatief' | 'organisatie', id: string, name: string): string {
  const params = new URLSearchParams({ template: 'correctie.yml', title: `Correctie: ${name}`, id, naam: name, soort: kind });
  return `https://github.com/${repository}/issues/new?${params}`;
}

/** A new issue from the "Bevestigen dat het klopt" form, with the entry's id and name filled in. */
export function confirmationFormUrl(repository: string, kind: 'initiatief' | 'organisatie', id: string, name: string): string {
  const params = new URLSearchParams({ template: 'klopt-nog.yml', title: `Klopt nog: ${name}`, id, naam: name, soort: kind });
  return `https://github.com/${repository}/issues/new?${params}`;
}

/** A `mailto:` link with subject and body filled in; every part encoded. */
function mailto(address: string, subject: string, body: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * A pre-filled e-mail proposing a new initiative: the questions of the "Initiatief aanmelden"
 * form, one per line, so what comes back can be processed the same way.
 */
export function proposalMailto(address: string): string {
  return mailto(
    address,
    'Aanmelding: ',
    [
      'Naam van het initiatief: ',
      'Soort samenwerking (PPS, CIV, CoE, CIB of regionaal netwerk): ',
      'Samenvatting (een tot drie zinnen): ',
      'Plaats of gebied: ',
      'Onderwijsniveaus (vmbo, mbo, hbo, wo): ',
      'Penvoerder: ',
      'Partners (een per regel): ',
      'Startjaar: ',
      'Website: ',
      'Bron (webadres of titel van een document): ',
      '',
      'Noem geen namen, e-mailadressen of telefoonnummers van personen.',
    ].join('\n'),
  );
}

/** A pre-filled e-mail correcting one entry, naming it by kind, id and name. */
export function correctionMailto(address: string, kind: 'initiatief' | 'organisatie', id: string, name: string): string {
  return mailto(
    address,
    `Correctie: ${name}`,
    [
      `Over: ${kind} ${name} (${id})`,
      'Wat klopt er niet, of wat ontbreekt? ',
      'Wat zou er moeten staan? ',
      'Bron (webadres of titel van een document): ',
    ].join('\n'),
  );
}
