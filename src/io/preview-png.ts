/**
 * The link-preview images as PNG, made with sharp and kept by content. Rasterising is the one
 * costly step of those pages (about 85 ms an image, 13 images: a tenth of the starter set's
 * render, issue #28) and its input rarely changes between builds, so an image is made again
 * only when its SVG, sharp (and libvips) or the settings below change: the key is a hash of all
 * of them. Content-addressed, so builds that run at the same time can share the folder safely;
 * each file is written whole (a temporary name, then renamed).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { writeWhole } from './write-whole.mjs';

/** Quick settings (issue #15): zlib 9 and the finest palette search took 150-210 ms an image for 31 KB; these about 85 ms for 40 KB, read only by link-preview crawlers. */
const PNG_SETTINGS = { compressionLevel: 6, palette: true, effort: 1 } as const;

/** Where the images are kept: with the project's other generated files. */
export const PREVIEW_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'atlas-previews');

/** The key of one image: everything that decides its bytes. */
export function previewKey(svg: string, size: { width: number; height: number }): string {
  return createHash('sha256')
    .update(JSON.stringify({ sharp: sharp.versions, settings: PNG_SETTINGS, size }))
    .update(svg)
    .digest('hex');
}

/** The PNG of a preview SVG at `size`, from the cache when the same image was made before. */
export async function previewPng(svg: string, size: { width: number; height: number }, dir = PREVIEW_CACHE_DIR): Promise<Uint8Array> {
  const file = join(dir, `${previewKey(svg, size)}.png`);
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    // Not made yet: make it below.
  }
  const png = await sharp(Buffer.from(svg)).resize(size.width, size.height).png(PNG_SETTINGS).toBuffer();
  writeWhole(file, png);
  return new Uint8Array(png);
}
