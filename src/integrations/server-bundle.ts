import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { siteConfig } from '../site.config';
import { compileOwnModules, ownModulesPlugin } from './own-modules';

/**
 * The server bundle of a static build only renders the pages during the build and is then
 * deleted. Two things make it cheaper, with the same pages (compared file by file):
 * - Rollup's tree-shaking is off for it: it buys nothing there and cost 0.8 of its 3 s on the
 *   starter set (issue #15). What readers download (the client bundle) stays tree-shaken.
 * - Our own modules come compiled ahead instead of through Vite (own-modules.ts says why).
 */
export function serverBundle(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'atlas:server-bundle',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:setup': async ({ vite, target }) => {
        if (target !== 'server') return;
        vite.build ??= {};
        vite.build.rollupOptions ??= {};
        vite.build.rollupOptions.treeshake = false;
        vite.plugins = [ownModulesPlugin(await compileOwnModules(root, siteConfig.theme), root), ...(vite.plugins ?? [])];
      },
    },
  };
}
