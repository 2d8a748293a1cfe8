import type { Feature, FeatureCollection, Point } from 'geojson';
import { paths } from '../urls';
import type { ValidatedDataset } from '../validate/validate-dataset';

export const LICENCE = {
  name: 'CC0 1.0 Universeel',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl',
  request: 'Vermeld bij hergebruik graag de Samenwerkingsatlas als bron.',
} as const;

/** The whole list of initiatives or organisations as JSON: authored data plus derived regions. */
export function exportJson(which: 'initiatives' | 'organisations', d: ValidatedDataset, siteUrl: string) {
  const records = which === 'initiatives' ? d.initiatives : d.organisations;
  const page = which === 'initiatives' ? paths.initiative : paths.organisation;
  return {
    licence: LICENCE,
    schema: `${siteUrl}data/schemas/${which === 'initiatives' ? 'initiative' : 'organisation'}.schema.json`,
    count: records.length,
    [which]: records.map((r) => ({ id: r.id, url: new URL(page(r.id).slice(1), siteUrl).href, ...r.data, derived: r.derived })),
  };
}

/** Every location of every initiative as a GeoJSON point with the main facts. */
export function exportGeoJson(d: ValidatedDataset, siteUrl: string): FeatureCollection<Point> {
  const features: Feature<Point>[] = d.initiatives.flatMap((r) =>
    (r.data.locations ?? []).map((l, n) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [l.longitude, l.latitude] },
      properties: {
        id: r.id,
        name: r.data.name,
        kind: r.data.kind,
        status: r.data.status,
        place: l.place,
        precision: l.precision ?? 'place',
        regions: r.derived.locations[n]?.regions ?? {},
        url: new URL(paths.initiative(r.id).slice(1), siteUrl).href,
      },
    })),
  );
  return { type: 'FeatureCollection', features };
}

/** A region set (or the backdrop) with coordinates rounded to 4 decimals, for the map. */
export function geometryForMap(d: ValidatedDataset, file: string): FeatureCollection {
  const round = (v: unknown): unknown => (Array.isArray(v) ? v.map(round) : typeof v === 'number' ? Math.round(v * 1e4) / 1e4 : v);
  if (file === 'achtergrond') {
    return {
      type: 'FeatureCollection',
      features: d.backdrops.flatMap((b) =>
        b.collection.features.map((f) => ({ ...f, geometry: round(f.geometry) as Feature['geometry'] })),
      ),
    };
  }
  const set = d.regionSets.find((s) => s.id === file);
  return {
    type: 'FeatureCollection',
    features: (set?.regions ?? []).map((r) => ({
      type: 'Feature',
      properties: { id: r.id, name: r.name },
      geometry: round(r.geometry) as Feature['geometry'],
    })),
  };
}
