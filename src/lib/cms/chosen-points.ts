/** Coordinates chosen in a place picker: a point, or `null` for a place typed without one. */
export type ChosenPoint = { latitude: number; longitude: number } | null;

/** One change to an entry's data: set a number at a path, or remove the path (`value` undefined). */
export interface PointEdit {
  path: (string | number)[];
  value?: number;
}

/**
 * The coordinate changes that place pickers ask for, applied just before saving: a Decap widget
 * can only change its own field, and a place keeps its coordinates in sibling fields (an
 * organisation's `latitude` and `longitude`; the same inside each of an initiative's
 * `new_organisations`). `chosen` answers per place text what was chosen for it in this tab:
 * a point, `null` (typed, not in the list, not picked: the coordinates go, never a previous
 * place's), or `undefined` (nothing chosen: the saved coordinates stay as they are).
 */
export function pointEdits(data: Record<string, unknown>, chosen: (place: string) => ChosenPoint | undefined): PointEdit[] {
  const edits: PointEdit[] = [];
  const at = (path: (string | number)[], place: unknown) => {
    if (typeof place !== 'string') return;
    const c = chosen(place);
    if (c === undefined) return;
    for (const k of ['latitude', 'longitude'] as const) edits.push(c ? { path: [...path, k], value: c[k] } : { path: [...path, k] });
  };
  at([], data.place);
  const proposed = Array.isArray(data.new_organisations) ? (data.new_organisations as unknown[]) : [];
  proposed.forEach((o, i) => {
    if (o && typeof o === 'object') at(['new_organisations', i], (o as Record<string, unknown>).place);
  });
  return edits;
}
