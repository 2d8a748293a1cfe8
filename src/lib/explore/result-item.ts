import { escapeHtml } from '../text/html';
import type { ExploreIndex, ExploreItem } from './filter';
import { statusBrief } from './status-brief';

/** A start year with how sure it is, in the words of the detail page (certaintySuffix): "2015 (ongeveer)". */
export const startYear = (item: Pick<ExploreItem, 'y' | 'yc'>, index: Pick<ExploreIndex, 'certainty'>): string => {
  const word = item.yc ? index.certainty.short[item.yc] : undefined;
  return item.y === undefined ? '' : `${item.y}${word ? ` (${word})` : ''}`;
};

/**
 * One entry of the home page's result list, as HTML. The first results are rendered at build
 * time and the rest by <atlas-explorer> in the browser: both call this one function, so a
 * list item is written once.
 */
export function resultItemHtml(
  item: ExploreItem,
  index: Pick<ExploreIndex, 'labels' | 'organisations' | 'certainty'>,
  initiativeBase: string,
): string {
  const kind = index.labels.kind[item.k] ?? item.k;
  // The status first, as on a card (src/lib/html/initiative-card.ts): a list must not make an ended
  // initiative look current.
  const status = statusBrief(item.st, index.labels.status[item.st] ?? item.st, {
    sourceYear: item.sy,
    endYear: item.ey,
    undatedSource: item.su === 1,
  });
  const facts = [status, item.p || 'Werkgebied nog niet bekend', item.y ? `sinds ${startYear(item, index)}` : '']
    .filter(Boolean)
    .join(' · ');
  const lead = item.ld ? index.organisations[item.ld] : undefined;
  return (
    `<li class="result" data-id="${escapeHtml(item.i)}"><h3><a href="${escapeHtml(`${initiativeBase}${item.i}/`)}">${escapeHtml(item.n)}</a></h3>` +
    `<p><span class="nl-data-badge badge kind-${escapeHtml(item.k)}">${escapeHtml(kind)}</span> ${escapeHtml(facts)}</p>` +
    (lead ? `<p class="small">Penvoerder: ${escapeHtml(lead)}</p>` : '') +
    '</li>'
  );
}
