import type { Initiative } from '../schema/types.generated';

type Funding = NonNullable<Initiative['funding']>[number];

/** Words that name a funding scheme, tried in order; the first that occurs wins. */
const SCHEMES: readonly [RegExp, Funding['scheme']][] = [
  [/\bRIF\b|regionaal investeringsfonds/i, 'rif'],
  [/groeifonds/i, 'nationaal-groeifonds'],
  [/centres? of expertise|\bOCW\b/i, 'ocw-centres-of-expertise'],
  [/\bprovincie\b|\bprovinciaal\b|\bprovinciale\b/i, 'province'],
  [/\bgemeente\b|\bgemeentelijk/i, 'municipality'],
  [/\bEU\b|europe(se|an)|\bESF\b|\bEFRO\b|\bEFRD\b|interreg|erasmus/i, 'eu'],
];

const MULTIPLIERS: Record<string, number> = { miljard: 1e9, mld: 1e9, miljoen: 1e6, mln: 1e6, m: 1e6, duizend: 1e3, k: 1e3 };

/** A Dutch number: "450.000" (dots group thousands), "1,2" (comma before decimals), "1.250.000,50". */
function dutchNumber(text: string): number | undefined {
  const t = text.replace(/\s/g, '');
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(t)) return undefined;
  return Number(t.replace(/\./g, '').replace(',', '.'));
}

const NUM = String.raw`(\d(?:[\d.,]*\d)?)`;
const UNIT = String.raw`(miljard|mld|miljoen|mln|duizend|k)`;
/** Amount patterns, most certain first: a currency sign before, a currency word after, a size word after. */
const AMOUNTS = [
  new RegExp(String.raw`(?:EUR|€)\s*${NUM}(?:\s*${UNIT}\b)?`, 'i'),
  new RegExp(String.raw`${NUM}(?:\s*${UNIT})?\s*(?:euro\b|EUR\b|€)`, 'i'),
  new RegExp(String.raw`${NUM}\s*${UNIT}\b`, 'i'),
];

/**
 * One line of the form's "Financiering" answer as a funding item, written the Dutch way:
 * "RIF, 2023, EUR 450.000" → scheme rif, year 2023, 450000 euro; "Groeifonds 2022 € 1,2 miljoen"
 * → 1200000. What cannot be read stays unread (scheme "other", no year or amount); the whole
 * line is kept as the note, so nothing the contributor wrote is lost.
 */
export function fundingFromText(line: string): Funding {
  const text = line.replace(/\s+/g, ' ').trim();
  const scheme = SCHEMES.find(([re]) => re.test(text))?.[1] ?? 'other';
  const out: Funding = { scheme };
  let rest = text;
  const m = AMOUNTS.map((re) => re.exec(text)).find(Boolean);
  if (m) {
    const unit = m[2]?.toLowerCase();
    const n = dutchNumber(m[1]!);
    if (n !== undefined) {
      const amount = Math.round(n * (unit ? (MULTIPLIERS[unit] ?? 1) : 1) * 100) / 100;
      if (amount > 0 && amount <= 1e10) out.amount_eur = amount;
    }
    rest = text.replace(m[0], ' ');
  }
  const year = /\b(19[5-9]\d|20\d\d)\b/.exec(rest)?.[1];
  if (year) out.year = Number(year);
  out.note = text.slice(0, 300);
  return out;
}
