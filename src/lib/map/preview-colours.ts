import tokensCss from '@atlas/theme?raw';
import type { PreviewColours } from './preview-image';

/** The custom properties of the first `:root` block of a stylesheet (the light theme). */
export function lightTokens(css: string): Record<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const t = lightTokens(tokensCss);
const kinds = Object.fromEntries(
  Object.entries(t)
    .filter(([k]) => k.startsWith('atlas-color-kind-'))
    .map(([k, v]) => [k.slice('atlas-color-kind-'.length), v]),
);

/** The preview image in the atlas's own colours, read from the theme's tokens (a fork's theme applies). */
export const PREVIEW_COLOURS: PreviewColours = {
  band: t['atlas-color-accent']!,
  water: t['atlas-color-water']!,
  land: t['atlas-color-land']!,
  province: t['atlas-color-province']!,
  line: t['atlas-color-province-line']!,
  highlight: t['atlas-color-highlight']!,
  kinds,
  fallbackKind: t['atlas-color-accent']!,
};
