/**
 * The content of an organisation's page (everything inside the layout): markup from the `html`
 * tag, transcribed from the Astro template it replaces (template.ts says why; the pages are the
 * same, byte for byte). The page (src/pages/organisaties/[id].astro) stays thin.
 */
import { confirmationFormUrl, correctionFormUrl, correctionMailto } from '../help-links';
import { label } from '../labels';
import { organisationNotes } from '../organisation-notes';
import type { SiteModel } from '../site-model';
import { allOf } from '../text/counts';
import { entryCurrency } from '../views/entry-currency';
import type { OrganisationPage } from '../views/organisation-page';
import { currencyBlock, sourceList, unknownField } from './entry-parts';
import type { CorrectionRoutes } from './initiative-page';
import { html, type Html } from './template';

export function organisationContent(site: SiteModel, page: OrganisationPage, routes: CorrectionRoutes): Html {
  const { links } = site;
  const { record: o, data: d, initiativeCount: count, ...v } = page;
  // The importer's standard sentences are explained once on /over/; the page keeps their fact beside the field.
  const notes = organisationNotes(d.notes);
  const derivedHref = links.sourceList();
  const placeBasis = notes.place
    ? notes.place.from === 'name'
      ? 'afgeleid uit de naam'
      : notes.place.from === 'list'
        ? `volgens de bronlijst: ‘${notes.place.quote}’`
        : `opgegeven bij de aanmelding, in het voorstel voor ‘${notes.place.initiative}’`
    : '';
  return html`<article>
    <p><span class="nl-data-badge badge">${label('organisation_kind', d.kind)}</span></p>
    <h1 class="nl-heading nl-heading--level-1">${d.name}${d.short_name && !d.name.includes(d.short_name) && html`<span class="muted"> (${d.short_name})</span>`}</h1>
    ${v.missing.length > 0 && html`<p class="missing no-print">${unknownField(true)}: ${v.missing.join(', ')}. <a href="#help-titel">Help aanvullen</a></p>`}
    <dl class="facts">
      <dt>Soort</dt><dd>${label('organisation_kind', d.kind)}${notes.kind && html`<span class="muted"> (<a href="${derivedHref}">${notes.kind === 'name' ? 'door de redactie afgeleid uit de naam' : 'door de redactie ingevuld, niet uit een bron'}</a>)</span>`}</dd>
      ${d.place && html`<dt>Plaats</dt><dd>${d.place}${notes.place && html`<span class="muted"> (<a href="${derivedHref}">${placeBasis}</a>)</span>`}</dd>`}
      ${d.website && html`<dt>Website</dt><dd><a href="${d.website}" rel="noopener">${d.website.replace(/^https?:\/\//, '')}</a></dd>`}
      ${d.contact_page && html`<dt>Contact</dt><dd><a href="${d.contact_page}" rel="noopener">Contactpagina</a></dd>`}
      ${d.former_names?.length ? html`<dt>Eerdere namen</dt><dd>${d.former_names.join(', ')}</dd>` : null}
      ${d.brin_code && html`<dt>BRIN-code</dt><dd>${d.brin_code}</dd>`}
      ${d.kvk_number && html`<dt>KvK-nummer</dt><dd>${d.kvk_number}</dd>`}
    </dl>
    ${notes.text && html`<p class="note"><strong>Opmerking van de redactie:</strong> ${notes.text}</p>`}
    ${count > 0 && html`<p><a href="${v.mapHref}">${allOf(count)} met ${d.short_name ?? d.name} op de kaart en in de lijst</a></p>`}

    <h2>Penvoerder van${v.leads.length > 0 && ` (${v.leads.length})`}</h2>
    ${
      v.leads.length
        ? html`<ul>${v.leads.map((x) => html`<li><a href="${x.href}">${x.name}</a><span class="muted"> · ${x.status}</span>${x.co && html`<span class="muted"> · ${label('partner_role', 'co_lead')}</span>`}${x.note && html`<span class="muted"> · ${x.note}</span>`}</li>`)}</ul>`
        : html`<p class="muted">Als penvoerder nog bij geen enkel initiatief vastgelegd.</p>`
    }

    <h2>Partner in${v.joins.length > 0 && ` (${v.joins.length})`}</h2>
    ${
      v.joins.length
        ? html`<ul>${v.joins.map((x) => html`<li><a href="${x.href}">${x.name}</a> <span class="muted">· ${x.status} · ${label('partner_role', x.role)}</span>${x.note && html`<span class="muted"> · ${x.note}</span>`}</li>`)}</ul>`
        : html`<p class="muted">${v.mentionedIn.length ? 'Als partner nog bij geen enkel initiatief vastgelegd.' : 'Geen enkel initiatief in de atlas.'}</p>`
    }

    ${
      v.mentionedIn.length > 0 &&
      html` <h2>Ook genoemd bij (${v.mentionedIn.length})</h2> <p>De beschrijving van de partners van ${v.mentionedIn.length === 1 ? 'dit initiatief noemt' : 'deze initiatieven noemt'} ${d.short_name ?? d.name}${d.former_names?.length ? ' (of een eerdere naam)' : ''}, maar als penvoerder of partner is de organisatie daar (nog) niet vastgelegd.</p> <ul>${v.mentionedIn.map((x) => html`<li><a href="${x.href}">${x.name}</a> <span class="muted">· ${x.status}</span></li>`)}</ul> `
    }

    <h2>Werkt samen met${v.collaborators.length > 0 && ` (${v.collaborators.length})`}</h2>
    ${
      v.collaborators.length
        ? html`<ul>${v.collaborators.map((x) => html`<li><a href="${x.href}">${x.name}</a> <span class="muted">· ${x.shared} ${x.shared === 1 ? 'gedeeld initiatief' : 'gedeelde initiatieven'}</span></li>`)}</ul>`
        : html`<p class="muted">Nog met geen andere organisatie in een initiatief in de atlas.</p>`
    }

    ${v.sources.length > 0 && html` <h2>Bronnen</h2> ${sourceList(v.sources)} `}

    ${currencyBlock(entryCurrency(site, 'organisation', o.id))}
  </article>
  <aside class="help-box no-print" aria-labelledby="help-titel">
    <h2 id="help-titel">Klopt er iets niet?</h2>
    <ul>
      <li><a href="${links.cmsEntry('organisations', o.id)}">Deze organisatie bewerken</a> (met een GitHub-account)</li>
      <li><a href="${correctionFormUrl(routes.repository, 'organisation', o.id, d.name)}">Correctie doorgeven via een formulier</a> (met een GitHub-account)</li>
      <li><a href="${correctionMailto(routes.email, 'organisation', o.id, d.name)}">Correctie mailen</a> naar de redactie (zonder account)</li>
      <li><a href="${confirmationFormUrl(routes.repository, 'organisation', o.id, d.name)}">Bevestigen dat alles klopt</a> (voor wie bij de organisatie werkt; met een GitHub-account)</li>
    </ul>
  </aside>`;
}
