/**
 * The route table: every internal address of the site, once. `paths` holds the pages made by
 * a file in src/pages/ (a test checks both ways), `files` the files served from public/ or
 * written by an integration; `linksFor(base)` binds both to the base path, once per build (the
 * site model's `links`) or once per browser script. Links are lower-case Dutch paths with a
 * trailing slash. Adding a route: one entry here (with its sample values when it takes a
 * parameter), plus its page file.
 */

/** Prefixes a path with the base path ('/' or '/atlas/'); only linksFor calls it. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/**
 * The data files the site's own pages load (the map, the explorer, the region outlines), each
 * made by a page file in src/pages/data/. The open-data downloads are not listed here: their
 * names are the keys of the downloads table (src/lib/export/downloads.ts), the one place a
 * download is added, and the `download` route below is their address.
 */
export const PAGE_DATA_FILES = ['kaart.json', 'verkenner.json', 'regio.geojson', 'achtergrond.geojson'] as const;
export type PageDataFile = (typeof PAGE_DATA_FILES)[number];

/** The published JSON Schemas (src/pages/data/schemas/). */
export const SCHEMA_FILES = ['initiative.schema.json', 'organisation.schema.json', 'vocabularies.schema.json'] as const;
export type SchemaFile = (typeof SCHEMA_FILES)[number];

/** The CMS's files made by a page (src/pages/admin/); its other files are `files.adminAsset`. */
export const ADMIN_FILES = ['config.yml', 'logo.svg', 'plaatsen.json'] as const;
export type AdminFile = (typeof ADMIN_FILES)[number];

/** The id of the whole atlas's preview image (the regions' images have the region's id). */
export const PREVIEW_NATIONAL = 'atlas';

/** Path (without base) of each page; every one is made by a file in src/pages/. */
export const paths = {
  home: () => '/',
  /** The map page with filters set, e.g. { provincie: 'zeeland', soort: 'civ' }. */
  map: (filters: Record<string, string>) => `/?${new URLSearchParams(filters).toString()}`,
  initiatives: () => '/initiatieven/',
  initiative: (id: string) => `/initiatieven/${id}/`,
  organisations: () => '/organisaties/',
  organisation: (id: string) => `/organisaties/${id}/`,
  regions: () => '/regio/',
  region: (id: string) => `/regio/${id}/`,
  figures: () => '/cijfers/',
  whatWorks: () => '/wat-werkt/',
  gaps: () => '/witte-vlekken/',
  glossary: () => '/begrippen/',
  /** A term on the glossary page. */
  term: (anchor: string) => `/begrippen/#${anchor}`,
  search: () => '/zoeken/',
  data: () => '/data/',
  /** A data file the site's own pages load (`kaart.json`, ...). */
  dataFile: (name: PageDataFile) => `/data/${name}`,
  /**
   * An open-data download (`initiatieven.csv`, ...). Typed by name where the names are: link
   * to a download with `downloadHref(name)` from src/lib/export/downloads.ts, whose table
   * holds them (this module cannot import it: the table imports the routes).
   */
  download: (name: string) => `/data/${name}`,
  /** A published JSON Schema. */
  schemaFile: (name: SchemaFile) => `/data/schemas/${name}`,
  /** Every field explained, made from the schemas. */
  dataModel: () => '/data/schema/',
  about: () => '/over/',
  /** The list of sources on the about page. */
  sourceList: () => '/over/#bronlijst',
  /** The Atom feed of new and changed initiatives. */
  changesFeed: () => '/wijzigingen.xml',
  /** The editors' work queue (not in the navigation, not indexed). */
  workQueue: () => '/redactie/werklijst/',
  contribute: () => '/bijdragen/',
  accessibility: () => '/toegankelijkheid/',
  privacy: () => '/privacy/',
  /** The CMS. */
  admin: () => '/admin/',
  /** One entry in the CMS, open for editing. */
  cmsEntry: (collection: 'initiatives' | 'organisations', id: string) => `/admin/#/collections/${collection}/entries/${id}`,
  /** A file the CMS loads that a page makes (its configuration, logo, place names). */
  adminFile: (name: AdminFile) => `/admin/${name}`,
  /** A link-preview image (Open Graph): the whole atlas, or one region of the main set. */
  preview: (regionId?: string) => `/voorbeeld/${regionId ?? PREVIEW_NATIONAL}.png`,
  /** The page for an unknown address. */
  notFound: () => '/404.html',
  /** The site's icon, in the theme's accent colour. */
  favicon: () => '/favicon.svg',
} as const;

/** Path (without base) of each file that no page makes: public/ or an integration writes it. */
export const files = {
  /** A file of the CMS in public/admin/ or written by src/integrations/ (its script, Decap). */
  adminAsset: (name: string) => `/admin/${name}`,
  /**
   * MapLibre GL's own prebuilt files, served from our host (src/integrations/map-library.ts):
   * the library module, its worker module and its stylesheet.
   */
  mapLibrary: (file: 'library' | 'worker' | 'stylesheet') =>
    `/vendor/maplibre-gl/${{ library: 'maplibre-gl.mjs', worker: 'maplibre-gl-worker.mjs', stylesheet: 'maplibre-gl.css' }[file]}`,
  /** The search index Pagefind writes. */
  searchIndex: () => '/pagefind/',
} as const;

/**
 * The values a route with a parameter is checked with (tests/unit/routes.test.ts): every file
 * name for a file route, a sample id for a page made per entry.
 */
export const ROUTE_SAMPLES: { [K in keyof typeof paths]?: readonly Parameters<(typeof paths)[K]>[] } = {
  map: [[{ soort: 'civ' }]],
  initiative: [['x']],
  organisation: [['x']],
  region: [['x']],
  term: [['x']],
  dataFile: PAGE_DATA_FILES.map((f) => [f] as const),
  download: [['initiatieven.json']],
  schemaFile: SCHEMA_FILES.map((f) => [f] as const),
  cmsEntry: [['initiatives', 'x']],
  adminFile: ADMIN_FILES.map((f) => [f] as const),
  preview: [[], ['x']],
};

type Bound<T> = { [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : never };

/**
 * Every route of `paths` and `files`, bound to a base path: what links are made with. `of`
 * binds a path some module made from this table (a download's file, a glossary term).
 */
export type Links = Bound<typeof paths> & Bound<typeof files> & { of: (path: string) => string };

/** The route table bound to a base path ('/' or '/atlas/'). */
export function linksFor(base: string): Links {
  const table: Record<string, (...args: never[]) => string> = { ...paths, ...files };
  const bound = Object.fromEntries(Object.entries(table).map(([k, f]) => [k, (...args: never[]) => withBase(base, f(...args))]));
  return { ...bound, of: (path: string) => withBase(base, path) } as unknown as Links;
}
