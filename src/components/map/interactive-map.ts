/**
 * The only module that uses maplibre-gl. Loaded on demand by <atlas-map>.
 * Draws a self-contained style (no tiles, no glyph server) from the atlas's own GeoJSON.
 *
 * MapLibre itself is not bundled: its own prebuilt module, worker and stylesheet are served
 * from our host (src/integrations/map-library.ts) and imported here at run time from the URLs
 * the page gives (`data-library-url` and friends). Vite re-minified the 1.1 MB library on
 * every build before (issue #15); only its types are imported at build time.
 */
import type * as MapLibre from 'maplibre-gl';
import type { GeoJSONSource, MapGeoJSONFeature } from 'maplibre-gl';
import type { MapData } from '../../lib/explore/build-index';
import { KIND_SHAPES, DEFAULT_SHAPE } from '../../lib/map/kind-shapes';
import { buildMapStyle, MAX_ZOOM, MIN_ZOOM, type Basemap, type MapTokens } from '../../lib/map/style';
import type { ExploreIndex } from '../../lib/explore/filter';
import { counted } from '../../lib/text/counts';

/** MapLibre's own ES module, from our host; the worker is set before any map is made. */
async function loadMapLibre(libraryUrl: string, workerUrl: string): Promise<typeof MapLibre> {
  const lib = (await import(/* @vite-ignore */ libraryUrl)) as typeof MapLibre;
  lib.setWorkerUrl(workerUrl);
  return lib;
}

export interface InteractiveMap {
  filter(ids: Set<string> | null): void;
  focus(): void;
}

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

function tokens(): MapTokens {
  return {
    water: css('--atlas-color-water'),
    land: css('--atlas-color-land'),
    landLine: css('--atlas-color-province-line'),
    region: css('--atlas-color-province'),
    regionLine: css('--atlas-color-province-line'),
    text: css('--atlas-color-text'),
    halo: css('--atlas-color-bg'),
    cluster: css('--atlas-color-accent'),
    clusterText: css('--atlas-color-accent-text'),
  };
}

/** Draws a kind's shape in its colour, with a halo, as a map icon (no sprite file needed). */
function kindIcon(kind: string, ratio: number): ImageData {
  const size = Math.round(22 * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(size / 22, size / 22);
  ctx.translate(1, 1);
  const path = new Path2D(KIND_SHAPES[kind] ?? DEFAULT_SHAPE);
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = css('--atlas-color-bg') || '#fff';
  ctx.stroke(path);
  ctx.fillStyle = css(`--atlas-color-kind-${kind}`) || '#0b5394';
  ctx.fill(path);
  return ctx.getImageData(0, 0, size, size);
}

function toGeoJson(data: MapData, ids: Set<string> | null): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const features: GeoJSON.Feature<GeoJSON.Point>[] = [];
  for (let n = 0; n < data.points.length; n += 4) {
    const id = data.ids[data.points[n + 3]!]!;
    if (ids && !ids.has(id)) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [data.points[n]!, data.points[n + 1]!] },
      properties: { id, kind: data.kinds[data.points[n + 2]!] },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Reads the summary of an initiative from its own page (no extra data file per initiative). */
async function summaryOf(href: string): Promise<{ name: string; summary: string }> {
  const html = await (await fetch(href)).text();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return {
    name: doc.querySelector('h1')?.textContent?.trim() ?? '',
    summary: doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
  };
}

function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`stylesheet ${href} failed to load`));
    document.head.append(link);
  });
}

/** Region and place names as GeoJSON points for the map's label layers. */
function labelFeatures(data: MapData): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: data.labels.map((l) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [l.lon, l.lat] },
      properties: { name: l.name, type: l.type },
    })),
  };
}

/** MapLibre's own words in Dutch: the map's title, its buttons and the gesture hints. */
const LOCALE = {
  'Map.Title': 'Interactieve kaart van de initiatieven',
  'NavigationControl.ZoomIn': 'Inzoomen',
  'NavigationControl.ZoomOut': 'Uitzoomen',
  'NavigationControl.ResetBearing': 'Noorden boven',
  'Popup.Close': 'Sluiten',
  'AttributionControl.ToggleAttribution': 'Bronvermelding tonen of verbergen',
  'CooperativeGesturesHandler.WindowsHelpText': 'Gebruik Ctrl + scrollen om te zoomen',
  'CooperativeGesturesHandler.MacHelpText': 'Gebruik ⌘ + scrollen om te zoomen',
  'CooperativeGesturesHandler.MobileHelpText': 'Gebruik twee vingers om de kaart te verplaatsen',
};

