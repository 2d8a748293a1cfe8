import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';

/** Named colours the map is drawn with; read from tokens.css in the browser. */
export interface MapTokens {
  water: string;
  land: string;
  landLine: string;
  region: string;
  regionLine: string;
  text: string;
  halo: string;
  cluster: string;
  clusterText: string;
}

/** An optional external basemap (off by default: no third-party requests unless configured). */
export interface Basemap {
  tiles: string[];
  attribution: string;
  tileSize?: number;
  maxzoom?: number;
}

export interface MapStyleInput {
  tokens: MapTokens;
  /** URLs of the backdrop and region GeoJSON, served by the atlas itself. */
  backdropUrl: string;
  regionsUrl: string;
  /** Point data: a GeoJSON object (built in the browser from the compact map file). */
  points: GeoJSON.FeatureCollection;
  /** Kinds in legend order; an icon `kind-<kind>` must be added for each. */
  kinds: readonly string[];
  /** Region and place names (points with `name` and `type`: region or place). */
  labels?: GeoJSON.FeatureCollection;
  basemap?: Basemap;
}

/** Text is drawn by the browser from these system fonts: no glyph server (MapLibre >= 5.11). */
export const MAP_FONT = ['system-ui', 'sans-serif'];

/**
 * Zoom limits: at 12 a city still shows its surroundings and the region lines; beyond it,
 * without a basemap, the map would be a blank canvas with a dot. Points that share one spot
 * stay one counted cluster up to the maximum zoom (clusterMaxZoom), and the cluster then
 * opens a list of them instead of zooming in.
 */
export const MAX_ZOOM = 12;
export const MIN_ZOOM = 5;
/** The raster source of an external basemap (only when the site config names one). */
export function basemapSource(b: Basemap): StyleSpecification['sources'][string] {
  return { type: 'raster', tiles: b.tiles, tileSize: b.tileSize ?? 256, attribution: b.attribution, maxzoom: b.maxzoom ?? 19 };
}

/**
 * The layers under every map of the atlas (the public map and the CMS's place picker), bottom
 * to top: water, then the basemap or the land backdrop and region fills, then region outlines.
 * Both styles use the sources `backdrop`, `regions` and (with a basemap) `basemap`.
 */
export function baseLayers(
  t: Pick<MapTokens, 'water' | 'land' | 'landLine' | 'region' | 'regionLine'>,
  basemap: boolean,
): StyleSpecification['layers'] {
  return [
    { id: 'water', type: 'background', paint: { 'background-color': t.water } },
    ...(basemap
      ? [{ id: 'basemap', type: 'raster' as const, source: 'basemap' }]
      : [
          { id: 'backdrop-fill', type: 'fill' as const, source: 'backdrop', paint: { 'fill-color': t.land } },
          { id: 'backdrop-line', type: 'line' as const, source: 'backdrop', paint: { 'line-color': t.landLine, 'line-width': 0.8 } },
          { id: 'regions-fill', type: 'fill' as const, source: 'regions', paint: { 'fill-color': t.region } },
        ]),
    { id: 'regions-line', type: 'line', source: 'regions', paint: { 'line-color': t.regionLine, 'line-width': 1.2 } },
  ];
}

/**
 * The whole map style as a pure function of tokens and data URLs. Layers are listed
 * bottom to top, in this one place.
 */
export function buildMapStyle(i: MapStyleInput): StyleSpecification {
  const t = i.tokens;
  const sources: StyleSpecification['sources'] = {
    backdrop: { type: 'geojson', data: i.backdropUrl },
    regions: { type: 'geojson', data: i.regionsUrl },
    initiatives: { type: 'geojson', data: i.points, cluster: true, clusterRadius: 40, clusterMaxZoom: MAX_ZOOM },
    labels: { type: 'geojson', data: i.labels ?? { type: 'FeatureCollection', features: [] } },
  };
  if (i.basemap) sources.basemap = basemapSource(i.basemap);
  const layers: StyleSpecification['layers'] = [
    ...baseLayers(t, !!i.basemap),
    {
      id: 'region-labels',
      type: 'symbol',
      source: 'labels',
      maxzoom: 9,
      filter: ['==', ['get', 'type'], 'region'],
      // A region name moves aside for a cluster's count rather than print through it ("Gr5ningen").
      layout: {
        'text-field': ['get', 'name'],
        'text-font': MAP_FONT,
        'text-size': 13,
        'text-max-width': 8,
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 1.4,
      },
      paint: { 'text-color': t.text, 'text-halo-color': t.halo, 'text-halo-width': 1.5, 'text-opacity': 0.85 },
    },
    {
      id: 'place-labels',
      type: 'symbol',
      source: 'labels',
      minzoom: 7,
      filter: ['==', ['get', 'type'], 'place'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': MAP_FONT,
        'text-size': 12,
        'text-max-width': 8,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        // Far enough out to clear the largest cluster bubble on the same spot.
        'text-radial-offset': 2.2,
      },
      paint: { 'text-color': t.text, 'text-halo-color': t.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'clusters',
      type: 'circle',
      source: 'initiatives',
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': t.cluster,
        'circle-stroke-color': t.halo,
        'circle-stroke-width': 2,
        'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18, 50, 24, 250, 30],
      },
    },
    {
      id: 'cluster-count',
      type: 'symbol',
      source: 'initiatives',
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': MAP_FONT,
        'text-size': 13,
        // Always drawn, and its bubble (the count plus padding) is kept free of names.
        'text-allow-overlap': true,
        'text-ignore-placement': false,
        'text-padding': 8,
      },
      paint: { 'text-color': t.clusterText },
    },
    {
      id: 'initiatives',
      type: 'symbol',
      source: 'initiatives',
      filter: ['!', ['has', 'point_count']],
      // Markers never hide names, and names never hide markers.
      layout: {
        'icon-image': ['concat', 'kind-', ['get', 'kind']],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'icon-size': 1,
      },
    },
  ];
  return { version: 8, name: 'Samenwerkingsatlas', sources, layers };
}
