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
      what: 'De initiatieven om te openen in Excel of een ander rekenblad: Nederlandse kolomnamen en woorden, één leesbare cel per lijst, regionamen (CSV voor rekenbladen, zie hieronder).',
    },
    {
      href: paths.dataFile('initiatieven.csv'),
      name: 'initiatieven.csv',
      what: "De initiatieven als tabel voor programma's: de codes en veldnamen uit het schema (CSV voor programma's, zie hieronder); leest terug met npm run import.",
    },
    {
      href: paths.dataFile('organisaties-spreadsheet.csv'),
      name: 'organisaties-spreadsheet.csv',
      what: 'De organisaties om te openen in Excel of een ander rekenblad: Nederlandse kolomnamen en woorden, de provincie, coördinaten als getallen met een decimale komma.',
    },
    {
      href: paths.dataFile('organisaties.csv'),
      name: 'organisaties.csv',
      what: "De organisaties als tabel voor programma's: de codes en veldnamen uit het schema.",
    },
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
