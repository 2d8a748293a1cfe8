import YAML from 'yaml1';
import type { SchemaNode } from '../schema/schemas';
import { orderBySchema } from './order-by-schema';

// Key order and empty values live in order-by-schema.ts, which checkFile uses without loading yaml1.
export { isEmptyValue, orderBySchema } from './order-by-schema';

/**
 * The canonical form of a data file is the form Decap CMS writes: the `yaml` 1.x library's
 * `Document.toString()` (the library Decap itself uses), keys in schema order, empty
 * optional values left out. A file in this form is not rewritten by a CMS edit, so a
 * pull request shows only the real change.
 */

/** Serialises data the way Decap CMS does. */
export function stringifyLikeCms(data: unknown): string {
  const doc = new YAML.Document();
  doc.contents = YAML.createNode(data) as typeof doc.contents;
  return doc.toString();
}

/** The canonical text of a data file for the given schema. */
export function toCanonicalYaml(data: unknown, schema: SchemaNode): string {
  return stringifyLikeCms(orderBySchema(data, schema, schema));
}
