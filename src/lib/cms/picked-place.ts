/**
 * What a point picked on the CMS's map is, said honestly: a click is not an address. The place
 * text carries a marker that says the point was picked on the map (readers see it, and
 * adoption carries it into an organisation's notes), and the precision follows how far the
 * contributor had zoomed in.
 */

/** Appended to a place's text when its coordinates come from a click on the map. */
export const PICKED_MARKER = '(aangewezen op de kaart)';

/** Zoom level from which a click lands within a village (about 90 m per pixel in the north). */
export const PLACE_ZOOM = 10;

const MARKED = /\s*\(aangewezen op de kaart\)\s*$/;

/** Whether a place's text says its coordinates were picked on the map. */
export const isPicked = (text: string | undefined): boolean => !!text && MARKED.test(text);

/** The place's name without the marker, as the contributor typed it. */
export const unmarked = (text: string | undefined): string => (text ?? '').replace(MARKED, '');

/** The place's text with the marker: "Pieterburen (aangewezen op de kaart)". */
export const markPicked = (name: string): string => `${unmarked(name).trim()} ${PICKED_MARKER}`;

/**
 * The precision a click at a zoom level can claim: never an address (the picker shows no
 * streets); the middle of a place once zoomed in far enough to tell villages apart, else the
 * middle of an area.
 */
export const precisionOfClick = (zoom: number): 'place' | 'area' => (zoom >= PLACE_ZOOM ? 'place' : 'area');

/** The nearest of `places` to a point (plain degrees, corrected for latitude: fine at this scale). */
export function nearestPlace<P extends { latitude: number; longitude: number }>(
  places: readonly P[],
  latitude: number,
  longitude: number,
): P | undefined {
  const k = Math.cos((latitude * Math.PI) / 180);
  let best: P | undefined;
  let bestD = Infinity;
  for (const p of places) {
    const d = ((p.longitude - longitude) * k) ** 2 + (p.latitude - latitude) ** 2;
    if (d < bestD) [best, bestD] = [p, d];
  }
  return best;
}

/**
 * The place text for a click: what the contributor typed, or else "bij" the nearest named
 * place, marked as picked on the map.
 */
export function placeOfClick(typed: string | undefined, nearest: string | undefined): string {
  const name = unmarked(typed).trim();
  return markPicked(name || (nearest ? `bij ${nearest}` : 'Punt'));
}

/** Coordinates rounded to about 10 m: more would claim a precision a click does not have. */
export const roundCoordinate = (v: number): number => Math.round(v * 1e4) / 1e4;
