import { describe, expect, it } from 'vitest';
import {
  formatGithubAnnotation,
  formatProblem,
  pointerToField,
  sortProblems,
  summariseProblems,
  type Problem,
} from '../../src/lib/problems';

const p: Problem = {
  file: 'data/initiatives/a.yaml',
  line: 3,
  column: 7,
  field: 'partners[0].organisation',
  message: "Organisatie 'x' bestaat niet.",
  hint: "Bedoelde u 'y'?",
  severity: 'error',
};

describe('problem output', () => {
  it('names file, line, column and field, then what is wrong and what would be right', () => {
    expect(formatProblem(p)).toBe(
      "data/initiatives/a.yaml:3:7  fout  partners[0].organisation: Organisatie 'x' bestaat niet.\n    → Bedoelde u 'y'?",
    );
  });

  it('writes GitHub annotations with escaped properties', () => {
    expect(formatGithubAnnotation({ ...p, message: 'a: b, c\nd' })).toBe(
      "::error file=data/initiatives/a.yaml,line=3,col=7,title=Veld partners[0].organisation::a: b, c%0Ad → Bedoelde u 'y'?",
    );
    expect(formatGithubAnnotation({ ...p, severity: 'warning', field: '' })).toMatch(/^::warning .*title=Bestand::/);
  });

  it('sorts by file, line and column', () => {
    const list = [{ ...p, line: 9 }, { ...p, file: 'a.yaml' }, p];
    expect(sortProblems(list).map((x) => `${x.file}:${x.line}`)).toEqual([
      'a.yaml:3',
      'data/initiatives/a.yaml:3',
      'data/initiatives/a.yaml:9',
    ]);
  });

  it('summarises errors and warnings', () => {
    expect(summariseProblems([p, { ...p, severity: 'warning' }], 10)).toBe(
      '10 bestanden gecontroleerd: 1 fout(en) in 1 bestand(en), 1 waarschuwing(en).',
    );
    expect(summariseProblems([], 4)).toBe('4 bestanden gecontroleerd: geen fouten.');
  });

  it('turns JSON pointers into the dotted field form', () => {
    expect(pointerToField('/partners/2/organisation')).toBe('partners[2].organisation');
    expect(pointerToField('/a~1b')).toBe('a/b');
    expect(pointerToField('')).toBe('');
  });
});
