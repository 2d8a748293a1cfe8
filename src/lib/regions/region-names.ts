import type { RegionSet } from './region-sets';

/** Region id -> name over all region sets (ids are unique across sets, checked by the validator). */
export function regionNameIndex(sets: readonly RegionSet[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of sets) for (const r of s.regions) out[r.id] = r.name;
  return out;
}
