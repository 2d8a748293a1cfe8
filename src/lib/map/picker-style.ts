import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { baseLayers, basemapSource, MAP_FONT, type Basemap } from './style';

/** Colours of the CMS's place picker (the admin page does not load the site's theme). */
export const PICKER_TOKENS = {
  water: '#dcebf7',
  land: '#f4f6f8',
  landLine: '#8a96a8',
  region: '#ffffff',
  regionLine: '#6b778a',
  placeDot: '#4a5563',
  text: '#1b1f24',
  halo: '#ffffff',
  chosen: '#b35900',
  chosenLine: '#ffffff',
};

export interface PickerStyleInput {
  backdropUrl: string;
  regionsUrl: string;
  /** The gazetteer's places (name at a point), drawn as labels by the browser: no glyph server. */
  places: GeoJSON.FeatureCollection<GeoJSON.Point, { name: string }>;
  /** The points chosen so far; `active` marks the one a click would move. */
  chosen: GeoJSON.FeatureCollection<GeoJSON.Point, { active: boolean }>;
  basemap?: Basemap;
}

/** Zoom limits of the picker: out to the whole country, in to streets' scale. */
export const PICKER_MIN_ZOOM = 5;
export const PICKER_MAX_ZOOM = 15;

/**
 * The place picker's map style as a pure function of its data: land, regions, every place of
 * the gazetteer as a dot with its name (labels that collide are left out until one zooms in),
 * and the chosen points on top. Layers bottom to top, in this one place.
 */
export function buildPickerStyle(i: PickerStyleInput, t = PICKER_TOKENS): StyleSpecification {
  const sources: StyleSpecification['sources'] = {
    backdrop: { type: 'geojson', data: i.backdropUrl },
    regions: { type: 'geojson', data: i.regionsUrl },
    places: { type: 'geojson', data: i.places },
    chosen: { type: 'geojson', data: i.chosen },
  };
  if (i.basemap) sources.basemap = basemapSource(i.basemap);
  const layers: StyleSpecification['layers'] = [
    ...baseLayers(t, !!i.basemap),
    {
      id: 'place-dots',
      type: 'circle',
      source: 'places',
      minzoom: 7,
      paint: { 'circle-radius': 2.5, 'circle-color': t.placeDot, 'circle-stroke-color': t.halo, 'circle-stroke-width': 1 },
    },
    {
      id: 'place-labels',
      type: 'symbol',
      source: 'places',
      layout: {
        'text-field': ['get', 'name'],
        'text-font': MAP_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 6, 11, 12, 14],
        'text-max-width': 9,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.6,
      },
      paint: { 'text-color': t.text, 'text-halo-color': t.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'chosen',
      type: 'circle',
      source: 'chosen',
      paint: {
        'circle-radius': ['case', ['get', 'active'], 8, 6],
        'circle-color': t.chosen,
        'circle-opacity': ['case', ['get', 'active'], 1, 0.6],
        'circle-stroke-color': t.chosenLine,
        'circle-stroke-width': 2,
      },
    },
  ];
  return { version: 8, name: 'Samenwerkingsatlas: plaatskiezer', sources, layers };
}
