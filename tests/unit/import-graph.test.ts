/**
 * No import cycles in src/ and scripts/: a cycle makes the order modules run in depend on who
 * imports first (the site configuration once read its own type from the module that checks it).
 * Imports are read with TypeScript's own pre-processor, type-only imports included.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * The layers, as the README's "Mappen" names them: src/lib is pure and imports nothing from the
 * impure edge (src/io) or the Astro side; within src/lib the region code sits below the
 * validation code (validation derives regions, never the other way round).
 */
const LAYER_RULES: { from: string; mayNotImport: string[] }[] = [
  { from: 'src/lib/', mayNotImport: ['src/io/', 'src/pages/', 'src/components/', 'src/layouts/', 'src/integrations/'] },
  { from: 'src/lib/regions/', mayNotImport: ['src/lib/validate/'] },
  { from: 'src/lib/schema/', mayNotImport: ['src/lib/validate/'] },
];

/** Each import that crosses a layer the wrong way, as "from → to". */
export function layerViolations(graph: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const [file, imports] of graph) {
    const from = relative(ROOT, file).replaceAll('\\', '/');
    for (const rule of LAYER_RULES.filter((r) => from.startsWith(r.from)))
      for (const to of imports.map((i) => relative(ROOT, i).replaceAll('\\', '/')))
        if (rule.mayNotImport.some((p) => to.startsWith(p))) out.push(`${from} → ${to}`);
  }
  return out.sort();
}

describe('layers', () => {
  it('finds an import that crosses a layer (the check itself)', () => {
    const g = new Map([
      [join(ROOT, 'src/lib/regions/x.ts'), [join(ROOT, 'src/lib/validate/records.ts'), join(ROOT, 'src/lib/text/fold.ts')]],
    ]);
    expect(layerViolations(g)).toEqual(['src/lib/regions/x.ts → src/lib/validate/records.ts']);
  });

  it('src/lib imports nothing impure, and regions/ and schema/ nothing from validate/', () => {
    expect(layerViolations(importGraph(codeFiles(join(ROOT, 'src', 'lib'))))).toEqual([]);
  });

  it('the impure edge is one folder: src/ holds only the site configuration beside its folders', () => {
    const loose = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
    expect(loose).toEqual(['site.config.ts']);
  });
});
