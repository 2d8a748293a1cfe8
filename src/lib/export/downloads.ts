/** The open-data files the atlas publishes, each with what it holds (the /data/ page lists them). */
import { paths } from '../urls';

export interface DownloadFile {
  /** Path without the base URL. */
  href: string;
  name: string;
  what: string;
}

export function downloadFiles(counts: { initiatives: number; organisations: number }): DownloadFile[] {
  return [
    {
      href: paths.dataFile('initiatieven.json'),
      name: 'initiatieven.json',
      what: `Alle ${counts.initiatives} initiatieven met alle velden en de afgeleide regio's (JSON).`,
    },
    { href: paths.dataFile('organisaties.json'), name: 'organisaties.json', what: `Alle ${counts.organisations} organisaties (JSON).` },
    {
      href: paths.dataFile('initiatieven.geojson'),
      name: 'initiatieven.geojson',
      what: 'Elke locatie van elk initiatief als punt, met naam, soort, status en regio (GeoJSON, WGS84).',
    },
    {
      href: paths.dataFile('initiatieven-spreadsheet.csv'),
      name: 'initiatieven-spreadsheet.csv',
      what: 'De initiatieven om te openen in Excel of een ander rekenblad: Nederlandse kolomnamen en woorden, één leesbare cel per lijst, regionamen, puntkomma-gescheiden met UTF-8-markering. De eerste regel zegt wanneer het bestand gemaakt is.',
    },
    {
      href: paths.dataFile('initiatieven.csv'),
      name: 'initiatieven.csv',
      what: "De initiatieven als tabel voor programma's (CSV, UTF-8, komma-gescheiden, de codes uit het schema); leest terug met npm run import.",
    },
    { href: paths.dataFile('organisaties.csv'), name: 'organisaties.csv', what: 'De organisaties als tabel (CSV).' },
    {
      href: paths.schemaFile('initiative.schema.json'),
      name: 'initiative.schema.json',
      what: 'Het JSON Schema van een initiatief: elk veld met uitleg.',
    },
    { href: paths.schemaFile('organisation.schema.json'), name: 'organisation.schema.json', what: 'Het JSON Schema van een organisatie.' },
    {
      href: paths.schemaFile('vocabularies.schema.json'),
      name: 'vocabularies.schema.json',
      what: 'De vaste keuzelijsten (soorten, sectoren, niveaus, rollen) met Nederlandse labels.',
    },
  ];
}
