/**
 * The one ajv setup of the atlas as data: its options, formats, annotation keywords and
 * schemas. atlas-ajv.ts builds an ajv from it; the generated validators
 * (validators.generated.ts, made by `npm run generate:types`) were compiled from it and carry it
 * as text, so validator.ts can tell whether they are still current without loading ajv.
 */
import { CONFIG_SCHEMAS, SCHEMAS, type SchemaNode } from './schemas';

/**
 * strictRequired is off only because `anyOf: [{required: [url]}, {required: [title]}]` is the
 * standard way to say "one of these"; every other strict check stays on. `verbose` gives us the
 * failing schema node, whose Dutch title and description become the hint. strictTuples is off
 * because a GeoJSON position is [longitude, latitude] with an optional elevation: a tuple of 2
 * or 3, which strict tuples cannot say.
 */
export const AJV_OPTIONS = { allErrors: true, strict: true, strictRequired: false, strictTuples: false, verbose: true } as const;

/** The formats the schemas use (ajv-formats' full versions). */
export const AJV_FORMATS = ['date', 'uri', 'email'] as const;

/** Our annotation keywords (schemas.ts says what each means): allowed in a schema, never checked. */
export const ANNOTATION_KEYWORDS = [
  ['x-enum-labels', 'object'],
  ['x-enum-short-labels', 'object'],
  ['x-enum-inverse-labels', 'object'],
  ['x-multiline', 'boolean'],
  ['x-widget', 'string'],
  ['x-pattern-message', 'string'],
  ['x-atlas-reference', 'string'],
] as const;

/**
 * Every schema the atlas checks against, in the order ajv must see them: the data contract
 * (initiatives, organisations, vocabularies), then the configuration files (site
 * configuration, region files).
 */
export const AJV_SCHEMAS: readonly SchemaNode[] = [...SCHEMAS, ...Object.values(CONFIG_SCHEMAS)];

/** Everything that decides what the compiled validators do, as one text. */
export function ajvSetupText(): string {
  return JSON.stringify({ options: AJV_OPTIONS, formats: AJV_FORMATS, keywords: ANNOTATION_KEYWORDS, schemas: AJV_SCHEMAS });
}
