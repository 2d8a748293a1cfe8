/**
 * The check of one file on its own: decoding, YAML, the schema, personal data, unsafe text
 * and every one-file rule of rules/table.ts. The build, the CLI and the CMS (before it saves)
 * all call this, so a one-file rule can never be missing from one of them.
 */
import { idFromName, isId } from '../ids';
import { fileProblem, topField, type Problem } from '../problems';
import { ENTITY_SCHEMAS, MULTILINE_FIELDS, type EntityKind } from '../schema/schemas';
import { orderBySchema } from '../yaml/order-by-schema';
import { decodeDataFile, parseDataFile } from '../yaml/parse-data-file';
import { findPersonalData } from './personal-data';
import type { CachedCheck, CheckContext, ParsedRecord, RuleTarget, SourceFile } from './records';
import { fileRuleProblems, type EntityData } from './rules/table';
import { validateAgainstSchema } from '../schema/validator';
import { findUnsafeText } from './unsafe-text';

/** `data/initiatives/foo.yaml` -> `foo`; undefined if the name is not an id. */
export function idFromPath(path: string): string | undefined {
  const m = /([^/\\]+)\.yaml$/.exec(path);
  return m && isId(m[1]!) ? m[1] : undefined;
}

/** Today, for checks outside a dataset run (the CMS). */
export function checkContextNow(now = new Date()): CheckContext {
  return { currentYear: now.getUTCFullYear(), today: now.toISOString().slice(0, 10) };
}

/** The file's name is an id (it becomes the page address); a suggestion when it is not. */
function fileNameProblems(path: string): Problem[] {
  if (idFromPath(path)) return [];
  const name = path.split('/').pop() ?? path;
  const suggestion = idFromName(name.replace(/\.yaml$/, ''));
  return [
    fileProblem(path, `De bestandsnaam '${name}' is geen geldig id.`, {
      hint: `Een id bestaat uit kleine letters, cijfers en koppeltekens, bijvoorbeeld '${suggestion || 'mijn-initiatief'}.yaml'.`,
    }),
  ];
}

/**
 * Parses and checks one file on its own. Returns the normalised value (with its id and
 * positions) when it is valid, or what of it holds (`partial`, see partialValue) when it is not.
 * `unnamed`: a new entry in the CMS, which has no file name (no id) until the CMS saves it; its
 * name is checked for that instead (cms/slug.ts).
 */
