import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { searchRecordsFile, writeSearchIndex, writeSearchRecords } from '../../src/io/search-index';

/** The second half of `npm run build`: the index is made from the records the build left. */
describe('the search index step', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-index-'));
  const out = join(dir, 'dist');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the records outside the published folder, indexes them and removes them', async () => {
    const file = writeSearchRecords(
      [
        { url: '/initiatieven/a/', content: 'Een techniekcentrum in Breda.', meta: { title: 'A' }, filters: { type: ['Initiatief'] } },
        { url: '/organisaties/b/', content: 'Een school in Delft.', meta: { title: 'B' }, filters: { type: ['Organisatie'] } },
      ],
      out,
    );
    expect(file).toBe(searchRecordsFile(out));
    expect(file.startsWith(`${out}/`)).toBe(false);
    expect(await writeSearchIndex(out, 'nl')).toBe(2);
    expect(readdirSync(join(out, 'pagefind'))).toContain('pagefind.js');
    expect(existsSync(file)).toBe(false);
  });

  it('says what to do when the build left no records', async () => {
    await expect(writeSearchIndex(join(dir, 'elders'), 'nl')).rejects.toThrow(/draai eerst astro build/);
  });
});
