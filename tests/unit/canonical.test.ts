/**
 * The canonical form of a data file (the form Decap CMS writes): what counts as empty, the key
 * order the schema gives at every depth, what happens to keys the schema does not know.
 */
import { describe, expect, it } from 'vitest';
import { prng } from '../../scripts/bench/generate';
import { deref, ENTITY_SCHEMAS, type EntityKind, type SchemaNode } from '../../src/lib/schema/schemas';
import { isEmptyValue, orderBySchema, stringifyLikeCms, toCanonicalYaml } from '../../src/lib/yaml/canonical';
import { parseDataFile } from '../../src/lib/yaml/parse-data-file';
import { readFolder } from '../helpers/fixtures';

const initiative = ENTITY_SCHEMAS.initiative;

describe('empty values (what the CMS leaves out)', () => {
  it('treats an empty text, null, nothing, an empty list and an empty object as empty', () => {
    for (const v of ['', null, undefined, [], {}]) expect(isEmptyValue(v), JSON.stringify(v)).toBe(true);
  });

  it('keeps zero, false, a space, a list of one empty text and an object with a key', () => {
    for (const v of [0, false, ' ', [''], { a: undefined }, 'x']) expect(isEmptyValue(v), JSON.stringify(v)).toBe(false);
  });
});

describe('schema order', () => {
  it('puts keys in schema order at the top, in list items and behind a $ref, unknown keys last in their own order', () => {
    const data = {
      zzz: 1,
      sources: [{ title: 'Jaarverslag', url: 'https://a.example/' }],
      locations: [{ precision: 'place', longitude: 5, latitude: 52, place: 'Utrecht' }],
      kind: 'pps',
      aaa: 2,
      name: 'Voorbeeld',
    };
    const out = orderBySchema(data, initiative, initiative) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['name', 'kind', 'locations', 'sources', 'zzz', 'aaa']);
    expect(Object.keys((out.locations as object[])[0]!)).toEqual(['place', 'latitude', 'longitude', 'precision']);
    expect(Object.keys((out.sources as object[])[0]!)).toEqual(['url', 'title']);
  });

  it('resolves a $ref inside a referenced schema against that schema, not against the one it started from', () => {
    const outer: SchemaNode = { type: 'object', properties: { bronnen: { $ref: 'initiative.schema.json#/properties/sources' } } };
    const out = orderBySchema({ bronnen: [{ consulted: '2024-01-01', title: 'T', url: 'https://a.example/' }] }, outer, outer);
    expect(Object.keys((out as { bronnen: object[] }).bronnen[0]!)).toEqual(['url', 'title', 'consulted']);
  });

  it('drops empty values at every depth but never changes a value', () => {
    const out = orderBySchema(
      { name: 'X', short_name: '', levels: [], partners: [{ organisation: 'a', role: '' }], start_year: 0, funding: {} },
      initiative,
      initiative,
    );
    expect(out).toEqual({ name: 'X', partners: [{ organisation: 'a' }], start_year: 0 });
    // Lists of plain values and values without a schema pass through as they are.
    expect(orderBySchema(['b', 'a'], undefined, initiative)).toEqual(['b', 'a']);
    expect(orderBySchema({ b: { d: 1, c: 2 }, a: 1 }, undefined, initiative)).toEqual({ b: { d: 1, c: 2 }, a: 1 });
    expect(Object.keys(orderBySchema({ b: 1, a: 2 }, undefined, initiative) as object)).toEqual(['b', 'a']);
    expect(orderBySchema('tekst', initiative, initiative)).toBe('tekst');
  });

  it('keeps keys named like Object’s own (__proto__, constructor) as data, without changing the copy’s prototype', () => {
    const data = JSON.parse('{"constructor":"c","name":"X","__proto__":{"polluted":true}}') as object;
    const out = orderBySchema(data, initiative, initiative) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['name', 'constructor', '__proto__']);
    expect((out as { polluted?: unknown }).polluted).toBeUndefined();
    // The copy is an ordinary object: its values can be changed and its keys removed.
    out.name = 'Y';
    delete out.__proto__;
    expect(Object.keys(out)).toEqual(['name', 'constructor']);
    expect(out.name).toBe('Y');
  });
});

describe('canonical text', () => {
  it('writes the text Decap CMS writes, keys in schema order', () => {
    expect(toCanonicalYaml({ kind: 'pps', name: 'Voorbeeld', levels: ['mbo', 'hbo'], notes: '' }, initiative)).toBe(
      'name: Voorbeeld\nkind: pps\nlevels:\n  - mbo\n  - hbo\n',
    );
    expect(stringifyLikeCms({ b: 'ja', a: 1 })).toBe('b: ja\na: 1\n');
  });
});

