import { CMS_DATE_PATTERN } from './dates';
import { CMS_SLUG } from '../ids';
import { deref, ENTITIES, ENTITY_KINDS, type EntityDescriptor, type EntityKind, type SchemaNode } from '../schema/schemas';

/** A Decap CMS field, as its config.yml spells it. */
export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

export interface CmsOptions {
  repository: string;
  branch: string;
  /** Where the repository lives: GitHub (default) or a Forgejo (Codeberg or self-hosted). */
  backend?: 'github' | 'forgejo';
  /** GitHub only: the OAuth proxy's address. */
  authBaseUrl?: string;
  /** Forgejo only: the API root, e.g. https://codeberg.org/api/v1 (Decap derives the login address). */
  apiRoot?: string;
  /** Forgejo only: the client id of the forge's OAuth2 application (a public client, PKCE). */
  appId?: string;
  localPort: number;
  /** Address of the wordmark shown on the login page. */
  logoUrl?: string;
  /** The regions of the main region set (the provinces), for fields marked `x-widget: regions`. */
  regions?: readonly { id: string; name: string }[];
}

/** What the schema alone does not hold but some fields need: the regions to choose from. */
interface FieldContext {
  regions?: readonly { id: string; name: string }[] | undefined;
}

function enumOptions(node: SchemaNode): { label: string; value: string }[] {
  const labels = node['x-enum-labels'] ?? {};
  return (node.enum ?? []).map((v) => ({ label: labels[v] ?? v, value: v }));
}

/**
 * One schema property as a Decap field: label and hint from the schema's Dutch title and
 * description, selects from the vocabularies, required/pattern/min/max carried over,
 * numbers as floats where the schema allows fractions, references as relation widgets.
 */
