/**
 * Where a quoted statement comes from, as a reader can follow it. Statements imported from the
 * researched source lists (reference/) name "Bronlijst van de atlas" as their source: a note the
 * researchers took from the addresses listed under the initiative's Bronnen. When the initiative
 * has exactly one such address, that address is the real source and is shown instead; otherwise
 * the reader is sent to the explanation of the source list on /over/.
 */

/** The source an importer wrote for a note from a researched source list. */
export const isSourceListTitle = (title: string | undefined): boolean => !!title && /^Bronlijst van de atlas\b/.test(title);

export interface QuoteSource {
  /** Where the link goes: the source itself, or the explanation of the source list. */
  href?: string;
  text: string;
  /** True when the text names the source list and the link explains it. */
  sourceList: boolean;
}

const shortUrl = (url: string) => url.replace(/^https?:\/\//, '');

export function quoteSource(
  source: { url?: string; title?: string },
  initiativeSources: readonly { url?: string; title?: string }[],
  sourceListHref: string,
): QuoteSource {
  if (source.url) return { href: source.url, text: source.title ?? shortUrl(source.url), sourceList: false };
  if (!isSourceListTitle(source.title)) return { text: source.title ?? '', sourceList: false };
  const addresses = initiativeSources.filter((s) => s.url && !isSourceListTitle(s.title));
  if (addresses.length === 1) {
    const only = addresses[0]!;
    return { href: only.url!, text: only.title ?? shortUrl(only.url!), sourceList: false };
  }
  return { href: sourceListHref, text: 'Bronlijst van de atlas (zie de bronnen bij het initiatief)', sourceList: true };
}
