/**
 * One typed place for what a fork changes: names, addresses, repository, map defaults.
 * (Issue #6 extends this with CMS settings, basemap and vocabulary labels.)
 */
import type { Basemap } from './lib/map/style';
import { NL_BOUNDS, type Bounds } from './lib/map/projection';

export interface SiteConfig {
  /** Site name, shown in the header and the browser tab. */
  title: string;
  /** One line under the title. */
  tagline: string;
  /** Language of the pages (BCP 47). */
  lang: string;
  /** Public address of the site, without the base path. */
  site: string;
  /** Base path when served from a sub-folder (GitHub Pages project site), e.g. '/atlas'. */
  base: string;
  /** Repository on GitHub, 'owner/name'. */
  repository: string;
  cms: {
    /** The branch pull requests go to. */
    branch: string;
    /**
     * The OAuth proxy for GitHub login: the one external piece a deployer provides (GitHub has
     * no browser-only login flow). Unset: Decap's default (Netlify), which only works for sites
     * hosted there. See README "Het invoerscherm".
     */
    authBaseUrl?: string;
    /** Port of the local editing server (`npm run cms`). */
    localPort: number;
  };
  map: {
    /** What the national map shows first. */
    bounds: Bounds;
    /**
     * An external basemap under the atlas's own layers. Off by default: with it, readers'
     * browsers fetch tiles from a third party. Example (Kadaster/PDOK, CC BY 4.0):
     * { tiles: ['https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png'],
     *   attribution: 'Kaartgegevens © Kadaster / PDOK' }
     * (also add the tile host to the CSP's img-src in src/layouts/Base.astro).
     */
    basemap?: Basemap;
    /** Above this many points the static map merges nearby points (keeps pages small). */
    aggregateAbove: number;
  };
}

export const siteConfig: SiteConfig = {
  title: 'Samenwerkingsatlas',
  tagline: 'Regionale samenwerking in het beroepsonderwijs, open en actueel',
  lang: 'nl',
  site: process.env.ATLAS_SITE ?? 'https://samenwerkingsatlas.github.io',
  base: process.env.ATLAS_BASE ?? '/',
  repository: process.env.ATLAS_REPOSITORY ?? 'samenwerkingsatlas/samenwerkingsatlas',
  cms: {
    branch: 'main',
    ...(process.env.ATLAS_CMS_AUTH_URL ? { authBaseUrl: process.env.ATLAS_CMS_AUTH_URL } : {}),
    localPort: Number(process.env.ATLAS_CMS_PORT ?? 8081),
  },
  map: {
    bounds: NL_BOUNDS,
    aggregateAbove: 400,
  },
};
