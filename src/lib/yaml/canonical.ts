import YAML from 'yaml1';
import { deref, type SchemaNode } from '../schema/schemas';

/**
 * The canonical form of a data file is the form Decap CMS writes: the `yaml` 1.x library's
 * `Document.toString()` (the library Decap itself uses), keys in schema order, empty
 * optional values left out. A file in this form is not rewritten by a CMS edit, so a
 * pull request shows only the real change.
 */

/** Is this value "absent" in the sense of the CMS: '', null, [] or {}. */
export function isEmptyValue(v: unknown): boolean {
  if (v === '' || v === null || v === undefined) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v as object).length === 0;
  return false;
}

/**
 * Returns a copy with keys ordered as the schema lists them (unknown keys keep their
 * place after the known ones, so nothing is lost) and empty optional values dropped.
 * Values themselves are never changed.
 */
export function orderBySchema(value: unknown, node: SchemaNode | undefined, base: SchemaNode): unknown {
  const resolved = node ? deref(node, base) : undefined;
  if (Array.isArray(value)) {
    const items = resolved?.node.items;
    return value.map((v) => orderBySchema(v, items, resolved?.base ?? base));
  }
  if (value && typeof value === 'object') {
    const props = resolved?.node.properties ?? {};
    const out: Record<string, unknown> = {};
    const keys = Object.keys(value as object);
    const known = Object.keys(props).filter((k) => keys.includes(k));
    // Own keys only: `constructor` or `__proto__` in a file are unknown keys, not Object's.
    const unknown = keys.filter((k) => !Object.hasOwn(props, k));
    for (const k of [...known, ...unknown]) {
      const v = (value as Record<string, unknown>)[k];
      if (isEmptyValue(v)) continue;
      Object.defineProperty(out, k, {
        value: orderBySchema(v, props[k], resolved?.base ?? base),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

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
