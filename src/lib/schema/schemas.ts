import initiativeSchema from '../../../schemas/initiative.schema.json';
import organisationSchema from '../../../schemas/organisation.schema.json';
import regionSetSchema from '../../../schemas/region-set.schema.json';
import siteConfigSchema from '../../../schemas/site-config.schema.json';
import vocabulariesJson from '../../../schemas/vocabularies.schema.json';
import type { VocabularyName } from './types.generated';

export type { VocabularyName };

/**
 * A JSON Schema node as we use it: plain JSON with our annotation keywords:
 * `x-enum-labels` (Dutch label per vocabulary value), `x-multiline` (a free-text field that
 * may hold line breaks; every other string is one line), `x-widget` (how the CMS edits it) and
 * `x-pattern-message` (what a value of a pattern looks like, in words).
 */
export type SchemaNode = {
  $ref?: string;
  $id?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  enum?: string[];
  'x-enum-labels'?: Record<string, string>;
  'x-multiline'?: boolean;
  /**
   * How the CMS edits the field when not by its type: `markdown`; `locations` and `place`
   * (pickers that fill in coordinates from a place name or a map click); `hidden` (set by
   * such a picker, not typed).
   */
  'x-widget'?: 'markdown' | 'locations' | 'place' | 'hidden' | 'regions';
  /** What a value of this pattern looks like, for the CMS's error message. */
  'x-pattern-message'?: string;
  /**
   * The kind of data file whose id this field holds (`organisation`, `initiative`): a reference
   * between files. The CMS offers a choice from that collection and the validation checks that
   * the file exists; the published schema carries it as an annotation other validators ignore.
   */
  'x-atlas-reference'?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  examples?: unknown[];
  $defs?: Record<string, SchemaNode>;
  [key: string]: unknown;
};

