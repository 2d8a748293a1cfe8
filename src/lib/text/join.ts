/** Items joined the Dutch way, for a sentence: "A", "A en B", "A, B en C" (no comma before "en"). */
export function joinNames(items: readonly string[], word: 'en' | 'of' = 'en'): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}
