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

/** Each schema node's property names by their place, once per node (for inSchemaOrder). */
const propertyRanks = new WeakMap<object, Map<string, number>>();
const ranksOf = (props: Record<string, unknown>): Map<string, number> => {
  let ranks = propertyRanks.get(props);
  if (!ranks) propertyRanks.set(props, (ranks = new Map(namesOf(props).map((k, i) => [k, i]))));
  return ranks;
};

/**
 * Whether orderBySchema would give back `value` unchanged: at every level the known keys stand in
 * the schema's order, before any unknown key, and no value of a key is empty. A walk without
 * copying: files the CMS or `npm run format:data` wrote are all like this.
 */
function inSchemaOrder(value: unknown, node: SchemaNode | undefined, base: SchemaNode): boolean {
  if (!value || typeof value !== 'object') return true;
  const resolved = node ? deref(node, base) : undefined;
  const childBase = resolved?.base ?? base;
  if (Array.isArray(value)) {
    const items = resolved?.node.items;
    for (const v of value) if (!inSchemaOrder(v, items, childBase)) return false;
    return true;
  }
  const props = resolved?.node.properties ?? NO_PROPERTIES;
  const ranks = ranksOf(props);
  const from = value as Record<string, unknown>;
  let last = -1;
  for (const k of Object.keys(from)) {
    const rank = ranks.get(k);
    // A known key after a later known key or after an unknown one: the copy would move it.
    if (rank !== undefined && rank < last) return false;
    last = rank ?? Infinity;
    const v = from[k];
    if (isEmptyValue(v) || !inSchemaOrder(v, rank === undefined ? undefined : props[k], childBase)) return false;
  }
  return true;
}

/**
 * The value with keys ordered as the schema lists them (unknown keys keep their place after the
 * known ones, so nothing is lost) and empty optional values dropped. Values themselves are never
 * changed, and neither is `value`: what is already in that form is given back as it is (a value
 * from a file the CMS wrote, nearly always), anything else as a copy, which may share the parts
 * that were already in order. Every file is checked through this (issue #28: the copy was an
 * eighth of checking a file).
 */
export function orderBySchema(value: unknown, node: SchemaNode | undefined, base: SchemaNode): unknown {
  return inSchemaOrder(value, node, base) ? value : orderedCopy(value, node, base);
}

/**
 * orderBySchema's copy. It avoids work per key: the schema's names listed once, an own-key test
 * instead of a set of the value's keys, and plain assignment (only `__proto__` needs
 * defineProperty to stay a key instead of changing the prototype).
 */
function orderedCopy(value: unknown, node: SchemaNode | undefined, base: SchemaNode): unknown {
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
