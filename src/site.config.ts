/**
 * One typed place for what a fork changes: names, addresses, repository, map defaults.
 * (Issue #6 extends this with CMS settings, basemap and vocabulary labels.)
 */
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
}

export const siteConfig: SiteConfig = {
  title: 'Samenwerkingsatlas',
  tagline: 'Regionale samenwerking in het beroepsonderwijs, open en actueel',
  lang: 'nl',
  site: process.env.ATLAS_SITE ?? 'https://samenwerkingsatlas.github.io',
  base: process.env.ATLAS_BASE ?? '/',
  repository: process.env.ATLAS_REPOSITORY ?? 'samenwerkingsatlas/samenwerkingsatlas',
};
