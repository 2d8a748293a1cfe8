import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What to copy from an npm package's `dist/` into a generated, git-ignored folder of public/. */
export interface VendorFiles {
  /** The npm package, e.g. `maplibre-gl`. */
  pkg: string;
  /** Which of its `dist/` files to copy. */
  files: RegExp;
  /** Where below public/, e.g. `vendor/maplibre-gl`. */
  folder: string;
}

/**
 * Copies a package's prebuilt files into public/ (once per package version: a VERSION stamp),
 * so the site serves them from its own host, in development and in the build, and Vite never
 * bundles them again. Returns how many files were copied (0 when the stamp was current).
 */
export function copyVendorFiles(publicDir: string, { pkg, files, folder }: VendorFiles): { version: string; copied: number } {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve(`${pkg}/package.json`);
  const version = String((JSON.parse(readFileSync(manifest, 'utf8')) as { version: unknown }).version);
  const from = join(dirname(manifest), 'dist');
  const to = join(publicDir, folder);
  const stamp = join(to, 'VERSION');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === version) return { version, copied: 0 };
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const chosen = readdirSync(from).filter((f) => files.test(f));
  if (chosen.length === 0) throw new Error(`${pkg} ${version}: geen bestanden in ${from} passen bij ${files}.`);
  for (const f of chosen) copyFileSync(join(from, f), join(to, f));
  writeFileSync(stamp, version);
  return { version, copied: chosen.length };
}

/**
 * An integration that copies a package's prebuilt files into public/ when the configuration is
 * set up (development and build alike) and says so when it copied anything; `label` names the
 * package in that message.
 */
export function vendorFiles(spec: VendorFiles & { label: string }): AstroIntegration {
  return {
    name: `atlas:vendor:${spec.pkg}`,
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { version, copied } = copyVendorFiles(fileURLToPath(config.publicDir), spec);
        if (copied) logger.info(`${spec.label} ${version}: ${copied} bestanden naar public/${spec.folder}/.`);
      },
    },
  };
}
