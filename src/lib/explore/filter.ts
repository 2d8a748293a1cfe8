/**
 * The home page's filters as pure functions: state from and to the URL, matching, and
 * counts per value. Shared by the browser (atlas-explorer) and the tests.
 */

/** One initiative as the explorer index holds it (short keys keep the file small). */
export interface ExploreItem {
  /** id */
  i: string;
  /** name */
  n: string;
  /** kind */
  k: string;
  /** sectors */
  s: string[];
  /** education levels */
  l: string[];
  /** status */
  st: string;
  /** start year */
  y?: number;
  /** region ids per region set */
  r: Record<string, string[]>;
  /** place text for the list */
  p: string;
  /** extra searchable text: short and former names, theme, organisations, places */
  t: string;
}

export interface ExploreIndex {
  version: 1;
  regionSets: { id: string; name: string; name_plural: string; regions: { id: string; name: string }[] }[];
  labels: Record<'kind' | 'sector' | 'level' | 'status', Record<string, string>>;
  items: ExploreItem[];
}

/** The facets that are lists of checkboxes. Region sets add one facet each (by set id). */
export const FACETS = ['kind', 'sector', 'level', 'status'] as const;
export type Facet = (typeof FACETS)[number];

/** URL parameter per facet: short Dutch words, as the URLs of the site. */
export const PARAM: Record<Facet, string> = { kind: 'soort', sector: 'sector', level: 'niveau', status: 'status' };

export interface FilterState {
  kind: string[];
  sector: string[];
  level: string[];
  status: string[];
  /** Selected region ids per region set id. */
  regions: Record<string, string[]>;
  from?: number;
  to?: number;
  q: string;
}

export function emptyState(regionSetIds: readonly string[]): FilterState {
  return { kind: [], sector: [], level: [], status: [], regions: Object.fromEntries(regionSetIds.map((id) => [id, []])), q: '' };
}

const year = (v: string | null) => (v && /^\d{4}$/.test(v) ? Number(v) : undefined);

/** Reads the state from URL parameters; unknown parameters are ignored. */
export function parseState(params: URLSearchParams, regionSetIds: readonly string[]): FilterState {
  const s = emptyState(regionSetIds);
  for (const f of FACETS) s[f] = [...new Set(params.getAll(PARAM[f]).filter(Boolean))].sort();
  for (const id of regionSetIds) s.regions[id] = [...new Set(params.getAll(id).filter(Boolean))].sort();
  const from = year(params.get('van'));
  const to = year(params.get('tot'));
  if (from !== undefined) s.from = from;
  if (to !== undefined) s.to = to;
  s.q = (params.get('q') ?? '').trim();
  return s;
}

/** Writes the state as URL parameters in a stable order (so equal states give equal URLs). */
export function serializeState(s: FilterState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const f of FACETS) for (const v of [...s[f]].sort()) p.append(PARAM[f], v);
  for (const id of Object.keys(s.regions).sort()) for (const v of [...s.regions[id]!].sort()) p.append(id, v);
  if (s.from !== undefined) p.set('van', String(s.from));
  if (s.to !== undefined) p.set('tot', String(s.to));
  return p;
}

/** Lower case without accents, so 'Fryslân' matches 'fryslan'. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const any = (selected: readonly string[], values: readonly string[]) => selected.length === 0 || selected.some((v) => values.includes(v));

/** Whether an item passes the filters; `except` leaves one facet out (for counting that facet). */
export function matches(item: ExploreItem, s: FilterState, except?: string): boolean {
  if (except !== 'kind' && !any(s.kind, [item.k])) return false;
  if (except !== 'sector' && !any(s.sector, item.s)) return false;
  if (except !== 'level' && !any(s.level, item.l)) return false;
  if (except !== 'status' && !any(s.status, [item.st])) return false;
  for (const [set, selected] of Object.entries(s.regions)) {
    if (except !== set && !any(selected, item.r[set] ?? [])) return false;
  }
  if (except !== 'year' && (s.from !== undefined || s.to !== undefined)) {
    if (item.y === undefined) return false;
    if (s.from !== undefined && item.y < s.from) return false;
    if (s.to !== undefined && item.y > s.to) return false;
  }
  if (s.q) {
    const hay = normalise(`${item.n} ${item.p} ${item.t}`);
    if (!normalise(s.q).split(/\s+/).filter(Boolean).every((w) => hay.includes(w))) return false;
  }
  return true;
}

/**
 * Counts per value of every facet, each counted with all *other* filters applied, so a
 * reader sees how many results ticking that box would add.
 */
export function facetCounts(items: readonly ExploreItem[], s: FilterState): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  const facets: [string, (i: ExploreItem) => readonly string[]][] = [
    ['kind', (i) => [i.k]], ['sector', (i) => i.s], ['level', (i) => i.l], ['status', (i) => [i.st]],
    ...Object.keys(s.regions).map((set): [string, (i: ExploreItem) => readonly string[]] => [set, (i) => i.r[set] ?? []]),
  ];
  for (const [facet, values] of facets) {
    const counts: Record<string, number> = {};
    for (const item of items) {
      if (!matches(item, s, facet)) continue;
      for (const v of new Set(values(item))) counts[v] = (counts[v] ?? 0) + 1;
    }
    out[facet] = counts;
  }
  return out;
}

/** True when no filter is set. */
export function isEmptyState(s: FilterState): boolean {
  return serializeState(s).toString() === '';
}
