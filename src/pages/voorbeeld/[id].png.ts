import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { getSite } from '../../io/site';
import { previewSvg, PREVIEW_SIZE } from '../../lib/map/preview-image';
import { buildStaticMap } from '../../lib/map/static-map';
import { boundsOf } from '../../lib/map/projection';
import { PREVIEW_NATIONAL } from '../../lib/urls';
import { PREVIEW_COLOURS } from '../../lib/map/preview-colours';

/**
 * Link-preview images (Open Graph): one of the whole atlas and one per region of the main
 * region set, made at build time with sharp (no third party, no per-page cost: a detail page
 * uses its region's image).
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
  const png = await sharp(Buffer.from(previewSvg(model, PREVIEW_COLOURS)))
    .resize(PREVIEW_SIZE.width, PREVIEW_SIZE.height)
    // Quick settings (issue #15): zlib 9 and the finest palette search took 150-210 ms an
    // image for 31 KB; these take about 85 ms for 40 KB, read only by link-preview crawlers.
    .png({ compressionLevel: 6, palette: true, effort: 1 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
