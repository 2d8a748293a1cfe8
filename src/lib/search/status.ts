/** The search page's status line, true to what the list below it shows. */
export function searchStatus(total: number, shown: number): string {
  if (total === 0) return 'Niets gevonden. Probeer een ander woord of minder filters.';
  const found = `${total} ${total === 1 ? 'resultaat' : 'resultaten'}`;
  if (shown >= total) return `${found}.`;
  return `${found}; de eerste ${shown} staan hieronder.`;
}
