import type { AstroIntegration } from 'astro';

/**
 * The server bundle of a static build only renders the pages during the build and is then
 * deleted, so Rollup's tree-shaking of it buys nothing; it cost 0.8 of its 3 s on the starter set
 * (issue #15). Off for that bundle only: what readers download (the client bundle) stays
 * tree-shaken. The pages are the same either way (compared file by file).
 */
export function serverBundle(): AstroIntegration {
  return {
    name: 'atlas:server-bundle',
    hooks: {
      'astro:build:setup': ({ vite, target }) => {
        if (target !== 'server') return;
        vite.build ??= {};
        vite.build.rollupOptions ??= {};
        vite.build.rollupOptions.treeshake = false;
      },
    },
  };
}
