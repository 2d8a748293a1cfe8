/**
 * The open-data files the atlas publishes: the one table that says, per file, what it holds,
 * its format and how it is made. The /data/ page, datapackage.json, the DCAT catalogue, the
 * schema.org Dataset on /data/ and the files themselves all come from it, so a new download is
 * one entry here: the downloads integration (src/integrations/downloads.ts) gives every entry
 * its route at `downloadHref(name)`, served by src/io/download-endpoint.ts.
 */
import initiativeSchema from '../../../schemas/initiative.schema.json';
import organisationSchema from '../../../schemas/organisation.schema.json';
import { sortItems } from '../explore/filter';
import { VOCABULARIES_SCHEMA } from '../schema/schemas';
import type { SiteModel } from '../site-model';
import { paths, SCHEMA_FILES, type SchemaFile } from '../urls';
import type { ValidatedDataset } from '../validate/validate-dataset';
import { PROGRAM_CSV, SPREADSHEET_CSV, writeCsv, type CsvDialect } from './csv-dialect';
import type { DownloadFile, FileFormat } from './file-formats';
import { exportGeoJson, exportJson } from './json';
import { dataPackage, dcatCatalogue, type Coverage, type Publication } from './metadata';
import { selectionFile, selectionRows } from './selection';
import { spreadsheetTable } from './spreadsheet-table';
import { toCsv } from './tables';

export { FILE_FORMATS, type DownloadFile, type FileFormat } from './file-formats';

/** The site's facts a file states (site.config.ts). */
export interface PublicationFacts {
  title: string;
  tagline: string;
  /** Who manages the data: the contact point (site.config `owner`). */
  owner: { name: string; email: string };
  /** Who publishes the atlas (site.config `publisher`, required by its schema). */
  publisher: { name: string; url: string };
  /** What the data covers (site.config `coverage`): the area and the keywords. */
  coverage: Coverage;
}

/** What making a file needs: the site model, the site's address and facts, and the moment. */
export interface DownloadContext {
  site: SiteModel;
  /** The site's absolute address with its base path, ending in '/'. */
  siteUrl: string;
  facts: PublicationFacts;
  /** When the file is made (the spreadsheet's and the data package's own date). */
  now: Date;
}

/** A made file: its text and its media type as served. */
export interface DownloadBody {
  text: string;
  type: string;
}

interface DownloadEntry {
  what: (counts: DownloadCounts) => string;
  format: FileFormat;
  dataset?: 'initiatives' | 'organisations';
  dialect?: CsvDialect;
  audience?: 'programs' | 'spreadsheets';
  body: (c: DownloadContext) => DownloadBody;
}

export interface DownloadCounts {
  initiatives: number;
  organisations: number;
}

const JSON_TYPE = 'application/json';
const CSV_TYPE = 'text/csv; charset=utf-8';
const SCHEMA_TYPE = 'application/schema+json';
const json = (value: unknown, type = JSON_TYPE, indent?: number): DownloadBody => ({ text: JSON.stringify(value, null, indent), type });
const regionSetIds = (d: ValidatedDataset) => d.regionSets.map((s) => s.id);
const jsonMeta = (site: SiteModel, facts: PublicationFacts) => ({
  title: facts.title,
  modified: site.lastChanged,
  publisher: facts.publisher.name,
});

