/**
 * The check of one file on its own: decoding, YAML, the schema, personal data, unsafe text
 * and the single-record rules. The build, the CLI and the CMS (before it saves) all call this.
 */
import { fileProblem, type Problem } from '../problems';
import { ENTITY_SCHEMAS, MULTILINE_FIELDS, type EntityKind } from '../schema/schemas';
import type { Initiative } from '../schema/types.generated';
import { foldForSearch } from '../text/fold';
import { orderBySchema } from '../yaml/canonical';
import { decodeDataFile, parseDataFile } from '../yaml/parse-data-file';
import { findPersonalData } from './personal-data';
import type { CheckContext, ParsedRecord, SourceFile } from './records';
import { initiativeRules } from './rules/initiative';
import { verificationRules, type Verification } from './rules/verification';
import { validateAgainstSchema } from './schema-validator';
import { findUnsafeText } from './unsafe-text';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `data/initiatives/foo.yaml` -> `foo`; undefined if the name is not an id. */
export function idFromPath(path: string): string | undefined {
  const m = /([^/\\]+)\.yaml$/.exec(path);
  return m && ID.test(m[1]!) && m[1]!.length >= 2 && m[1]!.length <= 80 ? m[1] : undefined;
}

/** Today, for checks outside a dataset run (the CMS). */
export function checkContextNow(now = new Date()): CheckContext {
  return { currentYear: now.getUTCFullYear(), today: now.toISOString().slice(0, 10) };
}

/** The file's name is an id (it becomes the page address); a suggestion when it is not. */
function fileNameProblems(path: string): Problem[] {
  if (idFromPath(path)) return [];
  const name = path.split('/').pop() ?? path;
  const suggestion = foldForSearch(name.replace(/\.yaml$/, ''))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return [
    fileProblem(path, `De bestandsnaam '${name}' is geen geldig id.`, {
      hint: `Een id bestaat uit kleine letters, cijfers en koppeltekens, bijvoorbeeld '${suggestion || 'mijn-initiatief'}.yaml'.`,
    }),
  ];
}

/**
 * Parses and checks one file on its own. Returns the normalised value (with its id and
 * positions) when it is valid.
 */
export function checkFile(
  kind: EntityKind,
  file: SourceFile,
  ctx: CheckContext = checkContextNow(),
): { parsed?: ParsedRecord; problems: Problem[] } {
  // Not a .yaml file: nothing more to say about its name or its content.
  if (!file.path.endsWith('.yaml'))
    return {
      problems: [
        fileProblem(file.path, `Onverwacht bestand '${file.path.split('/').pop() ?? file.path}' in de datamap.`, {
          hint: 'Databestanden eindigen op .yaml (niet .yml); verwijder of hernoem dit bestand.',
        }),
      ],
    };
  const problems = fileNameProblems(file.path);
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
  const target = { file: file.path, positions: parsed.positions };
  // Rules between fields only once the schema holds (they read typed fields).
  if (kind === 'initiative' && !problems.some((p) => p.severity === 'error'))
    problems.push(...initiativeRules(target, value as unknown as Initiative, ctx));
  if ((kind === 'initiative' || kind === 'organisation') && !problems.some((p) => p.severity === 'error'))
    problems.push(...verificationRules(target, value as Verification, ctx));
  const id = idFromPath(file.path);
  if (problems.some((p) => p.severity === 'error') || !id) return { problems };
  return { parsed: { id, ...target, value }, problems };
}
