/**
 * A static map as inline SVG: the country's regions, with each initiative a shaped marker or a
 * counted cluster. No script: with `linked` (the default) regions and markers are links, so the
 * map works as a plain list of places too. Markup from the `html` tag (template.ts says why).
 */
import { createHash } from 'node:crypto';
import { shapeOf } from '../map/kind-shapes';
import type { StaticMapModel } from '../map/static-map';
import { attributes, html, type Html } from './template';

export interface StaticMapOptions {
  /** Accessible title of the map. */
  title: string;
  /** Smaller markers for detail pages. */
  compact?: boolean;
  /**
   * The home page's map follows the filters, which need each marker's initiative ids; other
   * maps have no script, so they leave the ids out (a region map at 10,000 initiatives would
   * carry thousands of them).
   */
  filterable?: boolean;
  /**
   * Regions and points are links (default). A detail page's small map is a picture only: its
   * regions are the links under "Waar" and its one point is the page itself, so as links they
   * were a dozen tab stops that lead nowhere new (an accessibility review).
   */
  linked?: boolean;
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const clusterRadius = (count: number) => r1(Math.min(18, 7 + Math.sqrt(count) * 1.6));

export function staticMap(model: StaticMapModel, { title, compact = false, filterable = false, linked = true }: StaticMapOptions): Html {
  // Named for its title (one map per title on a page), not at random: the same data builds the
  // same pages, byte for byte, so two builds can be compared file by file.
  const id = `kaart-${createHash('sha256').update(title).digest('hex').slice(0, 6)}`;
  const size = compact ? 0.8 : 0.62;
  const svgClass = compact ? 'static-map compact' : 'static-map';
  const viewBox = `0 0 ${model.width} ${model.height}`;
  const regionClass = (highlight: boolean) => (highlight ? 'map-region highlight' : 'map-region');
  const marker = (p: StaticMapModel['points'][number]) => `translate(${r1(p.x - 10 * size)} ${r1(p.y - 10 * size)}) scale(${size})`;
  // No whitespace between the elements: the markup is the same, byte for byte, as the Astro
  // component's that it replaces.
  if (!linked) {
    return html`<svg class="${svgClass}" viewBox="${viewBox}" aria-labelledby="${`${id}-title`}" role="img" data-static-map><title id="${`${id}-title`}">${title}</title><g class="map-backdrop">${model.backdrop.map((b) => html`<path d="${b.d}"></path>`)}</g><g class="map-regions">${model.regions.map((r) => html`<g class="${regionClass(r.highlight)}"><path d="${r.d}"></path></g>`)}</g><g class="map-points">${model.points.map(
      (p) =>
        p.count > 1
          ? html`<g class="map-cluster"><circle cx="${p.x}" cy="${p.y}" r="${clusterRadius(p.count)}"></circle><text x="${p.x}" y="${p.y}" dy="0.35em" text-anchor="middle">${p.count}</text></g>`
          : html`<g class="${`map-point kind-${p.kind}`}"><path d="${shapeOf(p.kind)}" transform="${marker(p)}"></path></g>`,
    )}</g></svg>`;
  }
  // A marker's name is its <title>: the hover text and, for assistive technology, the link's
  // accessible name (SVG-AAM), so it is written once (at 10,000 initiatives a region map has
  // hundreds of markers, and every byte counts against the page budget). Each marker has an
  // invisible target of up to 24 px.
  const ids = (p: StaticMapModel['points'][number]) => attributes({ 'data-ids': filterable ? p.ids.join(' ') : undefined });
  return html`<svg class="${svgClass}" viewBox="${viewBox}" aria-labelledby="${`${id}-title`}" role="group" data-static-map><title id="${`${id}-title`}">${title}</title><g class="map-backdrop" aria-hidden="true">${model.backdrop.map((b) => html`<path d="${b.d}"></path>`)}</g><g class="map-regions">${model.regions.map(
    (r) =>
      r.href
        ? html`<a href="${r.href}" aria-label="${r.name}" class="${regionClass(r.highlight)}"><title>${r.name}</title><path d="${r.d}"></path></a>`
        : html`<g class="${regionClass(r.highlight)}"><path d="${r.d}"></path></g>`,
  )}</g><g class="map-points">${model.points.map((p) =>
    p.count > 1
      ? html`<a href="${p.href}" class="map-cluster"${ids(p)}><title>${p.label}</title>${p.hit > clusterRadius(p.count) && html`<circle class="map-hit" cx="${p.x}" cy="${p.y}" r="${p.hit}"></circle>`}<circle cx="${p.x}" cy="${p.y}" r="${clusterRadius(p.count)}"></circle><text x="${p.x}" y="${p.y}" dy="0.35em" text-anchor="middle" aria-hidden="true">${p.count}</text></a>`
      : html`<a href="${p.href}" class="${`map-point kind-${p.kind}`}"${ids(p)}><title>${p.label}</title><circle class="map-hit" cx="${p.x}" cy="${p.y}" r="${p.hit}"></circle><path d="${shapeOf(p.kind)}" transform="${marker(p)}"></path></a>`,
  )}</g></svg>`;
}
