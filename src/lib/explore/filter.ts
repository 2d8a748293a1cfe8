import { foldForSearch } from '../text/fold';
import type { VocabularyName } from '../schema/schemas';

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
  /** the year of the status's source, for a running or starting status (status-brief.ts) */
  sy?: number;
  /** 1 when a running or starting status rests on a source without a date (status-brief.ts) */
  su?: 1;
  /** the year an initiative that is over ended or merged */
  ey?: number;
  /** how sure the start year is (vocabulary `certainty`), when the item has a start year and the data says */
  yc?: string;
  /** start year */
  y?: number;
  /**
   * Region ids per region set. In the primary set: on the map, then the working area, then
   * 'landelijk' or 'onbekend' (src/lib/regions/membership.ts), so every item has a value there.
   */
  r: Record<string, string[]>;
  /** The primary-set regions it belongs to only through its working area (no map point there). */
  w?: string[];
  /** place text for the list */
  p: string;
  /** extra searchable text: short and former names, theme, organisations, places */
  t: string;
  /** organisation ids involved: the lead organisation first (when known), then the partners */
  o: string[];
  /** lead organisation id */
  ld?: string;
}

export interface ExploreIndex {
  version: 1;
  regionSets: { id: string; name: string; name_plural: string; regions: { id: string; name: string }[] }[];
  /** The labels of every facet with a vocabulary, by facet (FACET_TABLE). */
  labels: Record<VocabularyFacet, Record<string, string>>;
  /** Names of the organisations involved in any initiative, by id. */
  organisations: Record<string, string>;
  /**
   * Old ids of merged organisation files (`former_ids`) → the id that stayed, for those in
   * `organisations`: a link saved before the merge (`?organisatie=<old id>`) still filters.
   */
  formerOrganisations?: Record<string, string>;
  /** How sure a start year is (`yc`), in words: the vocabulary's labels and its short words. */
  certainty: { labels: Record<string, string>; short: Record<string, string> };
  items: ExploreItem[];
}

/** One filter facet: a list of checkboxes in the form, a URL parameter, a test on an item. */
export interface FacetSpec {
  /** URL parameter: a short Dutch word, as the site's URLs. */
  param: string;
  /** The vocabulary its values and labels come from; without one, `labels` reads them from the index. */
  vocabulary?: VocabularyName;
  /** The heading of its group in the form. */
  legend: string;
  /** How an item's values are read. */
  values: (i: ExploreItem) => readonly string[];
  /** The labels of its values in the index (default: the vocabulary's, `index.labels[facet]`). */
  labels?: (index: Pick<ExploreIndex, 'organisations'>) => Record<string, string>;
  /**
   * Its group in the form: where it stands (the region sets stand at REGION_SETS_POSITION) and
   * whether it starts open. Without one, a script fills the group (the organisations).
   */
  form?: { position: number; open: boolean };
}

/**
 * The one table of the filter facets. The state, the URL (parameters in this order), matching,
 * counting, the checks on a URL's values, the words describing a selection, the form and the
 * index all read it: adding a facet is one entry here (and its short key in ExploreItem).
 */
export const FACET_TABLE = {
  kind: { param: 'soort', vocabulary: 'initiative_kind', legend: 'Soort', values: (i) => [i.k], form: { position: 1, open: true } },
  sector: { param: 'sector', vocabulary: 'sector', legend: 'Sector of thema', values: (i) => i.s, form: { position: 3, open: false } },
  level: {
    param: 'niveau',
    vocabulary: 'education_level',
    legend: 'Onderwijsniveau',
    values: (i) => i.l,
    form: { position: 2, open: true },
  },
  status: { param: 'status', vocabulary: 'status', legend: 'Status', values: (i) => [i.st], form: { position: 5, open: false } },
  organisation: { param: 'organisatie', legend: 'Organisatie', values: (i) => i.o, labels: (index) => index.organisations },
} as const satisfies Record<string, FacetSpec>;

/** The facets that are lists of checkboxes, in the table's order. Region sets add one facet each (by set id). */
export type Facet = keyof typeof FACET_TABLE;
export const FACETS = Object.keys(FACET_TABLE) as Facet[];
/** The facets whose values and labels come from a vocabulary. */
export type VocabularyFacet = { [F in Facet]: (typeof FACET_TABLE)[F] extends { vocabulary: string } ? F : never }[Facet];
export const VOCABULARY_FACETS = FACETS.filter((f): f is VocabularyFacet => 'vocabulary' in FACET_TABLE[f]);

/** Where the region sets' groups stand among the facets' (FacetSpec.form), and in a description of the filters. */
export const REGION_SETS_POSITION = 4;
/** Whether a facet comes after the region sets (in the form and in words); the organisations come last. */
const afterRegions = (f: Facet): boolean => {
  const spec: FacetSpec = FACET_TABLE[f];
  return (spec.form?.position ?? Infinity) > REGION_SETS_POSITION;
};

/** URL parameter per facet. */
export const PARAM = Object.fromEntries(FACETS.map((f) => [f, FACET_TABLE[f].param])) as Record<Facet, string>;

