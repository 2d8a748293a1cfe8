/**
 * Machine-readable descriptions of the open data, so other portals find and read it (issue #26):
 * - `dcatCatalogue`: a DCAT-AP-NL 3.0 catalogue (JSON-LD with its context inline: no remote
 *   context to fetch), the profile data.overheid.nl harvests;
 * - `dataPackage`: a Frictionless Data Package (v2) whose table schemas are derived from the
 *   JSON Schema through the same columns as the CSVs (tables.ts), never listed again;
 * - `datasetJsonLd`: schema.org `Dataset` for the /data/ page (search engines).
 * All three are made from a Publication: the one list of files (downloads.ts, publicationOf) and
 * the site's facts.
 */
import { NATIONAL, UNPLACED } from '../regions/membership';
import { OUTSIDE_REGION_LABELS } from '../regions/outside-labels';
import { deref, ENTITY_NOUNS, ENTITY_SCHEMAS, type EntityKind, type SchemaNode } from '../schema/schemas';
import type { RegionSet } from '../regions/region-sets';
import type { SiteConfig } from '../schema/types.generated';
import { SELECTION_COLUMN_NOTES, SELECTION_HEADERS, WHOLE_NUMBER_HEADERS } from './selection';
import { spreadsheetColumns } from './spreadsheet-table';
import { columnsFor, LIST_SEPARATOR, PLACE_BASIS_COLUMN, type Column } from './tables';
import { FILE_FORMATS, type DownloadFile } from './file-formats';
import { LICENCE, licenceOf } from './json';
import { paths } from '../urls';
import { inSentence } from '../text/case';

/** What the data covers (site.config `coverage`): the area and the keywords. */
export type Coverage = Pick<SiteConfig['coverage'], 'name' | 'country' | 'keywords'>;

/** What the descriptions say about the publication as a whole. */
export interface Publication {
  /** The site's absolute address with its base path, ending in '/'. */
  siteUrl: string;
  title: string;
  tagline: string;
  /** Who publishes the atlas (site.config `publisher`). */
  publisher: { name: string; url: string };
  /** Who manages the data and answers questions about it (site.config `owner`). */
  contact: { name: string; email: string };
  /** What the data covers (site.config `coverage`). */
  coverage: Coverage;
  /** The day the data last changed (YYYY-MM-DD). */
  modified: string;
  files: readonly DownloadFile[];
  regionSets: readonly RegionSet[];
  counts: { initiatives: number; organisations: number };
}

/** EU authority lists (the values DCAT-AP and DCAT-AP-NL ask for) and other fixed addresses. */
const EU = 'http://publications.europa.eu/resource/authority/';
const VOCAB = {
  theme: `${EU}data-theme/EDUC`,
  accessPublic: `${EU}access-right/PUBLIC`,
  dutch: `${EU}language/NLD`,
  cc0: `${EU}licence/CC0`,
  irregular: `${EU}frequency/IRREG`,
  fileType: (t: string) => `${EU}file-type/${t}`,
  mediaType: (t: string) => `https://www.iana.org/assignments/media-types/${t}`,
};

const DATASET_KINDS = { initiatives: 'initiative', organisations: 'organisation' } as const satisfies Record<string, EntityKind>;
type DatasetKey = keyof typeof DATASET_KINDS;

function datasetText(key: DatasetKey, p: Publication): { title: string; description: string } {
  const kind = DATASET_KINDS[key];
  return {
    title: `${p.title}: ${ENTITY_NOUNS[kind].many}`,
    description:
      `${p.counts[key]} ${ENTITY_NOUNS[kind].many} van de ${p.title} (${inSentence(p.tagline)}). ${ENTITY_SCHEMAS[kind].description ?? ''}`.trim(),
  };
}

