/**
 * The CMS script is bundled again only when what it is made from changed (issue #28):
 * src/integrations/inputs-record.mjs says when, src/integrations/cms-script.ts uses it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cmsScript } from '../../src/integrations/cms-script';
import { isUpToDate, recordInputs, writeRecord } from '../../src/integrations/inputs-record.mjs';

const base = mkdtempSync(join(tmpdir(), 'atlas-inputs-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let root = '';
let n = 0;
const write = (file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};
/** The same size and modification time as before: only the content tells. */
const rewriteKeepingTime = (file: string, text: string) => {
  writeFileSync(join(root, file), text);
  utimesSync(join(root, file), 1_700_000_000, 1_700_000_000);
};

describe('a record of inputs', () => {
  const recordFile = () => join(root, 'record.json');
  const inputs = ['src/a.ts', 'src/deep/b.ts', 'node_modules/pkg/index.js'];
  beforeEach(() => {
    root = join(base, `r${n++}`);
    write('src/a.ts', 'a1');
    write('src/deep/b.ts', 'b1');
    write('node_modules/pkg/index.js', 'p1');
    write('node_modules/.package-lock.json', '{}');
    write('out/x.js', 'x1');
    for (const f of [...inputs, 'node_modules/.package-lock.json']) utimesSync(join(root, f), 1_700_000_000, 1_700_000_000);
    writeRecord(recordFile(), recordInputs(root, 'k', inputs, ['out/x.js'], Date.now())!);
  });

  it('is up to date while nothing changed', () => {
    expect(isUpToDate(root, recordFile(), 'k')).toBe(true);
  });

  it('is not, for other settings', () => {
    expect(isUpToDate(root, recordFile(), 'k2')).toBe(false);
  });

  it('is not after an input changed, even with the same size and time', () => {
    rewriteKeepingTime('src/deep/b.ts', 'b2');
    expect(isUpToDate(root, recordFile(), 'k')).toBe(false);
  });

  it('is not after a file in a package changed, or another install', () => {
    rewriteKeepingTime('node_modules/pkg/index.js', 'p2');
    expect(isUpToDate(root, recordFile(), 'k')).toBe(false);
    rewriteKeepingTime('node_modules/pkg/index.js', 'p1');
    expect(isUpToDate(root, recordFile(), 'k')).toBe(true);
    rewriteKeepingTime('node_modules/.package-lock.json', '[]');
    expect(isUpToDate(root, recordFile(), 'k')).toBe(false);
  });

  it('is not after a file appeared beside one of our inputs (an import may now resolve to it)', () => {
    write('src/deep/b/index.ts', 'c');
    expect(isUpToDate(root, recordFile(), 'k')).toBe(false);
  });

  it('is not after an input disappeared', () => {
    rmSync(join(root, 'src/a.ts'));
    expect(isUpToDate(root, recordFile(), 'k')).toBe(false);
  });

  it('is not after the generated file was edited or deleted', () => {
    rewriteKeepingTime('out/x.js', 'x2');
    expect(isUpToDate(root, recordFile(), 'k')).toBe(false);
    rmSync(join(root, 'out/x.js'));
    expect(isUpToDate(root, recordFile(), 'k')).toBe(false);
  });

  it('is not made when an input changed while the tool ran (its output may be of the old content)', () => {
    const startedAt = Date.now() - 1000;
    write('src/a.ts', 'a2');
    expect(recordInputs(root, 'k', inputs, ['out/x.js'], startedAt)).toBeUndefined();
  });
});

describe('the CMS script in a build', () => {
  const logged: string[] = [];
  const run = async () => {
    const hook = cmsScript().hooks['astro:config:setup']!;
    const config = { root: pathToFileURL(`${root}/`), publicDir: pathToFileURL(join(root, 'public/')) };
    await hook({ config, command: 'build', logger: { info: (m: string) => logged.push(m) } } as never);
  };
  const script = () => readFileSync(join(root, 'public', 'admin', 'atlas-cms.js'), 'utf8');

  it('is bundled the first time, kept while its sources are unchanged, bundled again after an edit', async () => {
    root = join(base, 'cms');
    write('src/components/cms/admin.ts', "import { word } from './word';\nconsole.log(word);\n");
    write('src/components/cms/word.ts', '');
    // Older than the build: a source saved in the build's first millisecond is not trusted.
    rewriteKeepingTime('src/components/cms/admin.ts', "import { word } from './word';\nconsole.log(word);\n");
    rewriteKeepingTime('src/components/cms/word.ts', "export const word: string = 'een';\n");
    await run();
    expect(logged).toHaveLength(1);
    expect(script()).toContain('"een"');
    await run();
    expect(logged).toHaveLength(1);
    rewriteKeepingTime('src/components/cms/word.ts', "export const word: string = 'twe';\n");
    await run();
    expect(logged).toHaveLength(2);
    expect(script()).toContain('"twe"');
  });

  it('is bundled again when the file in public/ was removed', async () => {
    rmSync(join(root, 'public', 'admin', 'atlas-cms.js'));
    await run();
    expect(logged).toHaveLength(3);
    expect(script()).toContain('"twe"');
  });
});
