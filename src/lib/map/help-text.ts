/** What the map tells the reader once it is interactive, in words that fit how they use it. */

/**
 * The status line after the interactive map has loaded. On a touch screen (a coarse pointer)
 * it speaks of fingers, not of arrow keys a phone does not have; the keyboard line stays for
 * every other screen.
 */
export function interactiveMapHelp(touch: boolean): string {
  const how = touch
    ? 'Schuif de kaart met twee vingers en knijp om te zoomen.'
    : 'Gebruik de pijltjestoetsen om te schuiven en plus en min om te zoomen.';
  return `De interactieve kaart is geladen. ${how} De lijst bevat alles wat op de kaart staat.`;
}
