/**
 * What an initiative's page shows, prepared from the site model: the page template only
 * renders it (no look-ups, grouping or sorting in the page).
 */
import { lifecycleNotice, type LifecycleNotice } from '../lifecycle';
import { buildStaticMap, type StaticMapModel } from '../map/static-map';
import { citedSources } from './cited-sources';
import { missingFields } from '../missing-fields';
import { relatedInitiatives } from '../relations';
import { foldName } from '../text/unsafe-characters';
import type { SiteModel } from '../site-model';
import { DETAIL_MAP_WIDTH } from '../site-model';
import { initiativeJsonLd, jsonLdText } from '../structured-data';
import type { InitiativeRecord } from '../validate/validate-dataset';
import {
  figureFact,
  fundingLine,
  newOrganisationDetails,
  sectorsFact,
  sourceDateInWords,
  sourceLink,
  startYearFact,
  statusFact,
  statusInBrief,
  workingAreaLead,
  workingAreaSource,
} from './initiative-facts';

/** `{ key: value }` when the value is there, `{}` otherwise (exactOptionalPropertyTypes). */
const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** The detail map's narrowest width in CSS px: the page's side column on a laptop (18rem). */
export const DETAIL_MAP_NARROWEST_PX = 200;

export interface Link {
  href: string;
  name: string;
}

export interface InitiativePage {
  record: InitiativeRecord;
  data: InitiativeRecord['data'];
  /** The primary region of the first location: the page's preview picture. */
  previewRegion?: string;
  lifecycle?: LifecycleNotice & { successorLink?: Link };
  /** The description as safe HTML, '' without one. */
  descriptionHtml: string;
  /** Labels of the fields not known yet, said once at the top. */
  missing: string[];
  /** Whether the "who" and "where" sections have anything to say (or are listed as missing). */
  showsWho: boolean;
  showsWhere: boolean;
  /**
   * Only a scope is known ("meerdere provincies"), not where: no location, no working area. The
   * page says so beside the scope, since the lists count it "zonder bekend werkgebied".
   */
  scopeOnly: boolean;
  /** The sectors' labels and the theme in the editors' words (initiative-facts.ts). */
  sectors?: ReturnType<typeof sectorsFact>;
  /** The start year with its certainty ('2019 (ongeveer)') and its note. */
  startYear?: ReturnType<typeof startYearFact>;
  /** Organisations named but not yet in the atlas, each with its role, kind and place in one line. */
  newOrganisations: { name: string; details: string }[];
  funding: { text: string; note?: string }[];
  figures: ReturnType<typeof figureFact>[];
  sources: (ReturnType<typeof sourceLink> & { published?: string; consulted?: string })[];
  /** The status with the source that says it and that source's date (statusFact). */
  status: ReturnType<typeof statusFact>;
  map?: { model: StaticMapModel; title: string; caption: string };
  lead?: Link & { note?: string };
  partners: (Link & { role?: string; note?: string })[];
  /** Each location with the region its point lies in; `placeHref` when the place is that region itself. */
  locations: { place: string; precision?: string; region?: Link; placeHref?: string }[];
  regions: Link[];
  /**
   * The working area's provinces, beside (or instead of) the map points, with the words that say
   * where they come from (workingAreaLead): named by the source, or derived from what it names.
   */
  workingArea?: {
    lead: string;
    regions: Link[];
    /** Without a point on the map: the sentence that says it counts in its province(s) all the same. */
    withoutPoint?: string;
    /** The page that names the area, where the data gives one (`working_area.source`), with its date in words. */
    source?: ReturnType<typeof sourceLink>;
    date?: string;
  };
  /** Initiatives related to this one, each with its status in brief (an ended one must not read as current). */
  related: (Link & { label: string; status?: string; year?: number; note?: string })[];
  jsonLd: string;
}

/**
 * @param site the site model
 * @param id an initiative id of the dataset
 * @param siteUrl the published address (Astro.site), for the structured data's absolute links
 */
