import type { InitiativeRecord } from './validate/validate-dataset';

/** What a reader must know first about an initiative that no longer runs as itself. */
export interface LifecycleNotice {
  kind: 'merged' | 'ended';
  /** The year it ended or merged, when known. */
  year?: number;
  /** Where it went: the initiative it merged into, or the one that continues it. */
  successor?: string;
}

/**
 * A merged or ended initiative says so at the top of its page, with a link to its successor:
 * the one it names as `merged_into`, or else one that names it as `successor_of`.
 * `related` are the initiatives that name this one (or all of them).
 */
export function lifecycleNotice(rec: InitiativeRecord, related: readonly InitiativeRecord[]): LifecycleNotice | undefined {
  const d = rec.data;
  const mergedInto = d.relations?.find((r) => r.type === 'merged_into');
  const continuedBy = related.find(
    (o) => o.id !== rec.id && o.data.relations?.some((r) => r.type === 'successor_of' && r.initiative === rec.id),
  );
  const successor = mergedInto?.initiative ?? continuedBy?.id;
  if (d.status !== 'merged' && d.status !== 'ended' && !mergedInto) return undefined;
  const year = mergedInto?.year ?? d.end_year;
  return {
    kind: d.status === 'ended' && !mergedInto ? 'ended' : 'merged',
    ...(year !== undefined ? { year } : {}),
    ...(successor ? { successor } : {}),
  };
}
