/**
 * What the data says about the regional ecosystem as a whole (MBOin2030's "regionaal
 * ecosysteem"): which themes initiatives name as success factors and challenges, and where
 * initiatives are missing per region and sector or level. Pure: records in, tables out.
 */
import { emptyState, serializeState } from '../explore/filter';
import { organisationIdsOf } from '../relations';
import { vocabulary } from '../schema/schemas';
import { NATIONAL, pointRegionsOf, UNPLACED, type RegionsOf } from '../regions/membership';
import { OUTSIDE_REGION_LABELS } from '../regions/outside-labels';
import type { Initiative } from '../schema/types.generated';
import type { InitiativeRecord } from '../validate/validate-dataset';

/** Where an initiative in no region (no point, no working area) and not national is counted. */
export const NO_REGION = OUTSIDE_REGION_LABELS[UNPLACED];
/** Where a national initiative in no region is counted. */
export const NATIONAL_REGION = OUTSIDE_REGION_LABELS[NATIONAL];

/** One quoted statement, with the initiative that names it. */
export interface QuotedStatement {
  initiative: { id: string; name: string };
  statement: string;
  source: NonNullable<Initiative['success_factors']>[number]['source'];
}

/** How often a theme is named one way (success factor or challenge). */
export interface ThemeSide {
  /** Initiatives naming the theme (an initiative counts once, however many statements it has). */
  initiatives: number;
  byKind: Record<string, number>;
  byRegion: Record<string, number>;
  statements: QuotedStatement[];
}

export interface ThemeSummary {
  theme: string;
  label: string;
  success: ThemeSide;
  challenge: ThemeSide;
}

/** The regions (names, in the main region set) of an initiative; national or NO_REGION when it has none. */
function regionNamesOf(rec: InitiativeRecord, setId: string, names: ReadonlyMap<string, string>, regionsOf: RegionsOf): string[] {
  const ids = regionsOf(rec, setId);
  if (ids.length) return ids.map((id) => names.get(id) ?? id);
  return [rec.data.scope === 'national' ? NATIONAL_REGION : NO_REGION];
}

/**
 * Per theme of the vocabulary (in its order), how many initiatives name it as a success
 * factor and as a challenge, split by kind and by region, with every statement quoted.
 * Themes nobody names are included with zeros, so a reader sees what is not (yet) known.
 */
export function whatWorks(
  initiatives: readonly InitiativeRecord[],
  setId: string,
  regionNames: ReadonlyMap<string, string>,
  regionsOf: RegionsOf = pointRegionsOf,
): ThemeSummary[] {
  const { values, labels } = vocabulary('factor_theme');
  const side = (): ThemeSide => ({ initiatives: 0, byKind: {}, byRegion: {}, statements: [] });
  const out = new Map(values.map((t) => [t, { theme: t, label: labels[t] ?? t, success: side(), challenge: side() }]));
  for (const rec of [...initiatives].sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl'))) {
    for (const [key, list] of [
      ['success', rec.data.success_factors],
      ['challenge', rec.data.challenges],
    ] as const) {
      const counted = new Set<string>();
      for (const f of list ?? []) {
        const s = out.get(f.theme)?.[key];
        if (!s) continue;
        s.statements.push({ initiative: { id: rec.id, name: rec.data.name }, statement: f.statement, source: f.source });
        if (counted.has(f.theme)) continue;
        counted.add(f.theme);
        s.initiatives++;
        s.byKind[rec.data.kind] = (s.byKind[rec.data.kind] ?? 0) + 1;
        for (const r of regionNamesOf(rec, setId, regionNames, regionsOf)) s.byRegion[r] = (s.byRegion[r] ?? 0) + 1;
      }
    }
  }
  return [...out.values()];
}

/** One cell of a gap table: how many initiatives, and the home-page filter that lists them. */
export interface GapCell {
  count: number;
  /** Query string for the home page (`?provincie=…&sector=…`), so the cell links to the list. */
  query: string;
}

