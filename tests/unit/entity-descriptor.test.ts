/**
 * The entity descriptor (ENTITIES in src/lib/schema/schemas.ts): which fields name another data
 * file comes from the schema's `x-atlas-reference` annotations, and the CMS's relation widgets,
 * the reference rules and the organisations of an initiative all follow from it. A schema copy
 * with one more annotated field shows that adding a reference touches the schema only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldsOfSchema, type CmsField } from '../../src/lib/cms/config';
import { organisationIdsOf } from '../../src/lib/relations';
import {
  ENTITIES,
  ENTITY_KINDS,
  everyNamedId,
  namedIds,
  plainValuesAt,
  pointsOf,
  valuesAt,
  schemaReferences,
  type EntityKind,
  type SchemaNode,
} from '../../src/lib/schema/schemas';
import { organisationReferences, relationReferences } from '../../src/lib/validate/rules/references';
import { parsedInitiative, ROOT } from '../helpers/fixtures';

/** The annotations as the file has them, found by reading the JSON text itself (no $ref followed). */
function annotatedInFile(kind: EntityKind): { path: string; target: unknown }[] {
  const json = JSON.parse(readFileSync(join(ROOT, 'schemas', `${kind}.schema.json`), 'utf8')) as SchemaNode;
  const out: { path: string; target: unknown }[] = [];
  const walk = (node: SchemaNode, path: string) => {
    if (node['x-atlas-reference'] !== undefined) out.push({ path, target: node['x-atlas-reference'] });
    for (const [k, p] of Object.entries(node.properties ?? {})) walk(p, path ? `${path}.${k}` : k);
    if (node.items) walk(node.items, `${path}[]`);
  };
  walk(json, '');
  return out;
}

const asText = (refs: readonly { path: readonly string[]; target: unknown }[]) =>
  refs.map((r) => ({ path: r.path.join('.').replaceAll('.[]', '[]'), target: r.target }));

/** A CMS field by its dotted name (`partners.organisation`). */
function cmsField(fields: CmsField[], dotted: string): CmsField | undefined {
  const [head, ...rest] = dotted.split('.');
  const f = fields.find((x) => x.name === head);
  return rest.length ? cmsField((f?.fields as CmsField[] | undefined) ?? [], rest.join('.')) : f;
}

const rec = parsedInitiative;

/** The initiative schema with one more reference: a host organisation, annotated and nothing else. */
function schemaWithHost(): SchemaNode {
  const copy = structuredClone(ENTITIES.initiative.schema);
  copy.properties = {
    ...copy.properties,
    host_organisation: {
      $ref: 'vocabularies.schema.json#/$defs/id',
      'x-atlas-reference': 'organisation',
      title: 'Gastheer',
      description: 'De organisatie waar het initiatief is gehuisvest.',
    },
  };
  return copy;
}

