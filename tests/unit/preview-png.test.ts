/**
 * The link-preview images are made once per content (src/io/preview-png.ts): the same SVG gives
 * the stored image without rasterising again, a changed SVG a new one.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { previewKey, previewPng } from '../../src/io/preview-png';

const dir = mkdtempSync(join(tmpdir(), 'atlas-previews-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const size = { width: 120, height: 63 };
const svg = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="${fill}"/></svg>`;

describe('link-preview images, kept by content', () => {
  it('makes a PNG of the asked size and keeps it under the key of its content', async () => {
    const png = await previewPng(svg('#336699'), size, dir);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 120, 63]);
    expect(readdirSync(dir)).toEqual([`${previewKey(svg('#336699'), size)}.png`]);
  });

  it('gives the kept image for the same SVG without making it again', async () => {
    // Replace the kept file: if the next call rasterised, it would not return these bytes.
    writeFileSync(join(dir, `${previewKey(svg('#336699'), size)}.png`), 'kept');
    expect(Buffer.from(await previewPng(svg('#336699'), size, dir)).toString()).toBe('kept');
  });

  it('makes a new image when the SVG or the size changes', async () => {
    expect(previewKey(svg('#336699'), size)).not.toBe(previewKey(svg('#336698'), size));
    expect(previewKey(svg('#336699'), size)).not.toBe(previewKey(svg('#336699'), { width: 121, height: 63 }));
    const other = await previewPng(svg('#993366'), size, dir);
    expect((await sharp(other).stats()).channels[0]!.mean).toBeGreaterThan(100);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
  });
});
