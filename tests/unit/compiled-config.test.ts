/**
 * astro.config.mjs takes our TypeScript as one compiled bundle (scripts/lib/compiled-config.mjs,
 * issue #28), so that Node imports the config itself and Astro starts no Vite server to load it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importConfigModules } from '../../scripts/lib/compiled-config.mjs';
import { ROOT } from '../helpers/fixtures';

describe('the configuration', () => {
  it('loads in Node itself, without Vite (Astro would otherwise start a Vite server to load it)', () => {
    // A plain Node process, as Astro imports the config first. An import of TypeScript in
    // astro.config.mjs fails here, and Astro would then silently take the slow way.
    const names = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const { default: c } = await import('./astro.config.mjs'); console.log(JSON.stringify(c.integrations.map((i) => i.name)));",
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
    );
    expect(JSON.parse(names)).toEqual([
      'atlas:validate-data',
      'atlas-downloads',
      'atlas:vendor:decap-cms',
      'atlas:cms-script',
      'atlas:vendor:maplibre-gl',
      'atlas:server-bundle',
      'atlas:entry-pages',
      'atlas:search-index',
    ]);
  });
});

describe('the compiled config modules', () => {
  const base = mkdtempSync(join(tmpdir(), 'atlas-config-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  // Projects that share one node_modules folder through a link, as test trees do.
  mkdirSync(join(base, 'node_modules', '.cache'), { recursive: true });
  for (const f of readdirSync(join(ROOT, 'node_modules')).filter((f) => f !== '.cache'))
    symlinkSync(join(ROOT, 'node_modules', f), join(base, 'node_modules', f));
  const project = (name: string) => {
    const root = join(base, name);
    mkdirSync(join(root, 'src', 'integrations'), { recursive: true });
    mkdirSync(join(root, 'src', 'io'), { recursive: true });
    symlinkSync(join(base, 'node_modules'), join(root, 'node_modules'), 'dir');
    writeFileSync(join(root, 'src', 'io', 'check-files-worker.ts'), 'export {};\n');
    writeFileSync(
      join(root, 'src', 'integrations', 'word.ts'),
      "export const word: string = 'een';\nexport const here = import.meta.dirname;\n",
    );
    writeFileSync(
      join(root, 'src', 'integrations', 'index.ts'),
      "export { word, here } from './word';\nexport const worker = process.env.ATLAS_CHECK_WORKER;\n",
    );
    return root;
  };
  const root = project('a');

  it('are the TypeScript modules, compiled, with the compiled validation worker', async () => {
    const m = (await importConfigModules(root)) as unknown as { word: string; worker: string };
    expect(m.word).toBe('een');
    expect(m.worker).toMatch(
      new RegExp(`^file://${join(root, 'node_modules', '.cache', 'atlas-config')}/[0-9a-f]{12}/check-files-worker\\.mjs$`),
    );
  });

  it('follow an edit in the same process (astro dev loads the config again after an edit)', async () => {
    writeFileSync(join(root, 'src', 'integrations', 'word.ts'), "export const word: string = 'twe';\n");
    const m = (await importConfigModules(root)) as unknown as { word: string };
    expect(m.word).toBe('twe');
  });

  it("are each project's own, also where projects share node_modules", async () => {
    const [b, c] = [project('b'), project('c')];
    expect(((await importConfigModules(b)) as unknown as { here: string }).here).toBe(join(b, 'src', 'integrations'));
    expect(((await importConfigModules(c)) as unknown as { here: string }).here).toBe(join(c, 'src', 'integrations'));
  });
});