/** The labels of a facet's values: its vocabulary's (in the index) or the table's own reading. */
export function facetLabels(f: Facet, index: Pick<ExploreIndex, 'labels' | 'organisations'>): Record<string, string> {
  const spec: FacetSpec = FACET_TABLE[f];
  return spec.labels ? spec.labels(index) : index.labels[f as VocabularyFacet];
}

/**
 * URL parameters for a link to the map page with facets set, e.g. `{ kind: 'civ' }` ->
 * `{ soort: 'civ' }`: pages link to a filtered map without typing the parameter words.
 */
export function facetParams(filters: Partial<Record<Facet, string>>): Record<string, string> {
  return Object.fromEntries(FACETS.filter((f) => filters[f] !== undefined).map((f) => [PARAM[f], filters[f]!]));
}

/** The orders a reader can sort the list in; the first is the default (left out of the URL). */
export const SORTS = ['naam', 'startjaar', 'regio', 'partners'] as const;
export type Sort = (typeof SORTS)[number];
export const SORT_LABELS: Record<Sort, string> = {
  naam: 'Naam (A-Z)',
  startjaar: 'Startjaar (nieuwste eerst)',
  regio: 'Regio (A-Z)',
  partners: 'Aantal organisaties (meeste eerst)',
};

/** The selected values of every facet (FACET_TABLE), of every region set, the years, the search and the order. */
export type FilterState = Record<Facet, string[]> & {
  /** Selected region ids per region set id. */
  regions: Record<string, string[]>;
  from?: number;
  to?: number;
  q: string;
  sort: Sort;
};

export function emptyState(regionSetIds: readonly string[]): FilterState {
  return {
    ...(Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Record<Facet, string[]>),
    regions: Object.fromEntries(regionSetIds.map((id) => [id, []])),
    q: '',
    sort: 'naam',
  };
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
  const sort = params.get('sorteer');
  if ((SORTS as readonly string[]).includes(sort ?? '')) s.sort = sort as Sort;
  return s;
}

/** A URL parameter value the atlas does not know, so it was left out of the filters. */
export interface IgnoredValue {
  param: string;
  value: string;
}

/** An old organisation id in a URL, read as the id of the file it went into. */
export interface MovedValue extends IgnoredValue {
  to: string;
}

/**
 * Splits the state read from a URL into what the index knows and what it does not: a
 * misspelt `?soort=xyz` would otherwise filter silently to nothing. The reader is told what
 * was ignored. An organisation's old id (a file merged into another, `former_ids`) is read as
 * the id that stayed, as its old page leads to the new one; the reader is told that too.
 */
export function dropUnknownValues(
  s: FilterState,
  params: URLSearchParams,
  index: Pick<ExploreIndex, 'labels' | 'regionSets' | 'organisations' | 'formerOrganisations'>,
): { state: FilterState; ignored: IgnoredValue[]; moved: MovedValue[] } {
  const ignored: IgnoredValue[] = [];
  const moved: MovedValue[] = [];
  const state: FilterState = { ...s, regions: { ...s.regions } };
  for (const f of FACETS) {
    const known = facetLabels(f, index);
    const former = (f === 'organisation' && index.formerOrganisations) || {};
    const kept = new Set<string>();
    // Own keys only: `constructor` or `toString` in a link is no organisation (Object.hasOwn).
    for (const v of s[f]) {
      if (Object.hasOwn(known, v)) kept.add(v);
      else if (Object.hasOwn(former, v) && Object.hasOwn(known, former[v]!)) {
        kept.add(former[v]!);
        moved.push({ param: PARAM[f], value: v, to: former[v]! });
      } else ignored.push({ param: PARAM[f], value: v });
    }
    state[f] = [...kept].sort();
  }
  for (const set of index.regionSets) {
    const ids = new Set(set.regions.map((r) => r.id));
    state.regions[set.id] = (s.regions[set.id] ?? []).filter((v) => ids.has(v) || !ignored.push({ param: set.id, value: v }));
  }
  for (const name of ['van', 'tot']) {
    const v = params.get(name);
    if (v && year(v) === undefined) ignored.push({ param: name, value: v });
  }
  const sort = params.get('sorteer');
  if (sort && !(SORTS as readonly string[]).includes(sort)) ignored.push({ param: 'sorteer', value: sort });
  return { state, ignored, moved };
}

/**
 * What the map page tells a reader about their link (empty when there is nothing to tell): the
 * values it ignored, and the old organisation ids it read as the organisation that stayed.
 */
