/**
 * Validates a whole dataset: a short orchestrator over named steps. Each file is checked on
 * its own (check-file.ts, with every one-file rule), the region files are read
 * (rules/region-files.ts), regions are derived from coordinates (regions/locate.ts), and the
 * rules between files run. rules/table.ts declares which rule is which; each rule has its own
 * unit test on tiny inputs.
 */
import { sortProblems, type Problem } from '../problems';
import { pointsOf, type EntityKind, type EntityPoint } from '../schema/schemas';
import type { Initiative, Organisation } from '../schema/types.generated';
import { decodeDataFile, lazyIndex, parseDataFile, type PositionIndex } from '../yaml/parse-data-file';
import { cachedCheckOf, checkFile, idFromPath } from './check-file';
import type {
  CheckContext,
  DerivedLocation,
  FileCheckCache,
  InitiativeRecord,
  OrganisationRecord,
  ParsedRecord,
  SourceFile,
  ValidatedDataset,
} from './records';
import { pointInside } from './rules/locations';
import { chooseRegionSets, readRegionFiles } from './rules/region-files';
import { datasetRuleProblems } from './rules/table';

export type * from './records';
export { checkContextNow, checkFile, idFromPath } from './check-file';

export interface DatasetInput extends CheckContext {
  initiatives: SourceFile[];
  organisations: SourceFile[];
  /** GeoJSON files of data/regions/, as text. */
  regions: { path: string; text: string }[];
  /** Region sets to use, in order (first = main); default: all, in file order. */
  regionSetIds?: readonly string[];
  /**
   * Results of the per-file checks from an earlier run, by file content (`npm run validate`
   * keeps them in .tmp/). Only checkFile's result is reused: the rules between files always run,
   * so a changed file that another refers to is never hidden by the cache.
   */
  fileCache?: FileCheckCache;
}

/** The position index of a file, built on first use (a cached file needs it only for a message). */
function lazyPositions(file: SourceFile): PositionIndex {
  return lazyIndex(
    () =>
      parseDataFile(typeof file.content === 'string' ? file.content : (decodeDataFile(file.content, file.path).text ?? ''), file.path)
        .positions,
  );
}

/**
 * Step 1: every file of one kind on its own, through the cache when there is one. `valid`: the
 * files that passed; `partial`: what holds of the files with errors (checkFile's `partial`),
 * which only the rules between files read.
 */
function checkFiles(
  kind: EntityKind,
  files: readonly SourceFile[],
  input: DatasetInput,
  problems: Problem[],
): { valid: Map<string, ParsedRecord>; partial: Map<string, ParsedRecord> } {
  const valid = new Map<string, ParsedRecord>();
  const partial = new Map<string, ParsedRecord>();
  for (const f of files) {
    const hit = input.fileCache?.get(kind, f);
    if (hit) {
      problems.push(...hit.problems);
      // Line numbers for the rules between files come from parsing again, and only if asked.
      if (hit.id && hit.value)
        (hit.partial ? partial : valid).set(hit.id, { id: hit.id, file: f.path, value: hit.value, positions: lazyPositions(f) });
      continue;
    }
    const res = checkFile(kind, f, input);
    problems.push(...res.problems);
    if (res.parsed) valid.set(res.parsed.id, res.parsed);
    else if (res.partial) partial.set(res.partial.id, res.partial);
    input.fileCache?.set(kind, f, cachedCheckOf(res));
  }
  return { valid, partial };
}

/** Validates a whole dataset. Pure: takes file contents, returns records and every problem, sorted. */
export function validateDataset(input: DatasetInput): ValidatedDataset {
  const problems: Problem[] = [];
  const add = (found: readonly Problem[]) => {
    for (const p of found) problems.push(p);
  };

  const files = readRegionFiles(input.regions);
  const chosen = chooseRegionSets(files.regionSets, input.regionSetIds);
  const { regionSets } = chosen;
  add(files.problems);
  add(chosen.problems);

  const { valid: orgs, partial: partialOrgs } = checkFiles('organisation', input.organisations, input, problems);
  const { valid: inits, partial: partialInits } = checkFiles('initiative', input.initiatives, input, problems);

  // checkFile's coordinatePair holds for every record: both coordinates or neither.
  // Each point where the entity descriptor says its kind has them (ENTITIES[kind].points); the
  // schema made them numbers.
  const place = (rec: ParsedRecord, p: EntityPoint): DerivedLocation | undefined => {
    if (typeof p.latitude !== 'number' || typeof p.longitude !== 'number') return undefined;
    const placed = pointInside(rec, p.pointer, p.field, regionSets, p.longitude, p.latitude);
    add(placed.problems);
    return placed.location ?? { regions: {} };
  };

  const organisations: OrganisationRecord[] = [...orgs.values()].map((rec) => {
    const data = rec.value as unknown as Organisation;
    const [own] = pointsOf('organisation', data).map((p) => place(rec, p));
    return { id: rec.id, file: rec.file, data, derived: { regions: own?.regions ?? {} } };
  });

  const initiatives: InitiativeRecord[] = [...inits.values()].map((rec) => {
    const data = rec.value as unknown as Initiative;
    const locations: DerivedLocation[] = pointsOf('initiative', data).map((p) => place(rec, p) ?? { regions: {} });
    return { id: rec.id, file: rec.file, data, derived: { locations } };
  });

  const ids = (files: readonly SourceFile[]) => new Set(files.map((f) => idFromPath(f.path)).filter((id) => id !== undefined));
  // The rules between files read the files with errors too, as far as they hold (checkFiles).
  const typed = <T>(recs: Iterable<ParsedRecord>) => [...recs].map((r) => [r.id, { ...r, data: r.value as unknown as T }] as const);
  add(
    datasetRuleProblems({
      initiatives: new Map([
        ...initiatives.map((r) => [r.id, { ...inits.get(r.id)!, data: r.data }] as const),
        ...typed<Initiative>(partialInits.values()),
      ]),
      organisations: new Map([
        ...organisations.map((r) => [r.id, { ...orgs.get(r.id)!, data: r.data }] as const),
        ...typed<Organisation>(partialOrgs.values()),
      ]),
      initiativeIds: ids(input.initiatives),
      organisationIds: ids(input.organisations),
      regionSets,
      regionFilesWithErrors: new Set(files.problems.filter((p) => p.severity === 'error').map((p) => p.file)).size,
    }),
  );

  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return {
    initiatives: initiatives.sort(byId),
    organisations: organisations.sort(byId),
    checked: { initiatives: input.initiatives.length, organisations: input.organisations.length },
    regionSets,
    backdrops: files.backdrops,
    problems: sortProblems(problems),
  };
}