describe('the entity descriptor', () => {
  it('has one row per kind, with its folder, schema and Dutch words', () => {
    expect(Object.keys(ENTITIES)).toEqual([...ENTITY_KINDS]);
    for (const kind of ENTITY_KINDS) {
      expect(ENTITIES[kind].kind).toBe(kind);
      expect(String(ENTITIES[kind].schema.$id)).toMatch(new RegExp(`/${kind}\\.schema\\.json$`));
    }
    expect(ENTITIES.organisation.folder).toBe('organisations');
    expect(ENTITIES.initiative.nouns.many).toBe('initiatieven');
  });

  it('has exactly the references the schema files annotate', () => {
    for (const kind of ENTITY_KINDS) expect(asText(ENTITIES[kind].references)).toEqual(annotatedInFile(kind));
    expect(asText(ENTITIES.initiative.references)).toEqual([
      { path: 'lead_organisation', target: 'organisation' },
      { path: 'partners[].organisation', target: 'organisation' },
      { path: 'relations[].initiative', target: 'initiative' },
    ]);
    expect(ENTITIES.organisation.references).toEqual([]);
  });

  it('refuses an annotation that names no kind of data file', () => {
    const copy = structuredClone(ENTITIES.initiative.schema);
    copy.properties!.lead_organisation = { ...copy.properties!.lead_organisation, 'x-atlas-reference': 'organisatie' };
    expect(() => schemaReferences(copy)).toThrow("x-atlas-reference 'organisatie' at lead_organisation");
  });

  it('finds the named ids with their pointers and fields', () => {
    const data = { lead_organisation: 'a', partners: [{ organisation: 'b' }, { organisation: '' }], relations: [{ initiative: 'x' }] };
    expect(namedIds(data, ENTITIES.initiative.references)).toEqual([
      { id: 'a', target: 'organisation', pointer: '/lead_organisation', field: 'lead_organisation' },
      { id: 'b', target: 'organisation', pointer: '/partners/0/organisation', field: 'partners[0].organisation' },
      { id: 'x', target: 'initiative', pointer: '/relations/0/initiative', field: 'relations[0].initiative' },
    ]);
  });

  it('walks a path to the same values with or without their places (the fast path of the reference checks)', () => {
    const odd = { lead_organisation: 7, partners: [null, { organisation: 'b' }, 'x', { organisation: undefined }], relations: {} };
    for (const data of [odd, { partners: [] }, null, 'tekst', ...ENTITY_KINDS.map((k) => ({ kind: k }))]) {
      for (const r of ENTITIES.initiative.references)
        expect(plainValuesAt(data, r.path)).toEqual(valuesAt(data, r.path).map((f) => f.value));
    }
    const data = { lead_organisation: 'a', partners: [{ organisation: 'b' }, { organisation: '' }], relations: [{ initiative: 'x' }] };
    expect(everyNamedId(data, ENTITIES.initiative.references, 'organisation', (id) => ['a', 'b'].includes(id))).toBe(true);
    expect(everyNamedId(data, ENTITIES.initiative.references, 'organisation', (id) => id === 'a')).toBe(false);
    expect(everyNamedId(data, ENTITIES.initiative.references, 'initiative', (id) => id === 'x')).toBe(true);
    expect(everyNamedId(data, ENTITIES.initiative.references, 'initiative', () => false)).toBe(false);
  });

  it('knows where the points of each kind are', () => {
    expect(pointsOf('initiative', { locations: [{ latitude: 51, longitude: 4 }, null, { place: 'X' }] })).toEqual([
      { latitude: 51, longitude: 4, pointer: '/locations/0/latitude', field: 'locations[0]' },
      { latitude: undefined, longitude: undefined, pointer: '/locations/1/latitude', field: 'locations[1]' },
      { latitude: undefined, longitude: undefined, pointer: '/locations/2/latitude', field: 'locations[2]' },
    ]);
    expect(pointsOf('initiative', { name: 'x' })).toEqual([]);
    expect(pointsOf('organisation', { latitude: 52, longitude: 5 })).toEqual([
      { latitude: 52, longitude: 5, pointer: '/latitude', field: 'latitude' },
    ]);
  });
});

describe('a reference added in the schema alone', () => {
  const schema = schemaWithHost();
  const references = schemaReferences(schema);
  const r = rec('name: X\nlead_organisation: scalda\nhost_organisation: onbekend\n');

  it('is in the references', () => {
    expect(asText(references)).toContainEqual({ path: 'host_organisation', target: 'organisation' });
  });

  it('is a relation widget in the CMS, like the existing ones', () => {
    const fields = fieldsOfSchema(schema);
    for (const [name, collection] of [
      ['host_organisation', 'organisations'],
      ['lead_organisation', 'organisations'],
      ['partners.organisation', 'organisations'],
      ['relations.initiative', 'initiatives'],
    ] as const)
      expect(cmsField(fields, name), name).toMatchObject({ widget: 'relation', collection, value_field: '{{slug}}' });
    // Without the annotation the same field is plain text: the annotation is what decides.
    const plain = structuredClone(schema);
    delete plain.properties!.host_organisation!['x-atlas-reference'];
    expect(cmsField(fieldsOfSchema(plain), 'host_organisation')).toMatchObject({ widget: 'string' });
  });

  it('is checked by the reference rule', () => {
    expect(organisationReferences(r, r.data, new Set(['scalda']), references).map((p) => [p.line, p.field, p.message])).toEqual([
      [3, 'host_organisation', "Organisatie 'onbekend' bestaat niet."],
    ]);
    expect(organisationReferences(r, r.data, new Set(['scalda']))).toEqual([]);
    expect(relationReferences(r, r.data, new Set(), references)).toEqual([]);
  });

  it("counts among the initiative's organisations", () => {
    expect(organisationIdsOf(r.data, references)).toEqual(['scalda', 'onbekend']);
    expect(organisationIdsOf(r.data)).toEqual(['scalda']);
  });
});
