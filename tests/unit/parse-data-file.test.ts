import { describe, expect, it } from 'vitest';
import { decodeDataFile, makeLocator, parseDataFile, PARSE_LIMITS } from '../../src/lib/yaml/parse-data-file';

describe('parseDataFile', () => {
  it('reads YAML 1.2 core: yes/no and dates stay strings, numbers are numbers', () => {
    const r = parseDataFile('a: yes\nb: 2024-01-02\nc: 5.5\nd: "007"\n', 'x.yaml');
    expect(r.problems).toEqual([]);
    expect(r.value).toEqual({ a: 'yes', b: '2024-01-02', c: 5.5, d: '007' });
  });

  it('records the line and column of keys, values and list items', () => {
    const r = parseDataFile('name: A\npartners:\n  - organisation: x\n    role: b\n', 'x.yaml');
    expect(r.positions.keys.get('/partners')).toEqual({ line: 2, column: 1 });
    expect(r.positions.keys.get('/partners/0/role')).toEqual({ line: 4, column: 5 });
    expect(r.positions.values.get('/name')).toEqual({ line: 1, column: 7 });
  });

  it('refuses a billion-laughs alias bomb quickly and without expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const started = Date.now();
    const r = parseDataFile(bomb.join('\n'), 'bomb.yaml');
    expect(r.value).toBeUndefined();
    expect(r.problems.some((p) => p.message.includes('Verwijzingen'))).toBe(true);
    // Not a timing assertion on speed: a bound that only an expansion would break.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops at excessive nesting instead of recursing', () => {
    const deep = `a: ${'['.repeat(5000)}${']'.repeat(5000)}`;
    const r = parseDataFile(deep, 'deep.yaml');
    expect(r.problems[0]!.message).toBe('Het bestand is te diep genest (meer dan 12 niveaus).');
  });

  it("gives the YAML reader's reasons in Dutch, at their line (a maintainer review found them English)", () => {
    const reasonOf = (text: string) => parseDataFile(text, 'x.yaml').problems.map((p) => [p.line, p.message]);
    expect(reasonOf('name: X\n  kind: pps\nstatus: active\n')).toEqual([
      [
        2,
        "Dit is geen geldige YAML: de inspringing van dit veld klopt niet, of de waarde bevat zelf een dubbele punt met een spatie (zet zo'n waarde tussen aanhalingstekens).",
      ],
    ]);
    // The mistakes a contributor makes by hand, each in Dutch (a newcomer review found the tab in English).
    expect(reasonOf('name: X\nkind: pps\n\tstatus: active\n')[0]![1]).toBe(
      'Dit is geen geldige YAML: er staat een tab in de inspringing (spring in met spaties).',
    );
    expect(reasonOf('name: "a\\q"\n')[0]![1]).toMatch(/een \\ tussen dubbele aanhalingstekens is geen geldige code/);
    for (const text of ['name: X\nkind: pps\n\tstatus: active\n', 'name: "a\\q"\n', 'name: [a, b\n', 'name: "open\n'])
      expect(reasonOf(text)[0]![1], text).not.toMatch(/\b(the|expected|must|characters?|within|indentation|sequence|scalar)\b/);
    expect(reasonOf('name: !!binary aGFsbG8=\n')[0]![1]).toMatch(/^Dit is geen geldige YAML: de YAML-tag \S+ is niet toegestaan/);
    // A mapping tag too, in Dutch (a hostile review saw js-yaml's English 'unknown mapping tag').
    expect(reasonOf('name: !!set\n  x: null\n')[0]![1]).toMatch(/^Dit is geen geldige YAML: de YAML-tag \S+ is niet toegestaan/);
    expect(reasonOf('name: "X"\nkind pps\nstatus: active\n')[0]![1]).not.toMatch(/[a-z] of the|expected|mapping entry/);
  });

  it('refuses every key that could reach Object.prototype, at its own line, at any depth', () => {
    const text = 'name: X\n__proto__:\n  polluted: true\npartners:\n  - constructor:\n      prototype:\n        polluted: true\n';
    const r = parseDataFile(text, 'p.yaml');
    expect(r.problems.map(({ line, field, message }) => ({ line, field, message }))).toEqual([
      { line: 2, field: '__proto__', message: "De veldnaam '__proto__' is niet toegestaan." },
      { line: 5, field: 'partners[0].constructor', message: "De veldnaam 'constructor' is niet toegestaan." },
      { line: 6, field: 'partners[0].constructor.prototype', message: "De veldnaam 'prototype' is niet toegestaan." },
    ]);
    // Even a careless copy of what was read cannot reach the prototype of every object.
    Object.assign({}, r.value, ...((r.value as { partners?: object[] } | undefined)?.partners ?? []));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A clean file of the same shape passes: the refusal is about those keys, not the nesting.
    expect(parseDataFile(text.replace('__proto__', 'proto').replace(/constructor|prototype/g, 'x'), 'p.yaml').problems).toEqual([]);
  });

  it('reports duplicate keys at the second occurrence', () => {
    const r = parseDataFile('a: 1\nb: 2\na: 3\n', 'd.yaml');
    expect(r.problems).toMatchObject([{ line: 3, column: 1, field: 'a' }]);
  });

  it('refuses files over the size limit', () => {
    const big = `a: "${'x'.repeat(PARSE_LIMITS.maxBytes)}"\n`;
    expect(parseDataFile(big, 'big.yaml').problems[0]!.message).toMatch(/te groot/);
    expect(decodeDataFile(new TextEncoder().encode(big), 'big.yaml').problems[0]!.message).toMatch(/maximum/);
  });

  it('treats whitespace or comments only as an empty file', () => {
    expect(parseDataFile('  \n', 'e.yaml').problems[0]!.message).toMatch(/leeg/);
    expect(parseDataFile('# alleen commentaar\n', 'e.yaml').problems[0]!.message).toMatch(/leeg/);
  });

  it('gives a position for syntax errors', () => {
    const r = parseDataFile('a: 1\nb: [2,\n', 's.yaml');
    expect(r.problems[0]).toMatchObject({ file: 's.yaml', severity: 'error' });
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('strips a UTF-8 byte order mark and refuses other encodings', () => {
    expect(decodeDataFile(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'b.yaml').text).toBe('a');
    expect(decodeDataFile(new Uint8Array([0x61, 0xff]), 'b.yaml').problems[0]!.message).toMatch(/UTF-8/);
  });

  it('calls a file with NUL bytes no text, also when it is not valid UTF-8 either, and decodes each file afresh', () => {
    const message = (bytes: number[]) => decodeDataFile(new Uint8Array(bytes), 'b.yaml').problems.map((p) => p.message);
    expect(message([0x61, 0x00, 0x62])).toEqual([expect.stringMatching(/NUL-bytes/)]);
    expect(message([0x00, 0x61, 0xff])).toEqual([expect.stringMatching(/NUL-bytes/)]);
    expect(message([0x61, 0xff])).toEqual([expect.stringMatching(/geen geldige UTF-8/)]);
    // A file that ends inside a character, then a whole one: nothing carries over from the first.
    expect(message([0x61, 0xc3])).toEqual([expect.stringMatching(/geen geldige UTF-8/)]);
    expect(decodeDataFile(new Uint8Array([0xa9, 0x62]), 'c.yaml').problems).toHaveLength(1);
    expect(decodeDataFile(new Uint8Array([0xc3, 0xa9]), 'c.yaml')).toEqual({ text: 'é', problems: [] });
  });
});

describe('makeLocator', () => {
  it('maps offsets to 1-based lines and columns', () => {
    const at = makeLocator('ab\ncd\n\nef');
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(4)).toEqual({ line: 2, column: 2 });
    expect(at(7)).toEqual({ line: 4, column: 1 });
  });
});
