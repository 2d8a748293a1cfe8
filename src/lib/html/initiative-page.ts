/**
 * The content of an initiative's page (everything inside the layout): markup from the `html`
 * tag, transcribed from the Astro template it replaces (template.ts says why; the pages are the
 * same, byte for byte). The page (src/pages/initiatieven/[id].astro) stays thin: the layout, the
 * structured data, and this.
 */
import { confirmationFormUrl, correctionFormUrl, correctionMailto } from '../help-links';
import { label, labels } from '../labels';
import type { SiteModel } from '../site-model';
import { entryCurrency } from '../views/entry-currency';
import type { InitiativePage } from '../views/initiative-page';
import { currencyBlock, factorItem, sourceList, sourceNote, termLink } from './entry-parts';
import { staticMap } from './static-map';
import { html, trustedHtml, type Html } from './template';

/** Where corrections go: the site configuration's repository and the editors' address. */
export interface CorrectionRoutes {
  repository: string;
  email: string;
}

/** A list of links separated by commas ("Utrecht, Gelderland"). */
const linkList = (links: readonly { href: string; name: string }[]) =>
  links.map((r, n) => html`${n > 0 && ', '}<a href="${r.href}">${r.name}</a>`);

export function initiativeContent(site: SiteModel, page: InitiativePage, routes: CorrectionRoutes): Html {
  const { links } = site;
  const { record: i, data: d, ...v } = page;
  const correctionHref = correctionFormUrl(routes.repository, 'initiative', i.id, d.name);
  return html`<article>
    <p>${termLink(links, { kind: d.kind }, html`<span class="${`nl-data-badge badge kind-${d.kind}`}">${label('initiative_kind', d.kind)}</span>`)}</p>
    <h1 class="nl-heading nl-heading--level-1">${d.name}${d.short_name && !d.name.includes(d.short_name) && html`<span class="muted"> (${d.short_name})</span>`}</h1>
    ${
      v.lifecycle &&
      html`<p class="notice lifecycle"> <strong>${label('status', v.lifecycle.kind)}${v.lifecycle.year ? ` (${v.lifecycle.year})` : ''}.</strong>${' '} ${
        v.lifecycle.successorLink
          ? html`${v.lifecycle.kind === 'merged' ? 'Het werk gaat verder in ' : 'Voortgezet als '}<a href="${v.lifecycle.successorLink.href}">${v.lifecycle.successorLink.name}</a>.`
          : 'Deze pagina beschrijft het initiatief zoals het was.'
      } </p>`
    }
    <p class="lead">${d.summary}</p>
    ${v.missing.length > 0 && html`<p class="missing no-print"><span class="unknown">Nog niet vastgelegd</span>: ${v.missing.join(', ')}.${d.notes && ' De opmerking van de redactie kan er meer over zeggen.'} <a href="#help-titel">Help aanvullen</a></p>`}
    ${v.descriptionHtml && html`<div class="prose">${trustedHtml(v.descriptionHtml)}</div>`}

    <div class="detail-layout">
    <div>
    <h2>Kerngegevens</h2>
    <dl class="facts">
      <dt>Soort</dt><dd>${label('initiative_kind', d.kind)}</dd>
      <dt>Status</dt><dd>${v.status.label}${d.phase && `, fase ${label('phase', d.phase)}`}${v.status.note && html`<span class="muted">: ${v.status.note}</span>`}${v.status.source && html`<br>${sourceNote(v.status.source, v.status.date)}${v.status.said && html`<br><span class="muted">${v.status.said}</span>`}${v.status.old && html`<br><span class="muted">${v.status.old}</span>`}`}</dd>
      ${d.levels?.length ? html`<dt>Onderwijsniveaus</dt><dd>${labels('education_level', d.levels).join(', ')}</dd>` : null}
      ${v.sectors && html`<dt>Sectoren en thema's</dt><dd>${v.sectors.sectors}${v.sectors.theme && html`${v.sectors.sectors && html`<br>`}<span class="muted">Zoals de bron het noemt: ${v.sectors.theme}</span>`}</dd>`}
      ${v.startYear && html`<dt>Startjaar</dt><dd>${v.startYear.year}${v.startYear.note && html`${v.startYear.year && html`<br>`}<span class="muted">${v.startYear.note}</span>`}</dd>`}
      ${d.end_year && html`<dt>Eindjaar</dt><dd>${d.end_year}</dd>`}
      ${d.former_names?.length ? html`<dt>Eerdere namen</dt><dd>${d.former_names.join(', ')}</dd>` : null}
      ${d.website && html`<dt>Website</dt><dd><a href="${d.website}" rel="noopener">${d.website.replace(/^https?:\/\//, '')}</a></dd>`}
    </dl>

    </div>
    ${v.map && html`<figure class="detail-map"> ${staticMap(v.map.model, { title: v.map.title, compact: true, linked: false })} <figcaption class="muted small">${v.map.caption}</figcaption> </figure>`}
    </div>

    ${
      v.showsWho &&
      html` <h2>Wie doen er mee</h2> <dl class="facts"> ${
        v.lead &&
        html`<dt>${termLink(links, { id: 'penvoerder' }, 'Penvoerder')}</dt><dd><a href="${v.lead.href}">${v.lead.name}</a>${v.lead.note && html`<span class="muted"> · ${v.lead.note}</span>`}</dd>`
      } ${
        (v.partners.length || d.partners_note) &&
        html`<dt>Partners</dt> <dd> ${
          v.partners.length
            ? html`<ul>${v.partners.map((p) => html`<li><a href="${p.href}">${p.name}</a>${p.role && html`<span class="muted"> · ${label('partner_role', p.role)}</span>`}${p.note && html`<span class="muted"> · ${p.note}</span>`}</li>`)}</ul>`
            : null
        } ${d.partners_note && html`<p>${d.partners_note}</p>`} </dd>`
      } ${
        v.newOrganisations.length
          ? html` <dt>Nog op te nemen</dt> <dd> <ul>${v.newOrganisations.map((o) => html`<li>${o.name} <span class="muted">· ${o.details}</span></li>`)}</ul> <p class="muted small">Aangemeld, maar nog niet als organisatie in de atlas.</p> </dd> `
          : null
      } </dl> `
    }

    ${
      v.showsWhere &&
      html` <h2>Waar</h2> ${
        d.scope &&
        html`<p>Omvang van het werkgebied: ${label('scope', d.scope).toLowerCase()}.${v.scopeOnly && ' Waar precies, noemt de bron niet; daarom staat het initiatief niet op de kaart en bij geen enkele provincie.'}</p>`
      }${
        v.locations.length
          ? html`<ul> ${v.locations.map(
              (l) =>
                html`<li> ${l.placeHref ? html`<a href="${l.placeHref}">${l.place}</a>` : l.place}${l.region && html`, <a href="${l.region.href}">${l.region.name}</a>`} ${l.precision && html`<span class="muted"> · ${label('location_precision', l.precision).toLowerCase()}</span>`} </li>`,
            )} </ul>`
          : null
      }${
        v.regions.length > 0 &&
        html`<p class="muted">Regio's, afgeleid uit de coördinaten van ${v.locations.length > 1 ? 'de locaties' : 'de locatie'}: ${linkList(v.regions)}</p>`
      }${
        v.workingArea &&
        html`<p>${v.workingArea.lead}: ${linkList(v.workingArea.regions)}.${v.workingArea.withoutPoint && ` ${v.workingArea.withoutPoint}`}${v.workingArea.source && html`<br>${sourceNote(v.workingArea.source, v.workingArea.date)}`}</p>`
      }`
    }

    ${v.funding.length ? html` <h2>Financiering</h2> <ul>${v.funding.map((f) => html`<li>${f.text}${f.note && html`<span class="muted"> · ${f.note}</span>`}</li>`)}</ul> ` : null}

    ${v.figures.length ? html` <h2>Cijfers</h2> <ul>${v.figures.map((f) => html`<li>${f.text} (${f.year}; bron: ${f.source.href ? html`<a href="${f.source.href}">${f.source.text}</a>` : f.source.text})</li>`)}</ul> ` : null}

    ${
      d.success_factors?.length || d.challenges?.length
        ? html` <h2>Wat werkt en wat is lastig</h2> ${d.success_factors?.length ? html`<h3>Succesfactoren</h3><ul>${d.success_factors.map((f) => factorItem(links, f))}</ul>` : null}${d.challenges?.length ? html`<h3>Uitdagingen</h3><ul>${d.challenges.map((f) => factorItem(links, f))}</ul>` : null}`
        : null
    }

    ${v.related.length > 0 && html` <h2>Verwante initiatieven</h2> <ul>${v.related.map((r) => html`<li>${r.label}: <a href="${r.href}">${r.name}</a>${r.year && ` (${r.year})`}${r.status && html`<span class="muted"> · ${r.status}</span>`}${r.note && html`<span class="muted"> · ${r.note}</span>`}</li>`)}</ul> `}

    ${d.notes && html`<h2>Opmerking van de redactie</h2><p class="note">${d.notes}</p>`}

    <h2>Bronnen</h2>
    ${sourceList(v.sources)}
    ${currencyBlock(entryCurrency(site, 'initiative', i.id), correctionHref)}
  </article>
  <aside class="help-box no-print" aria-labelledby="help-titel">
    <h2 id="help-titel">Klopt er iets niet, of weet u meer?</h2>
    <p>De atlas is zo goed als de bijdragen. Vul aan wat ontbreekt, of geef een correctie door.</p>
    <ul>
      <li><a href="${links.cmsEntry('initiatives', i.id)}">Dit initiatief bewerken</a> (met een GitHub-account; uw voorstel wordt nagekeken)</li>
      <li><a href="${correctionHref}">Correctie doorgeven via een formulier</a> (met een GitHub-account)</li>
      <li><a href="${correctionMailto(routes.email, 'initiative', i.id, d.name)}">Correctie mailen</a> naar de redactie (zonder account)</li>
      <li><a href="${confirmationFormUrl(routes.repository, 'initiative', i.id, d.name)}">Bevestigen dat alles klopt</a> (voor wie bij het initiatief werkt; met een GitHub-account)</li>
    </ul>
  </aside>`;
}