export function fieldFor(name: string, prop: SchemaNode, root: SchemaNode, required: boolean, ctx: FieldContext = {}): CmsField {
  const { node } = deref(prop, root);
  const base = {
    name,
    label: String(node.title ?? name),
    required,
    ...(node.description ? { hint: node.description } : {}),
  };
  // A field that names another file (schema `x-atlas-reference`) is chosen from its collection.
  const ref = node['x-atlas-reference'] as EntityKind | undefined;
  if (ref) {
    return {
      ...base,
      widget: 'relation',
      collection: ENTITIES[ref].folder,
      value_field: '{{slug}}',
      search_fields: [ENTITIES[ref].nameField, 'short_name'],
      display_fields: [ENTITIES[ref].nameField],
      options_length: 50,
    };
  }
  if (node.enum) return { ...base, widget: 'select', options: enumOptions(node) };
  // Contributors need not know coordinates: pickers fill them in from a place name or a map
  // click (src/components/cms/location-widget.ts, place-widget.ts).
  if (node['x-widget'] === 'place') return { ...base, widget: 'atlas-place' };
  if (node['x-widget'] === 'hidden') return { ...base, widget: 'hidden' };
  if (node.type === 'string' && node.format === 'date') {
    // A checked text field, not Decap's date picker: the picker fills in today unless
    // `default: ''`, and with that default it writes `''` for a date left empty and adds
    // an empty item to lists holding it. A date nobody chose must never appear. The Dutch
    // way (5-12-2026) is accepted too; the save stores it as 2026-12-05 (lib/cms/dates.ts).
    return { ...base, widget: 'string', pattern: [CMS_DATE_PATTERN, 'Schrijf de datum als dag-maand-jaar, bijvoorbeeld 5-12-2026.'] };
  }
  if (node.type === 'string') {
    // Multi-line only where the schema allows line breaks (the validator rejects them elsewhere).
    const markdown = node['x-widget'] === 'markdown';
    const widget = markdown ? 'markdown' : node['x-multiline'] === true ? 'text' : 'string';
    return {
      ...base,
      widget,
      ...(markdown
        ? {
            buttons: ['bold', 'italic', 'link', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
            editor_components: [],
            modes: ['rich_text', 'raw'],
          }
        : {}),
      // The message says what is right ("begint met https://"), not "matches the pattern".
      ...(node.pattern
        ? {
            pattern: [
              String(node.pattern),
              String(node['x-pattern-message'] ?? node.description ?? 'De waarde heeft niet de juiste vorm.'),
            ],
          }
        : {}),
    };
  }
  if (node.type === 'integer' || node.type === 'number') {
    return {
      ...base,
      widget: 'number',
      value_type: node.type === 'integer' ? 'int' : 'float',
      ...(node.minimum !== undefined ? { min: node.minimum } : {}),
      ...(node.maximum !== undefined ? { max: node.maximum } : {}),
      ...(node.type === 'number' ? { step: 0.0001 } : {}),
    };
  }
  // Region ids as a multi-select of names (a working area): a typo cannot happen, and the
  // editor reads "Noord-Brabant", not an id. Without the regions (tests), a list of ids.
  if (node['x-widget'] === 'regions' && ctx.regions?.length) {
    const options = [...ctx.regions].sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((r) => ({ label: r.name, value: r.id }));
    return { ...base, widget: 'select', multiple: true, options, ...(node.minItems && required ? { min: node.minItems } : {}) };
  }
  if (node.type === 'array' && node.items) {
    const items = deref(node.items, root);
    if (items.node.enum) return { ...base, widget: 'select', multiple: true, options: enumOptions(items.node) };
    // The picker owns the whole list (see location-widget.ts for why not per item).
    if (node['x-widget'] === 'locations') {
      // The precision words travel in the configuration, so a fork's labels reach the picker
      // (its script is bundled once and does not see the site configuration).
      const precision = items.node.properties?.precision ? deref(items.node.properties.precision, items.base).node : undefined;
      return { ...base, widget: 'atlas-locations', ...(precision?.enum ? { precision_options: enumOptions(precision) } : {}) };
    }
    if (items.node.type === 'object') {
      return {
        ...base,
        // "1 bron", "Voeg bron toe": Decap uses the item's own title for one item.
        ...(items.node.title ? { label_singular: String(items.node.title) } : {}),
        widget: 'list',
        fields: objectFields(items.node, items.base, ctx),
        ...(summaryFor(name) ? { summary: summaryFor(name) } : {}),
      };
    }
    return { ...base, widget: 'list', field: { ...fieldFor('value', items.node, items.base, true), label: base.label } };
  }
  // Decap checks an object's required fields even when the whole (optional) object is left
  // empty, so a form without a working area could not be saved. Inside an optional object no
  // field is required to Decap; the validator before saving still demands them once any is filled.
  // An object that must be filled in is open (a success factor's source: its web address at
  // once, not behind a folded "Bron"); an optional one stays folded until wanted.
  if (node.type === 'object') return { ...base, widget: 'object', collapsed: !required, fields: objectFields(node, root, ctx, required) };
  throw new Error(`No CMS widget for schema property '${name}' (type ${String(node.type)})`);
}

function summaryFor(list: string): string | undefined {
  return (
    {
      partners: '{{fields.organisation}} ({{fields.role}})',
      funding: '{{fields.scheme}} {{fields.year}}',
      figures: '{{fields.value}} {{fields.measure}} ({{fields.year}})',
      relations: '{{fields.type}}: {{fields.initiative}}',
      sources: '{{fields.title}} {{fields.url}}',
    } as Record<string, string>
  )[list];
}

function objectFields(node: SchemaNode, root: SchemaNode, ctx: FieldContext, objectRequired = true): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([k, p]) => fieldFor(k, p, root, objectRequired && required.has(k), ctx));
}

/** All fields of an entity schema, in schema order (a schema of ENTITIES, or a copy in a test). */
export function fieldsOfSchema(schema: SchemaNode, ctx: FieldContext = {}): CmsField[] {
  return objectFields(schema, schema, ctx);
}

/** All fields of an entity kind, in schema order. */
export function fieldsFor(kind: EntityKind, ctx: FieldContext = {}): CmsField[] {
  return fieldsOfSchema(ENTITIES[kind].schema, ctx);
}

