import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { closest } from 'fastest-levenshtein';
import { pointerToField, type Problem } from '../problems';
import { ajvSetupText } from './ajv-setup';
import { deref, ENTITY_SCHEMAS, type EntityKind, type SchemaNode } from './schemas';
import { unsafeCharacterIn } from '../text/unsafe-characters';
import { GENERATED_FROM, VALIDATORS } from './validators.generated';
import { positionOf, type PositionIndex } from '../yaml/parse-data-file';

/** True when the generated validators are in use (false: the schemas changed since they were made). */
export const usesGeneratedValidators = GENERATED_FROM === ajvSetupText();

/**
 * The validators of every schema the atlas checks against: the data contract (initiatives,
 * organisations, vocabularies) and the configuration files (site configuration, region
 * files). Normally the generated ones (validators.generated.ts: ajv's own code for our
 * schemas, loaded in a tenth of the time ajv needs to compile them, in every process, worker
 * and CMS page). When a schema or the ajv setup changed since they were generated (before
 * `npm run generate:types`, which `npm test` demands), ajv compiles the schemas as they are
 * now, so a validator can never check against an old schema.
 */
const compiled: (id: string) => ValidateFunction | undefined = usesGeneratedValidators
  ? (id) => (VALIDATORS as unknown as Record<string, ValidateFunction>)[id]
  : await import('./atlas-ajv').then(({ createAtlasAjv }) => {
      const ajv = createAtlasAjv();
      return (id: string) => ajv.getSchema(id);
    });

/** The compiled validator of a schema (by its $id). */
function validatorFor(schema: SchemaNode): ValidateFunction {
  return compiled(String(schema.$id))!;
}

/** The compiled validators of the entity kinds (the CMS compiles them before the first save). */
export function getCompiledValidators(): Record<EntityKind, ValidateFunction> {
  return { initiative: validatorFor(ENTITY_SCHEMAS.initiative), organisation: validatorFor(ENTITY_SCHEMAS.organisation) };
}

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  integer: 'een geheel getal',
  array: 'een lijst',
  object: 'een blok met velden',
  boolean: 'ja of nee (true/false)',
};

function describeActual(v: unknown): string {
  if (Array.isArray(v)) return 'een lijst';
  if (v === null) return 'leeg';
  if (typeof v === 'object') return 'een blok met velden';
  if (typeof v === 'string') return `de tekst '${v.length > 40 ? `${v.slice(0, 40)}…` : v}'`;
  return `'${String(v)}'`;
}

function enumHint(node: SchemaNode, given: unknown): string {
  const values = node.enum ?? [];
  const labels = node['x-enum-labels'] ?? {};
  const list = values.map((v) => (labels[v] && labels[v] !== v ? `${v} (${labels[v]})` : v)).join(', ');
  const guess = typeof given === 'string' && values.length ? guessValue(given, values, labels) : undefined;
  return `${guess ? `Bedoelde u '${guess}'? ` : ''}Kies uit: ${list}.`;
}

/**
 * The value a contributor most likely meant: contributors type the Dutch word they see
 * ('onbekend', 'Zorg'), so the labels count as much as the codes. A label that is the word, or
 * the only one that starts with it, wins; otherwise the nearest of codes and labels (a maintainer
 * review got "Bedoelde u 'ended'?" for 'onbekend' and 'energie' for 'Zorg').
 */
function guessValue(given: string, values: readonly string[], labels: Readonly<Record<string, string>>): string {
  const word = given.trim().toLowerCase();
  const labelOf = (v: string) => (labels[v] ?? v).toLowerCase();
  const exact = values.find((v) => v.toLowerCase() === word || labelOf(v) === word);
  if (exact) return exact;
  const starts = values.filter((v) => labelOf(v).startsWith(word) || v.toLowerCase().startsWith(word));
  if (word.length >= 3 && starts.length === 1) return starts[0]!;
  const candidates = values.flatMap((v) => [
    [v.toLowerCase(), v],
    [labelOf(v), v],
  ]);
  const nearest = closest(
    word,
    candidates.map(([text]) => text!),
  );
  return candidates.find(([text]) => text === nearest)![1]!;
}