/** The kinds of data file, each with its folder under data/ and its schema. */
export const ENTITY_KINDS = ['initiative', 'organisation'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const ENTITY_FOLDERS: Record<EntityKind, string> = {
  initiative: 'initiatives',
  organisation: 'organisations',
};

/** The Dutch words for each kind of data file: the one place the site, CMS, search and review name them. */
export const ENTITY_NOUNS: Record<EntityKind, { one: string; many: string; One: string; Many: string }> = {
  initiative: { one: 'initiatief', many: 'initiatieven', One: 'Initiatief', Many: 'Initiatieven' },
  organisation: { one: 'organisatie', many: 'organisaties', One: 'Organisatie', Many: 'Organisaties' },
};

/** The kind of data file a folder under data/ holds ('initiatives' → 'initiative'), if any. */
export function kindOfFolder(folder: string | undefined): EntityKind | undefined {
  return ENTITY_KINDS.find((k) => ENTITY_FOLDERS[k] === folder);
}

/** A fork's own words for vocabulary values: vocabulary name -> value -> label (site config `vocabularyLabels`). */
export type LabelOverrides = Readonly<Record<string, Readonly<Record<string, string>>>>;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * schemas/vocabularies.schema.json with a fork's own labels: a new object, frozen, built from
 * the file and the overrides alone (the imported JSON is never changed, so another import of
 * it, a test or a tool, sees the file as it is). Unknown vocabularies or values are an error,
 * so a typo cannot pass silently.
 */
export function labelledVocabularies(overrides: LabelOverrides | undefined): Readonly<SchemaNode> {
  const schema = structuredClone(vocabulariesJson) as SchemaNode;
  for (const [name, labels] of Object.entries(overrides ?? {})) {
    const def = schema.$defs?.[name];
    if (!def?.enum) throw new Error(`vocabularyLabels: onbekende vocabulaire '${name}'.`);
    for (const [value, label] of Object.entries(labels)) {
      if (!def.enum.includes(value))
        throw new Error(`vocabularyLabels.${name}: onbekende waarde '${value}' (kies uit ${def.enum.join(', ')}).`);
      def['x-enum-labels'] = { ...def['x-enum-labels'], [value]: label };
      // The in-line word follows the fork's label, except where the atlas deliberately says
      // nothing (an empty short label: "exact" needs no qualifier).
      const short = def['x-enum-short-labels'] as Record<string, string> | undefined;
      if (short?.[value]) def['x-enum-short-labels'] = { ...short, [value]: label };
    }
  }
  return deepFreeze(schema);
}

/**
 * The vocabularies with this atlas's labels, as pages, the CMS configuration and the schema
 * page show them and as published under /data/schemas/: one frozen object from
 * labelledVocabularies, chosen once as the site configuration loads (applyLabelOverrides).
 */
let labelled: Readonly<SchemaNode> = labelledVocabularies(undefined);
export { labelled as VOCABULARIES_SCHEMA };

/**
 * Every schema of the contract, in the order ajv must see them. Labels do not change what is
 * valid, so ajv and the type generator get the vocabularies as the file has them.
 */
export const SCHEMAS: readonly SchemaNode[] = [structuredClone(vocabulariesJson), initiativeSchema, organisationSchema] as SchemaNode[];

export const ENTITY_SCHEMAS: Record<EntityKind, SchemaNode> = {
  initiative: initiativeSchema as SchemaNode,
  organisation: organisationSchema as SchemaNode,
};

/**
 * The schemas of the configuration files, checked by the same validator with the same Dutch
 * messages as the data: the site configuration and the region files of data/regions/.
 */
export const CONFIG_SCHEMAS = {
  siteConfig: siteConfigSchema as SchemaNode,
  regionSet: regionSetSchema as SchemaNode,
} as const;

const byFile = new Map<string, SchemaNode>(SCHEMAS.map((s) => [String(s.$id).split('/').pop()!, s]));
/** A schema by its file name; the vocabularies with the labels in use. */
const schemaFile = (file: string) => (file === 'vocabularies.schema.json' ? labelled : byFile.get(file));

/**
 * Resolves a `$ref` as our schemas write them (`vocabularies.schema.json#/$defs/x` or
 * `#/$defs/x`) relative to the schema it appears in. Only the forms we use are supported.
 */
export function resolveRef(ref: string, base: SchemaNode): { node: SchemaNode; base: SchemaNode } {
  const [file, fragment = ''] = ref.split('#');
  const root = file ? schemaFile(file) : base;
  if (!root) throw new Error(`Unknown schema file in $ref: ${ref}`);
  let node: unknown = root;
  for (const seg of fragment.split('/').filter(Boolean)) node = (node as Record<string, unknown>)[seg];
  if (!node) throw new Error(`Unresolvable $ref: ${ref}`);
  return { node: node as SchemaNode, base: root };
}

/**
 * Merges a node with what its `$ref` points to, so callers see one node with the
 * referenced type and the local title/description (local keywords win).
 */
let derefMemo = new WeakMap<SchemaNode, WeakMap<SchemaNode, { node: SchemaNode; base: SchemaNode }>>();

export function deref(node: SchemaNode, base: SchemaNode): { node: SchemaNode; base: SchemaNode } {
  if (!node.$ref) return { node, base };
  // Schemas never change (the labels in use are chosen once), so each (node, base) pair is resolved once.
  const known = derefMemo.get(node)?.get(base);
  if (known) return known;
  const target = resolveRef(node.$ref, base);
  const inner = deref(target.node, target.base);
  const { $ref: _ignored, ...local } = node;
  const result = { node: { ...inner.node, ...local }, base: inner.base };
  if (!derefMemo.has(node)) derefMemo.set(node, new WeakMap());
  derefMemo.get(node)!.set(base, result);
  return result;
}

/** A vocabulary: its values and the words for them, all from vocabularies.schema.json. */
export interface Vocabulary {
  values: string[];
  /** The Dutch label of each value (`x-enum-labels`). */
  labels: Record<string, string>;
  /** A short word used inside a sentence, where one exists (`x-enum-short-labels`: "ongeveer"). */
  short: Record<string, string>;
  /** The label read from the other side of a relation (`x-enum-inverse-labels`: "Omvat"). */
  inverse: Record<string, string>;
}

/**
 * A vocabulary by its name in vocabularies.schema.json (`initiative_kind`, ...). The names are a
 * generated type (VocabularyName), so a misspelt one fails the type check.
 */
export function vocabulary(name: VocabularyName): Vocabulary {
  const def = labelled.$defs?.[name];
  if (!def?.enum) throw new Error(`Unknown vocabulary: ${name}`);
  return {
    values: def.enum,
    labels: def['x-enum-labels'] ?? {},
    short: (def['x-enum-short-labels'] as Record<string, string> | undefined) ?? {},
    inverse: (def['x-enum-inverse-labels'] as Record<string, string> | undefined) ?? {},
  };
}

/**
 * The labels a vocabulary has in schemas/vocabularies.schema.json itself, before a fork's own
 * (vocabularyLabels): what text made with the original wording says, such as the issue forms
 * a fork has not yet reworded.
 */
export function schemaLabels(name: VocabularyName): Readonly<Record<string, string>> {
  return (vocabulariesJson as SchemaNode).$defs?.[name]?.['x-enum-labels'] ?? {};
}

/**
 * The vocabulary a `$ref` points to (`vocabularies.schema.json#/$defs/sector` → `sector`), if it
 * points to one: where a schema field's vocabulary is found at run time, not typed in code.
 */
export function vocabularyOfRef(ref: string | undefined): VocabularyName | undefined {
  const m = /^vocabularies\.schema\.json#\/\$defs\/([a-z_]+)$/.exec(ref ?? '');
  return m && labelled.$defs?.[m[1]!]?.enum ? (m[1] as VocabularyName) : undefined;
}

/**
 * Chooses the labels in use (a fork's own wording): pages, the CMS configuration, the published
 * schemas and the schema page all read them. Called once, by site.config.ts as the configuration
 * loads; it replaces the whole labelled set by a new frozen one and changes no object anyone
 * holds. Unknown vocabularies or values are an error (labelledVocabularies).
 */
export function applyLabelOverrides(overrides: LabelOverrides | undefined): void {
  labelled = labelledVocabularies(overrides);
  derefMemo = new WeakMap();
}

/** Top-level fields of an entity kind that may hold line breaks (schema `x-multiline`). */
export const MULTILINE_FIELDS: Record<EntityKind, ReadonlySet<string>> = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [
    kind,
    new Set(
      Object.entries(ENTITY_SCHEMAS[kind].properties ?? {})
        .filter(([, p]) => p['x-multiline'] === true)
        .map(([k]) => k),
    ),
  ]),
) as unknown as Record<EntityKind, ReadonlySet<string>>;

