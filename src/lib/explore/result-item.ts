import { escapeHtml } from '../text/html';
import type { ExploreIndex, ExploreItem } from './filter';

/**
 * One entry of the home page's result list, as HTML. The first results are rendered at build
 * time and the rest by <atlas-explorer> in the browser: both call this one function, so a
 * list item is written once.
 */
export function resultItemHtml(item: ExploreItem, index: Pick<ExploreIndex, 'labels' | 'organisations'>, initiativeBase: string): string {
  const kind = index.labels.kind[item.k] ?? item.k;
  const facts = [item.p || 'Werkgebied nog niet bekend', item.y ? `sinds ${item.y}` : ''].filter(Boolean).join(' · ');
  const lead = item.ld ? index.organisations[item.ld] : undefined;
  return (
    `<li class="result" data-id="${escapeHtml(item.i)}"><h3><a href="${escapeHtml(`${initiativeBase}${item.i}/`)}">${escapeHtml(item.n)}</a></h3>` +
    `<p><span class="nl-data-badge badge kind-${escapeHtml(item.k)}">${escapeHtml(kind)}</span> ${escapeHtml(facts)}</p>` +
    (lead ? `<p class="small">Penvoerder: ${escapeHtml(lead)}</p>` : '') +
    '</li>'
  );
}
