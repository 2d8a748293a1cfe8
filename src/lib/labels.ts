import { vocabulary, type VocabularyName } from './schema/schemas';

/** Dutch label of a vocabulary value, falling back to the value itself. */
export function label(vocab: VocabularyName, value: string | undefined): string {
  if (!value) return '';
  return vocabulary(vocab).labels[value] ?? value;
}

/** Labels of several values, in the vocabulary's own order. */
export function labels(vocab: VocabularyName, values: readonly string[] | undefined): string[] {
  if (!values?.length) return [];
  const { values: order } = vocabulary(vocab);
  return [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((v) => label(vocab, v));
}

/** Formats a euro amount the Dutch way: € 3,4 mln or € 250.000. */
// Made once: toLocaleString builds a new formatter on every call (issue #15).
const MILLIONS = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat('nl-NL');

export function formatEuro(amount: number): string {
  if (amount >= 1_000_000) return `€ ${MILLIONS.format(amount / 1_000_000)} mln`;
  return `€ ${WHOLE.format(amount)}`;
}

/**
 * The values of a vocabulary that occur in `used`, in the vocabulary's order, with their
 * labels: a filter offers only choices that can find something.
 */
export function presentValues(vocab: VocabularyName, used: Iterable<string>): { value: string; label: string }[] {
  const present = new Set(used);
  return vocabulary(vocab)
    .values.filter((v) => present.has(v))
    .map((value) => ({ value, label: label(vocab, value) }));
}