export function checkFile(
  kind: EntityKind,
  file: SourceFile,
  ctx: CheckContext = checkContextNow(),
  { unnamed = false }: { unnamed?: boolean } = {},
): { parsed?: ParsedRecord; partial?: ParsedRecord; problems: Problem[] } {
  // Not a .yaml file: nothing more to say about its name or its content.
  if (!file.path.endsWith('.yaml'))
    return {
      problems: [
        fileProblem(file.path, `Onverwacht bestand '${file.path.split('/').pop() ?? file.path}' in de datamap.`, {
          hint: 'Databestanden eindigen op .yaml (niet .yml); verwijder of hernoem dit bestand.',
        }),
      ],
    };
  const problems = unnamed ? [] : fileNameProblems(file.path);
  let text: string;
  if (typeof file.content === 'string') text = file.content;
  else {
    const decoded = decodeDataFile(file.content, file.path);
    // `=== undefined`, not falsy: a zero-byte file decodes to '' and must reach the
    // parser's "Het bestand is leeg" like a whitespace-only file does.
    if (decoded.text === undefined) return { problems: [...problems, ...decoded.problems] };
    text = decoded.text;
  }
  const parsed = parseDataFile(text, file.path);
  if (parsed.problems.length) return { problems: [...problems, ...parsed.problems] };
  if (!parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value))
    return {
      problems: [...problems, fileProblem(file.path, 'Het bestand moet velden bevatten (`naam: waarde`), geen losse waarde of lijst.')],
    };
  const schema = ENTITY_SCHEMAS[kind];
  // The CMS writes '' for a cleared optional field: treat empty values as absent.
  const value = orderBySchema(parsed.value, schema, schema) as Record<string, unknown>;
  problems.push(...validateAgainstSchema(kind, value, file.path, parsed.positions));
  problems.push(...findPersonalData(value, file.path, parsed.positions));
  problems.push(...findUnsafeText(parsed.value, file.path, parsed.positions, MULTILINE_FIELDS[kind]));
  const id = unnamed ? undefined : idFromPath(file.path);
  // Written out rather than spread: a spread per file was a twentieth of checking one (issue #28).
  const target: RuleTarget = id ? { file: file.path, positions: parsed.positions, id } : { file: file.path, positions: parsed.positions };
  if (!problems.some((p) => p.severity === 'error')) {
    problems.push(...fileRuleProblems(kind, target, value as unknown as EntityData[typeof kind], ctx));
    if (!problems.some((p) => p.severity === 'error'))
      return id ? { parsed: { file: file.path, positions: parsed.positions, id, value }, problems } : { problems };
    return { problems, ...(id ? { partial: { file: file.path, positions: parsed.positions, id, value } } : {}) };
  }
  // The one-file rules read typed fields: with errors, they read what holds of the file, and a
  // rule that reads a field with an error says nothing (fileRuleProblems), so that every problem
  // comes in this run and none is made up by a field left out.
  const partial = partialValue(kind, value, problems, file.path, parsed.positions);
  if (!partial) return { problems };
  problems.push(...fileRuleProblems(kind, target, partial.rest as unknown as EntityData[typeof kind], ctx, partial.broken));
  return id ? { partial: { file: file.path, positions: parsed.positions, id, value: partial.rest }, problems } : { problems };
}

/**
 * A file with errors, without the fields they are in (`broken`), when the rest holds on its own
 * (the schema passes): the one-file rules and the rules between files still read it
 * (validateDataset), so a contributor hears of a wrong reference or a year order in the same run
 * as of a wrong URL, not in a second round. The rules between files only report what a field
 * says (a reference to nothing, a name taken twice), never that a field is missing, so leaving
 * the broken fields out cannot make a problem up there; a one-file rule that reads a broken field
 * says nothing (fileRuleProblems). None when an error concerns the whole file or the name, or the
 * rest fails the schema for another reason than lacking a field that had the error.
 */
function partialValue(
  kind: EntityKind,
  value: Record<string, unknown>,
  problems: readonly Problem[],
  path: string,
  positions: ParsedRecord['positions'],
): { rest: Record<string, unknown>; broken: ReadonlySet<string> } | undefined {
  const broken = new Set<string>();
  for (const p of problems) {
    if (p.severity !== 'error') continue;
    const top = topField(p.field);
    if (!top) return undefined;
    broken.add(top);
  }
  // The name is what every rule between files names a file by: without it, nothing to go on.
  if (broken.has('name')) return undefined;
  const rest = Object.fromEntries(Object.entries(value).filter(([key]) => !broken.has(key)));
  // The rest may lack a required field only where that field had the error (a source's web address
  // is the common case: a maintainer review saw a mistyped id hidden behind it). Rules that read it
  // say nothing (fileRuleProblems); the rules between files read no required field but the name.
  const restErrors = validateAgainstSchema(kind, rest, path, positions).filter((p) => p.severity === 'error');
  return restErrors.every((p) => broken.has(topField(p.field))) ? { rest, broken } : undefined;
}

/**
 * checkFile's result as the cache and the worker threads keep it: positions are rebuilt when a
 * message needs them.
 */
export function cachedCheckOf(res: { parsed?: ParsedRecord; partial?: ParsedRecord; problems: Problem[] }): CachedCheck {
  if (res.parsed) return { problems: res.problems, id: res.parsed.id, value: res.parsed.value };
  if (res.partial) return { problems: res.problems, id: res.partial.id, value: res.partial.value, partial: true };
  return { problems: res.problems };
}