/**
 * How the map moves and what it allows: the atlas's view with a margin to pan into, the zoom
 * limits of the style, two-finger gestures on touch screens and no fades for readers who ask
 * for less motion.
 */
function mapOptions(
  container: HTMLElement,
  style: MapLibre.StyleSpecification,
  bounds: [number, number, number, number],
  reduceMotion: boolean,
): MapLibre.MapOptions {
  return {
    container,
    style,
    bounds,
    fitBoundsOptions: { padding: 10 },
    attributionControl: false,
    maxZoom: MAX_ZOOM,
    minZoom: MIN_ZOOM,
    cooperativeGestures: matchMedia('(pointer: coarse)').matches,
    fadeDuration: reduceMotion ? 0 : 300,
    maxBounds: [bounds[0] - 3, bounds[1] - 2, bounds[2] + 3, bounds[3] + 2],
    locale: LOCALE,
  };
}

/** The popups of one map: one open at a time, closed when a filter removes all it shows. */
interface Popups {
  /** Several initiatives at one spot: one popup lists them all, each a link. */
  showList(at: [number, number], ids: string[]): Promise<void>;
  /** One initiative: its name as a link and its summary, read from its own page. */
  showOne(at: [number, number], id: string): Promise<void>;
  /** Closes the open popup when none of its initiatives is among `ids` (null: all shown). */
  keepOnly(ids: Set<string> | null): void;
}

function popups(map: MapLibre.Map, Popup: typeof MapLibre.Popup, options: DOMStringMap): Popups {
  let open: { popup: MapLibre.Popup; ids: string[] } | undefined;
  const show = (at: [number, number], ids: string[], box: HTMLElement) => {
    open?.popup.remove();
    const popup = new Popup({ closeButton: true, maxWidth: '300px', className: 'atlas-popup' }).setLngLat(at).setDOMContent(box).addTo(map);
    open = { popup, ids };
    // Escape closes it, and focus that was in it goes back to the map, not to the page's start.
    popup.getElement().addEventListener('keydown', (e) => {
      if (e.key === 'Escape') popup.remove();
    });
    popup.on('close', () => {
      if (open?.popup === popup) open = undefined;
      if (document.activeElement === document.body || !document.activeElement) map.getCanvas().focus();
    });
    return popup;
  };
  let names: Promise<Map<string, string>> | undefined;
  const nameOf = () =>
    (names ??= fetch(options.indexUrl!)
      .then((r) => r.json() as Promise<ExploreIndex>)
      .then((x) => new Map(x.items.map((i) => [i.i, i.n]))));
  const hrefOf = (id: string) => `${options.initiativeBase}${id}/`;

  return {
    async showList(at, ids) {
      const box = document.createElement('div');
      box.className = 'map-popup';
      const title = document.createElement('h3');
      title.textContent = `${counted(ids.length)} op deze plek`;
      const list = document.createElement('ul');
      const byName = await nameOf();
      for (const id of [...ids].sort((a, b) => (byName.get(a) ?? a).localeCompare(byName.get(b) ?? b, 'nl'))) {
        const li = document.createElement('li');
        li.append(Object.assign(document.createElement('a'), { href: hrefOf(id), textContent: byName.get(id) ?? id }));
        list.append(li);
      }
      box.append(title, list);
      show(at, ids, box);
      addScrollCue(box, list);
      list.querySelector('a')?.focus();
    },
    async showOne(at, id) {
      const href = hrefOf(id);
      const box = document.createElement('div');
      box.className = 'map-popup';
      box.textContent = 'Laden…';
      const popup = show(at, [id], box);
      const { name, summary } = await summaryOf(href);
      box.textContent = '';
      const title = document.createElement('h3');
      const link = Object.assign(document.createElement('a'), { href, textContent: name });
      title.append(link);
      const text = document.createElement('p');
      text.textContent = summary;
      box.append(title, text);
      // The box is already the popup's content: filling it in place keeps the close button (and
      // its label, "Sluiten") that setDOMContent would make anew without one. Setting the place
      // again lets the popup fit its new size.
      popup.setLngLat(at);
      link.focus();
    },
    keepOnly(ids) {
      if (open && ids && !open.ids.some((id) => ids.has(id))) open.popup.remove();
    },
  };
}

/** A list taller than the popup scrolls: say so, or the last names go unseen. */
function addScrollCue(box: HTMLElement, list: HTMLElement): void {
  if (list.scrollHeight <= list.clientHeight + 1) return;
  const cue = Object.assign(document.createElement('p'), {
    className: 'popup-more',
    textContent: `Scroll in de lijst voor alle ${list.children.length}.`,
  });
  cue.dataset.popupMore = '';
  box.append(cue);
}