export function initiativePage(site: SiteModel, id: string, siteUrl: URL | undefined): InitiativePage {
  const record = site.initiatives.get(id);
  if (!record) throw new Error(`Geen initiatief met id '${id}'.`);
  const d = record.data;
  const nameOf = (x: string) => site.initiatives.get(x)?.data.name ?? x;
  const orgLink = (x: string): Link => ({ href: site.links.organisation(x), name: site.organisations.get(x)?.data.name ?? x });
  const regionLink = (x: string): Link => ({ href: site.links.region(x), name: site.regionNames[x] ?? x });
  const mainRegion = (n: number) => record.derived.locations[n]?.regions[site.primary.id];
  const relatedRecords = site.relations.get(id) ?? [];
  const lifecycle = lifecycleNotice(record, relatedRecords);
  const missing = missingFields(d);
  const known = (f: string) => !missing.some((m) => m.field === f);
  const places = (d.locations ?? []).map((l) => l.place);
  const absolute = (link: string) => new URL(link, siteUrl).href;
  const previewRegion = mainRegion(0);
  return {
    record,
    data: d,
    ...(previewRegion ? { previewRegion } : {}),
    ...(lifecycle
      ? {
          lifecycle: {
            ...lifecycle,
            ...(lifecycle.successor
              ? { successorLink: { href: site.links.initiative(lifecycle.successor), name: nameOf(lifecycle.successor) } }
              : {}),
          },
        }
      : {}),
    descriptionHtml: site.descriptionHtml(id),
    missing: missing.map((m) => m.label),
    showsWho: known('lead_organisation') || known('partners'),
    // A scope alone ("meerdere provincies") is something known about where, worth its section.
    showsWhere: known('locations') || d.scope !== undefined,
    scopeOnly: d.scope !== undefined && d.scope !== 'national' && !known('locations') && !d.working_area?.regions?.length,
    ...optional('sectors', sectorsFact(d)),
    ...optional('startYear', startYearFact(d)),
    newOrganisations: (d.new_organisations ?? []).map((o) => ({ name: o.name, details: newOrganisationDetails(o) })),
    funding: (d.funding ?? []).map((f) => ({ text: fundingLine(f), ...(f.note ? { note: f.note } : {}) })),
    figures: (d.figures ?? []).map(figureFact),
    sources: citedSources(d).map((x) => ({
      ...sourceLink(x),
      ...(x.published ? { published: sourceDateInWords(x.published) } : {}),
      ...(x.consulted ? { consulted: x.consulted } : {}),
    })),
    status: statusFact(d, { today: site.today, maxAgeMonths: site.checks.maxAgeMonths }),
    ...(places.length
      ? {
          map: {
            model: buildStaticMap({
              bounds: site.map.bounds,
              width: DETAIL_MAP_WIDTH,
              narrowestPx: DETAIL_MAP_NARROWEST_PX,
              regionSet: site.primary,
              backdrops: [],
              base: site.detailMapBase,
              initiatives: [record],
              hrefOfInitiative: site.links.initiative,
              hrefOfRegion: site.links.region,
            }),
            title: `Kaart: ${places.join(', ')}`,
            caption: places.join('; '),
          },
        }
      : {}),
    ...(d.lead_organisation ? { lead: { ...orgLink(d.lead_organisation), ...(d.lead_note ? { note: d.lead_note } : {}) } } : {}),
    partners: (d.partners ?? []).map((p) => ({
      ...orgLink(p.organisation),
      ...(p.role ? { role: p.role } : {}),
      ...(p.note ? { note: p.note } : {}),
    })),
    locations: (d.locations ?? []).map((l, n) => {
      const region = mainRegion(n);
      const link = region ? regionLink(region) : undefined;
      return {
        place: l.place,
        // An address is what a location is unless said otherwise: only the coarser ones are named.
        ...(l.precision && l.precision !== 'address' ? { precision: l.precision } : {}),
        // "Zeeland, Zeeland": an area that is the region itself is not named twice (the link moves to
        // the place). The city of Groningen or Utrecht is a place in its province: both stay.
        ...(link
          ? l.precision === 'area' && foldName(link.name) === foldName(l.place)
            ? { placeHref: link.href }
            : { region: link }
          : {}),
      };
    }),
    regions: [...new Set(record.derived.locations.flatMap((l) => Object.values(l.regions)))].map(regionLink),
    ...(d.working_area?.regions.length
      ? {
          workingArea: {
            lead: workingAreaLead(d.working_area),
            regions: d.working_area.regions.map(regionLink),
            ...(record.derived.locations.length
              ? {}
              : {
                  withoutPoint: `Het initiatief heeft geen vaste plek op de kaart; het telt mee in ${d.working_area.regions.length === 1 ? 'deze provincie' : 'deze provincies'}.`,
                }),
            ...workingAreaSource(d),
          },
        }
      : {}),
    related: relatedInitiatives(id, relatedRecords).map((r) => {
      const other = site.initiatives.get(r.id);
      return {
        href: site.links.initiative(r.id),
        name: nameOf(r.id),
        label: r.label,
        ...(other ? { status: statusInBrief(other.data) } : {}),
        ...(r.year ? { year: r.year } : {}),
        ...(r.note ? { note: r.note } : {}),
      };
    }),
    jsonLd: jsonLdText(
      initiativeJsonLd(
        record,
        absolute(site.links.initiative(id)),
        site.organisations,
        (x) => absolute(site.links.organisation(x)),
        site.organisationsOf.get(id),
      ),
    ),
  };
}
