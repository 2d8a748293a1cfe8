/**
 * The first sentence of a summary, for cards: up to the first full stop, question or
 * exclamation mark followed by a space, or cut at a word boundary near `max` characters.
 */
export function firstSentence(text: string, max = 180): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s+[A-Z0-9À-ÖØ-Þ"“‘(])/u.exec(flat);
  const sentence = end && end.index < max ? flat.slice(0, end.index + 1) : flat;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max).replace(/\s+\S*$/, '');
  return `${cut}…`;
}
