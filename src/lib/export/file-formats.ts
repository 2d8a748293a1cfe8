/**
 * What a published file is, as portals and the /data/ page describe it: its format and who it
 * is for. Kept apart from the list of files (downloads.ts) so the descriptions made from that
 * list (metadata.ts) need not import the code that writes the files.
 */
import type { CsvDialect } from './csv-dialect';

/** The kinds of file, with the words other portals use for them. */
export const FILE_FORMATS = {
  // `eu`: the EU file-type authority list that DCAT-AP (and DCAT-AP-NL) asks for in dct:format.
  CSV: { mediaType: 'text/csv', extension: 'csv', eu: 'CSV' },
  JSON: { mediaType: 'application/json', extension: 'json', eu: 'JSON' },
  GEOJSON: { mediaType: 'application/geo+json', extension: 'geojson', eu: 'GEOJSON' },
  JSONLD: { mediaType: 'application/ld+json', extension: 'jsonld', eu: 'JSON_LD' },
} as const;
export type FileFormat = keyof typeof FILE_FORMATS;

/** One published file as the /data/ page, datapackage.json and the DCAT catalogue describe it. */
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
