/**
 * The fast reader (src/lib/yaml/fast-parse.ts) against the positional parser, which it may
 * only ever shortcut: on every fixture, every data file, a hostile corpus and seeded
 * mutations, whatever the fast reader reads, the positional parser reads as exactly the same
 * value, without a problem, and places every field on the same line. Everything else the fast
 * reader leaves alone (returns undefined), so it goes through the positional parser as before.
 * And the validator's report on all of it is byte for byte what it was before the fast reader
 * (tests/fixtures/validate-reports/reports.json, written by the validator before the change;
 * write it again with WRITE_REPORTS=1 only when a message changes on purpose).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_SCHEMA } from 'js-yaml';
import { fastParse, resolvePlain } from '../../src/lib/yaml/fast-parse';
import { parseDataFile } from '../../src/lib/yaml/parse-data-file';
import { ROOT } from '../helpers/fixtures';
import { HOSTILE, mutations, reportCorpus, reports, withoutHeaders, yamlFiles, type CorpusFile } from '../helpers/yaml-corpus';

const files = yamlFiles();
const dataFiles = files.filter((f) => f.path.startsWith('data/'));
const hostile = HOSTILE.map((text, i) => ({ path: `data/initiatives/hostile-${i}.yaml`, text }));
const mutated = mutations(dataFiles, 3000);

/** Compares one text; returns whether the fast reader took it. */
function agree(f: CorpusFile): boolean {
  const fast = fastParse(f.text);
  if (fast === undefined) return false;
  const slow = parseDataFile(f.text, f.path, { fast: false });
  expect(slow.problems, f.path).toEqual([]);
  expect(fast, f.path).toStrictEqual(slow.value);
  const viaFast = parseDataFile(f.text, f.path);
  expect(viaFast.value).toStrictEqual(fast);
  expect(viaFast.positions.keys, f.path).toEqual(slow.positions.keys);
  expect(viaFast.positions.values, f.path).toEqual(slow.positions.values);
  return true;
}

describe('the fast reader and the positional parser', () => {
  it('read every data file alike, and the fast reader takes nearly all of them', () => {
    const taken = dataFiles.filter(agree).length;
    // The point of the fast reader: a few odd files (escapes, continuation lines that start
    // with a quote) may take the long road, not many.
    expect(taken).toBeGreaterThan(dataFiles.length * 0.95);
  });

  it('read every fixture alike, with and without its header comment', () => {
    const all = [...files.filter((f) => !f.path.startsWith('data/')), ...withoutHeaders(files)];
    const taken = all.filter(agree).length;
    expect(taken).toBeGreaterThan(50);
  });

  it('read the hostile corpus alike, leaving every refused text to the positional parser', () => {
    const taken = hostile.filter(agree);
    // Texts the positional parser refuses never take the fast road (agree() checked that);
    // and the plain ones the fast reader is for do take it.
    expect(taken.length).toBeGreaterThan(20);
    expect(taken.map((f) => f.text)).toEqual(
      expect.arrayContaining([
        'a: yes\nb: no\nc: on\nd: off\ne: y\nf: n\ng: Yes\nh: NO\n',
        'a: 08\nb: 010\nc: 0o17\nd: 0x1F\ne: 0b101\nf: 1_000\ng: 1:30\nh: +12\ni: -3\nj: 007\n',
        'a: >\n  folded\n  text\n\n  para\n',
        "a: 'it''s\n  fine'\n",
      ]),
    );
  });

  it('read keys met before alike: a known key counts only where the whole key and its colon stand', () => {
    // Learned first (the reader keeps the keys it has met): name, status, start, levels.
    expect(agree({ path: 'data/initiatives/a.yaml', text: 'name: A\nstatus: active\nstart: 2020\nlevels:\n  - mbo\n' })).toBe(true);
    const taken = (text: string) => agree({ path: 'data/initiatives/b.yaml', text });
    // Longer keys that begin with a known one, in either order of learning.
    expect(taken('names: A\nstatus_x: b\nstarts: 3\nname: C\n')).toBe(true);
    expect(fastParse('names: A\nname: B\n')).toStrictEqual({ names: 'A', name: 'B' });
    expect(taken('name:\n  start: 1\n  startx: 2\nlevels:\n  - name:x\n')).toBe(true);
    expect(fastParse('name:\n  start: 1\n  startx: 2\n')).toStrictEqual({ name: { start: 1, startx: 2 } });
    expect(fastParse('levels:\n  - name:x\n')).toStrictEqual({ levels: ['name:x'] });
    // A known key without a space after its colon is no key, and twice in one block is left to js-yaml.
    for (const text of ['name: A\nstatus:active\n', 'name: A\nname: B\n', 'name: A\n  status: b\n'])
      expect(fastParse(text), text).toBeUndefined();
    expect(fastParse('name:\nstatus: a\n')).toStrictEqual({ name: null, status: 'a' });
    expect(fastParse('levels:\n  - name: x\n    start: 2\n')).toStrictEqual({ levels: [{ name: 'x', start: 2 }] });
  });

  it('types plain text as js-yaml does, also where it answers without asking js-yaml (a letter first)', () => {
    // Every plain value and key of every file, and each with every ASCII letter in front.
    const plain = new Set<string>();
    const collect = (v: unknown): void => {
      if (typeof v === 'string') plain.add(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          plain.add(k);
          collect(x);
        }
    };
    for (const f of dataFiles) collect(fastParse(f.text));
    const letters = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    const words = ['', 'rue', 'ull', 'alse', 'es', 'o', 'n', 'ff', '.inf', 'an', '~', '1', '0x1F', ' 12', '-3', '_1'];
    let asked = 0;
    for (const s of [
      ...plain,
      ...letters.flatMap((l) => words.map((w) => l + w)),
      ...letters.flatMap((l) => [...plain].slice(0, 50).map((p) => l + p)),
    ]) {
      expect(resolvePlain(s), s).toStrictEqual(CORE_SCHEMA.resolveImplicitScalarTag(s).value);
      asked++;
    }
    expect(asked).toBeGreaterThan(5000);
  });

  it('read seeded mutations of the data files alike', () => {
    const taken = mutated.filter(agree).length;
    expect(taken).toBeGreaterThan(mutated.length / 4);
    expect(taken).toBeLessThan(mutated.length);
  });
});

describe("the validator's report", () => {
  it('is byte for byte what it was before the fast reader', () => {
    const file = join(ROOT, 'tests/fixtures/validate-reports/reports.json');
    const now = reports(reportCorpus(files, hostile));
    if (process.env.WRITE_REPORTS) writeFileSync(file, `${JSON.stringify(now, null, 2)}\n`);
    const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    // Compared where the input is the same text as when the reports were written (a fixture
    // changed or added later is simply not in them); nearly all of them still are.
    const same = Object.keys(before).filter((k) => k in now);
    expect(same.length).toBeGreaterThan(Object.keys(before).length * 0.9);
    for (const k of same) expect(now[k], k).toBe(before[k]);
  });
});
