/**
 * The optional PDOK services for the CMS's place picker (site config `cms.pdok`, off by
 * default): the Kadaster's BRT-Achtergrondkaart under the picker's own layers, and address or
 * postcode search through PDOK's Locatieserver. What is sent where, when switched on: map
 * tiles are fetched from service.pdok.nl (PDOK sees which part of the map is looked at, and the
 * contributor's IP address); what is typed in the search box goes to api.pdok.nl. Nothing of
 * this reaches the public pages.
 */
import type { Basemap } from '../map/style';

/** The BRT-Achtergrondkaart (grey), in Web Mercator tiles. CC BY 4.0. */
export const PDOK_BASEMAP: Basemap = {
  tiles: ['https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png'],
  attribution: 'Kaartgegevens © Kadaster / PDOK',
  tileSize: 256,
  maxzoom: 19,
};

/** PDOK's Locatieserver: free search over addresses, postcodes and places. */
export const PDOK_SEARCH = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free';

/** The hosts the admin page's CSP must allow when PDOK is on: tiles as images, search as a fetch. */
export const PDOK_CSP = { img: new URL(PDOK_BASEMAP.tiles[0]!).origin, connect: new URL(PDOK_SEARCH).origin };

/** The search address for what a contributor typed: addresses, postcodes and places, five at most. */
export function pdokSearchUrl(query: string, search = PDOK_SEARCH): string {
  const u = new URL(search);
  u.searchParams.set('q', query.trim());
  u.searchParams.set('rows', '5');
  u.searchParams.set('fl', 'weergavenaam,type,centroide_ll');
  u.searchParams.set('fq', 'type:(adres OR postcode OR woonplaats)');
  return u.toString();
}

/** One search result as the picker uses it, with the precision the point honestly has. */
export interface FoundPlace {
  name: string;
  latitude: number;
  longitude: number;
  precision: 'address' | 'place' | 'area';
}

/**
 * The Locatieserver's answer as places: an address is a point on the building (precision
 * address), a postcode the middle of its area (area), a town the middle of the town (place).
 * Anything else, or a point that does not parse, is left out.
 */
export function parsePdokSearch(body: unknown): FoundPlace[] {
  const docs = (body as { response?: { docs?: unknown[] } } | undefined)?.response?.docs ?? [];
  const precision: Record<string, FoundPlace['precision']> = { adres: 'address', postcode: 'area', woonplaats: 'place' };
  return docs.flatMap((d) => {
    const { weergavenaam, type, centroide_ll } = (d ?? {}) as Record<string, unknown>;
    const m = typeof centroide_ll === 'string' ? /^POINT\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)$/.exec(centroide_ll) : null;
    const p = typeof type === 'string' ? precision[type] : undefined;
    if (!m || !p || typeof weergavenaam !== 'string') return [];
    const round = (v: string) => Math.round(Number(v) * 1e5) / 1e5;
    return [{ name: weergavenaam, longitude: round(m[1]!), latitude: round(m[2]!), precision: p }];
  });
}
