/**
 * What the CMS's location picker (components/cms/location-widget.ts) decides, as pure functions:
 * how Decap's value reads as a list, what is saved, which precisions are offered, and what a
 * location becomes when a place is typed or a point is picked on the map. The widget only draws
 * and calls these.
 */
import { samePlace, type Gazetteer, type GazetteerPlace } from './gazetteer';
import { isPicked, markPicked, placeOfClick, precisionOfClick, unmarked } from './picked-place';
import type { FoundPlace } from './pdok';

/** One location as the picker edits it (any field may be empty while it is edited). */
export interface PickerLocation {
  place?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
  precision?: string | undefined;
}

/** A point from the map (a click, or its middle) or from the address search (with its name and precision). */
export interface PickedPoint {
  latitude: number;
  longitude: number;
  zoom: number;
  found?: FoundPlace;
}

/** Decap's value as plain data: an Immutable value is turned into JS, anything else is kept. */
export function plainValue(value: unknown): unknown {
  return value && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS: () => unknown }).toJS() : value;
}

/** The locations of Decap's value, each a fresh copy (a missing entry becomes an empty location). */
export function locationList(value: unknown): PickerLocation[] {
  const plain = plainValue(value) ?? [];
  return Array.isArray(plain) ? (plain as (PickerLocation | null)[]).map((l) => ({ ...(l ?? {}) })) : [];
}

/** The list as it is saved: without empty fields, so a cleared field leaves the YAML. */
export function withoutEmptyFields(list: readonly PickerLocation[]): Record<string, unknown>[] {
  return list.map((l) => Object.fromEntries(Object.entries(l).filter(([, x]) => x !== '' && x !== undefined)));
}

/** The precision choices: the field's configured options (a fork's labels) if any, else `fallback`; "not chosen" first. */
export function precisionChoices(
  configured: readonly { label: string; value: string }[] | undefined,
  fallback: [string, string][],
): [string, string][] {
  return configured?.length ? [['', '—'], ...configured.map((o): [string, string] => [o.value, o.label])] : fallback;
}

/** Is a location's place one of the gazetteer's (or can that not be said yet)? */
export function placeListed(g: Gazetteer | undefined, place: string | undefined): boolean {
  return !g || !place || g.places.some((p) => samePlace(p.name, unmarked(place)));
}

/** The gazetteer's place of a typed name (’s-Hertogenbosch, 's-hertogenbosch and s Hertogenbosch are one place). */
export function findPlace(g: Gazetteer | undefined, name: string): GazetteerPlace | undefined {
  return g?.places.find((p) => samePlace(p.name, name));
}

/** What changes in a location when its place is typed: `now` is the location before, `hit` the place found. */
export function afterTyping(now: PickerLocation, name: string, hit: GazetteerPlace | undefined): PickerLocation {
  if (hit) return { place: name, latitude: hit.latitude, longitude: hit.longitude, precision: hit.precision ?? 'place' };
  // A point picked on the map stays while its name is typed or corrected; it stays marked as picked.
  if (isPicked(now.place) && typeof now.latitude === 'number') return { place: name.trim() ? markPicked(name) : '' };
  // A name not in the list has no coordinates until it is picked on the map: never the previous place's.
  return { place: name, latitude: undefined, longitude: undefined, precision: undefined };
}

/** A location once a point is picked: `current` is the location it replaces, `near` the nearest listed place. */
export function afterPick(current: PickerLocation | undefined, p: PickedPoint, near: string | undefined): PickerLocation {
  return p.found
    ? // Found by PDOK's search: its own name, and the precision of what was found (an address, a postcode, a town).
      { ...current, place: p.found.name, latitude: p.latitude, longitude: p.longitude, precision: p.found.precision }
    : {
        ...current,
        place: placeOfClick(current?.place, near),
        latitude: p.latitude,
        longitude: p.longitude,
        // A click is not an address: how precise it is follows how far the map was zoomed in.
        precision: precisionOfClick(p.zoom),
      };
}
