import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCmsConfig, cmsFormat, fieldsFor, type CmsField } from '../../src/lib/cms/config';
import { cmsFileFormat } from '../../src/lib/cms/file-format';
import { ROOT } from '../helpers/fixtures';
import { deref, ENTITY_SCHEMAS, vocabulary, type EntityKind, type SchemaNode } from '../../src/lib/schema/schemas';

const config = buildCmsConfig({ repository: 'org/atlas', branch: 'main', localPort: 8081, authBaseUrl: 'https://auth.example.org' });

/** Every property path of a schema, nested objects and list items included. */
function schemaPaths(node: SchemaNode, root: SchemaNode, prefix = ''): string[] {
  const n = deref(node, root).node;
  const out: string[] = [];
  for (const [k, p] of Object.entries(n.properties ?? {})) {
    const path = prefix ? `${prefix}.${k}` : k;
    out.push(path);
    const child = deref(p, root).node;
    if (child.type === 'object') out.push(...schemaPaths(child, root, path));
    if (child.type === 'array' && child.items && deref(child.items, root).node.type === 'object')
      out.push(...schemaPaths(child.items, root, path));
  }
  return out;
}

/** Every field path of the CMS config; the location picker covers its whole list. */
function cmsPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    if (f.widget === 'atlas-locations') return [path, ...['place', 'latitude', 'longitude', 'precision'].map((k) => `${path}.${k}`)];
    const nested = (f.fields as CmsField[] | undefined) ?? [];
    return [path, ...cmsPaths(nested, path)];
  });
}

describe('the generated CMS config', () => {
  for (const kind of ['initiative', 'organisation'] as EntityKind[]) {
    it(`covers every field of the ${kind} schema, in schema order`, () => {
      const schema = ENTITY_SCHEMAS[kind];
      expect(cmsPaths(fieldsFor(kind)).sort()).toEqual(schemaPaths(schema, schema).sort());
      expect(fieldsFor(kind).map((f) => f.name)).toEqual(Object.keys(schema.properties!));
    });
  }

  it('takes labels and hints from the schema and marks optional fields', () => {
    const name = fieldsFor('initiative').find((f) => f.name === 'name')!;
    expect(name).toMatchObject({ label: 'Naam', required: true, hint: expect.stringContaining('volledige naam') });
    expect(fieldsFor('initiative').find((f) => f.name === 'short_name')).toMatchObject({ required: false });
  });

  it('offers vocabulary values as selects with Dutch labels', () => {
    const kind = fieldsFor('initiative').find((f) => f.name === 'kind')!;
    expect(kind.widget).toBe('select');
    expect((kind.options as { value: string }[]).map((o) => o.value)).toEqual(vocabulary('initiative_kind').values);
    expect(kind.options).toContainEqual({ value: 'civ', label: 'Centrum voor Innovatief Vakmanschap (CIV)' });
    expect(fieldsFor('initiative').find((f) => f.name === 'sectors')).toMatchObject({ widget: 'select', multiple: true });
  });

  it('offers the working area as a multi-select of province names, with certainty and note', () => {
    const regions = [
      { id: 'zeeland', name: 'Zeeland' },
      { id: 'fryslan', name: 'Fryslân' },
    ];
    const area = fieldsFor('initiative', { regions }).find((f) => f.name === 'working_area')!;
    expect(area).toMatchObject({ widget: 'object', label: 'Werkgebied in provincies', required: false });
    const [ids, certainty, note] = area.fields as CmsField[];
    // Not required to Decap inside the optional object (see below); the schema still demands it.
    expect(ids).toMatchObject({ name: 'regions', widget: 'select', multiple: true, required: false });
    expect(ids).not.toHaveProperty('min');
    expect(ids!.options).toEqual([
      { label: 'Fryslân', value: 'fryslan' },
      { label: 'Zeeland', value: 'zeeland' },
    ]);
    expect(certainty).toMatchObject({ name: 'certainty', widget: 'select' });
    expect(note).toMatchObject({ name: 'note', widget: 'string' });
    // The whole config carries the regions it is given.
    const withRegions = buildCmsConfig({ repository: 'org/atlas', branch: 'main', localPort: 8081, regions });
    const fields = (withRegions.collections as { fields: CmsField[] }[])[0]!.fields;
    expect((fields.find((f) => f.name === 'working_area')!.fields as CmsField[])[0]!.widget).toBe('select');
  });

  it('fills coordinates from a place picker, and keeps whole numbers for years with the schema bounds', () => {
    const org = fieldsFor('organisation');
    // Nobody types coordinates: the place picker sets them; the fields themselves are hidden.
    expect(org.find((f) => f.name === 'place')).toMatchObject({ widget: 'atlas-place' });
    expect(org.find((f) => f.name === 'latitude')).toMatchObject({ widget: 'hidden' });
    expect(org.find((f) => f.name === 'longitude')).toMatchObject({ widget: 'hidden' });
    expect(fieldsFor('initiative').find((f) => f.name === 'locations')).toMatchObject({ widget: 'atlas-locations' });
    expect(fieldsFor('initiative').find((f) => f.name === 'start_year')).toMatchObject({ widget: 'number', value_type: 'int', min: 1900 });
  });

  it('chooses organisations and initiatives with relation widgets', () => {
    expect(fieldsFor('initiative').find((f) => f.name === 'lead_organisation')).toMatchObject({
      widget: 'relation',
      collection: 'organisations',
      value_field: '{{slug}}',
    });
    const partners = fieldsFor('initiative').find((f) => f.name === 'partners')!;
    expect((partners.fields as CmsField[])[0]).toMatchObject({ name: 'organisation', widget: 'relation' });
  });

  it('carries patterns over, and dates are checked text (never a date nobody chose)', () => {
    expect(fieldsFor('organisation').find((f) => f.name === 'kvk_number')).toMatchObject({
      widget: 'string',
      pattern: ['^[0-9]{8}$', expect.any(String)],
    });
    const verified = fieldsFor('initiative').find((f) => f.name === 'last_verified')!;
    expect(verified.widget).toBe('string');
    expect(new RegExp((verified.pattern as string[])[0]!).test('2026-01-31')).toBe(true);
    expect(new RegExp((verified.pattern as string[])[0]!).test('31-1-2026')).toBe(true);
  });

  it('uses GitHub with open authoring and the editorial workflow, ASCII slugs and a local backend', () => {
    expect(config).toMatchObject({
      backend: { name: 'github', repo: 'org/atlas', open_authoring: true, base_url: 'https://auth.example.org' },
      publish_mode: 'editorial_workflow',
      slug: { encoding: 'ascii', clean_accents: true },
      local_backend: { url: 'http://127.0.0.1:8081/api/v1' },
    });
    expect((config.collections as { folder: string }[]).map((c) => c.folder)).toEqual(['data/initiatives', 'data/organisations']);
  });
});