export interface GapTable {
  rows: { id: string; name: string }[];
  columns: { id: string; label: string }[];
  /** cells[row][column]. */
  cells: GapCell[][];
  /** How many cells are empty: region and value without any initiative. */
  emptyCells: number;
  /**
   * Per row, the counted initiatives that give no value for the facet (no sector, no level): they
   * may fill an empty cell of their row, which a reader must know before calling it a gap.
   */
  withoutValue: number[];
}

/**
 * Initiatives per region and per value of a facet (sectors or education levels): empty cells
 * are the "witte vlekken". An initiative counts in every region `regionsOf` gives (the site
 * passes points and working areas) and in every value it names; initiatives without a region
 * are not in the table (the page names them).
 */
export function gapTable(
  initiatives: readonly InitiativeRecord[],
  set: { id: string; regions: readonly { id: string; name: string }[] },
  facet: 'sector' | 'level',
  regionsOf: RegionsOf = pointRegionsOf,
  /** Count only initiatives with one of these statuses (and filter the cells' links the same way). */
  statuses?: readonly string[],
): GapTable {
  const vocab = vocabulary(facet === 'sector' ? 'sector' : 'education_level');
  const rows = [...set.regions].map((r) => ({ id: r.id, name: r.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const columns = vocab.values.map((v) => ({ id: v, label: vocab.labels[v] ?? v }));
  const counts = new Map<string, number>();
  const without = new Map<string, number>();
  for (const rec of initiatives) {
    if (statuses && !statuses.includes(rec.data.status)) continue;
    const regions = new Set(regionsOf(rec, set.id));
    const values = (facet === 'sector' ? rec.data.sectors : rec.data.levels) ?? [];
    for (const r of regions) for (const v of values) counts.set(`${r}|${v}`, (counts.get(`${r}|${v}`) ?? 0) + 1);
    if (!values.length) for (const r of regions) without.set(r, (without.get(r) ?? 0) + 1);
  }
  let emptyCells = 0;
  const cells = rows.map((r) =>
    columns.map((c) => {
      const state = emptyState([set.id]);
      state.regions[set.id] = [r.id];
      state[facet] = [c.id];
      if (statuses) state.status = [...statuses].sort();
      const count = counts.get(`${r.id}|${c.id}`) ?? 0;
      if (!count) emptyCells++;
      return { count, query: `?${serializeState(state).toString()}` };
    }),
  );
  return { rows, columns, cells, emptyCells, withoutValue: rows.map((r) => without.get(r.id) ?? 0) };
}

/** Organisations and the initiatives they share, within one set of initiatives (a region). */
export interface Network {
  /** The most connected organisations, most initiatives first. */
  nodes: { id: string; name: string; initiatives: number }[];
  /** Pairs of those organisations that share initiatives, most shared first. */
  links: { a: string; b: string; shared: number }[];
}

/**
 * Who works with whom: organisations (as lead or partner) ranked by how many of these
 * initiatives they take part in, and the pairs among the top `limit` that share initiatives.
 * Ties are broken by name, so the view is the same on every build.
 */
export function collaborationNetwork(initiatives: readonly InitiativeRecord[], names: ReadonlyMap<string, string>, limit = 12): Network {
  const byOrg = new Map<string, Set<string>>();
  for (const i of initiatives) {
    for (const org of organisationIdsOf(i.data)) {
      byOrg.set(org, (byOrg.get(org) ?? new Set()).add(i.id));
    }
  }
  const name = (id: string) => names.get(id) ?? id;
  const nodes = [...byOrg]
    .map(([id, set]) => ({ id, name: name(id), initiatives: set.size }))
    .sort((x, y) => y.initiatives - x.initiatives || x.name.localeCompare(y.name, 'nl'))
    .slice(0, limit);
  const links: Network['links'] = [];
  for (let x = 0; x < nodes.length; x++)
    for (let y = x + 1; y < nodes.length; y++) {
      const a = byOrg.get(nodes[x]!.id)!,
        b = byOrg.get(nodes[y]!.id)!;
      const shared = [...a].filter((i) => b.has(i)).length;
      if (shared) links.push({ a: nodes[x]!.id, b: nodes[y]!.id, shared });
    }
  links.sort((p, q) => q.shared - p.shared || name(p.a).localeCompare(name(q.a), 'nl') || name(p.b).localeCompare(name(q.b), 'nl'));
  return { nodes, links };
}
