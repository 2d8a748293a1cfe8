/**
 * The key order and the empty values of the canonical form (canonical.ts): keys in schema
 * order, empty optional values left out. On its own so that checking a file (checkFile, in
 * every validation thread) does not load the YAML writer (yaml1: 16-30 ms per thread).
 */
import { deref, type SchemaNode } from '../schema/schemas';

/** Is this value "absent" in the sense of the CMS: '', null, [] or {}. */
export function isEmptyValue(v: unknown): boolean {
  if (v === '' || v === null || v === undefined) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v as object).length === 0;
  return false;
}

/** The property names of a schema node's `properties`, once per node (schemas never change). */
const propertyNames = new WeakMap<object, string[]>();
const namesOf = (props: Record<string, unknown>): string[] => {
  let names = propertyNames.get(props);
  if (!names) propertyNames.set(props, (names = Object.keys(props)));
  return names;
};
const NO_PROPERTIES: Record<string, SchemaNode> = {};

/** Whether `k` is one of `value`'s own enumerable keys: one that Object.keys lists. */
const isOwnKey = (value: object, k: string): boolean => Object.prototype.propertyIsEnumerable.call(value, k);

/** Sets `out[k]` to `value`'s `k`, ordered, unless it is empty. */
function put(
  out: Record<string, unknown>,
  value: Record<string, unknown>,
  k: string,
  node: SchemaNode | undefined,
  base: SchemaNode,
): void {
  const v = value[k];
  if (isEmptyValue(v)) return;
  const ordered = orderBySchema(v, node, base);
  if (k === '__proto__') Object.defineProperty(out, k, { value: ordered, enumerable: true, writable: true, configurable: true });
  else out[k] = ordered;
}

/**
 * Returns a copy with keys ordered as the schema lists them (unknown keys keep their
 * place after the known ones, so nothing is lost) and empty optional values dropped.
 * Values themselves are never changed. Every file is checked through this, so it avoids work
 * per key: the schema's names listed once, an own-key test instead of a set of the value's keys,
 * and plain assignment (only `__proto__` needs defineProperty to stay a key instead of changing
 * the prototype).
 */
export function orderBySchema(value: unknown, node: SchemaNode | undefined, base: SchemaNode): unknown {
  const resolved = node ? deref(node, base) : undefined;
  if (Array.isArray(value)) {
    const items = resolved?.node.items;
    const itemBase = resolved?.base ?? base;
    return value.map((v) => orderBySchema(v, items, itemBase));
  }
  if (value && typeof value === 'object') {
    const props = resolved?.node.properties ?? NO_PROPERTIES;
    const childBase = resolved?.base ?? base;
    const from = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of namesOf(props)) if (isOwnKey(from, k)) put(out, from, k, props[k], childBase);
    // Own keys only: `constructor` or `__proto__` in a file are unknown keys, not Object's.
    for (const k of Object.keys(from)) if (!Object.hasOwn(props, k)) put(out, from, k, undefined, childBase);
    return out;
  }
  return value;
}