describe('optional objects in the form', () => {
  it('ask Decap for no field inside an optional object (Decap would refuse every save that leaves the object empty)', () => {
    const offending: string[] = [];
    const walk = (fields: readonly CmsField[], path: string, insideOptional: boolean) => {
      for (const f of fields) {
        if (insideOptional && f.required) offending.push(`${path}${f.name}`);
        const optionalHere = insideOptional || (f.widget === 'object' && !f.required);
        const children = (f as { fields?: CmsField[] }).fields;
        if (children && f.widget === 'object') walk(children, `${path}${f.name}.`, optionalHere);
      }
    };
    for (const kind of ['initiative', 'organisation'] as EntityKind[]) walk(fieldsFor(kind), `${kind}: `, false);
    expect(offending).toEqual([]);
    // The working area is such an object, and its regions are still demanded by the schema.
    const area = fieldsFor('initiative').find((f) => f.name === 'working_area') as CmsField & { fields: CmsField[] };
    expect(area.required).toBe(false);
    expect(area.fields.find((f) => f.name === 'regions')?.required).toBe(false);
    expect(ENTITY_SCHEMAS.initiative.properties!.working_area!.required).toEqual(['regions']);
  });
});

describe('the location picker', () => {
  it('gets the precision words from the vocabulary in its configuration, so a fork’s labels reach it', () => {
    const locations = fieldsFor('initiative').find((f) => f.name === 'locations')!;
    const { values, labels } = vocabulary('location_precision');
    expect(locations.widget).toBe('atlas-locations');
    expect(locations.precision_options).toEqual(values.map((v) => ({ value: v, label: labels[v] })));
  });
});

describe('the form order and the file format', () => {
  it('shows the required fields first, Bronnen among them, and keeps every field', () => {
    const form = (config.collections as { name: string; fields: CmsField[] }[])[0]!.fields;
    const names = form.map((f) => f.name);
    const required = ENTITY_SCHEMAS.initiative.required!;
    expect(names.slice(0, required.length)).toEqual(Object.keys(ENTITY_SCHEMAS.initiative.properties!).filter((k) => required.includes(k)));
    expect(names.indexOf('sources')).toBeLessThan(5);
    expect([...names].sort()).toEqual(
      fieldsFor('initiative')
        .map((f) => f.name)
        .sort(),
    );
  });

  it('writes files through the canonical writer: schema key order whatever the form order, unchanged on a round trip', () => {
    const collections = config.collections as { name: string; format: string }[];
    expect(collections.map((c) => c.format)).toEqual([cmsFormat('initiative'), cmsFormat('organisation')]);
    const format = cmsFileFormat('initiative');
    const text = format.toFile({
      sources: [{ url: 'https://www.voorbeeld.nl/' }],
      summary: 'Kort.',
      name: 'X',
      kind: 'civ',
      status: 'active',
    });
    expect(text.split('\n').map((l) => l.split(':')[0])).toEqual(['name', 'kind', 'status', 'summary', 'sources', '  - url', '']);
    for (const file of readdirSync(join(ROOT, 'data/initiatives')).slice(0, 40)) {
      const original = readFileSync(join(ROOT, 'data/initiatives', file), 'utf8');
      expect(format.toFile(format.fromFile(original)), file).toBe(original);
    }
  });

  it('opens a required object (a success factor’s source) and lists with their item’s own word', () => {
    const factors = fieldsFor('initiative').find((f) => f.name === 'success_factors')!;
    expect(factors).toMatchObject({ label: 'Succesfactoren', label_singular: 'Uitspraak' });
    expect((factors.fields as CmsField[]).find((f) => f.name === 'source')).toMatchObject({ widget: 'object', collapsed: false });
    expect(fieldsFor('initiative').find((f) => f.name === 'working_area')).toMatchObject({ collapsed: true });
    expect(fieldsFor('initiative').find((f) => f.name === 'sources')).toMatchObject({ label: 'Bronnen', label_singular: 'Bron' });
    expect(fieldsFor('initiative').find((f) => f.name === 'funding')).toMatchObject({
      label: 'Financieringen',
      label_singular: 'Financiering',
    });
  });

  it('sorts the lists by name from the start', () => {
    for (const c of config.collections as { sortable_fields: unknown }[])
      expect(c.sortable_fields).toEqual([{ field: 'name', default_sort: true }]);
  });
});
