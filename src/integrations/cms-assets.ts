import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Copies the prebuilt Decap CMS bundle from node_modules into public/admin/decap/ (a
 * generated, git-ignored folder), so /admin/ serves it from our own host: no CDN. Bundling
 * decap-cms-app through Vite instead costs about a minute per build (STACK-NOTES).
 */
export function cmsAssets(): AstroIntegration {
  return {
    name: 'atlas:cms-assets',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const require = createRequire(import.meta.url);
        const pkg = require.resolve('decap-cms/package.json');
        const version = String(JSON.parse(readFileSync(pkg, 'utf8')).version);
        const from = join(dirname(pkg), 'dist');
        const to = join(new URL(config.publicDir).pathname, 'admin', 'decap');
        const stamp = join(to, 'VERSION');
        if (existsSync(stamp) && readFileSync(stamp, 'utf8') === version) return;
        rmSync(to, { recursive: true, force: true });
        mkdirSync(to, { recursive: true });
        const files = readdirSync(from).filter((f) => /(^|\.)decap-cms\.js$|\.wasm$|decap-cms\.js\.LICENSE\.txt$/.test(f));
        for (const f of files) copyFileSync(join(from, f), join(to, f));
        writeFileSync(stamp, version);
        logger.info(`Decap CMS ${version}: ${files.length} bestanden naar public/admin/decap/.`);
      },
    },
  };
}
