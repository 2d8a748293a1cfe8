/**
 * Every rule of the validation and its scope, in one place (#27). A `file` rule reads one file:
 * checkFile runs it, so CI and the CMS's check before saving apply it alike. A `dataset` rule
 * needs other files (which ids exist, which names are taken, the region sets): only
 * validateDataset runs it, "between files". A new rule is one row here, nothing else:
 * tests/unit/one-place.test.ts adds a row and sees the CMS and CI run it, and
 * tests/unit/rule-table.test.ts fails for an exported rule that no row names.
 *
 * Two steps of validateDataset are not rows: reading the region files (region-files.ts) and
 * placing each point in its regions (locations.ts `pointInside`), which derive data as well as
 * report. The CMS places points itself, with the same function (regions/locate.ts).
 */
import type { Problem } from '../../problems';
import type { RegionSet } from '../../regions/region-sets';
import { ENTITIES, type EntityKind } from '../../schema/schemas';
import type { Initiative, Organisation } from '../../schema/types.generated';
import type { CheckContext, RuleTarget } from '../records';
import {
  certaintyNeedsYear,
  futureDates,
  futureYears,
  leadNoteNeedsLead,
  mergeStatus,
  statusSourceNeedsStatus,
  stillToFill,
  yearOrder,
} from './initiative';
import { organisationsByName } from '../../organisation-names';
import { formerIdIndex } from '../../former-ids';
import { formerIds } from './former-ids';
import { coordinatePair, missingLocation, workingAreaRegions } from './locations';
import { sameOrganisationName } from './organisations';
import {
  newOrganisations,
  organisationReferences,
  partnersOnce,
  proposedLeads,
  relationCycles,
  relationReferences,
  relationToSelf,
} from './references';
import { someRegionSet, uniqueRegionIds } from './region-files';
import { verificationRules } from './verification';

/** The typed data of each kind of entity, once its file passed the schema. */
export interface EntityData {
  initiative: Initiative;
  organisation: Organisation;
}

/** A valid file as the rules between files see it. */
export type TypedRecord<T> = RuleTarget & { id: string; data: T };

/** What the rules between files read. */
export interface DatasetView {
  /**
   * The files that passed their own checks, by id, and what holds of the files that did not
   * (check-file.ts, partialValue): a rule between files reports what a field says, never that one is missing.
   */
  initiatives: ReadonlyMap<string, TypedRecord<Initiative>>;
  organisations: ReadonlyMap<string, TypedRecord<Organisation>>;
  /**
   * The id of every file, also of one with errors of its own: it exists, and its own errors
   * say what to fix there; a reference to it is not reported as missing on top.
   */
  initiativeIds: ReadonlySet<string>;
  organisationIds: ReadonlySet<string>;
  regionSets: readonly RegionSet[];
  /** How many region files had errors of their own (their sets are not in regionSets). */
  regionFilesWithErrors?: number;
}

type FileRule = {
  [K in EntityKind]: { name: string; scope: 'file'; kind: K; run: (t: RuleTarget, data: EntityData[K], ctx: CheckContext) => Problem[] };
}[EntityKind];
interface DatasetRule {
  name: string;
  scope: 'dataset';
  run: (d: DatasetView) => Problem[];
}
export type Rule = FileRule | DatasetRule;

/** A per-record rule over every valid initiative. */
const eachInitiative = (d: DatasetView, rule: (r: TypedRecord<Initiative>) => Problem[]) => [...d.initiatives.values()].flatMap(rule);