export function linkNotice(
  ignored: readonly IgnoredValue[],
  moved: readonly MovedValue[],
  index: Pick<ExploreIndex, 'organisations'>,
): string {
  const parts: string[] = [];
  if (ignored.length)
    parts.push(
      `De link bevat ${ignored.length === 1 ? 'een waarde' : 'waarden'} die de atlas niet kent; ${ignored.length === 1 ? 'die is' : 'die zijn'} genegeerd: ${ignored.map((i) => `${i.param} = “${i.value}”`).join(', ')}.`,
    );
  if (moved.length)
    parts.push(
      `De link noemt ${moved.length === 1 ? 'het oude id van een organisatie die in een andere is opgegaan' : 'de oude ids van organisaties die in andere zijn opgegaan'}; de kaart toont ${moved.length === 1 ? 'die' : 'die andere'}: ${moved.map((m) => `${m.param} = “${m.value}” is nu ${index.organisations[m.to] ?? m.to}`).join(', ')}.`,
    );
  return parts.join(' ');
}

/** The active filters in words, for the page title and the download's heading. */
export function describeState(s: FilterState, index: Pick<ExploreIndex, 'labels' | 'regionSets' | 'organisations'>): string[] {
  const words: string[] = [];
  if (s.q) words.push(`“${s.q}”`);
  const labelled = (values: readonly string[], labels: Record<string, string>) => values.map((v) => labels[v] ?? v);
  for (const f of FACETS.filter((f) => !afterRegions(f))) words.push(...labelled(s[f], facetLabels(f, index)));
  for (const set of index.regionSets) {
    words.push(...labelled(s.regions[set.id] ?? [], Object.fromEntries(set.regions.map((r) => [r.id, r.name]))));
  }
  for (const f of FACETS.filter(afterRegions)) words.push(...labelled(s[f], facetLabels(f, index)));
  if (s.from !== undefined && s.to !== undefined) words.push(`gestart ${s.from}–${s.to}`);
  else if (s.from !== undefined) words.push(`gestart vanaf ${s.from}`);
  else if (s.to !== undefined) words.push(`gestart tot en met ${s.to}`);
  return words;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * The list in the reader's chosen order. Ties (and unknown values, which go last) fall back
 * to the name, so the order is stable and predictable.
 */
export function sortItems(items: readonly ExploreItem[], sort: Sort): ExploreItem[] {
  const byName = (a: ExploreItem, b: ExploreItem) => collator.compare(a.n, b.n) || a.i.localeCompare(b.i);
  const compare: Record<Sort, (a: ExploreItem, b: ExploreItem) => number> = {
    naam: byName,
    startjaar: (a, b) => (b.y ?? -Infinity) - (a.y ?? -Infinity) || byName(a, b),
    regio: (a, b) => (!a.p ? 1 : 0) - (!b.p ? 1 : 0) || collator.compare(a.p, b.p) || byName(a, b),
    partners: (a, b) => b.o.length - a.o.length || byName(a, b),
  };
  return [...items].sort(compare[sort]);
}

/** Writes the state as URL parameters in a stable order (so equal states give equal URLs). */
export function serializeState(s: FilterState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const f of FACETS) for (const v of [...s[f]].sort()) p.append(PARAM[f], v);
  for (const id of Object.keys(s.regions).sort()) for (const v of [...s.regions[id]!].sort()) p.append(id, v);
  if (s.from !== undefined) p.set('van', String(s.from));
  if (s.to !== undefined) p.set('tot', String(s.to));
  if (s.sort !== SORTS[0]) p.set('sorteer', s.sort);
  return p;
}

const any = (selected: readonly string[], values: readonly string[]) => selected.length === 0 || selected.some((v) => values.includes(v));

/**
 * Why a year range finds nothing by itself: "from" after "to". Said beside the count, so a reader
 * who picked the years the wrong way round is not left with a silent zero (WCAG 3.3.3).
 */
export function yearRangeProblem(s: Pick<FilterState, 'from' | 'to'>): string | undefined {
  return s.from !== undefined && s.to !== undefined && s.from > s.to
    ? `"Vanaf" (${s.from}) ligt na "tot en met" (${s.to}): geen enkel jaar valt daartussen. Draai de jaren om.`
    : undefined;
}

/** Whether an item passes the filters; `except` leaves one facet out (for counting that facet). */
export function matches(item: ExploreItem, s: FilterState, except?: string): boolean {
  for (const f of FACETS) if (except !== f && !any(s[f], FACET_TABLE[f].values(item))) return false;
  for (const [set, selected] of Object.entries(s.regions)) {
    if (except !== set && !any(selected, item.r[set] ?? [])) return false;
  }
  if (s.from !== undefined || s.to !== undefined) {
    if (item.y === undefined) return false;
    if (s.from !== undefined && item.y < s.from) return false;
    if (s.to !== undefined && item.y > s.to) return false;
  }
  if (s.q) {
    const hay = foldForSearch(`${item.n} ${item.p} ${item.t}`);
    if (
      !foldForSearch(s.q)
        .split(/\s+/)
        .filter(Boolean)
        .every((w) => hay.includes(w))
    )
      return false;
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
    ...FACETS.map((f): [string, (i: ExploreItem) => readonly string[]] => [f, FACET_TABLE[f].values]),
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

/** True when no filter is set (the order of the list is not a filter). */
export function isEmptyState(s: FilterState): boolean {
  return serializeState({ ...s, sort: SORTS[0] }).toString() === '';
}