/**
 * A dotted field path (`partners[1].role`) in the words an editor sees: each key by its
 * schema title, list positions counted from 1 ("Partners 2 › Rol"). Unknown keys stay as
 * they are, so nothing is hidden.
 */
export function fieldInWords(kind: EntityKind, field: string): string {
  const schema = ENTITY_SCHEMAS[kind];
  let node: SchemaNode | undefined = schema;
  let base = schema;
  const words: string[] = [];
  for (const part of field.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    const index = /^\[(\d+)\]$/.exec(part);
    if (index) {
      if (words.length) words[words.length - 1] += ` ${Number(index[1]) + 1}`;
      if (node?.items) ({ node, base } = deref(node.items, base));
      continue;
    }
    const prop: SchemaNode | undefined = node?.properties?.[part];
    if (prop) ({ node, base } = deref(prop, base));
    else node = undefined;
    words.push(String(node?.title ?? part));
  }
  return words.join(' › ');
}

/**
 * A path into an entity's data: property names, with `[]` for "every item of this list"
 * (`['partners', '[]', 'organisation']`). The empty path is the entity itself.
 */
export type DataPath = readonly string[];

/** A field that holds the id of another data file (schema annotation `x-atlas-reference`). */
export interface EntityReference {
  /** Where the id stands. */
  path: DataPath;
  /** The kind of file it names. */
  target: EntityKind;
}

const isEntityKind = (k: unknown): k is EntityKind => (ENTITY_KINDS as readonly unknown[]).includes(k);

/**
 * Every field of a schema marked `x-atlas-reference`, in schema order, at any depth (inside
 * lists and objects). An annotation naming no kind of data file is an error: a typo in the
 * schema must not quietly turn a reference into free text.
 */
export function schemaReferences(schema: SchemaNode): EntityReference[] {
  const out: EntityReference[] = [];
  const walk = (node: SchemaNode, base: SchemaNode, path: string[]) => {
    const target = node['x-atlas-reference'];
    if (target !== undefined) {
      if (!isEntityKind(target))
        throw new Error(`x-atlas-reference '${String(target)}' at ${path.join('.')}: expected one of ${ENTITY_KINDS.join(', ')}`);
      out.push({ path, target });
    }
    for (const [key, prop] of Object.entries(node.properties ?? {})) {
      const d = deref(prop, base);
      walk(d.node, d.base, [...path, key]);
    }
    if (node.items) {
      const d = deref(node.items, base);
      walk(d.node, d.base, [...path, '[]']);
    }
  };
  walk(schema, schema, []);
  return out;
}

/** A value found at a DataPath, with where it stands as a JSON pointer and as a dotted field. */
export interface FoundValue {
  value: unknown;
  /** `/partners/1/organisation` */
  pointer: string;
  /** `partners[1].organisation` (empty for the entity itself) */
  field: string;
}

/** Every value at `path` in `data`, in order, with where it stands; missing parts give nothing. */
export function valuesAt(data: unknown, path: DataPath): FoundValue[] {
  let found: FoundValue[] = [{ value: data, pointer: '', field: '' }];
  for (const step of path) {
    const next: FoundValue[] = [];
    for (const f of found) {
      if (step === '[]') {
        if (Array.isArray(f.value))
          f.value.forEach((value: unknown, i) => next.push({ value, pointer: `${f.pointer}/${i}`, field: `${f.field}[${i}]` }));
      } else if (f.value && typeof f.value === 'object' && Object.hasOwn(f.value, step)) {
        const value = (f.value as Record<string, unknown>)[step];
        next.push({ value, pointer: `${f.pointer}/${step}`, field: f.field ? `${f.field}.${step}` : step });
      }
    }
    found = next;
  }
  return found.filter((f) => f.value !== undefined);
}

