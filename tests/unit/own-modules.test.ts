/**
 * Our own modules compiled ahead for the server bundle (src/integrations/own-modules.ts, issue
 * #28): every module of src/lib and src/io is an entry, each import of one from the server
 * bundle goes to its compiled file, the theme is read as text, and a change compiles again.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileOwnModules, ownModuleEntries, ownModulesPlugin } from '../../src/integrations/own-modules';
import { ROOT } from '../helpers/fixtures';

const root = mkdtempSync(join(tmpdir(), 'atlas-own-modules-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
// Its own node_modules (the compiled modules import no package): the cache stays inside the test's folder.
for (const dir of ['src/lib/map', 'src/io', 'src/styles', 'src/pages', 'node_modules']) mkdirSync(join(root, dir), { recursive: true });
writeFileSync(join(root, 'src/styles/tokens.css'), ':root { --kleur: #123456; }\n');
writeFileSync(
  join(root, 'src/lib/map/colours.ts'),
  "import tokens from '@atlas/theme?raw';\nexport const colours = (): string => tokens;\n",
);
writeFileSync(join(root, 'src/lib/count.ts'), 'let n = 0;\nexport const next = (): number => ++n;\n');
writeFileSync(join(root, 'src/lib/types.d.ts'), 'export type X = string;\n');
writeFileSync(
  join(root, 'src/io/where.ts'),
  "import { next } from '../lib/count';\nexport const here = import.meta.dirname;\nexport { next };\n",
);
writeFileSync(join(root, 'src/site.config.ts'), "export const siteConfig = { theme: 'src/styles/tokens.css' };\n");

/** What the compiled module exports, loaded fresh. */
const load = async (url: string) =>
  (await import(`${url}?t=${Date.now()}-${Math.random()}`)) as Record<string, () => unknown> & { here?: string };

describe('own modules for the server bundle', () => {
  it('are every module of src/lib and src/io (TypeScript and .mjs), and the site configuration', () => {
    expect(ownModuleEntries(root)).toEqual({
      'src/io/where': 'src/io/where.ts',
      'src/lib/count': 'src/lib/count.ts',
      'src/lib/map/colours': 'src/lib/map/colours.ts',
      'src/site.config': 'src/site.config.ts',
    });
    const real = Object.values(ownModuleEntries(ROOT));
    expect(real).toContain('src/lib/site-model.ts');
    expect(real).toContain('src/io/site.ts');
    expect(real).toContain('src/io/write-whole.mjs');
    expect(real.every((p) => /\.(ts|mjs)$/.test(p) && !p.endsWith('.d.ts'))).toBe(true);
  });

  it('are compiled with the theme as text and their own import.meta, and again after a change', async () => {
    const compiled = await compileOwnModules(root, 'src/styles/tokens.css');
    const colours = compiled.get(join(root, 'src/lib/map/colours.ts'))!;
    expect((await load(colours)).colours!()).toContain('#123456');
    expect((await load(compiled.get(join(root, 'src/io/where.ts'))!)).here).toBe(join(root, 'src/io'));

    writeFileSync(join(root, 'src/styles/tokens.css'), ':root { --kleur: #abcdef; }\n');
    const again = await compileOwnModules(root, 'src/styles/tokens.css');
    expect((await load(again.get(join(root, 'src/lib/map/colours.ts'))!)).colours!()).toContain('#abcdef');
  });

  it('share one instance of a module that two compiled modules import', async () => {
    const compiled = await compileOwnModules(root, 'src/styles/tokens.css');
    const viaIo = await import(compiled.get(join(root, 'src/io/where.ts'))!);
    const direct = await import(compiled.get(join(root, 'src/lib/count.ts'))!);
    const first = (viaIo as { next: () => number }).next();
    expect((direct as { next: () => number }).next()).toBe(first + 1);
    expect(readdirSync(join(root, 'node_modules/.cache/atlas-server-modules'))).toHaveLength(1);
  });

  it('send an import from the server bundle to the compiled file, leave other imports alone, and stop at one of ours without one', async () => {
    writeFileSync(join(root, 'src/lib/facts.json'), '{}\n');
    writeFileSync(join(root, 'src/pages/Card.astro'), '<p>kaart</p>\n');
    const compiled = await compileOwnModules(root, 'src/styles/tokens.css');
    const plugin = ownModulesPlugin(compiled, root);
    // What Vite's own resolution gives: the file that exists, with or without `.ts`, query kept.
    const vite = {
      resolve: async (source: string, importer: string) => {
        const [path, query] = source.split('?');
        const at = resolve(dirname(importer.split('?')[0]!), path!);
        const file = [at, `${at}.ts`].find((f) => existsSync(f) && statSync(f).isFile());
        return file ? { id: query ? `${file}?${query}` : file, external: false } : null;
      },
      error: (message: string) => {
        throw new Error(message);
      },
    };
    const resolveId = (source: string, importer: string, options: { ssr?: boolean }) =>
      (plugin.resolveId as (this: typeof vite, s: string, i: string, o: { ssr?: boolean }) => Promise<unknown>).call(
        vite,
        source,
        importer,
        options,
      );
    const page = join(root, 'src/pages/index.astro');
    const url = compiled.get(join(root, 'src/lib/count.ts'));
    expect(url).toMatch(/\/src\/lib\/count\.mjs\?v=[0-9a-f]{16}$/);
    expect(await resolveId('../lib/count', page, { ssr: true })).toEqual({ id: url, external: true });
    expect(await resolveId('../lib/count.ts', `${page}?astro&type=script&index=0`, { ssr: true })).toEqual({ id: url, external: true });
    expect(await resolveId('../lib/count', page, { ssr: false })).toBeNull();
    expect(await resolveId('../lib/count', page, {})).toBeNull();
    expect(await resolveId('../lib/count', '\0astro-page:x', { ssr: true })).toBeNull();
    expect(await resolveId('astro', page, { ssr: true })).toBeNull();
    expect(await resolveId('./Card.astro', page, { ssr: true })).toBeNull();
    await expect(resolveId('../lib/facts.json', page, { ssr: true })).rejects.toThrow(
      /src\/lib\/facts\.json .*eigen module zonder vooraf gecompileerde versie/,
    );
  });

  it('keep one folder per checkout, without the files an earlier compile left', async () => {
    const folder = join(root, 'node_modules/.cache/atlas-server-modules');
    const [key] = readdirSync(folder);
    const stale = join(folder, key!, 'chunks', 'chunk-OUD.mjs');
    writeFileSync(stale, 'export {};\n');
    writeFileSync(join(root, 'src/lib/count.ts'), 'let n = 10;\nexport const next = (): number => ++n;\n');
    await compileOwnModules(root, 'src/styles/tokens.css');
    expect(readdirSync(folder)).toEqual([key]);
    expect(existsSync(stale)).toBe(false);
  });
});
