import type { AstroIntegration } from 'astro';
import { build, context, version, type BuildContext, type BuildOptions, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isUpToDate, recordInputs, writeRecord } from './inputs-record.mjs';
import { writeWhole } from '../io/write-whole.mjs';
import { usesGeneratedValidators } from '../lib/schema/validator';

/** Where the CMS script is served below the site: files.adminAsset(CMS_SCRIPT). */
export const CMS_SCRIPT = 'atlas-cms.js';

/**
 * The CMS script without ajv's compiler: validator.ts loads it (atlas-ajv.ts) only when the
 * generated validators do not match the schemas, and then compiles them itself. When they match,
 * as they do after `npm run generate:types` (which `npm test` demands), atlas-ajv.ts is bundled as
 * a stand-in that is never called (atlas-ajv-left-out.ts): 281 -> 238 KB gzip for every
 * contributor who opens the CMS. validator.ts makes the same comparison in the browser, on the
 * same bundled schemas, so the script never needs what it left out. Not in `npm run dev`: a schema
 * edited while the dev server runs is rebundled without this decision being made again.
 */
export function leaveOutCompiler(root: string): Plugin {
  return {
    name: 'atlas:leave-out-ajv-compiler',
    setup(b) {
      b.onResolve({ filter: /^\.\/atlas-ajv$/ }, (args) =>
        args.importer === join(root, 'src', 'lib', 'schema', 'validator.ts')
          ? { path: join(root, 'src', 'lib', 'schema', 'atlas-ajv-left-out.ts') }
          : undefined,
      );
    },
  };
}

/** esbuild's settings for the CMS script of the project in `root` (the tests bundle with them too). */
export function cmsBundleOptions(root: string, command: 'dev' | 'build' | 'preview' | 'sync'): BuildOptions {
  return {
    absWorkingDir: root,
    entryPoints: [join(root, 'src', 'components', 'cms', 'admin.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: command === 'build',
    legalComments: 'linked',
    logLevel: 'error',
  };
}

/**
 * Bundles the CMS's own script (src/components/cms/admin.ts: widgets, preview and the shared
 * validator) with esbuild into public/admin/atlas-cms.js, a generated, git-ignored file, in
 * development (rebuilt on every change) and in the build. Through Vite it was 665 kB of the
 * client bundle's work and about 2.5 s of every build (issue #15); esbuild needs a tenth of
 * that. The script depends on nothing of one build (the page hands it the base path and the
 * stylesheet's address), so every build of the same source writes the same file: a build whose
 * inputs (every bundled file, ours and the packages', by content) and settings are those of the
 * file in public/admin/ keeps that file and does not bundle (inputs-record.mjs; 0.2 s of every
 * build on a quiet machine, up to 0.9 s on a busy one, issue #28).
 */
export function cmsScript(): AstroIntegration {
  let watcher: BuildContext | undefined;
  return {
    name: 'atlas:cms-script',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const outfile = join(fileURLToPath(config.publicDir), 'admin', CMS_SCRIPT);
        const options = cmsBundleOptions(root, command);
        if (command === 'dev') {
          mkdirSync(dirname(outfile), { recursive: true });
          watcher = await context({ ...options, outfile });
          // The first bundle is written before Astro starts its dev server: Vite lists public/
          // when it starts, and a file that appears later was answered with a 404 (watch()
          // alone does not wait for its first build; seen once the bundle grew).
          await watcher.rebuild();
          await watcher.watch();
          return;
        }
        // What the file was made from, kept with the other generated files of node_modules/.cache.
        const recordFile = join(root, 'node_modules', '.cache', 'atlas-cms-script.json');
        const withoutCompiler = usesGeneratedValidators;
        const key = JSON.stringify({ esbuild: version, options, outfile, withoutCompiler });
        if (isUpToDate(root, recordFile, key)) return;
        const started = performance.now();
        const startedAt = Date.now();
        const plugins = withoutCompiler ? [leaveOutCompiler(root)] : [];
        const result = await build({ ...options, plugins, write: false, outfile, metafile: true });
        for (const f of result.outputFiles) {
          // Written whole (write-whole.mjs), and only when it changed: builds running side by side
          // (tests, benchmarks) read a whole file, old or new.
          let same = false;
          try {
            same = readFileSync(f.path).equals(f.contents);
          } catch {
            /* not there yet */
          }
          if (!same) writeWhole(f.path, f.contents);
        }
        const record = recordInputs(
          root,
          key,
          // This file too: what leaveOutCompiler does is in none of the bundled files.
          [...Object.keys(result.metafile.inputs), 'package.json', 'tsconfig.json', 'src/integrations/cms-script.ts'],
          result.outputFiles.map((f) => relative(root, f.path)),
          startedAt,
        );
        if (record) writeRecord(recordFile, record);
        logger.info(`CMS-script gebundeld in ${Math.round(performance.now() - started)} ms.`);
      },
      'astro:server:done': async () => {
        await watcher?.dispose();
        watcher = undefined;
      },
    },
  };
}
