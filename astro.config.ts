import { defineConfig } from 'astro/config';
import { cmsAssets } from './src/integrations/cms-assets';
import { searchIndex } from './src/integrations/search-index';
import { validateData } from './src/integrations/validate-data';
import { siteConfig } from './src/site.config';

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  outDir: process.env.ATLAS_OUT_DIR ?? 'dist',
  // External CSS only: the public pages' CSP allows no inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [validateData(), cmsAssets(), searchIndex()],
  // Never inline scripts or assets: the public pages' CSP allows only files from 'self'.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