/**
 * A click on a cluster zooms in until it splits; a cluster that zooming cannot split (its
 * points share a spot) or that is at the maximum zoom lists its initiatives instead.
 */
function onClusterClick(map: MapLibre.Map, show: Popups, reduceMotion: boolean) {
  return async (e: MapLibre.MapLayerMouseEvent) => {
    const f = e.features?.[0] as MapGeoJSONFeature | undefined;
    if (!f) return;
    const source = map.getSource('initiatives') as GeoJSONSource;
    const clusterId = f.properties.cluster_id as number;
    const center = (f.geometry as GeoJSON.Point).coordinates as [number, number];
    const zoom = await source.getClusterExpansionZoom(clusterId);
    if (zoom > MAX_ZOOM || map.getZoom() >= MAX_ZOOM) {
      const leaves = await source.getClusterLeaves(clusterId, Infinity, 0);
      await show.showList(center, [...new Set(leaves.map((l) => String(l.properties?.id)))]);
      return;
    }
    if (reduceMotion) map.jumpTo({ center, zoom });
    else map.easeTo({ center, zoom });
  };
}

/** A click on a marker opens the one initiative, or a list when several markers are under the pointer. */
function onMarkerClick(map: MapLibre.Map, show: Popups) {
  return async (e: MapLibre.MapLayerMouseEvent) => {
    // Every marker under the pointer, not only the top one.
    const hits = map.queryRenderedFeatures(e.point, { layers: ['initiatives'] });
    const ids = [...new Set(hits.map((h) => String(h.properties.id)))];
    const first = hits[0];
    if (!first) return;
    const at = (first.geometry as GeoJSON.Point).coordinates as [number, number];
    if (ids.length > 1) await show.showList(at, ids);
    else await show.showOne(at, ids[0]!);
  };
}

/** A pointer cursor over whatever can be clicked. */
function pointerOver(map: MapLibre.Map, layers: string[]): void {
  for (const layer of layers) {
    map.on('mouseenter', layer, () => {
      map.getCanvas().style.cursor = 'pointer';
    });
    map.on('mouseleave', layer, () => {
      map.getCanvas().style.cursor = '';
    });
  }
}

/**
 * Replaces the contents of `container` with the MapLibre map of every initiative, configured by
 * the `data-*` attributes of <atlas-map> (`options`), and resolves once it has loaded.
 */
export async function createInteractiveMap(container: HTMLElement, options: DOMStringMap): Promise<InteractiveMap> {
  // The stylesheet is attached on activation: linked from the page head, readers would
  // download it before touching the map.
  const [{ Map: MapLibreMap, NavigationControl, AttributionControl, Popup }] = await Promise.all([
    loadMapLibre(options.libraryUrl!, options.workerUrl!),
    loadStylesheet(options.stylesheetUrl!),
  ]);
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const data = (await (await fetch(options.mapUrl!)).json()) as MapData;
  const basemap = options.basemap ? (JSON.parse(options.basemap) as Basemap) : undefined;
  const bounds = JSON.parse(options.bounds!) as [number, number, number, number];
  const style = buildMapStyle({
    tokens: tokens(),
    backdropUrl: options.backdropUrl!,
    regionsUrl: options.regionsUrl!,
    points: toGeoJson(data, null),
    kinds: data.kinds,
    labels: labelFeatures(data),
    ...(basemap ? { basemap } : {}),
  });
  const map = new MapLibreMap(mapOptions(container, style, bounds, reduceMotion));
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  if (basemap) map.addControl(new AttributionControl({ compact: true }));
  const ratio = Math.max(1, Math.round(devicePixelRatio || 1));
  for (const k of data.kinds) map.addImage(`kind-${k}`, kindIcon(k, ratio), { pixelRatio: ratio });

  await new Promise<void>((resolve) => map.once('load', () => resolve()));
  container.dataset.pointCount = String(data.ids.length);
  // The map object on its element, for the browser tests (they check what MapLibre drew and
  // click real markers) and for a curious reader's console. Not an API.
  Object.defineProperty(container, 'atlasMap', { value: map });

  const show = popups(map, Popup, options);
  map.on('click', 'clusters', onClusterClick(map, show, reduceMotion));
  map.on('click', 'initiatives', onMarkerClick(map, show));
  pointerOver(map, ['clusters', 'initiatives']);
  return {
    filter(ids) {
      (map.getSource('initiatives') as GeoJSONSource).setData(toGeoJson(data, ids));
      show.keepOnly(ids);
      container.dataset.pointCount = String(ids ? data.ids.filter((id) => ids.has(id)).length : data.ids.length);
    },
    focus() {
      map.getCanvas().focus();
    },
  };
}