/**
 * Whether `test` holds for every value at `path` in `data` (the values of valuesAt, in order),
 * stopping at the first that fails. Nothing is built on the way, no place and no list: the
 * checks that need a place only once something is wrong walk this way (at 10,000 files,
 * building a place for every value was most of the reference checks' time, and then a record
 * per step was; issue #28).
 */
function everyValueAt(data: unknown, path: DataPath, test: (value: unknown) => boolean, from = 0): boolean {
  if (data === undefined) return true;
  if (from === path.length) return test(data);
  const step = path[from]!;
  if (step === '[]') return !Array.isArray(data) || data.every((value: unknown) => everyValueAt(value, path, test, from + 1));
  if (data && typeof data === 'object' && Object.hasOwn(data, step))
    return everyValueAt((data as Record<string, unknown>)[step], path, test, from + 1);
  return true;
}

/** The values at `path`, without where they stand (everyValueAt says why). */
export function plainValuesAt(data: unknown, path: DataPath): unknown[] {
  const out: unknown[] = [];
  everyValueAt(data, path, (value) => out.push(value) > 0);
  return out;
}

/** Whether every id the data names of `target` satisfies `ok` (no places built: see everyValueAt). */
export function everyNamedId(
  data: unknown,
  references: readonly EntityReference[],
  target: EntityKind,
  ok: (id: string) => boolean,
): boolean {
  return references.every((r) => r.target !== target || everyValueAt(data, r.path, (v) => typeof v !== 'string' || !v || ok(v)));
}

/** An id named in an entity's data, where it stands and which kind of file it names. */
export interface NamedId {
  id: string;
  target: EntityKind;
  pointer: string;
  field: string;
}

/** The ids an entity's data names at the given references (a descriptor's), in schema order. */
export function namedIds(data: unknown, references: readonly EntityReference[]): NamedId[] {
  return references.flatMap((r) =>
    valuesAt(data, r.path).flatMap((f) =>
      typeof f.value === 'string' && f.value ? [{ id: f.value, target: r.target, pointer: f.pointer, field: f.field }] : [],
    ),
  );
}

/** Everything the atlas knows about one kind of data file, in one row. */
export interface EntityDescriptor {
  kind: EntityKind;
  /** Its folder under data/ and the CMS collection's name (`organisations`). */
  folder: string;
  /** Its schema (schemas/<kind>.schema.json). */
  schema: SchemaNode;
  /** The id of a file is its file name without `.yaml`; this field holds the name it is made from. */
  nameField: 'name';
  /** The Dutch words for it. */
  nouns: { one: string; many: string; One: string; Many: string };
  /** The fields that name other data files, from the schema's `x-atlas-reference` annotations. */
  references: readonly EntityReference[];
  /**
   * Where its points are: the object(s) holding `latitude` and `longitude`. An initiative has
   * one per location; an organisation has at most one, its own.
   */
  points: DataPath;
}

/** The entity descriptor: one row per kind of data file. */
export const ENTITIES: Readonly<Record<EntityKind, EntityDescriptor>> = {
  initiative: {
    kind: 'initiative',
    folder: ENTITY_FOLDERS.initiative,
    schema: ENTITY_SCHEMAS.initiative,
    nameField: 'name',
    nouns: ENTITY_NOUNS.initiative,
    references: schemaReferences(ENTITY_SCHEMAS.initiative),
    points: ['locations', '[]'],
  },
  organisation: {
    kind: 'organisation',
    folder: ENTITY_FOLDERS.organisation,
    schema: ENTITY_SCHEMAS.organisation,
    nameField: 'name',
    nouns: ENTITY_NOUNS.organisation,
    references: schemaReferences(ENTITY_SCHEMAS.organisation),
    points: [],
  },
};

/** A point of an entity as written in its data, with where it stands. */
export interface EntityPoint {
  latitude: unknown;
  longitude: unknown;
  /** JSON pointer of its latitude (`/locations/0/latitude`, `/latitude`). */
  pointer: string;
  /** The field a problem names: the location (`locations[0]`), or `latitude` for the entity's own. */
  field: string;
}

/**
 * The places of an entity's data that may hold a point (ENTITIES[kind].points), one per
 * location in order (so index n is location n), coordinates as written: the caller decides
 * what to do with a missing or half point.
 */
export function pointsOf(kind: EntityKind, data: unknown): EntityPoint[] {
  return valuesAt(data, ENTITIES[kind].points).map((f) => {
    const o = (f.value && typeof f.value === 'object' ? f.value : {}) as { latitude?: unknown; longitude?: unknown };
    return { latitude: o.latitude, longitude: o.longitude, pointer: `${f.pointer}/latitude`, field: f.field || 'latitude' };
  });
}
