import type { APIRoute } from 'astro';
import { getSite } from '../../io/site';
import { buildGazetteer } from '../../lib/cms/gazetteer';
import { loadPlaces, PLACES_CREDIT } from '../../io/places';
import { siteConfig } from '../../site.config';

/** Places (the atlas's own and GeoNames') and region outlines for the CMS's location picker. */
export const GET: APIRoute = async () => {
  const { dataset: d } = await getSite();
  const g = buildGazetteer(d, d.regionSets[0]!, siteConfig.map.bounds, 480, await loadPlaces(), PLACES_CREDIT);
  // Where an atlas point came from matters to adoption, not to the picker: it stays here.
  return new Response(JSON.stringify({ ...g, places: g.places.map(({ from: _from, ...p }) => p) }));
};
