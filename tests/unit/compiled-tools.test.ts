/**
 * The compiled command-line tools (scripts/run-compiled.mjs, issue #15): a bundle is never
 * used once any of its sources changed, and each module keeps its own import.meta.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileTools, isCurrent } from '../../scripts/lib/compiled-tools.mjs';
import { ROOT } from '../helpers/fixtures';

const root = mkdtempSync(join(tmpdir(), 'atlas-compiled-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const out = join(root, 'out');
mkdirSync(join(root, 'src', 'deep'), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
writeFileSync(join(root, 'src', 'deep', 'word.ts'), "export const word: string = 'een';\nexport const here = import.meta.dirname;\n");
writeFileSync(
  join(root, 'src', 'tool.ts'),
  "import { word, here } from './deep/word.ts';\nconsole.log(JSON.stringify({ word, here, self: import.meta.dirname, worker: process.env.ATLAS_X ?? null }));\n",
);
const entries = { tool: 'src/tool.ts' };
const define = { 'process.env.ATLAS_X': '"vast"' };
const compile = () => compileTools(root, out, entries, { define });
const current = () => isCurrent(root, out, entries, { define });
const run = () => JSON.parse(execFileSync(process.execPath, [join(out, 'tool.mjs')], { encoding: 'utf8' })) as Record<string, string>;

describe('compiled tools', () => {
  it('run as plain JavaScript, each module with its own source folder, defines replaced', async () => {
    expect(current()).toBe(false);
    await compile();
    expect(current()).toBe(true);
    expect(run()).toEqual({ word: 'een', here: join(root, 'src', 'deep'), self: join(root, 'src'), worker: 'vast' });
  });

  it('are out of date as soon as an imported module changes, and a new bundle has the change', async () => {
    await compile();
    writeFileSync(join(root, 'src', 'deep', 'word.ts'), "export const word: string = 'twee';\nexport const here = import.meta.dirname;\n");
    expect(current()).toBe(false);
    await compile();
    expect(run().word).toBe('twee');
  });

  it('are out of date after an edit of the same size with the modification time set back', async () => {
    const word = join(root, 'src', 'deep', 'word.ts');
    writeFileSync(word, "export const word: string = 'drie';\nexport const here = import.meta.dirname;\n");
    utimesSync(word, 1_700_000_000, 1_700_000_000);
    await compile();
    const before = statSync(word);
    writeFileSync(word, "export const word: string = 'vier';\nexport const here = import.meta.dirname;\n");
    utimesSync(word, 1_700_000_000, 1_700_000_000);
    expect(statSync(word).size).toBe(before.size);
    expect(statSync(word).mtimeMs).toBe(before.mtimeMs);
    expect(current()).toBe(false);
    await compile();
    expect(run().word).toBe('vier');
  });

  it('are out of date when an input disappears', async () => {
    await compile();
    writeFileSync(join(root, 'src', 'tool.ts'), "console.log(JSON.stringify({ word: 'los' }));\n");
    rmSync(join(root, 'src', 'deep', 'word.ts'));
    expect(current()).toBe(false);
    await compile();
    expect(run()).toEqual({ word: 'los' });
  });

  it('are out of date when a bundle was changed by hand, or made with other settings', async () => {
    await compile();
    expect(current()).toBe(true);
    writeFileSync(join(out, 'tool.mjs'), 'console.log("{}");\n');
    expect(current()).toBe(false);
    await compile();
    expect(current()).toBe(true);
    expect(isCurrent(root, out, entries, { define: { 'process.env.ATLAS_X': '"anders"' } })).toBe(false);
    expect(isCurrent(root, out, { ...entries, other: 'src/tool.ts' }, { define })).toBe(false);
  });

  it('are out of date when a file appears beside an input (it may change what an import finds)', async () => {
    await compile();
    writeFileSync(join(root, 'src', 'nieuw.ts'), 'export {};\n');
    expect(current()).toBe(false);
  });
});
