/**
 * One typed place for everything a fork changes: names, language, addresses, repository,
 * CMS backend, map defaults, region sets and vocabulary labels. A fork edits this file and
 * data/, and nothing else. For tests and benchmarks, `ATLAS_CONFIG=<file.json>` overlays a
 * JSON file with the same keys; every value is checked when the build starts.
 */
import { readFileSync } from 'node:fs';
import type { Basemap } from './lib/map/style';
import { NL_BOUNDS, type Bounds } from './lib/map/projection';
import { checkSiteConfig } from './lib/site-config-check';
import { applyLabelOverrides } from './lib/schema/schemas';

export interface SiteConfig {
  /** Site name, shown in the header and the browser tab. Example: 'Samenwerkingsatlas'. */
  title: string;
  /** One line under the title. */
  tagline: string;
  /** Language of the pages (BCP 47), also the search index's stemming language. Example: 'nl'. */
  lang: string;
  /** Public address of the site, without the base path. Example: 'https://org.github.io'. */
  site: string;
  /** Base path when served from a sub-folder (GitHub Pages project site). Example: '/atlas/'. */
  base: string;
  /** Repository on GitHub, 'owner/name'. Used for CMS, forms and source links. */
  repository: string;
  /**
   * Who runs the atlas, and its public contact address: the one route to contribute that
   * needs no account (a pre-filled e-mail). An organisation's mailbox, never a person's.
   * Example: { name: 'Redactie Samenwerkingsatlas', email: 'redactie@samenwerkingsatlas.nl' }.
   */
  owner: { name: string; email: string };
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
  /**
   * Region sets to use, by the `region_set.id` in data/regions/*.geojson, in order; the first
   * is the main one (every location must lie in it). Unset: every region set found.
   */
  regionSets?: string[];
  /** Dutch (or other) labels that replace the schema's, per vocabulary and value. */
  vocabularyLabels?: Record<string, Record<string, string>>;
  /**
   * The theme: one CSS file of design tokens (the atlas's own `--atlas-*` colours and sizes and
   * the NL Design System components' `--nl-*` tokens), relative to the repository. A fork sets
   * its organisation's look by pointing this at its own copy; components stay untouched.
   * Example: 'src/styles/tokens.css'.
   */
  theme: string;
}

const defaults: SiteConfig = {
  title: 'Samenwerkingsatlas',
  tagline: 'Regionale samenwerking in het beroepsonderwijs, open en actueel',
  lang: 'nl',
  site: process.env.ATLAS_SITE || 'https://samenwerkingsatlas.github.io',
  base: process.env.ATLAS_BASE || '/',
  repository: process.env.ATLAS_REPOSITORY || 'samenwerkingsatlas/samenwerkingsatlas',
  owner: { name: 'Redactie Samenwerkingsatlas', email: 'redactie@samenwerkingsatlas.nl' },
  cms: {
    branch: 'main',
    ...(process.env.ATLAS_CMS_AUTH_URL ? { authBaseUrl: process.env.ATLAS_CMS_AUTH_URL } : {}),
    localPort: Number(process.env.ATLAS_CMS_PORT ?? 8081),
  },
  map: {
    bounds: NL_BOUNDS,
    aggregateAbove: 400,
  },
  theme: 'src/styles/tokens.css',
};

function overlay(): Partial<SiteConfig> {
  const file = process.env.ATLAS_CONFIG;
  if (!file) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Partial<SiteConfig>;
}

const extra = overlay();
export const siteConfig: SiteConfig = checkSiteConfig({
  ...defaults,
  ...extra,
  owner: { ...defaults.owner, ...extra.owner },
  cms: { ...defaults.cms, ...extra.cms },
  map: { ...defaults.map, ...extra.map },
});

// The fork's own labels, applied as soon as the configuration loads, so every page, the CMS
// configuration and the published schemas use them.
applyLabelOverrides(siteConfig.vocabularyLabels);
