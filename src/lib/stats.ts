import { isRunningStatus, statusSourceIsOld } from './checks';
import { deref, ENTITY_SCHEMAS, vocabulary, type VocabularyName } from './schema/schemas';
import { pointRegionsOf, type RegionsOf } from './regions/membership';
import type { InitiativeRecord } from './validate/validate-dataset';

export interface Count {
  key: string;
  label: string;
  count: number;
}

/** Counts per value of a vocabulary (all values, zero included, in vocabulary order). */
export function countByVocabulary(
  items: readonly InitiativeRecord[],
  vocab: VocabularyName,
  values: (i: InitiativeRecord) => readonly string[],
): Count[] {
  const { values: order, labels } = vocabulary(vocab);
  const counts = new Map(order.map((v) => [v, 0]));
  for (const i of items) for (const v of new Set(values(i))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return order.map((v) => ({ key: v, label: labels[v] ?? v, count: counts.get(v) ?? 0 }));
}

/** Counts per region of a set (by default from points; the site passes working areas too); an initiative in two regions counts in both. */
export function countByRegion(
  items: readonly InitiativeRecord[],
  setId: string,
  regions: readonly { id: string; name: string }[],
  regionsOf: RegionsOf = pointRegionsOf,
): Count[] {
  const counts = new Map(regions.map((r) => [r.id, 0]));
  for (const i of items) for (const r of new Set(regionsOf(i, setId))) counts.set(r, (counts.get(r) ?? 0) + 1);
  return regions
    .map((r) => ({ key: r.id, label: r.name, count: counts.get(r.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'));
}

export interface YearRow {
  year: number;
  started: number;
  /** Initiatives started in or before this year. */
  cumulative: number;
}

/** Starts per year and the running total, over the years that have starts, gaps filled. */
export function startsPerYear(items: readonly InitiativeRecord[]): { rows: YearRow[]; unknown: number } {
  const years = items.map((i) => i.data.start_year).filter((y): y is number => y !== undefined);
  if (!years.length) return { rows: [], unknown: items.length };
  const min = Math.min(...years),
    max = Math.max(...years);
  const rows: YearRow[] = [];
  let total = 0;
  for (let y = min; y <= max; y++) {
    const started = years.filter((x) => x === y).length;
    total += started;
    rows.push({ year: y, started, cumulative: total });
  }
  return { rows, unknown: items.length - years.length };
}

/**
 * What the start years in the growth chart stand for, so the chart can say it: how many of the
 * counted years are approximate or uncertain in the source (derived from "c. 2012", "planned",
 * an idea's year), and how many belong to initiatives still in development, whose "start" may
 * be a plan.
 */
export function startYearCaveats(items: readonly InitiativeRecord[]): { approximate: number; inDevelopment: number } {
  const counted = items.filter((i) => i.data.start_year !== undefined);
  return {
    approximate: counted.filter((i) => i.data.start_year_certainty === 'approximate' || i.data.start_year_certainty === 'uncertain').length,
    inDevelopment: counted.filter((i) => i.data.status === 'in_development').length,
  };
}

/**
 * How old the statuses of running and starting initiatives are: how many rest on a dated source
 * older than the configured age (statusSourceIsOld), and how many on a source without a date. A
 * reader of the status chart sees that "Actief" means "active when its source was written".
 */
export function statusSourceAges(
  items: readonly InitiativeRecord[],
  today: string,
  maxAgeMonths: number,
): { running: number; old: number; undated: number; maxAgeMonths: number } {
  const running = items.filter((i) => isRunningStatus(i.data.status));
  return {
    running: running.length,
    old: running.filter((i) => statusSourceIsOld(i.data, today, maxAgeMonths)).length,
    undated: running.filter((i) => !i.data.status_source?.published).length,
    maxAgeMonths,
  };
}

export interface FigureSummary {
  measure: string;
  label: string;
  /** How many initiatives have at least one figure of this measure. */
  initiatives: number;
  average?: number;
  median?: number;
  /** Range of the years the used figures refer to. */
  years?: [number, number];
}

/** Per measure: the average and median of each initiative's most recent figure. */
export function figureSummaries(items: readonly InitiativeRecord[]): FigureSummary[] {
  const { values, labels } = vocabulary('figure_measure');
  return values.map((measure) => {
    const latest = items.flatMap((i) => {
      const fs = (i.data.figures ?? []).filter((f) => f.measure === measure).sort((a, b) => b.year - a.year);
      return fs.length ? [fs[0]!] : [];
    });
    const base = { measure, label: labels[measure] ?? measure, initiatives: latest.length };
    if (!latest.length) return base;
    const nums = latest.map((f) => f.value).sort((a, b) => a - b);
    const mid = Math.floor(nums.length / 2);
    const years = latest.map((f) => f.year);
    return {
      ...base,
      average: Math.round((nums.reduce((s, v) => s + v, 0) / nums.length) * 10) / 10,
      median: nums.length % 2 ? nums[mid]! : (nums[mid - 1]! + nums[mid]!) / 2,
      years: [Math.min(...years), Math.max(...years)] as [number, number],
    };
  });
}

export interface Completeness {
  field: string;
  label: string;
  filled: number;
  percent: number;
}

/** How many initiatives fill each field of the schema (derived from the schema itself). */
export function completeness(items: readonly InitiativeRecord[]): Completeness[] {
  const props = ENTITY_SCHEMAS.initiative.properties ?? {};
  return Object.entries(props).map(([field, node]) => {
    const filled = items.filter((i) => {
      const v = (i.data as unknown as Record<string, unknown>)[field];
      // "unknown" is how a vocabulary says nothing is known (status "Onbekend"): not filled in.
      return v !== undefined && v !== '' && v !== 'unknown' && !(Array.isArray(v) && v.length === 0);
    }).length;
    // A field that points at a vocabulary takes its Dutch title from there.
    return {
      field,
      label: String(node.title ?? deref(node, ENTITY_SCHEMAS.initiative).node.title ?? field),
      filled,
      percent: items.length ? Math.round((filled / items.length) * 100) : 0,
    };
  });
}