/** Every rule, in the order their messages read best within a file. */
export const RULES: readonly Rule[] = [
  { name: 'mergeStatus', scope: 'file', kind: 'initiative', run: mergeStatus },
  { name: 'statusSourceNeedsStatus', scope: 'file', kind: 'initiative', run: statusSourceNeedsStatus },
  { name: 'stillToFill', scope: 'file', kind: 'initiative', run: stillToFill },
  { name: 'leadNoteNeedsLead', scope: 'file', kind: 'initiative', run: leadNoteNeedsLead },
  { name: 'yearOrder', scope: 'file', kind: 'initiative', run: yearOrder },
  { name: 'futureYears', scope: 'file', kind: 'initiative', run: futureYears },
  { name: 'certaintyNeedsYear', scope: 'file', kind: 'initiative', run: certaintyNeedsYear },
  { name: 'futureDates', scope: 'file', kind: 'initiative', run: futureDates },
  { name: 'partnersOnce', scope: 'file', kind: 'initiative', run: partnersOnce },
  { name: 'proposedLeads', scope: 'file', kind: 'initiative', run: proposedLeads },
  { name: 'relationToSelf', scope: 'file', kind: 'initiative', run: relationToSelf },
  { name: 'missingLocation', scope: 'file', kind: 'initiative', run: missingLocation },
  { name: 'coordinatePair', scope: 'file', kind: 'organisation', run: coordinatePair },
  { name: 'verificationRules', scope: 'file', kind: 'initiative', run: verificationRules },
  { name: 'verificationRules', scope: 'file', kind: 'organisation', run: verificationRules },
  {
    name: 'organisationReferences',
    scope: 'dataset',
    run: (d) => {
      const moved = formerIdIndex(d.organisations.values());
      return eachInitiative(d, (r) => organisationReferences(r, r.data, d.organisationIds, undefined, moved));
    },
  },
  {
    name: 'newOrganisations',
    scope: 'dataset',
    run: (d) => {
      const orgs = [...d.organisations.values()];
      const byName = organisationsByName(orgs);
      const named = orgs.map((o) => ({ id: o.id, name: o.data.name }));
      return eachInitiative(d, (r) => newOrganisations(r, r.data, byName, named));
    },
  },
  {
    name: 'workingAreaRegions',
    scope: 'dataset',
    run: (d) => (d.regionSets[0] ? eachInitiative(d, (r) => workingAreaRegions(r, r.data, d.regionSets[0]!)) : []),
  },
  {
    name: 'relationReferences',
    scope: 'dataset',
    run: (d) => {
      const moved = formerIdIndex(d.initiatives.values());
      return eachInitiative(d, (r) => relationReferences(r, r.data, d.initiativeIds, undefined, moved));
    },
  },
  {
    name: 'formerIds',
    scope: 'dataset',
    run: (d) => [
      ...formerIds(d.organisations.values(), d.organisationIds, ENTITIES.organisation.folder),
      ...formerIds(d.initiatives.values(), d.initiativeIds, ENTITIES.initiative.folder),
    ],
  },
  {
    name: 'relationCycles',
    scope: 'dataset',
    run: (d) => [...relationCycles(d.initiatives, 'merged_into'), ...relationCycles(d.initiatives, 'part_of')],
  },
  { name: 'sameOrganisationName', scope: 'dataset', run: (d) => sameOrganisationName(d.organisations.values()) },
  { name: 'uniqueRegionIds', scope: 'dataset', run: (d) => uniqueRegionIds(d.regionSets) },
  { name: 'someRegionSet', scope: 'dataset', run: (d) => someRegionSet(d.regionSets, d.regionFilesWithErrors ?? 0) },
];

/**
 * What every one-file rule of `kind` finds in a file (checkFile calls this). `broken`: the fields
 * left out of a file with errors (check-file.ts, partialValue). A rule then runs on a view of the
 * data that notes every field it reads, and says nothing if it read one of them: "a certainty
 * needs its year" is no problem when the year is there but has an error of its own. Noted as the
 * rule reads, not declared per rule, so a rule that reads one field more can never be wrong here.
 */
export function fileRuleProblems<K extends EntityKind>(
  kind: K,
  t: RuleTarget,
  data: EntityData[K],
  ctx: CheckContext,
  broken?: ReadonlySet<string>,
): Problem[] {
  // The union of row types cannot be narrowed to K by TypeScript; `kind` guards the call.
  type Run = (t: RuleTarget, data: EntityData[K], ctx: CheckContext) => Problem[];
  // A loop rather than flatMap, which made an array per row for each of 13,000 files (issue #28).
  const problems: Problem[] = [];
  for (const r of RULES) {
    if (r.scope !== 'file' || r.kind !== kind) continue;
    if (!broken?.size) {
      for (const p of (r.run as Run)(t, data, ctx)) problems.push(p);
      continue;
    }
    const read = readsOf(data);
    const found = (r.run as Run)(t, read.view, ctx);
    if (!read.readAny(broken)) problems.push(...found);
  }
  return problems;
}

/** A view of a file's data that notes each top-level field read; listing the keys counts as reading them all. */
function readsOf<T extends object>(data: T): { view: T; readAny: (fields: ReadonlySet<string>) => boolean } {
  const fields = new Set<string>();
  let listed = false;
  const note = (key: string | symbol) => {
    if (typeof key === 'string') fields.add(key);
  };
  const view = new Proxy(data, {
    get(target, key, receiver) {
      note(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      note(key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      listed = true;
      return Reflect.ownKeys(target);
    },
  });
  return { view, readAny: (wanted) => listed || [...fields].some((f) => wanted.has(f)) };
}

/** What every rule between files finds (validateDataset calls this). */
export function datasetRuleProblems(d: DatasetView): Problem[] {
  return RULES.flatMap((r) => (r.scope === 'dataset' ? r.run(d) : []));
}
