import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../src/lib/validate/personal-data';
import { parseDataFile } from '../../src/lib/yaml/parse-data-file';

/** Where each problem points: line, column and the field as an editor reads it. */
const where = (text: string) => {
  const parsed = parseDataFile(text, 'data/initiatives/x.yaml');
  return findPersonalData(parsed.value, 'data/initiatives/x.yaml', parsed.positions).map((p) => [
    p.line,
    p.column,
    p.field,
    p.message.slice(0, 40),
  ]);
};

describe('findPersonalData', () => {
  it('names each nested value that holds contact details, in the order of the file', () => {
    const text = [
      'name: Voorbeeld',
      'partners:',
      '  - organisation: roc-a',
      '  - organisation: roc-b',
      '    note: bel 06-12345678 voor een afspraak',
      'notes: mail naar iemand@voorbeeld.nl',
      'a/b~c: tweede@voorbeeld.nl',
      'sources:',
      '  - - 010 123 45 67',
      '',
    ].join('\n');
    expect(where(text)).toEqual([
      [5, 11, 'partners[1].note', 'Deze tekst bevat een telefoonnummer. De '],
      [6, 8, 'notes', 'Deze tekst bevat een e-mailadres. De atl'],
      [7, 8, 'a/b~c', 'Deze tekst bevat een e-mailadres. De atl'],
      [9, 7, 'sources[0][0]', 'Deze tekst bevat een telefoonnummer. De '],
    ]);
  });

  it('finds nothing in a file without contact details', () => {
    expect(where('name: Voorbeeld\nwebsite: https://voorbeeld.nl/contact\nfigures:\n  - 1200 studenten\n')).toEqual([]);
  });
});