const absolute = (p: Publication, href: string) => new URL(href.replace(/^\//, ''), p.siteUrl).href;
/**
 * Where one of the publication's own files is (the catalogue, the data package): from its list
 * of files, which the downloads table made, so a renamed file cannot leave a stale address.
 */
function hrefOf(p: Publication, name: string): string {
  const file = p.files.find((f) => f.name === name);
  if (!file) throw new Error(`The publication lists no file named ${name}: see DOWNLOADS in src/lib/export/downloads.ts.`);
  return file.href;
}
const schemaUrl = (p: Publication, kind: EntityKind) => absolute(p, paths.schemaFile(`${kind}.schema.json`));

/** The DCAT-AP-NL catalogue: one catalogue, a dataset per kind of record, a distribution per file. */
export function dcatCatalogue(p: Publication): Record<string, unknown> {
  const lit = (value: string) => ({ '@value': value, '@language': 'nl' });
  const date = (value: string) => ({ '@value': value, '@type': 'xsd:date' });
  const ref = (id: string) => ({ '@id': id });
  const publisher = {
    '@id': `${p.siteUrl}#uitgever`,
    '@type': 'foaf:Agent',
    'foaf:name': p.publisher.name,
    'foaf:homepage': ref(p.publisher.url),
  };
  const contact = {
    '@type': 'vcard:Organization',
    'vcard:fn': p.contact.name,
    'vcard:hasEmail': ref(`mailto:${p.contact.email}`),
    'vcard:hasURL': ref(absolute(p, paths.contribute())),
  };
  const datasets = (Object.keys(DATASET_KINDS) as DatasetKey[]).map((key) => {
    const kind = DATASET_KINDS[key];
    const id = absolute(p, `${paths.data()}#${ENTITY_NOUNS[kind].many}`);
    const text = datasetText(key, p);
    return {
      '@id': id,
      '@type': 'dcat:Dataset',
      'dct:identifier': id,
      'dct:title': lit(text.title),
      'dct:description': lit(text.description),
      'dct:publisher': ref(publisher['@id']),
      'dct:creator': ref(publisher['@id']),
      'dcat:contactPoint': contact,
      'dcat:theme': ref(VOCAB.theme),
      'dct:accessRights': ref(VOCAB.accessPublic),
      'dct:license': ref(VOCAB.cc0),
      'dct:language': ref(VOCAB.dutch),
      'dct:spatial': ref(`${EU}country/${p.coverage.country}`),
      'dct:accrualPeriodicity': ref(VOCAB.irregular),
      'dct:modified': date(p.modified),
      'dct:conformsTo': ref(schemaUrl(p, kind)),
      'dcat:landingPage': ref(absolute(p, paths.data())),
      'dcat:keyword': [...p.coverage.keywords, ENTITY_NOUNS[kind].many].map(lit),
      'dcat:distribution': p.files
        .filter((f) => f.dataset === key)
        .map((f) => {
          const url = absolute(p, f.href);
          const format = FILE_FORMATS[f.format];
          return {
            '@id': url,
            '@type': 'dcat:Distribution',
            'dct:title': lit(f.name),
            'dct:description': lit(f.what),
            'dcat:accessURL': ref(url),
            'dcat:downloadURL': ref(url),
            'dct:format': ref(VOCAB.fileType(format.eu)),
            'dcat:mediaType': ref(VOCAB.mediaType(format.mediaType)),
            'dct:license': ref(VOCAB.cc0),
            'dct:modified': date(p.modified),
            // Only the JSON files hold the records as the JSON Schema defines them; the GeoJSON
            // and the CSVs are other shapes (the data package describes each CSV's columns).
            ...(f.format === 'JSON' ? { 'dct:conformsTo': ref(schemaUrl(p, kind)) } : {}),
          };
        }),
    };
  });
  return {
    // The context is inline: a harvester (and our test) never has to fetch one.
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': absolute(p, hrefOf(p, 'catalogus.jsonld')),
    '@type': 'dcat:Catalog',
    'dct:title': lit(p.title),
    'dct:description': lit(`De open data van de ${p.title}: ${inSentence(p.tagline)}.`),
    'dct:publisher': publisher,
    'dct:license': ref(VOCAB.cc0),
    'dct:language': ref(VOCAB.dutch),
    'dct:modified': date(p.modified),
    'foaf:homepage': ref(p.siteUrl),
    'dcat:dataset': datasets,
  };
}

/** A Table Schema field (Frictionless v2) for one CSV column, from the JSON Schema property behind it. */
function fieldOf(kind: EntityKind, col: Column, regionSets: readonly RegionSet[]): Record<string, unknown> {
  if (col.name === 'id')
    return {
      name: 'id',
      type: 'string',
      title: 'Id',
      description: `Het id van de ${ENTITY_NOUNS[kind].one}: de bestandsnaam in data/ en het adres van de pagina.`,
      constraints: { required: true, unique: true },
    };
  if (col.name === PLACE_BASIS_COLUMN)
    return {
      name: col.name,
      type: 'string',
      title: 'Plaats in de regio-indeling (afgeleid)',
      description: "Hoe het initiatief bij de regio's hoort, afgeleid bij het bouwen.",
      categories: [
        { value: 'map', label: 'Een punt op de kaart' },
        { value: 'working_area', label: 'Geen punt, wel een werkgebied (genoemd in of afgeleid uit de bron)' },
        { value: 'national', label: OUTSIDE_REGION_LABELS[NATIONAL] },
        { value: 'unknown', label: OUTSIDE_REGION_LABELS[UNPLACED] },
      ],
    };
  if (col.member) {
    const schema = ENTITY_SCHEMAS[kind];
    // The nodes along the path: the property, its member, and (for a member that is an object) the member's own.
    const nodes: SchemaNode[] = [];
    let node: SchemaNode = schema;
    for (const k of col.member) nodes.push((node = deref(node.properties![k]!, schema).node));
    const member = nodes.at(-1)!;
    const type =
      col.encoding === 'number' ? (member.type === 'integer' ? 'integer' : 'number') : col.encoding === 'json' ? 'object' : 'string';
    return {
      name: col.name,
      type,
      title: `${nodes.map((n, i) => String(n.title ?? col.member![i])).join(' › ')} (afgeleid)`,
      description:
        `${String(member.description ?? '')}${col.encoding === 'list' ? ` Gescheiden door '${LIST_SEPARATOR}'.` : ''} Een kopie van ${col.member.join('.')}, leesbaar zonder JSON.`.trim(),
      ...(member.enum ? { categories: member.enum.map((value) => ({ value, label: member['x-enum-labels']?.[value] ?? value })) } : {}),
    };
  }
  if (col.derived) {
    const set = regionSets.find((s) => `derived_${s.id}` === col.name);
    return {
      name: col.name,
      type: 'string',
      title: `${set?.name ?? col.name} (afgeleid)`,
      description: `Afgeleid bij het bouwen uit de coördinaten: de ids van de regio's (${set?.name_plural ?? ''}), gescheiden door '${LIST_SEPARATOR}'.`,
    };
  }
  const schema = ENTITY_SCHEMAS[kind];
  const node = deref(schema.properties![col.name]!, schema).node;
  const required = (schema.required ?? []).includes(col.name);
  const base = {
    name: col.name,
    title: String(node.title ?? col.name),
    description: String(node.description ?? ''),
    ...(required ? { constraints: { required: true } } : {}),
  };
  if (col.encoding === 'number') {
    const constraints = {
      ...(required ? { required: true } : {}),
      ...(typeof node.minimum === 'number' ? { minimum: node.minimum } : {}),
      ...(typeof node.maximum === 'number' ? { maximum: node.maximum } : {}),
    };
    return { ...base, type: node.type === 'integer' ? 'integer' : 'number', ...(Object.keys(constraints).length ? { constraints } : {}) };
  }
  if (col.encoding === 'json') return { ...base, type: node.type === 'array' ? 'array' : 'object' };
  if (col.encoding === 'list') {
    const items = node.items ? deref(node.items, schema).node : undefined;
    const values = (items?.enum ?? []).map((v) => `${v} (${items?.['x-enum-labels']?.[v] ?? v})`).join(', ');
    return { ...base, type: 'string', description: `${base.description} Codes gescheiden door '${LIST_SEPARATOR}', uit: ${values}.` };
  }
  if (node.format === 'date') return { ...base, type: 'date' };
  if (node.enum)
    return { ...base, type: 'string', categories: node.enum.map((value) => ({ value, label: node['x-enum-labels']?.[value] ?? value })) };
  return { ...base, type: 'string', ...(node.format === 'uri' ? { format: 'uri' } : {}) };
}

/** The Table Schema of a CSV for programs: one field per column of tables.ts, in its order. */
export function programTableSchema(
  kind: EntityKind,
  regionSets: readonly RegionSet[],
): { fields: Record<string, unknown>[]; primaryKey: string[] } {
  return {
    fields: columnsFor(
      kind,
      regionSets.map((s) => s.id),
    ).map((c) => fieldOf(kind, c, regionSets)),
    primaryKey: ['id'],
  };
}

/** The Table Schema of a CSV for spreadsheets: Dutch headers, numbers with a decimal comma. */
function spreadsheetTableSchema(key: DatasetKey, regionSets: readonly RegionSet[]): { fields: Record<string, unknown>[] } {
  if (key === 'organisations') {
    const schema = ENTITY_SCHEMAS.organisation;
    return {
      fields: spreadsheetColumns('organisation', regionSets).map((c) => {
        const prop = 'property' in c.source ? deref(schema.properties![c.source.property]!, schema).node : undefined;
        const numeric = prop?.type === 'number' || prop?.type === 'integer';
        return {
          name: c.header,
          type: numeric ? 'number' : 'string',
          ...(numeric ? { decimalChar: ',' } : {}),
          ...(prop?.description ? { description: String(prop.description) } : {}),
        };
      }),
    };
  }
  const whole = new Set<string>(WHOLE_NUMBER_HEADERS);
  return {
    fields: SELECTION_HEADERS.map((h) => ({
      name: h,
      type: whole.has(h) ? 'integer' : 'string',
      ...(SELECTION_COLUMN_NOTES[h] ? { description: SELECTION_COLUMN_NOTES[h] } : {}),
    })),
  };
}

/** The Frictionless Data Package (v2) of all files: licence, publisher, date, and per CSV its dialect and derived table schema. */
export function dataPackage(p: Publication, created: Date): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: p.title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    id: absolute(p, hrefOf(p, 'datapackage.json')),
    title: p.title,
    description: `De open data van de ${p.title}: ${inSentence(p.tagline)}. Gewijzigd op ${p.modified}. ${licenceOf(p.title).request}`,
    homepage: absolute(p, paths.data()),
    created: created.toISOString(),
    // Not a Data Package property: the day the data itself last changed (as dct:modified in the DCAT catalogue).
    modified: p.modified,
    keywords: [...new Set([...p.coverage.keywords, p.coverage.name])],
    licenses: [{ name: 'CC0-1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/', title: LICENCE.name }],
    contributors: [
      { title: p.publisher.name, path: p.publisher.url, roles: ['publisher'] },
      { title: p.contact.name, email: p.contact.email, roles: ['contact'] },
    ],
    resources: p.files
      .filter((f) => f.dataset)
      .map((f) => {
        const kind = DATASET_KINDS[f.dataset!];
        const format = FILE_FORMATS[f.format];
        const resource: Record<string, unknown> = {
          name: f.name.replace(/\.[a-z]+$/, '').replace(/[^a-z0-9]+/g, '-') + (f.format === 'CSV' ? '' : `-${format.extension}`),
          path: f.name,
          title: f.name,
          description: f.what,
          format: format.extension,
          mediatype: format.mediaType,
          encoding: 'utf-8',
        };
        // A JSON file's records follow the JSON Schema; the GeoJSON is points with a few facts, no such records.
        if (f.format !== 'CSV' || !f.dialect) return f.format === 'JSON' ? { ...resource, schema: schemaUrl(p, kind) } : resource;
        return {
          ...resource,
          type: 'table',
          dialect: { delimiter: f.dialect.delimiter, quoteChar: '"', doubleQuote: true, header: true, lineTerminator: '\r\n' },
          schema: f.audience === 'programs' ? programTableSchema(kind, p.regionSets) : spreadsheetTableSchema(f.dataset!, p.regionSets),
        };
      }),
  };
}

/** schema.org `Dataset` for the /data/ page: what search engines (Google Dataset Search) read. */
export function datasetJsonLd(p: Publication): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': absolute(p, paths.data()),
    url: absolute(p, paths.data()),
    name: p.title,
    description: `De open data van de ${p.title}: ${p.counts.initiatives} initiatieven en ${p.counts.organisations} organisaties; ${inSentence(p.tagline)}.`,
    inLanguage: 'nl',
    isAccessibleForFree: true,
    license: 'https://creativecommons.org/publicdomain/zero/1.0/',
    dateModified: p.modified,
    spatialCoverage: { '@type': 'Place', name: p.coverage.name },
    keywords: [...p.coverage.keywords],
    creator: { '@type': 'Organization', name: p.contact.name, email: p.contact.email },
    publisher: { '@type': 'Organization', name: p.publisher.name, url: p.publisher.url },
    distribution: p.files
      .filter((f) => f.dataset)
      .map((f) => ({
        '@type': 'DataDownload',
        name: f.name,
        encodingFormat: FILE_FORMATS[f.format].mediaType,
        contentUrl: absolute(p, f.href),
      })),
  };
}
