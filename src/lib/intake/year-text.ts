/** Words that make a year approximate: "rond 2019", "ca. 2019", "omstreeks 2019". */
const APPROXIMATE = /^(?:rond|rondom|ca\.?|circa|omstreeks|ongeveer|plusminus|±|\+\/-|~)\s*(?:het\s+jaar\s+)?(\d{4})\s*\.?$/i;

/**
 * A start year as a contributor writes it: "2019" is a year; "rond 2019", "ca. 2019" or
 * "omstreeks 2019" is 2019 marked approximate, with the contributor's words kept as the note.
 * Anything else is not read (undefined).
 */
export function yearFromText(answer: string): { year: number; certainty?: 'approximate'; note?: string } | undefined {
  const t = answer.replace(/\s+/g, ' ').trim();
  if (/^\d{4}$/.test(t)) return { year: Number(t) };
  const m = APPROXIMATE.exec(t);
  return m ? { year: Number(m[1]), certainty: 'approximate', note: t.slice(0, 300) } : undefined;
}