/**
 * The fields in the order the form shows them: the required ones first (in schema order),
 * then the rest, so nobody has to scroll past 27 optional fields to find that "Bronnen" must
 * be filled in. The order of keys in a file stays the schema's: the CMS writes through the
 * atlas's own canonical writer (cmsFormat), not in form order.
 */
export function formFieldsFor(kind: EntityKind, ctx: FieldContext = {}): CmsField[] {
  const fields = fieldsFor(kind, ctx);
  return [...fields.filter((f) => f.required), ...fields.filter((f) => !f.required)];
}

/** The name of the file format the CMS writes an entity kind in (registered by src/components/cms/admin.ts). */
export const cmsFormat = (kind: EntityKind) => `atlas-yaml-${ENTITIES[kind].folder}`;

/**
 * The forge part of Decap's backend: GitHub, whose login needs an OAuth proxy (`base_url`), or
 * Forgejo (decap-cms-backend-forgejo, in Decap 3.16): `api_root` and the OAuth2 application's
 * `app_id`, login in the browser with PKCE, no proxy. Both with open authoring (a contributor
 * without write access works in a fork) and hence the editorial workflow.
 */
function backendOf(o: CmsOptions): Record<string, unknown> {
  const common = { repo: o.repository, branch: o.branch, open_authoring: true };
  if (o.backend === 'forgejo') return { name: 'forgejo', ...common, api_root: o.apiRoot, app_id: o.appId };
  return { name: 'github', ...common, auth_scope: 'public_repo', ...(o.authBaseUrl ? { base_url: o.authBaseUrl } : {}) };
}

/** The whole Decap configuration, generated from the schemas and the site configuration. */
/** The name of the media library that adds no files (see media_library below). */
export const NO_MEDIA_LIBRARY = 'atlas-geen-bestanden';
/** What that library says when an image button is pressed. */
export const NO_MEDIA_MESSAGE =
  'Het invoerscherm voegt geen afbeeldingen of andere bestanden toe: de atlas publiceert geen bestanden van bijdragers. Zet in de tekst een link naar een openbare pagina.';

export function buildCmsConfig(o: CmsOptions): Record<string, unknown> {
  const collection = ({ kind, folder, nouns, nameField }: EntityDescriptor) => ({
    name: folder,
    label: nouns.Many,
    label_singular: nouns.One,
    folder: `data/${folder}`,
    extension: 'yaml',
    format: cmsFormat(kind),
    create: true,
    delete: false,
    identifier_field: nameField,
    summary: `{{${nameField}}}`,
    slug: `{{fields.${nameField}}}`,
    // The list in name order from the start, not in the order the files were read.
    sortable_fields: [{ field: nameField, default_sort: true }],
    fields: formFieldsFor(kind, { regions: o.regions }),
  });
  return {
    locale: 'nl',
    // The atlas's wordmark on the login page instead of Decap's (src/pages/admin/logo.svg.ts).
    ...(o.logoUrl ? { logo_url: o.logoUrl } : {}),
    backend: {
      ...backendOf(o),
      commit_messages: {
        create: 'Nieuw: {{collection}} "{{slug}}"',
        update: 'Bijgewerkt: {{collection}} "{{slug}}"',
        delete: 'Verwijderd: {{collection}} "{{slug}}"',
        uploadMedia: 'Bestand "{{path}}"',
        deleteMedia: 'Bestand weg "{{path}}"',
        openAuthoring: '{{message}}',
      },
    },
    local_backend: { url: `http://127.0.0.1:${o.localPort}/api/v1`, allowed_hosts: ['127.0.0.1', 'localhost'] },
    publish_mode: 'editorial_workflow',
    // No uploads: the atlas publishes no files from contributors. Decap needs a media folder or a
    // media library; this library (registered in src/components/cms/admin.ts) has no media button
    // and says in Dutch that files are not added (a review found the built-in one offering uploads).
    media_library: { name: NO_MEDIA_LIBRARY },
    // Filenames are ids: ASCII, no accents, never changed after creation (the id rule, src/lib/ids.ts).
    slug: { ...CMS_SLUG },
    collections: ENTITY_KINDS.map((k) => collection(ENTITIES[k])),
  };
}
