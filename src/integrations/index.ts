/**
 * Everything astro.config.mjs takes from the project's TypeScript, in one module: the config
 * imports it as one compiled bundle (scripts/lib/compiled-config.mjs says why).
 */
export { cmsAssets } from './cms-assets';
export { cmsScript } from './cms-script';
export { downloads } from './downloads';
export { entryPages } from './entry-pages';
export { mapLibrary } from './map-library';
export { searchIndex } from './search-index';
export { serverBundle } from './server-bundle';
export { validateData } from './validate-data';
export { siteConfig } from '../site.config';