/** Every published file, in the order the /data/ page lists them, keyed by its file name. */
export const DOWNLOADS = {
  'initiatieven.json': {
    what: (n) => `Alle ${n.initiatives} initiatieven met alle velden en de afgeleide regio's (JSON).`,
    format: 'JSON',
    dataset: 'initiatives',
    body: ({ site, siteUrl, facts }) => json(exportJson('initiative', site.dataset, siteUrl, jsonMeta(site, facts))),
  },
  'organisaties.json': {
    what: (n) => `Alle ${n.organisations} organisaties (JSON).`,
    format: 'JSON',
    dataset: 'organisations',
    body: ({ site, siteUrl, facts }) => json(exportJson('organisation', site.dataset, siteUrl, jsonMeta(site, facts))),
  },
  'initiatieven.geojson': {
    what: () =>
      'Elke locatie van elk initiatief als punt, met naam, soort, status en regio, elke code met het Nederlandse woord ernaast (GeoJSON, WGS84).',
    format: 'GEOJSON',
    dataset: 'initiatives',
    body: ({ site, siteUrl, facts }) => json(exportGeoJson(site.dataset, siteUrl, jsonMeta(site, facts)), 'application/geo+json'),
  },
  'initiatieven-spreadsheet.csv': {
    what: () =>
      "De initiatieven om te openen in Excel of een ander rekenblad: Nederlandse kolomnamen en woorden, één leesbare cel per lijst, regionamen (CSV voor rekenbladen, gescheiden door puntkomma's).",
    format: 'CSV',
    dataset: 'initiatives',
    dialect: SPREADSHEET_CSV,
    audience: 'spreadsheets',
    // All initiatives as a file Dutch Excel opens correctly by double-click (csv-dialect.ts):
    // the same table as a selection from the map, so both read alike.
    body: ({ site, siteUrl, facts, now }) => {
      const index = site.explore;
      const rows = selectionRows(sortItems(index.items, 'naam'), index, (id) => new URL(paths.initiative(id).slice(1), siteUrl).href);
      const file = selectionFile('spreadsheet', rows, { title: facts.title, date: now });
      return { text: file.text, type: file.type };
    },
  },
  'initiatieven.csv': {
    what: () =>
      "De initiatieven als tabel voor programma's: de codes en veldnamen uit het schema (CSV voor programma's, gescheiden door komma's); leest terug met npm run import.",
    format: 'CSV',
    dataset: 'initiatives',
    dialect: PROGRAM_CSV,
    audience: 'programs',
    body: ({ site: { dataset: d } }) => ({ text: toCsv('initiative', d.initiatives, regionSetIds(d)), type: CSV_TYPE }),
  },
  'organisaties-spreadsheet.csv': {
    what: () =>
      'De organisaties om te openen in Excel of een ander rekenblad: Nederlandse kolomnamen en woorden, de provincie, coördinaten als getallen met een decimale komma.',
    format: 'CSV',
    dataset: 'organisations',
    dialect: SPREADSHEET_CSV,
    audience: 'spreadsheets',
    body: ({ site: { dataset: d } }) => {
      const { header, rows } = spreadsheetTable('organisation', d.organisations, d.regionSets);
      return { text: writeCsv(header, rows, SPREADSHEET_CSV), type: CSV_TYPE };
    },
  },
  'organisaties.csv': {
    what: () => "De organisaties als tabel voor programma's: de codes en veldnamen uit het schema.",
    format: 'CSV',
    dataset: 'organisations',
    dialect: PROGRAM_CSV,
    audience: 'programs',
    body: ({ site: { dataset: d } }) => ({ text: toCsv('organisation', d.organisations, regionSetIds(d)), type: CSV_TYPE }),
  },
  // The contract, published as-is for re-users and validators.
  'initiative.schema.json': {
    what: () => 'Het JSON Schema van een initiatief: elk veld met uitleg.',
    format: 'JSON',
    body: () => json(initiativeSchema, SCHEMA_TYPE, 2),
  },
  'organisation.schema.json': {
    what: () => 'Het JSON Schema van een organisatie.',
    format: 'JSON',
    body: () => json(organisationSchema, SCHEMA_TYPE, 2),
  },
  // With this atlas's own labels.
  'vocabularies.schema.json': {
    what: () => 'De vaste keuzelijsten (soorten, sectoren, niveaus, rollen) met Nederlandse labels.',
    format: 'JSON',
    body: () => json(VOCABULARIES_SCHEMA, SCHEMA_TYPE, 2),
  },
  'datapackage.json': {
    what: () =>
      'De beschrijving van alle bestanden als Frictionless Data Package: licentie, uitgever, datum, en per CSV-bestand elke kolom met soort, Nederlandse naam en toegestane waarden (afgeleid uit het JSON Schema).',
    format: 'JSON',
    body: (c) =>
      json(
        dataPackage(publicationOf(c.site.dataset, { siteUrl: c.siteUrl, modified: c.site.lastChanged, ...c.facts }), c.now),
        JSON_TYPE,
        2,
      ),
  },
  'catalogus.jsonld': {
    what: () => 'De beschrijving van de datasets volgens DCAT-AP-NL (JSON-LD), zoals dataportalen als data.overheid.nl die oogsten.',
    format: 'JSONLD',
    body: (c) =>
      json(
        dcatCatalogue(publicationOf(c.site.dataset, { siteUrl: c.siteUrl, modified: c.site.lastChanged, ...c.facts })),
        'application/ld+json',
        2,
      ),
  },
} as const satisfies Record<string, DownloadEntry>;

/** The file name of a published file. */
export type DownloadName = keyof typeof DOWNLOADS;
export const DOWNLOAD_NAMES = Object.keys(DOWNLOADS) as DownloadName[];

/** Path (without base) of a published file. */
export function downloadHref(name: DownloadName): string {
  return isSchemaFile(name) ? paths.schemaFile(name) : paths.download(name);
}
const isSchemaFile = (name: DownloadName): name is DownloadName & SchemaFile => (SCHEMA_FILES as readonly string[]).includes(name);

/** The published files as the /data/ page and the portals' descriptions list them. */
export function downloadFiles(counts: DownloadCounts): DownloadFile[] {
  return DOWNLOAD_NAMES.map((name) => {
    const e: DownloadEntry = DOWNLOADS[name];
    return {
      href: downloadHref(name),
      name,
      what: e.what(counts),
      format: e.format,
      ...(e.dataset ? { dataset: e.dataset } : {}),
      ...(e.dialect ? { dialect: e.dialect } : {}),
      ...(e.audience ? { audience: e.audience } : {}),
    };
  });
}

/** One published file, made. */
export function downloadBody(name: DownloadName, c: DownloadContext): DownloadBody {
  return DOWNLOADS[name].body(c);
}

/** The publication of a build: the dataset, the day its data last changed and the site's facts. */
export function publicationOf(d: ValidatedDataset, o: PublicationFacts & { siteUrl: string; modified: string }): Publication {
  const counts = { initiatives: d.initiatives.length, organisations: d.organisations.length };
  return {
    siteUrl: o.siteUrl,
    title: o.title,
    tagline: o.tagline,
    publisher: o.publisher,
    contact: o.owner,
    coverage: o.coverage,
    modified: o.modified,
    files: downloadFiles(counts),
    regionSets: d.regionSets,
    counts,
  };
}
