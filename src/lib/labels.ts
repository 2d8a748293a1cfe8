import { vocabulary } from './schema/schemas';

/** Dutch label of a vocabulary value, falling back to the value itself. */
export function label(vocab: string, value: string | undefined): string {
  if (!value) return '';
  return vocabulary(vocab).labels[value] ?? value;
}

/** Labels of several values, in the vocabulary's own order. */
export function labels(vocab: string, values: readonly string[] | undefined): string[] {
  if (!values?.length) return [];
  const { values: order } = vocabulary(vocab);
  return [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((v) => label(vocab, v));
}

/** Formats a euro amount the Dutch way: € 3,4 mln or € 250.000. */
export function formatEuro(amount: number): string {
  if (amount >= 1_000_000) return `€ ${(amount / 1_000_000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} mln`;
  return `€ ${amount.toLocaleString('nl-NL')}`;
}
