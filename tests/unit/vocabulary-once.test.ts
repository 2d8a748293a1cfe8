/**
 * Every vocabulary word exists once, in schemas/: a label typed again in src/ would not follow
 * a fork's relabelling (site.config.ts vocabularyLabels) nor a change to the schema.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import vocabularies from '../../schemas/vocabularies.schema.json';
import { filesBelow, ROOT } from '../helpers/fixtures';

type Def = {
  'x-enum-labels'?: Record<string, string>;
  'x-enum-short-labels'?: Record<string, string>;
  'x-enum-inverse-labels'?: Record<string, string>;
};

/** Every word a vocabulary defines, with where it is defined. */
/**
 * Ordinary words that are also a vocabulary label and appear in code as field titles or in
 * messages about counts ("minstens 20 tekens"), not as a vocabulary's wording.
 */
const ORDINARY_WORDS = new Set(['Partner', 'Partners', 'Penvoerder', 'Provincie', 'Water', 'minstens', 'Minstens', 'ongeveer', 'Ongeveer']);

function vocabularyWords(): Map<string, string> {
  const words = new Map<string, string>();
  for (const [name, def] of Object.entries((vocabularies as { $defs: Record<string, Def> }).$defs)) {
    for (const key of ['x-enum-labels', 'x-enum-short-labels', 'x-enum-inverse-labels'] as const) {
      // A label equal to its code ('vmbo') is the code: code may name codes.
      for (const [value, word] of Object.entries(def[key] ?? {}))
        if (word.length >= 4 && word !== value && !ORDINARY_WORDS.has(word)) words.set(word, `${name}.${value} (${key})`);
    }
  }
  return words;
}

/** Source files, not generated ones or type declarations. */
const sourceFiles = (dir: string) =>
  filesBelow(dir, /\.(ts|astro|mjs)$/).filter((f) => !f.endsWith('.generated.ts') && !f.endsWith('.d.ts'));

describe('vocabulary words live in the schema only', () => {
  it('no label, short label or inverse label is a string literal in src/', () => {
    const words = vocabularyWords();
    expect(words.size).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      // Comments may name a label as an example; code may not.
      const text = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '')
        .replace(/\s\/\/ .*$/gm, '');
      for (const [word, where] of words) {
        const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        // As a literal: in quotes, or as the whole text of an element.
        if (new RegExp(`(['"\`])${escaped}\\1|>\\s*${escaped}\\s*<`).test(text))
          found.push(`${relative(ROOT, file)}: '${word}' is ${where}`);
      }
    }
    expect(found).toEqual([]);
  });
});