/** Translates one ajv error into a problem a contributor can act on. */
function translate(e: ErrorObject, file: string, positions: PositionIndex, root: SchemaNode): Problem | undefined {
  const base: Omit<Problem, 'line' | 'column' | 'field' | 'message'> = { file, severity: 'error' };
  const parent = (e.parentSchema ?? {}) as SchemaNode;
  const label = parent.title ? ` (${parent.title})` : '';
  const at = (pointer: string, prefer: 'key' | 'value' = 'value') => positionOf(positions, pointer, prefer);
  const make = (pointer: string, message: string, hint?: string, prefer: 'key' | 'value' = 'value'): Problem => ({
    ...base,
    ...at(pointer, prefer),
    field: pointerToField(pointer),
    message,
    ...(hint ? { hint } : {}),
  });
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const missing = String(p.missingProperty);
      const pointer = `${e.instancePath}/${missing}`;
      const prop = parent.properties?.[missing];
      const info = prop ? deref(prop, root).node : undefined;
      const name = info?.title ? ` (${info.title})` : '';
      return {
        ...base,
        ...at(e.instancePath, 'key'),
        field: pointerToField(pointer),
        message: `Het verplichte veld '${missing}'${name} ontbreekt of is leeg.`,
        ...(info?.description ? { hint: info.description } : {}),
      };
    }
    case 'dependentRequired': {
      // Half of a pair (latitude without longitude): named by the missing field, at the line of the given one.
      const missing = String(p.missingProperty);
      const given = String(p.property);
      const title = (key: string) => {
        const prop = parent.properties?.[key];
        const t = prop ? deref(prop, root).node.title : undefined;
        return t ? ` (${t})` : '';
      };
      return {
        ...base,
        ...at(`${e.instancePath}/${given}`),
        field: pointerToField(`${e.instancePath}/${missing}`),
        message: `Het veld '${missing}'${title(missing)} ontbreekt: het hoort bij '${given}'${title(given)}.`,
        hint: 'Vul beide in of geen van beide.',
      };
    }
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      const known = Object.keys(parent.properties ?? {});
      const guess = known.length ? closest(extra, known) : undefined;
      return make(
        `${e.instancePath}/${extra}`,
        `Onbekend veld '${extra}'.`,
        guess ? `Bedoelde u '${guess}'? Bekende velden hier: ${known.join(', ')}.` : undefined,
        'key',
      );
    }
    case 'enum':
      return make(e.instancePath, `${describeActual(e.data)} is geen toegestane waarde${label}.`, enumHint(parent, e.data));
    case 'type':
      return make(
        e.instancePath,
        `Moet ${typeNames[String(p.type)] ?? p.type} zijn${label}, maar is ${describeActual(e.data)}.`,
        // The YAML way to write a list, for data files; a JSON file (a region file) gets the field's description.
        p.type === 'array' && file.endsWith('.yaml')
          ? 'Zet elke waarde op een eigen regel die begint met "- ".'
          : // YAML reads 2019 (a year as a source's date) or 0612 as a number: quotes keep it text.
            p.type === 'string' && typeof e.data === 'number' && !parent.enum && file.endsWith('.yaml')
            ? `Zet de waarde tussen aanhalingstekens, zodat ze tekst is: "${String(e.data)}".${parent.description ? ` ${parent.description}` : ''}`
            : parent.description,
      );
    case 'format':
      if (p.format === 'date')
        return make(
          e.instancePath,
          `${describeActual(e.data)} is geen geldige datum${label}.`,
          'Schrijf een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-31.',
        );
      if (p.format === 'email')
        return make(
          e.instancePath,
          `${describeActual(e.data)} is geen e-mailadres${label}.`,
          'Schrijf een volledig adres, bijvoorbeeld redactie@voorbeeld.nl.',
        );
      return make(
        e.instancePath,
        `${describeActual(e.data)} is geen geldig webadres${label}.`,
        'Schrijf het volledige adres, beginnend met https://.',
      );
    case 'pattern': {
      // The one-line pattern (schema `one_line`) repeats the unsafe-text check, which says
      // which character it is: report it once, there.
      if (typeof e.data === 'string' && unsafeCharacterIn(e.data, false)) return undefined;
      if (parent.format === 'uri' || String(parent.pattern ?? '').startsWith('^https?')) {
        return make(
          e.instancePath,
          `${describeActual(e.data)} is geen webadres dat met http:// of https:// begint${label}.`,
          'Alleen webadressen (https://...) zijn toegestaan: geen e-mailadressen, javascript: of bestandspaden.',
        );
      }
      return make(
        e.instancePath,
        `${describeActual(e.data)} heeft niet de juiste vorm${label}.`,
        (parent['x-pattern-message'] as string | undefined) ?? parent.description,
      );
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const dir = e.keyword.endsWith('imum') && e.keyword.includes('in') ? 'minstens' : 'hoogstens';
      const isCoord = /latitude|longitude/.test(e.instancePath);
      return make(
        e.instancePath,
        `Moet ${dir} ${String(p.limit)} zijn${label}, maar is ${String(e.data)}.`,
        isCoord
          ? 'Deze coördinaat ligt buiten Nederland. Verwisselt u breedte- en lengtegraad niet? Breedtegraad is ongeveer 51-53, lengtegraad 3-7.'
          : parent.description,
      );
    }
    case 'minLength':
      return make(e.instancePath, `Te kort${label}: minstens ${String(p.limit)} teken(s).`, parent.description);
    case 'maxLength':
      return make(
        e.instancePath,
        `Te lang${label}: ${String((e.data as string).length)} tekens, hoogstens ${String(p.limit)}.`,
        'Kort de tekst in.',
      );
    case 'minItems':
      return make(e.instancePath, `Vul minstens ${String(p.limit)} item(s) in${label}.`, parent.description, 'key');
    case 'maxItems':
      return make(e.instancePath, `Hoogstens ${String(p.limit)} item(s)${label}.`);
    case 'uniqueItems':
      return make(
        `${e.instancePath}/${String(p.i)}`,
        `Deze waarde staat twee keer in de lijst${label} (items ${Number(p.j) + 1} en ${Number(p.i) + 1}).`,
        'Verwijder de dubbele.',
      );
    case 'anyOf':
      return make(e.instancePath, `Vul een webadres (url) of een titel in${label}.`, parent.description, 'key');
    case 'const':
      return make(e.instancePath, `Moet '${String(p.allowedValue)}' zijn${label}.`);
    default:
      return make(e.instancePath, `${e.message ?? 'Ongeldige waarde'}${label}.`);
  }
}

