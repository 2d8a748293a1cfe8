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

  it('finds phone numbers and e-mail addresses however they are written (a maintainer review)', async () => {
    const { personalDataIn } = await import('../../src/lib/validate/personal-data');
    for (const phone of [
      '06 - 1234 5678',
      '06.12.34.56.78',
      '(020) 123 45 67',
      '085 - 123 45 67',
      'bel 010-1234567 op werkdagen',
      '+32 470 12 34 56',
      '+31 (0)6 12345678',
      '0031 6 12345678',
      'https://wa.me/31612345678',
      'tel:+31612345678',
    ])
      expect(personalDataIn(phone), phone).toBe('een telefoonnummer');
    for (const mail of ['jan(at)voorbeeld.nl', 'jan [at] voorbeeld.nl', 'jan\uFF20voorbeeld.nl'])
      expect(personalDataIn(mail), mail).toBe('een e-mailadres');
    // Not contact details: amounts, years, periods, postcodes, coordinates, KvK numbers, addresses.
    for (const text of [
      '1.400.000 euro in 2019',
      'Van 2019-2023 en 2024-2027.',
      '1200 studenten, 45 docenten, 30 bedrijven',
      'KvK 12345678',
      'Postbus 1234, 3500 AB Utrecht',
      '52.0167, 4.7083',
      'https://www.voorbeeld.nl/nieuws/2021/06/0123456789-bericht',
      'Regeling 2020/2021: 0,5 miljoen per jaar',
      'Dat kost (at) most niets',
      // A code review found these refused as phone numbers: dates and amounts in ranges, an ISBN, an IBAN.
      'Looptijd 01-01-2020 - 31-12-2024.',
      'Periode 2021-01-01 - 2024-12-31',
      '2021-01-01/2024-12-31',
      'Budget € 1.000.000 - 2.000.000',
      '1.000.000-1.500.000',
      '2.000.000/3.000.000',
      'ISBN 0-306-40615-2',
      'NL91 ABNA 0417 1643 00',
      'Van 1-9-2019 tot 31-8-2023 (vier jaar)',
    ])
      expect(personalDataIn(text), text).toBeUndefined();
  });

  it('finds them written with characters that only look alike (a hostile review)', async () => {
    const { personalDataIn } = await import('../../src/lib/validate/personal-data');
    for (const phone of [
      '06\u201112345678', // non-breaking hyphen
      '06\u201312345678', // en dash
      '\uFF10\uFF16\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18', // full-width digits
      '\u0660\u0666\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668', // Arabic-Indic digits
      '\u0966\u096C\u0967\u0968\u0969\u096A\u096B\u096C\u096D\u096E', // Devanagari digits
      '06_12_34_56_78',
      '06\u00AD12345678', // a soft hyphen between the digits
      '\u1090\u1096\u1091\u1092\u1093\u1094\u1095\u1096\u1097\u1098', // Myanmar Shan digits
      // Myanmar Pwo Karen digits: a run of ten that touches another (a code review).
      '\u{116DA}\u{116E0}\u{116DB}\u{116DC}\u{116DD}\u{116DE}\u{116DF}\u{116E0}\u{116E1}\u{116E2}',
    ])
      expect(personalDataIn(phone), JSON.stringify(phone)).toBe('een telefoonnummer');
    for (const mail of [
      'jan.jansen@school\u00AD.nl', // soft hyphen: shows as an ordinary address
      'jan.jansen@school\u2024nl', // one dot leader
      'jan.jansen@school\uFF0Enl', // full-width full stop
      'jan.jansen@school .nl',
      'mail jan.jansen@school. nl',
      'jan\u200B.jansen@school.nl', // a zero-width space in the name
    ])
      expect(personalDataIn(mail), JSON.stringify(mail)).toBe('een e-mailadres');
    // Dutch text with dashes, accents and other scripts stays free of findings.
    for (const text of [
      'Looptijd 2019\u20132023 (vier jaar)',
      'Coöperatie Noord\u2011Holland, € 1.000.000 – 2.000.000',
      'Zie hoofdstuk 3. Daarna volgt 4.',
      'Twitter: @atlas. Nieuws volgt',
      // A name with an '@' ends a sentence (a code review found these refused once spaced dots were joined).
      'Het project heet Tech@doptie. Het loopt in Nijmegen.',
      'Leren@Werk. dit programma loopt door',
      'Zorg@Thuis . Daarna volgt meer',
    ])
      expect(personalDataIn(text), text).toBeUndefined();
  });

  it('finds nothing in a file without contact details', () => {
    expect(where('name: Voorbeeld\nwebsite: https://voorbeeld.nl/contact\nfigures:\n  - 1200 studenten\n')).toEqual([]);
  });
});
