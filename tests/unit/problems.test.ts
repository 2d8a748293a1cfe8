import { describe, expect, it } from 'vitest';
import {
  formatGithubAnnotation,
  formatProblem,
  pointerToField,
  sortProblems,
  summariseProblems,
  warningLines,
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

describe("the build's warning lines", () => {
  const w = (file: string, message: string): Problem => ({
    file,
    line: 1,
    column: 1,
    field: '',
    message,
    hint: 'Zo los je het op.',
    severity: 'warning',
  });
  const many = ['a', 'b', 'c', 'd'].map((f) => w(`data/initiatives/${f}.yaml`, 'Geen locatie.'));

  it('tells a warning of many files once, with the files, and the others one by one as validate does', () => {
    const own = w('data/initiatives/nieuw.yaml', 'Een bron zonder datum.');
    const error = { ...own, severity: 'error' as const, message: 'Fout.' };
    expect(warningLines([many[0]!, own, ...many.slice(1), error])).toEqual([
      '4 bestanden  waarschuwing  Geen locatie.\n    → Bestanden: data/initiatives/a.yaml, data/initiatives/b.yaml, data/initiatives/c.yaml, data/initiatives/d.yaml. npm run validate zegt bij elk de regel en wat te doen.',
      formatProblem(own),
    ]);
  });

  it('tells up to three files of a kind one by one; one file that says it four times is one file', () => {
    expect(warningLines(many.slice(0, 3))).toEqual(many.slice(0, 3).map((x) => formatProblem(x)));
    const same = [1, 2, 3, 4].map((line) => ({ ...many[0]!, line }));
    expect(warningLines(same)).toEqual(same.map((x) => formatProblem(x)));
    expect(warningLines([...same, ...many])).toEqual([
      '4 bestanden  waarschuwing  Geen locatie.\n    → Bestanden: data/initiatives/a.yaml, data/initiatives/b.yaml, data/initiatives/c.yaml, data/initiatives/d.yaml. npm run validate zegt bij elk de regel en wat te doen.',
    ]);
    expect(warningLines([])).toEqual([]);
  });
});

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
