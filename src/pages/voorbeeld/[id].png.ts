import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../io/site';
import { previewPng } from '../../io/preview-png';
import { previewSvg, PREVIEW_SIZE } from '../../lib/map/preview-image';
import { buildStaticMap } from '../../lib/map/static-map';
import { boundsOf } from '../../lib/map/projection';
import { PREVIEW_NATIONAL } from '../../lib/urls';
import { PREVIEW_COLOURS } from '../../lib/map/preview-colours';

/**
 * Link-preview images (Open Graph): one of the whole atlas and one per region of the main
 * region set, made at build time with sharp (no third party, no per-page cost: a detail page
 * uses its region's image), kept by content between builds (src/io/preview-png.ts).
 */
export const getStaticPaths = (async () => {
  const { primary } = await getSite();
  return [{ params: { id: PREVIEW_NATIONAL } }, ...primary.regions.map((r) => ({ params: { id: r.id } }))];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const { dataset: d, primary: set } = site;
  const region = set.regions.find((r) => r.id === params.id);
  const model = buildStaticMap({
    bounds: region ? boundsOf([region.geometry], 0.15) : site.map.bounds,
    width: 600,
    // A picture for link previews: no targets to keep apart.
    narrowestPx: Infinity,
    regionSet: set,
    backdrops: d.backdrops.map((b) => b.collection),
    initiatives: region ? (site.byRegion.get(region.id) ?? []) : d.initiatives,
    aggregateAbove: site.map.aggregateAbove,
    ...(region ? { highlightRegion: region.id } : {}),
    hrefOfInitiative: site.links.initiative,
    hrefOfRegion: site.links.region,
  });
  const png = await previewPng(previewSvg(model, PREVIEW_COLOURS), PREVIEW_SIZE);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
