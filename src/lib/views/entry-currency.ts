/**
 * How current one entry is, as its page shows it: who checked it and when (from its file) and
 * when its file changed and how (from Git). Shared by the initiative and organisation pages.
 */
import { checkState, type CheckState } from '../checks';
import { entryHistory, type EntryHistory } from '../history';
import { ENTITY_FOLDERS, type EntityKind } from '../schema/schemas';
import type { SiteModel } from '../site-model';

export interface EntryCurrency {
  check: CheckState;
  history: EntryHistory;
}

/** The path of an entry's file relative to the data folder, as the Git history names it. */
export const dataPathOf = (kind: EntityKind, id: string): string => `${ENTITY_FOLDERS[kind]}/${id}.yaml`;

export function entryCurrency(site: SiteModel, kind: EntityKind, id: string): EntryCurrency {
  const record = kind === 'initiative' ? site.initiatives.get(id) : site.organisations.get(id);
  if (!record) throw new Error(`Geen ${kind === 'initiative' ? 'initiatief' : 'organisatie'} met id '${id}'.`);
  return {
    check: checkState(record.data, site.today, site.checks.maxAgeMonths),
    history: entryHistory(site.history, dataPathOf(kind, id)),
  };
}