const NO_POSITIONS: PositionIndex = { keys: new Map(), values: new Map() };

/**
 * Checks a value against one of the atlas's schemas and returns every problem in the same
 * Dutch words, each with its file position (line 1 where the index has none: a
 * configuration given as a TypeScript object). Required/anyOf noise is collapsed to one message.
 */
export function validateWithSchema(schema: SchemaNode, value: unknown, file: string, positions: PositionIndex = NO_POSITIONS): Problem[] {
  const validate = validatorFor(schema);
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  // An anyOf of `required` alternatives reports each alternative too; keep only the anyOf.
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  // A value that is too short is also of the wrong form: say the first, which tells what to do.
  const tooShort = new Set(errors.filter((e) => e.keyword === 'minLength').map((e) => e.instancePath));
  const kept = errors.filter(
    (e) =>
      !(e.keyword === 'required' && anyOfPaths.has(e.instancePath) && e.schemaPath.includes('/anyOf/')) &&
      !(e.keyword === 'pattern' && tooShort.has(e.instancePath)) &&
      // "must match the then-schema" always comes with the error inside it, which says what.
      e.keyword !== 'if',
  );
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const e of kept) {
    const p = translate(e, file, positions, schema);
    if (!p) continue;
    const key = `${p.line}:${p.column}:${p.field}:${p.message}`;
    if (!seen.has(key)) out.push(p);
    seen.add(key);
  }
  return out;
}

/** Checks one parsed data file against the schema of its kind. */
export function validateAgainstSchema(kind: EntityKind, value: unknown, file: string, positions: PositionIndex): Problem[] {
  return validateWithSchema(ENTITY_SCHEMAS[kind], value, file, positions);
}
