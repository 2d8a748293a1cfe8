/**
 * The CMS place picker's map (MapLibre): every place of the gazetteer with its name, zoom and
 * pan with mouse, touch or keyboard, a click picks a point. MapLibre is not bundled into the
 * CMS script: its own prebuilt module and worker are imported at run time from our host, as
 * the public map does (interactive-map.ts); only its types are imported here.
 */
import type * as MapLibre from 'maplibre-gl';
import type { GeoJSONSource } from 'maplibre-gl';
import { buildPickerStyle, PICKER_MAX_ZOOM, PICKER_MIN_ZOOM } from '../../lib/map/picker-style';
import type { Basemap } from '../../lib/map/style';

/** What the picker map needs from the page. */
export interface PickerMapOptions {
  libraryUrl: string;
  workerUrl: string;
  stylesheetUrl: string;
  backdropUrl: string;
  regionsUrl: string;
  /** [west, south, east, north] of the whole country. */
  bounds: [number, number, number, number];
  places: readonly { name: string; latitude: number; longitude: number }[];
  basemap?: Basemap;
  /** A click (or the keyboard's "use the middle of the map"): the point and the zoom level it was picked at. */
  onPick: (p: { latitude: number; longitude: number; zoom: number }) => void;
}

export interface PickerPoint {
  latitude?: number | undefined;
  longitude?: number | undefined;
}

export interface PickerMap {
  /** Shows the chosen points; moves the map to the active one when it changed other than by a click. */
  show(points: readonly PickerPoint[], active: number): void;
  /** Picks the point in the middle of the map (for keyboard users). */
  pickCentre(): void;
  remove(): void;
}

let library: Promise<typeof MapLibre> | undefined;
function loadMapLibre(libraryUrl: string, workerUrl: string): Promise<typeof MapLibre> {
  library ??= (import(/* @vite-ignore */ libraryUrl) as Promise<typeof MapLibre>).then((lib) => {
    lib.setWorkerUrl(workerUrl);
    return lib;
  });
  return library;
}

function loadStylesheet(href: string): void {
  if (document.querySelector(`link[href="${href}"]`)) return;
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
}

const hasPoint = (p: PickerPoint | undefined): p is { latitude: number; longitude: number } =>
  typeof p?.latitude === 'number' && typeof p.longitude === 'number';

export async function createPickerMap(container: HTMLElement, o: PickerMapOptions): Promise<PickerMap> {
  loadStylesheet(o.stylesheetUrl);
  const { Map: MapLibreMap, NavigationControl, AttributionControl } = await loadMapLibre(o.libraryUrl, o.workerUrl);
  const places: GeoJSON.FeatureCollection<GeoJSON.Point, { name: string }> = {
    type: 'FeatureCollection',
    features: o.places.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.longitude, p.latitude] },
      properties: { name: p.name },
    })),
  };
  const chosenData = (points: readonly PickerPoint[], active: number): GeoJSON.FeatureCollection<GeoJSON.Point, { active: boolean }> => ({
    type: 'FeatureCollection',
    features: points.flatMap((p, i) =>
      hasPoint(p)
        ? [
            {
              type: 'Feature' as const,
              geometry: { type: 'Point' as const, coordinates: [p.longitude, p.latitude] },
              properties: { active: i === active },
            },
          ]
        : [],
    ),
  });
  const map = new MapLibreMap({
    container,
    style: buildPickerStyle({
      backdropUrl: o.backdropUrl,
      regionsUrl: o.regionsUrl,
      places,
      chosen: chosenData([], 0),
      ...(o.basemap ? { basemap: o.basemap } : {}),
    }),
    bounds: o.bounds,
    fitBoundsOptions: { padding: 10 },
    attributionControl: false,
    minZoom: PICKER_MIN_ZOOM,
    maxZoom: PICKER_MAX_ZOOM,
    fadeDuration: 0,
    dragRotate: false,
    pitchWithRotate: false,
    cooperativeGestures: matchMedia('(pointer: coarse)').matches,
    maxBounds: [o.bounds[0] - 2, o.bounds[1] - 1, o.bounds[2] + 2, o.bounds[3] + 1],
    locale: {
      'Map.Title': 'Kaart met plaatsnamen: zoom in en klik waar het is',
      'NavigationControl.ZoomIn': 'Inzoomen',
      'NavigationControl.ZoomOut': 'Uitzoomen',
      'AttributionControl.ToggleAttribution': 'Bronvermelding tonen of verbergen',
      'CooperativeGesturesHandler.WindowsHelpText': 'Gebruik Ctrl + scrollen om te zoomen',
      'CooperativeGesturesHandler.MacHelpText': 'Gebruik ⌘ + scrollen om te zoomen',
      'CooperativeGesturesHandler.MobileHelpText': 'Gebruik twee vingers om de kaart te verplaatsen',
    },
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  if (o.basemap) map.addControl(new AttributionControl({ compact: true }));
  // For the browser tests (they read what MapLibre drew): not an API.
  Object.defineProperty(container, 'atlasMap', { value: map, configurable: true });

  let loaded = false;
  let pending: { points: readonly PickerPoint[]; active: number } | undefined;
  /** The point last picked here: the map does not jump to a point the contributor just clicked. */
  let picked: string | undefined;
  let shownActive: string | undefined;
  const key = (p: { latitude: number; longitude: number }) => `${p.latitude},${p.longitude}`;
  const pick = (latitude: number, longitude: number) => {
    const zoom = map.getZoom();
    const p = { latitude: Math.round(latitude * 1e4) / 1e4, longitude: Math.round(longitude * 1e4) / 1e4 };
    picked = key(p);
    o.onPick({ ...p, zoom });
  };
  map.on('click', (e) => pick(e.lngLat.lat, e.lngLat.lng));

  const apply = (points: readonly PickerPoint[], active: number) => {
    (map.getSource('chosen') as GeoJSONSource).setData(chosenData(points, active));
    const a = points[active];
    const now = hasPoint(a) ? key(a) : undefined;
    if (now && now !== shownActive && now !== picked)
      map.jumpTo({ center: [a!.longitude!, a!.latitude!], zoom: Math.max(map.getZoom(), 11) });
    shownActive = now;
  };
  map.once('load', () => {
    loaded = true;
    container.dataset.ready = '';
    if (pending) apply(pending.points, pending.active);
  });
  return {
    show(points, active) {
      if (loaded) apply(points, active);
      else pending = { points, active };
    },
    pickCentre() {
      const c = map.getCenter();
      pick(c.lat, c.lng);
    },
    remove() {
      map.remove();
    },
  };
}
