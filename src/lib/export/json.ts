import type { Feature, FeatureCollection, Point } from 'geojson';
import { label } from '../labels';
import { regionNameIndex } from '../regions/region-names';
import { ENTITIES, ENTITY_NOUNS, type EntityKind } from '../schema/schemas';
import { paths } from '../urls';
import type { ValidatedDataset } from '../validate/validate-dataset';

export const LICENCE = {
  name: 'CC0 1.0 Universeel',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl',
} as const;

/** The licence with the courtesy request in the site's own name (a fork's downloads named the original). */
export function licenceOf(siteTitle: string) {
  return { ...LICENCE, request: `Vermeld bij hergebruik graag de ${siteTitle} als bron.` };
}

/** What a published file says about itself: the site's title, the day the data last changed, who publishes it. */
export interface FileMeta {
  title: string;
  modified: string;
  publisher: string;
}

/**
 * The members every JSON and GeoJSON download starts with, so a copy on its own still names its
 * origin: what it is, its licence, the day the data last changed, who publishes it and where the
 * open data lives (/data/).
 */
function aboutFile(what: string, meta: FileMeta, siteUrl: string) {
  return {
    title: `${meta.title}: ${what}`,
    licence: licenceOf(meta.title),
    modified: meta.modified,
    publisher: meta.publisher,
    source: new URL(paths.data().slice(1), siteUrl).href,
  };
}

/** The whole list of one kind (initiatives or organisations) as JSON: authored data plus derived regions. */
export function exportJson(kind: EntityKind, d: ValidatedDataset, siteUrl: string, meta: FileMeta) {
  const records = kind === 'initiative' ? d.initiatives : d.organisations;
  const page = kind === 'initiative' ? paths.initiative : paths.organisation;
  return {
    ...aboutFile(ENTITY_NOUNS[kind].many, meta, siteUrl),
    schema: new URL(paths.schemaFile(`${kind}.schema.json`).slice(1), siteUrl).href,
    count: records.length,
    // The list under the kind's folder name (`initiatives`), as the files are in data/.
    [ENTITIES[kind].folder]: records.map((r) => ({
      id: r.id,
      url: new URL(page(r.id).slice(1), siteUrl).href,
      ...r.data,
      derived: r.derived,
    })),
  };
}

/**
 * Every location of every initiative as a GeoJSON point with the main facts: each code with
 * its Dutch label beside it (`kind` and `kind_label`), each region id with its name. What the
 * file is goes in top-level foreign members (RFC 7946 §6.1, ignored by GIS tools that do not
 * know them): title, licence, the date the data last changed (`modified`), the publisher and the source.
 */
export function exportGeoJson(
  d: ValidatedDataset,
  siteUrl: string,
  meta: FileMeta,
): FeatureCollection<Point> & ReturnType<typeof aboutFile> {
  const regionNames = regionNameIndex(d.regionSets);
  const features: Feature<Point>[] = d.initiatives.flatMap((r) =>
    (r.data.locations ?? []).map((l, n) => {
      const regions = r.derived.locations[n]?.regions ?? {};
      const precision = l.precision ?? 'place';
      return {
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [l.longitude, l.latitude] },
        properties: {
          id: r.id,
          name: r.data.name,
          kind: r.data.kind,
          kind_label: label('initiative_kind', r.data.kind),
          status: r.data.status,
          status_label: label('status', r.data.status),
          // The date of the source that gives the status (null without one): a status from 2015
          // must not pass for a current one in a GIS tool either (a reader review).
          status_source_date: r.data.status_source?.published ?? null,
          place: l.place,
          precision,
          precision_label: label('location_precision', precision),
          regions,
          region_names: Object.fromEntries(Object.entries(regions).map(([set, id]) => [set, regionNames[id] ?? id])),
          url: new URL(paths.initiative(r.id).slice(1), siteUrl).href,
        },
      };
    }),
  );
  return {
    type: 'FeatureCollection',
    ...aboutFile('locaties van initiatieven', meta, siteUrl),
    features,
  };
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
