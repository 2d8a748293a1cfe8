import { KIND_SHAPES } from './kind-shapes';
import type { StaticMapModel } from './static-map';

/** Colours of the preview image: the light theme's tokens (a link preview has no dark mode). */
export interface PreviewColours {
  band: string;
  water: string;
  land: string;
  province: string;
  line: string;
  highlight: string;
  kinds: Record<string, string>;
  fallbackKind: string;
}

/** The size social platforms ask for (Open Graph, X/Twitter "summary_large_image"). */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/**
 * The picture a link preview shows (Teams, LinkedIn, WhatsApp): the map of the atlas or of one
 * region, with every initiative as a dot in its kind's colour, on the atlas's colour band.
 * SVG here, turned into PNG at build time (platforms do not show SVG previews). It has no
 * text: the platform prints the page title beside it, and text would depend on the fonts of
 * the build machine.
 */
export function previewSvg(model: StaticMapModel, c: PreviewColours): string {
  const { width: W, height: H } = PREVIEW_SIZE;
  const pad = 30;
  const scale = Math.min((H - 2 * pad) / model.height, (W * 0.62 - 2 * pad) / model.width);
  const x0 = W - model.width * scale - pad;
  const y0 = (H - model.height * scale) / 2;
  const dot = Math.max(4, 6 / scale);
  const esc = (s: string) => s.replace(/[^\w .#%(),-]/g, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<rect width="${W}" height="${H}" fill="${esc(c.band)}"/>` +
    `<clipPath id="frame"><rect x="${x0 - 10}" y="${y0 - 10}" width="${model.width * scale + 20}" height="${model.height * scale + 20}" rx="12"/></clipPath>` +
    `<g clip-path="url(#frame)"><rect x="${x0 - 10}" y="${y0 - 10}" width="${model.width * scale + 20}" height="${model.height * scale + 20}" fill="${esc(c.water)}"/>` +
    `<g transform="translate(${x0} ${y0}) scale(${scale})">` +
    model.backdrop.map((b) => `<path d="${b.d}" fill="${esc(c.land)}" stroke="${esc(c.line)}" stroke-width="${0.5 / scale}"/>`).join('') +
    model.regions
      .map(
        (r) =>
          `<path d="${r.d}" fill="${esc(r.highlight ? c.highlight : c.province)}" stroke="${esc(c.line)}" stroke-width="${1 / scale}"/>`,
      )
      .join('') +
    model.points
      .map(
        (p) =>
          `<circle cx="${p.x}" cy="${p.y}" r="${Math.round(dot * Math.min(2.2, Math.sqrt(p.count)) * 10) / 10}" fill="${esc((p.kind && c.kinds[p.kind]) || c.fallbackKind)}" stroke="#ffffff" stroke-width="${1.5 / scale}"/>`,
      )
      .join('') +
    `</g></g>` +
    // The kinds' shapes (as in the legend), large, on the band: the atlas's recognisable mark.
    `<g fill="#ffffff">${Object.values(KIND_SHAPES)
      .map((d, n) => `<path d="${d}" transform="translate(${70 + n * 80} ${H / 2 - 28}) scale(2.8)"/>`)
      .join('')}</g>` +
    `</svg>`
  );
}
