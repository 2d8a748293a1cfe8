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
  /** The main region set's boundaries, for the interactive map and the CMS. */
  regionGeometry: () => '/data/regio.geojson',
  /** The neighbouring countries behind the interactive map. */
  backdropGeometry: () => '/data/achtergrond.geojson',
  /** A link-preview image (Open Graph): the whole atlas, or one region of the main set. */
  preview: (regionId?: string) => `/voorbeeld/${regionId ?? 'atlas'}.png`,
  /** The id of the whole atlas's preview image. */
  previewNational: () => 'atlas',
} as const;
