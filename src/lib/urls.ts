/**
 * Every internal link goes through here, so the site works at the root and under a base
 * path (GitHub Pages project site). Links are lower-case Dutch paths with a trailing slash.
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** Path (without base) of each page type. */
export const paths = {
  home: () => '/',
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
  search: () => '/zoeken/',
  data: () => '/data/',
  /** A file of the open data (`initiatieven.json`, ...). */
  dataFile: (name: string) => `/data/${name}`,
  /** A published JSON Schema. */
  schemaFile: (name: string) => `/data/schemas/${name}`,
  /** Every field explained, made from the schemas. */
  dataModel: () => '/data/schema/',
  about: () => '/over/',
  /** The Atom feed of new and changed initiatives. */
  changesFeed: () => '/wijzigingen.xml',
  /** The editors' work queue (not in the navigation, not indexed). */
  workQueue: () => '/redactie/werklijst/',
  contribute: () => '/bijdragen/',
  accessibility: () => '/toegankelijkheid/',
  privacy: () => '/privacy/',
  /** The CMS, and the files it loads from our own host. */
  admin: () => '/admin/',
  adminFile: (name: string) => `/admin/${name}`,
  /**
   * MapLibre GL's own prebuilt files, served from our host (src/integrations/map-library.ts):
   * the library module, its worker module and its stylesheet.
   */
  mapLibrary: (file: 'library' | 'worker' | 'stylesheet') =>
    `/vendor/maplibre-gl/${{ library: 'maplibre-gl.mjs', worker: 'maplibre-gl-worker.mjs', stylesheet: 'maplibre-gl.css' }[file]}`,
  /** The search index Pagefind writes. */
  searchIndex: () => '/pagefind/',
  favicon: () => '/favicon.svg',
  /** The map page with filters set, e.g. { provincie: 'zeeland', soort: 'civ' }. */
  mapWithFilters: (filters: Record<string, string>) => `/?${new URLSearchParams(filters).toString()}`,
  /** The main region set's boundaries, for the interactive map and the CMS. */
  regionGeometry: () => '/data/regio.geojson',
  /** The neighbouring countries behind the interactive map. */
  backdropGeometry: () => '/data/achtergrond.geojson',
  /** A link-preview image (Open Graph): the whole atlas, or one region of the main set. */
  preview: (regionId?: string) => `/voorbeeld/${regionId ?? 'atlas'}.png`,
  /** The id of the whole atlas's preview image. */
  previewNational: () => 'atlas',
} as const;
