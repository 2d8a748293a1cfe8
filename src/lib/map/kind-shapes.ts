/**
 * Each kind has its own shape as well as its own colour, so colour is never the only
 * signal (WCAG 1.4.1). Shapes are drawn in a 0..20 box; the same path data serves the
 * static SVG map, the legend and the icons of the interactive map.
 */
export const KIND_SHAPES: Record<string, string> = {
  pps: 'M10 2a8 8 0 1 0 0.01 0Z',
  civ: 'M3 3h14v14H3Z',
  coe: 'M10 1.5 18.5 17.5H1.5Z',
  cib: 'M10 1 19 10 10 19 1 10Z',
  regional_network: 'M10 1.5 12.6 7.2 18.8 7.6 14 11.6 15.5 17.8 10 14.5 4.5 17.8 6 11.6 1.2 7.6 7.4 7.2Z',
};

/** A neutral shape for values a fork adds without a shape of its own. */
export const DEFAULT_SHAPE = 'M10 2a8 8 0 1 0 0.01 0Z';

export const shapeOf = (kind: string | undefined): string => (kind && KIND_SHAPES[kind]) || DEFAULT_SHAPE;
