/**
 * An initiative as a card in a list (/initiatieven/ has 10,000 of them at 10,000 initiatives, a
 * region page hundreds): markup from the `html` tag, the same, byte for byte, as the Astro
 * component it replaces (template.ts says why).
 */
import { label } from '../labels';
import type { SiteModel } from '../site-model';
import { firstSentence } from '../text/first-sentence';
import type { InitiativeRecord } from '../validate/validate-dataset';
import { certaintySuffix, statusInBrief } from '../views/initiative-facts';
import { attributes, html, type Html, type HtmlValue } from './template';

export interface CardOptions {
  regionNames: Record<string, string>;
  /** Name of the lead organisation, when known. */
  lead?: string | undefined;
  /** Heading level of the card title, to fit the page's outline. */
  heading?: 'h2' | 'h3' | 'h4';
  /** Leave the region out (a region page need not repeat its own name on every card). */
  hideRegion?: boolean;
  /** A line about how it belongs where it is shown (a region page: its working area, as the source gives it). */
  note?: string | undefined;
  /** Carry the values the list's sort and filter controls read (only the list that has them). */
  sortable?: boolean;
}

const titled = (heading: 'h2' | 'h3' | 'h4', content: HtmlValue): Html =>
  heading === 'h2'
    ? html`<h2 class="card-title">${content}</h2>`
    : heading === 'h3'
      ? html`<h3 class="card-title">${content}</h3>`
      : html`<h4 class="card-title">${content}</h4>`;

export function initiativeCard(site: Pick<SiteModel, 'links' | 'organisationsOf'>, i: InitiativeRecord, o: CardOptions): Html {
  const { regionNames, lead, note, heading = 'h3', hideRegion = false, sortable = false } = o;
  // Regions are keyed by region set in configured order: the first is the main set.
  const places = [...new Set(i.derived.locations.map((l) => regionNames[Object.values(l.regions)[0] ?? ''] ?? ''))].filter(Boolean);
  // Without a point, the working area as the source gives it (src/lib/regions/membership.ts).
  const area = places.length ? [] : (i.data.working_area?.regions ?? []).map((r) => `${regionNames[r] ?? r} (werkgebied)`);
  const where = i.data.scope === 'national' ? label('scope', 'national') : [...places, ...area].join(', ');
  const towns = [...new Set((i.data.locations ?? []).map((l) => l.place))].join(', ');
  // The status comes first: a card must not make an ended initiative look current (statusInBrief).
  const facts = [
    statusInBrief(i.data),
    hideRegion ? towns : where || 'Werkgebied nog niet bekend',
    i.data.start_year ? `sinds ${i.data.start_year}${certaintySuffix(i.data.start_year_certainty)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  // Only the list with sort and filter controls carries their values (region pages stay light).
  const sortData = attributes(
    sortable
      ? {
          'data-sort-naam': i.data.name,
          'data-sort-startjaar': i.data.start_year,
          'data-sort-regio': where || undefined,
          'data-sort-partners': site.organisationsOf.get(i.id)!.length,
          'data-text': `${i.data.name} ${i.data.short_name ?? ''} ${where} ${towns} ${lead ?? ''}`,
        }
      : {},
  );
  return html`<li class="card"${sortData}> ${titled(heading, html`<a href="${site.links.initiative(i.id)}">${i.data.name}</a>`)} <p><span class="${`nl-data-badge badge kind-${i.data.kind}`}">${label('initiative_kind', i.data.kind)}</span> <span class="muted">${facts}</span></p> <p class="card-summary">${firstSentence(i.data.summary)}</p> ${note && html`<p class="small">${note}</p>`} ${lead && html`<p class="muted small">Penvoerder: ${lead}</p>`} </li>`;
}
