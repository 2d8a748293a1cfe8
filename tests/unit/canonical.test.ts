/**
 * The canonical form of a data file (the form Decap CMS writes): what counts as empty, the key
 * order the schema gives at every depth, what happens to keys the schema does not know.
 */
import { describe, expect, it } from 'vitest';
import { ENTITY_SCHEMAS, type SchemaNode } from '../../src/lib/schema/schemas';
import { isEmptyValue, orderBySchema, stringifyLikeCms, toCanonicalYaml } from '../../src/lib/yaml/canonical';

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
