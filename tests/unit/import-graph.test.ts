/**
 * No import cycles in src/ and scripts/: a cycle makes the order modules run in depend on who
 * imports first (the site configuration once read its own type from the module that checks it).
 * Imports are read with TypeScript's own pre-processor, type-only imports included.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { findCycles } from '../../src/lib/graph';
import { filesBelow, ROOT } from '../helpers/fixtures';

const CODE = /\.(ts|mts|mjs)$/;

/** Code files, not type declarations. */
const codeFiles = (dir: string) => filesBelow(dir, CODE).filter((f) => !f.endsWith('.d.ts'));

/** A relative import as the bundler resolves it: the file, the file with .ts, or its index.ts. */
function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  return [base, `${base}.ts`, base.replace(/\.js$/, '.ts'), join(base, 'index.ts')].find((p) => CODE.test(p) && existsSync(p));
}

/** Module -> the modules it imports (relative imports only: packages cannot import us back). */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  return new Map(
    files.map((f) => [
      f,
      ts
        .preProcessFile(readFileSync(f, 'utf8'), true, true)
        .importedFiles.map((i) => i.fileName)
        .filter((s) => s.startsWith('.'))
        .map((s) => resolveImport(f, s))
        .filter((p): p is string => !!p),
    ]),
  );
}

describe('imports', () => {
  it('finds a cycle when there is one (the detector itself)', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(g)).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('src/, scripts/ and astro.config.mjs import no module that imports them back', () => {
    const files = [...codeFiles(join(ROOT, 'src')), ...codeFiles(join(ROOT, 'scripts')), join(ROOT, 'astro.config.mjs')];
    const graph = importGraph(files);
    // The graph is real: the configuration's check is reached from the configuration.
    expect(graph.get(join(ROOT, 'src', 'site.config.ts'))).toContain(join(ROOT, 'src', 'lib', 'site-config-check.ts'));
    const cycles = findCycles(graph).map((c) => c.map((f) => relative(ROOT, f)).join(' → '));
    expect(cycles).toEqual([]);
  });
});
