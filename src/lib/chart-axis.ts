/** Which of `count` axis positions get a label: about `max` of them, evenly, always the last,
 * and never one so close before the last that the two would print into each other. */
export function axisLabelIndexes(count: number, max = 8): number[] {
  if (count <= 0) return [];
  const step = Math.max(1, Math.ceil(count / max));
  const last = count - 1;
  const out: number[] = [];
  for (let n = 0; n < last; n += step) if (last - n >= step) out.push(n);
  out.push(last);
  return out;
}
