/**
 * The decisions of the CMS's location picker (lib/cms/location-edits.ts), without a browser:
 * what a location becomes when a place is typed or a point picked, what is saved, which
 * precisions are offered. tests/browser/place-picker.test.ts drives the widget itself.
 */
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/cms/gazetteer';
import {
  afterPick,
  afterTyping,
  findPlace,
  locationList,
  placeListed,
  plainValue,
  precisionChoices,
  withoutEmptyFields,
} from '../../src/lib/cms/location-edits';

const g: Gazetteer = {
  bounds: { west: 3, south: 50, east: 8, north: 54 } as Gazetteer['bounds'],
  width: 1,
  height: 1,
  places: [
    { name: "'s-Hertogenbosch", latitude: 51.69, longitude: 5.3 },
    { name: 'Utrecht', latitude: 52.09, longitude: 5.12, precision: 'area' },
  ],
};
const immutable = (v: unknown) => ({ toJS: () => v });

describe("Decap's value as a list", () => {
  it('reads an Immutable value and a plain one alike, each location a copy', () => {
    const plain = [{ place: 'Utrecht' }, null];
    const list = locationList(immutable(plain));
    expect(list).toEqual([{ place: 'Utrecht' }, {}]);
    list[0]!.place = 'Anders';
    expect(plain[0]).toEqual({ place: 'Utrecht' });
    expect(locationList(plain)).toEqual([{ place: 'Utrecht' }, {}]);
  });

  it('is empty for no value or a value that is no list', () => {
    expect(locationList(undefined)).toEqual([]);
    expect(locationList(null)).toEqual([]);
    expect(locationList(immutable({ place: 'Utrecht' }))).toEqual([]);
    expect(plainValue(immutable([1]))).toEqual([1]);
    expect(plainValue('x')).toBe('x');
  });

  it('saves without empty fields, so a cleared field leaves the file', () => {
    expect(withoutEmptyFields([{ place: 'Utrecht', latitude: undefined, precision: '' }, { longitude: 0 }])).toEqual([
      { place: 'Utrecht' },
      { longitude: 0 },
    ]);
  });
});

describe('the precision choices', () => {
  const fallback: [string, string][] = [
    ['', '—'],
    ['place', 'Plaats'],
  ];
  it("offers the field's configured options, after 'not chosen'", () => {
    expect(precisionChoices([{ value: 'area', label: 'Gebied' }], fallback)).toEqual([
      ['', '—'],
      ['area', 'Gebied'],
    ]);
  });
  it("offers the schema's when none are configured", () => {
    expect(precisionChoices(undefined, fallback)).toBe(fallback);
    expect(precisionChoices([], fallback)).toBe(fallback);
  });
});

describe('typing a place', () => {
  it('finds a listed place however its ’s is written, and takes its point and precision', () => {
    expect(findPlace(g, '’s-Hertogenbosch')?.name).toBe("'s-Hertogenbosch");
    expect(findPlace(undefined, 'Utrecht')).toBeUndefined();
    expect(afterTyping({}, 'Utrecht', findPlace(g, 'Utrecht'))).toEqual({
      place: 'Utrecht',
      latitude: 52.09,
      longitude: 5.12,
      precision: 'area',
    });
    expect(afterTyping({}, 's Hertogenbosch', findPlace(g, 's Hertogenbosch'))?.precision).toBe('place');
  });

  it('keeps a point picked on the map while its name is typed, marked as picked', () => {
    const picked = { place: 'bij Utrecht (aangewezen op de kaart)', latitude: 52.1, longitude: 5.2 };
    expect(afterTyping(picked, 'Campus', undefined)).toEqual({ place: 'Campus (aangewezen op de kaart)' });
    expect(afterTyping(picked, '  ', undefined)).toEqual({ place: '' });
  });

  it("gives an unlisted name no coordinates, never the previous place's", () => {
    expect(afterTyping({ place: 'Utrecht', latitude: 52.09, longitude: 5.12, precision: 'area' }, 'Nergensdorp', undefined)).toEqual({
      place: 'Nergensdorp',
      latitude: undefined,
      longitude: undefined,
      precision: undefined,
    });
  });

  it('says whether a place is listed, and does not say no before the list has loaded', () => {
    expect(placeListed(g, 'Utrecht (aangewezen op de kaart)')).toBe(true);
    expect(placeListed(g, 'Nergensdorp')).toBe(false);
    expect(placeListed(undefined, 'Nergensdorp')).toBe(true);
    expect(placeListed(g, undefined)).toBe(true);
  });
});

describe('picking a point', () => {
  it('takes the name and precision of what the address search found', () => {
    const found = { name: 'Stationsplein 1, Utrecht', latitude: 52.09, longitude: 5.11, precision: 'address' as const };
    expect(afterPick({ place: 'Oud' }, { latitude: 52.09, longitude: 5.11, zoom: 8, found }, 'Utrecht')).toEqual({
      place: 'Stationsplein 1, Utrecht',
      latitude: 52.09,
      longitude: 5.11,
      precision: 'address',
    });
  });

  it('names a click by what was typed, or else near the nearest place; its precision follows the zoom', () => {
    expect(afterPick(undefined, { latitude: 52.1, longitude: 5.2, zoom: 12 }, 'Utrecht')).toEqual({
      place: 'bij Utrecht (aangewezen op de kaart)',
      latitude: 52.1,
      longitude: 5.2,
      precision: 'place',
    });
    expect(afterPick({ place: 'Campus' }, { latitude: 52.1, longitude: 5.2, zoom: 6 }, 'Utrecht')).toEqual({
      place: 'Campus (aangewezen op de kaart)',
      latitude: 52.1,
      longitude: 5.2,
      precision: 'area',
    });
  });
});