/**
 * The canonical form spelt out as plainly as possible, as the oracle for orderBySchema: always a
 * copy, known keys in schema order, then the others in their order, empty values of keys left out.
 */
function canonicalCopy(value: unknown, node: SchemaNode | undefined, base: SchemaNode): unknown {
  const r = node ? deref(node, base) : undefined;
  if (Array.isArray(value)) return value.map((v) => canonicalCopy(v, r?.node.items, r?.base ?? base));
  if (!value || typeof value !== 'object') return value;
  const props = r?.node.properties ?? {};
  const keys = Object.keys(value);
  const out: Record<string, unknown> = {};
  for (const k of [...Object.keys(props).filter((k) => keys.includes(k)), ...keys.filter((k) => !Object.hasOwn(props, k))]) {
    const v = (value as Record<string, unknown>)[k];
    if (!isEmptyValue(v)) out[k] = canonicalCopy(v, props[k], r?.base ?? base);
  }
  return out;
}

/** Every object inside `value` (itself included), with a way to replace it in its parent. */
function objectsIn(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const v of value) objectsIn(v, found);
  else if (value && typeof value === 'object') {
    found.push(value as Record<string, unknown>);
    for (const v of Object.values(value)) objectsIn(v, found);
  }
  return found;
}

/** Rebuilds `o` in place with its keys in the order `keys` gives (values unchanged). */
function rekey(o: Record<string, unknown>, keys: string[]): void {
  const entries = keys.map((k) => [k, o[k]] as const);
  for (const k of Object.keys(o)) delete o[k];
  for (const [k, v] of entries) o[k] = v;
}

describe('a value already in canonical form', () => {
  const real = (['initiative', 'organisation'] as EntityKind[]).flatMap((kind) =>
    readFolder(`data/${kind}s`).map((f) => ({
      kind,
      path: f.path,
      value: parseDataFile(new TextDecoder().decode(f.content as Uint8Array), f.path).value as Record<string, unknown>,
    })),
  );

  it('is given back as it is (no copy) for every file in data/, and that is its canonical form', () => {
    expect(real.length).toBeGreaterThan(100);
    for (const { kind, path, value } of real) {
      expect(typeof value, path).toBe('object');
      const schema = ENTITY_SCHEMAS[kind];
      expect(orderBySchema(value, schema, schema), path).toBe(value);
      expect(JSON.stringify(value), path).toBe(JSON.stringify(canonicalCopy(value, schema, schema)));
    }
  });

  it('is copied into canonical form, never changed, after any one change anywhere inside it (seeded, replayable)', () => {
    const random = prng(28);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const changes = {
      // Two keys of one object swapped.
      swap: (o: Record<string, unknown>) => {
        const keys = Object.keys(o);
        if (keys.length < 2) return false;
        const i = Math.floor(random() * (keys.length - 1));
        [keys[i], keys[i + 1]] = [keys[i + 1]!, keys[i]!];
        rekey(o, keys);
        return true;
      },
      // An unknown key first, before the known ones.
      unknownFirst: (o: Record<string, unknown>) => {
        rekey(Object.assign(o, { x_onbekend: 'waarde' }), ['x_onbekend', ...Object.keys(o).filter((k) => k !== 'x_onbekend')]);
        return true;
      },
      // A key emptied, the way the CMS leaves a cleared field.
      emptied: (o: Record<string, unknown>) => {
        if (!Object.keys(o).length) return false;
        o[pick(Object.keys(o))] = pick(['', null, [], {}]);
        return true;
      },
    };
    let tried = 0;
    for (let round = 0; round < 600; round++) {
      const { kind, path, value } = pick(real);
      const schema = ENTITY_SCHEMAS[kind];
      const changed = structuredClone(value);
      const [name, change] = pick(Object.entries(changes));
      if (!change(pick(objectsIn(changed)))) continue;
      tried++;
      const before = JSON.stringify(changed);
      const out = orderBySchema(changed, schema, schema);
      expect(JSON.stringify(out), `${path}, ${name} (round ${round})`).toBe(JSON.stringify(canonicalCopy(changed, schema, schema)));
      expect(out, `${path}, ${name}`).not.toBe(changed);
      expect(JSON.stringify(changed), `${path}, ${name}: the input changed`).toBe(before);
    }
    expect(tried).toBeGreaterThan(400);
  });
});
