import { pointerToField, type Problem } from '../problems';
import { positionOf, type PositionIndex } from '../yaml/parse-data-file';

// Names of people cannot be told from names of things by a pattern; review catches those.
// E-mail addresses and phone numbers can, so they never reach a published file.
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE = /(?:\+31|0031|\b0)[\s-]?(?:\(0\)[\s-]?)?[1-9](?:[\s-]?\d){8}\b/;

/** Finds e-mail addresses and phone numbers anywhere in a file's values. */
export function findPersonalData(value: unknown, file: string, positions: PositionIndex, pointer = ''): Problem[] {
  if (typeof value === 'string') {
    // Cheap pre-checks first: the patterns are costly on long text without '@' or digits.
    const kind = value.includes('@') && EMAIL.test(value) ? 'een e-mailadres'
      : /\d{3}/.test(value.replace(/[\s-]/g, '')) && PHONE.test(value) && !/^https?:\/\//.test(value) ? 'een telefoonnummer' : undefined;
    if (!kind) return [];
    return [{
      file, ...positionOf(positions, pointer, 'value'), field: pointerToField(pointer), severity: 'error',
      message: `Deze tekst bevat ${kind}. De atlas is openbaar en bevat geen contactgegevens van personen.`,
      hint: 'Verwijs naar de openbare contactpagina van de organisatie (veld contact_page) in plaats daarvan.',
    }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => findPersonalData(v, file, positions, `${pointer}/${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => findPersonalData(v, file, positions, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  }
  return [];
}
