/**
 * Links that invite readers to complete or correct an entry: the CMS and a pre-filled GitHub
 * issue form (both need a GitHub account), and a pre-filled e-mail to the atlas's public
 * address (needs no account at all). The CMS entry's link is a route (`paths.cmsEntry` in urls.ts).
 */
import { ENTITIES, type EntityKind } from './schema/schemas';

/** A new issue from the "Correctie doorgeven" form, with the entry's id and name filled in. */
export function correctionFormUrl(repository: string, kind: EntityKind, id: string, name: string): string {
  const params = new URLSearchParams({
    template: 'correctie.yml',
    title: `Correctie: ${name}`,
    id,
    naam: name,
    soort: ENTITIES[kind].nouns.one,
  });
  return `https://github.com/${repository}/issues/new?${params}`;
}

/** A new issue from the "Bevestigen dat het klopt" form, with the entry's id and name filled in. */
export function confirmationFormUrl(repository: string, kind: EntityKind, id: string, name: string): string {
  const params = new URLSearchParams({
    template: 'klopt-nog.yml',
    title: `Klopt nog: ${name}`,
    id,
    naam: name,
    soort: ENTITIES[kind].nouns.one,
  });
  return `https://github.com/${repository}/issues/new?${params}`;
}

/**
 * A `mailto:` link with subject and body filled in; every part encoded, line breaks as CRLF
 * (`%0D%0A`), as RFC 6068 asks: some mail programs join lines that end in a bare `%0A`.
 */
function mailto(address: string, subject: string, lines: readonly string[]): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\r\n'))}`;
}

/**
 * The prefilled proposal mail's lines: the labels of the "Initiatief aanmelden" form
 * (.github/ISSUE_TEMPLATE/aanmelden.yml), each as "Label: ", so the editor converts a reply with
 * `npm run intake -- --form aanmelden --mail bericht.eml`, with the same checks as the form.
 * Hints stay in brackets after the label (the converter skips them); the request for no
 * personal data comes first, because everything after the last label belongs to its answer.
 */
export const PROPOSAL_MAIL_LINES: readonly string[] = [
  'Vul achter elke vraag in wat u weet en laat de rest leeg. Noem geen namen, e-mailadressen of telefoonnummers van personen.',
  '',
  'Naam van het initiatief: ',
  'Soort samenwerking (PPS, CIV, CoE, CIB of Regionaal netwerk of pact): ',
  'Samenvatting (een tot drie zinnen): ',
  'Plaats of gebied: ',
  'Onderwijsniveaus (vmbo, mbo, hbo, wo): ',
  'Penvoerder: ',
  'Partners (een per regel): ',
  'Startjaar (bijvoorbeeld 2021, of "rond 2021"): ',
  'Financiering (bijvoorbeeld "RIF, 2022, EUR 1,2 miljoen"): ',
  'Website: ',
  'Bron (webadres of titel van een document): ',
  '',
];

/** A pre-filled e-mail proposing a new initiative (see PROPOSAL_MAIL_LINES). */
export function proposalMailto(address: string): string {
  return mailto(address, 'Aanmelding: ', PROPOSAL_MAIL_LINES);
}

/**
 * A pre-filled e-mail correcting one entry, with the labels of the "Correctie doorgeven" form
 * and the entry's kind, id and name filled in, so `npm run intake -- --form correctie --mail
 * bericht.eml` converts it like the form.
 */
export function correctionMailLines(kind: EntityKind, id: string, name: string): string[] {
  return [
    'Noem geen namen, e-mailadressen of telefoonnummers van personen.',
    '',
    `Over wat gaat het? ${ENTITIES[kind].nouns.one}`,
    `Id: ${id}`,
    `Naam: ${name}`,
    'Wat klopt er niet, of wat ontbreekt? ',
    'Bron (webadres of titel van een document): ',
    '',
  ];
}

/** A pre-filled e-mail correcting one entry (see correctionMailLines). */
export function correctionMailto(address: string, kind: EntityKind, id: string, name: string): string {
  return mailto(address, `Correctie: ${name}`, correctionMailLines(kind, id, name));
}
