/**
 * A corpus of data-file texts for the tests that compare the fast reader with the positional
 * parser (tests/unit/fast-parse.test.ts): every YAML fixture and data file, the same with
 * their header comments removed (so the fixtures reach the fast reader too), hand-written
 * hostile and tricky texts, and seeded mutations of real files. Deterministic: the same
 * repository gives the same corpus.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { prng } from '../../scripts/bench/generate';
import { formatProblem } from '../../src/lib/problems';
import { checkFile } from '../../src/lib/validate/check-file';
import { filesBelow, ROOT } from './fixtures';

export interface CorpusFile {
  /** A repository-relative path, or a made-up one under the kind's folder. */
  path: string;
  text: string;
}

/** Every YAML file of the fixtures and of data/, as it is. */
export function yamlFiles(): CorpusFile[] {
  return ['schemas/fixtures', 'tests/fixtures', 'data']
    .flatMap((d) => filesBelow(join(ROOT, d), /\.yaml$/))
    .sort()
    .map((p) => ({ path: relative(ROOT, p).split('\\').join('/'), text: readFileSync(p, 'utf8') }));
}

/** The same files without their leading comment lines (a fixture's header pins its line). */
export function withoutHeaders(files: CorpusFile[]): CorpusFile[] {
  return files
    .filter((f) => f.text.startsWith('#'))
    .map((f) => ({ path: f.path.replace(/\.yaml$/, '-no-header.yaml'), text: f.text.replace(/^(#.*\n)+/, '') }));
}

/** Hand-written texts at every edge the fast reader must either read exactly or leave alone. */
export const HOSTILE: string[] = [
  // YAML 1.1 against 1.2: booleans, octals, sexagesimals, timestamps, special floats, nulls.
  'a: yes\nb: no\nc: on\nd: off\ne: y\nf: n\ng: Yes\nh: NO\n',
  'a: 08\nb: 010\nc: 0o17\nd: 0x1F\ne: 0b101\nf: 1_000\ng: 1:30\nh: +12\ni: -3\nj: 007\n',
  'a: 2024-01-02\nb: 2024-01-02T10:00:00Z\nc: 2024-01-02 10:00:00\nd: 2001-12-14t21:59:43.10-05:00\n',
  'a: .inf\nb: -.inf\nc: .NaN\nd: 1e3\ne: 1.5e-3\nf: .5\ng: 0.\nh: -0\ni: 1.\nj: +.inf\n',
  'a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: true\ng: True\nh: TRUE\ni: false\nj: FALSE\nk: tRue\n',
  'null: a\n',
  'true: a\n',
  '1: a\n',
  'a: 1\na: 2\n',
  'a:\n  b: 1\n  b: 2\n',
  '__proto__:\n  x: 1\n',
  'a:\n  - constructor: 1\n',
  'prototype: 1\n',
  'a: &x 1\nb: *x\n',
  'a: !!str 1\n',
  'a: !!binary aGVsbG8=\n',
  'a: !custom x\n',
  '--- \na: 1\n',
  '---\na: 1\n',
  'a: 1\n---\nb: 2\n',
  'a: 1\n...\n',
  '%YAML 1.1\n---\na: 1\n',
  'a: 1 # comment\n',
  '# only a comment\n',
  'a: "x # y"\n',
  "a: 'x # y'\n",
  'a: x#y\n',
  'a: [1, 2]\n',
  'a: {b: 1}\n',
  'a: []\n',
  'a: {}\n',
  'a: "say \\"hi\\""\n',
  'a: "tab\\there"\n',
  "a: 'it''s'\n",
  "a: 'it''s\n  fine'\n",
  "a: 'one' 'two'\n",
  'a: "one" x\n',
  'a: "multi\n  line\n  quoted"\n',
  'a: "multi\n\n  blank"\n',
  'a: "unclosed\nb: 1\n',
  'a: plain\n  continued\n  again\n',
  'a: plain\n\n  after blank\n',
  'a: plain\n  - dash\n',
  'a: plain\n  key: value\n',
  'a: x: y\n',
  'a: x:\n',
  'a:b\n',
  'a:  two spaces\n',
  'a: trailing \n',
  'a: x\r\nb: y\r\n',
  'a: x\tb\n',
  '\ta: 1\n',
  'a: x',
  'a: >\n  folded\n  text\n\n  para\n',
  'a: >-\n  folded\n  text\n',
  'a: >+\n  keep\n\n',
  'a: |\n  literal\n    indented\n  back\n',
  'a: |-\n  strip\n',
  'a: |2\n   indicator\n',
  'a: >\n  folded\n    more indented\n  back\n',
  'a: >\n\n  leading blank\n',
  'a: |\n  x\n\n\nb: 1\n',
  'a: >\nb: 1\n',
  'a: > # comment\n  x\n',
  'a:\n- x\n- y\n',
  'a:\n  - x\n  -  y\n',
  'a:\n  - - x\n',
  'a:\n  -\n    x\n',
  'a:\n  - >\n    x\n',
  'a:\n  - b: 1\n    c: 2\n  - d: 3\n',
  'a:\n  - b: 1\n     c: 2\n',
  'a:\n  - b: 1\n   c: 2\n',
  'a:\n    b: 1\n  c: 2\n',
  'a:\n  b:\n    c:\n      d:\n        e:\n          f:\n            g:\n              h:\n                i:\n                  j:\n                    k: 1\n',
  'a:\n  value on next line\n',
  'a:\n\n  b: 1\n',
  'a: 1\n\n\nb: 2\n',
  'a: -5\nb: -x\nc: - x\n',
  'a: ?x\nb: :x\n',
  'a: @x\n',
  'a: `x\n',
  'a: %x\n',
  'a: x\u2028y\n',
  '\ufeffa: 1\n',
  'a: \u0085x\n',
  'a: \u00e9\u00e8 \ud83d\ude00\n',
  'a: \ud800x\n',
  'a: 1\n  b: 2\n',
  ' a: 1\n',
  'a b: 1\n',
  '"a": 1\n',
  'a-b: 1\nc_d: 2\n',
  '- a\n- b\n',
  'just text\n',
  '',
  '\n\n',
  '~\n',
];

const TOKENS = [
  '#',
  ' #c',
  '&a ',
  '*a',
  '!!str ',
  '- ',
  '? ',
  ': ',
  '"',
  "'",
  '\\',
  '\t',
  '\r',
  '  ',
  ' ',
  '---\n',
  '...\n',
  '>',
  '|',
  '|+',
  '>2',
  '[',
  ']',
  '{',
  '}',
  ',',
  'no',
  'on',
  '08',
  '0x1F',
  '.inf',
  '~',
  'null',
  'True',
  '2024-01-01 10:00:00',
  '1e3',
  '-',
  '\u2028',
  '\ufeff',
  '\n',
  '\n\n',
  'é',
  "''",
  'key: value\n',
  '__proto__: 1\n',
];

/** `count` seeded mutations of the given files: an inserted token, a lost character, a moved, doubled or shifted line. */
export function mutations(files: CorpusFile[], count: number, seed = 28): CorpusFile[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: CorpusFile[] = [];
  for (let n = 0; n < count; n++) {
    const f = pick(files);
    const lines = f.text.split('\n');
    const li = Math.floor(rand() * lines.length);
    let text: string;
    switch (Math.floor(rand() * 7)) {
      case 0: {
        const at = Math.floor(rand() * f.text.length);
        text = f.text.slice(0, at) + pick(TOKENS) + f.text.slice(at);
        break;
      }
      case 1: {
        const at = Math.floor(rand() * f.text.length);
        text = f.text.slice(0, at) + f.text.slice(at + 1);
        break;
      }
      case 2:
        text = lines.toSpliced(li, 1).join('\n');
        break;
      case 3:
        text = lines.toSpliced(li, 0, lines[li]!).join('\n');
        break;
      case 4:
        text = lines.toSpliced(li, 1, pick([' ', '  ', '   '] as const) + lines[li]!).join('\n');
        break;
      case 5:
        text = lines.toSpliced(li, 1, lines[li]!.replace(/^ {1,2}/, '')).join('\n');
        break;
      default: {
        // A value replaced by a token: `key: <token>`.
        text = lines.toSpliced(li, 1, lines[li]!.replace(/: .*$/, `: ${pick(TOKENS)}`)).join('\n');
      }
    }
    out.push({ path: f.path.replace(/\.yaml$/, `-m${n}.yaml`), text });
  }
  return out;
}

/** Every problem checkFile reports for each text, formatted as `npm run validate` prints it, keyed by path and content. */
export function reports(corpus: CorpusFile[]): Record<string, string> {
  const ctx = { currentYear: 2026, today: '2026-11-22' };
  return Object.fromEntries(
    corpus.map((f) => {
      const kind = f.path.includes('/organisations/') ? 'organisation' : 'initiative';
      const { problems } = checkFile(kind, { path: f.path, content: f.text }, ctx);
      const key = `${f.path} ${createHash('sha1').update(f.text).digest('hex').slice(0, 12)}`;
      return [key, problems.map(formatProblem).join('\n')];
    }),
  );
}

/**
 * What the reports are compared on: the invalid fixtures (with and without their header), the
 * hostile texts, and mutations of the valid fixtures (not of data/, which changes with every
 * import: these inputs stay the same).
 */
export function reportCorpus(files: CorpusFile[], hostile: CorpusFile[]): CorpusFile[] {
  const invalid = files.filter((f) => f.path.includes('/invalid/'));
  const valid = withoutHeaders(files.filter((f) => !f.path.includes('/invalid/') && !f.path.startsWith('data/')));
  const plain = files.filter((f) => !f.path.includes('/invalid/') && !f.path.startsWith('data/') && !f.text.startsWith('#'));
  return [...invalid, ...withoutHeaders(invalid), ...hostile, ...mutations([...valid, ...plain], 300, 2028)];
}
