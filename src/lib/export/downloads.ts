/**
 * The open-data files the atlas publishes, each with what it holds, its format and media
 * type: the one list the /data/ page, datapackage.json, the DCAT catalogue and the schema.org
 * Dataset on /data/ are made from.
 */
import { paths } from '../urls';
import { PROGRAM_CSV, SPREADSHEET_CSV, type CsvDialect } from './csv-dialect';

/** The kinds of file, with the words other portals use for them. */
export const FILE_FORMATS = {
  // `eu`: the EU file-type authority list that DCAT-AP (and DCAT-AP-NL) asks for in dct:format.
  CSV: { mediaType: 'text/csv', extension: 'csv', eu: 'CSV' },
  JSON: { mediaType: 'application/json', extension: 'json', eu: 'JSON' },
  GEOJSON: { mediaType: 'application/geo+json', extension: 'geojson', eu: 'GEOJSON' },
  JSONLD: { mediaType: 'application/ld+json', extension: 'jsonld', eu: 'JSON_LD' },
} as const;
export type FileFormat = keyof typeof FILE_FORMATS;

export interface DownloadFile {
  /** Path without the base URL. */
  href: string;
  name: string;
  what: string;
  format: FileFormat;
  /** Which dataset the file is a form of; the schemas and metadata files belong to none. */
  dataset?: 'initiatives' | 'organisations';
  /** For a CSV: its separator and decimal sign (csv-dialect.ts). */
  dialect?: CsvDialect;
  /** For a table: who it is for (the CSV for programs has the schema's codes). */
  audience?: 'programs' | 'spreadsheets';
}

export function downloadFiles(counts: { initiatives: number; organisations: number }): DownloadFile[] {
  return [
    {
      href: paths.dataFile('initiatieven.json'),
      name: 'initiatieven.json',
      what: `Alle ${counts.initiatives} initiatieven met alle velden en de afgeleide regio's (JSON).`,
      format: 'JSON',
      dataset: 'initiatives',
    },
    {
      href: paths.dataFile('organisaties.json'),
      name: 'organisaties.json',
      what: `Alle ${counts.organisations} organisaties (JSON).`,
      format: 'JSON',
      dataset: 'organisations',
    },
    {
      href: paths.dataFile('initiatieven.geojson'),
      name: 'initiatieven.geojson',
      what: 'Elke locatie van elk initiatief als punt, met naam, soort, status en regio, elke code met het Nederlandse woord ernaast (GeoJSON, WGS84).',
      format: 'GEOJSON',
      dataset: 'initiatives',
    },
    {
      href: paths.dataFile('initiatieven-spreadsheet.csv'),
      name: 'initiatieven-spreadsheet.csv',
      what: 'De initiatieven om te openen in Excel of een ander rekenblad: Nederlandse kolomnamen en woorden, één leesbare cel per lijst, regionamen (CSV voor rekenbladen, zie hieronder).',
      format: 'CSV',
      dataset: 'initiatives',
      dialect: SPREADSHEET_CSV,
      audience: 'spreadsheets',
    },
    {
      href: paths.dataFile('initiatieven.csv'),
      name: 'initiatieven.csv',
      what: "De initiatieven als tabel voor programma's: de codes en veldnamen uit het schema (CSV voor programma's, zie hieronder); leest terug met npm run import.",
      format: 'CSV',
      dataset: 'initiatives',
      dialect: PROGRAM_CSV,
      audience: 'programs',
    },
    {
      href: paths.dataFile('organisaties-spreadsheet.csv'),
      name: 'organisaties-spreadsheet.csv',
      what: 'De organisaties om te openen in Excel of een ander rekenblad: Nederlandse kolomnamen en woorden, de provincie, coördinaten als getallen met een decimale komma.',
      format: 'CSV',
      dataset: 'organisations',
      dialect: SPREADSHEET_CSV,
      audience: 'spreadsheets',
    },
    {
      href: paths.dataFile('organisaties.csv'),
      name: 'organisaties.csv',
      what: "De organisaties als tabel voor programma's: de codes en veldnamen uit het schema.",
      format: 'CSV',
      dataset: 'organisations',
      dialect: PROGRAM_CSV,
      audience: 'programs',
    },
    {
      href: paths.schemaFile('initiative.schema.json'),
      name: 'initiative.schema.json',
      what: 'Het JSON Schema van een initiatief: elk veld met uitleg.',
      format: 'JSON',
    },
    {
      href: paths.schemaFile('organisation.schema.json'),
      name: 'organisation.schema.json',
      what: 'Het JSON Schema van een organisatie.',
      format: 'JSON',
    },
    {
      href: paths.schemaFile('vocabularies.schema.json'),
      name: 'vocabularies.schema.json',
      what: 'De vaste keuzelijsten (soorten, sectoren, niveaus, rollen) met Nederlandse labels.',
      format: 'JSON',
    },
    {
      href: paths.dataFile('datapackage.json'),
      name: 'datapackage.json',
      what: 'De beschrijving van alle bestanden als Frictionless Data Package: licentie, uitgever, datum, en per CSV-bestand elke kolom met soort, Nederlandse naam en toegestane waarden (afgeleid uit het JSON Schema).',
      format: 'JSON',
    },
    {
      href: paths.dataFile('catalogus.jsonld'),
      name: 'catalogus.jsonld',
      what: 'De beschrijving van de datasets volgens DCAT-AP-NL (JSON-LD), zoals dataportalen als data.overheid.nl die oogsten.',
      format: 'JSONLD',
    },
  ];
}
