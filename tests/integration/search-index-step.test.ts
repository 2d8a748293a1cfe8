import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SearchRecord } from '../../src/lib/search/records';
import { searchIndexStaging, searchRecordsFile, startSearchIndex, writeSearchIndex, writeSearchRecords } from '../../src/io/search-index';
import { ROOT } from '../helpers/fixtures';

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

  it('indexes beside the render: a child process writes aside, finish() puts the index in place', async () => {
    const out2 = join(dir, 'naast');
    const pending = startSearchIndex(
      [{ url: '/initiatieven/a/', content: 'Een techniekcentrum in Breda.', meta: { title: 'A' }, filters: { type: ['Initiatief'] } }],
      out2,
      ROOT,
    );
    // The index is not in the output before the build has finished (Astro may still write there).
    expect(existsSync(join(out2, 'pagefind'))).toBe(false);
    expect(await pending.finish()).toBeGreaterThan(0);
    expect(readdirSync(join(out2, 'pagefind'))).toContain('pagefind.js');
    expect(existsSync(searchIndexStaging(out2))).toBe(false);
    expect(existsSync(searchRecordsFile(out2))).toBe(false);
  }, 60_000);

  it('a failed build discards the index step: it stops, and nothing it wrote stays beside the output', async () => {
    const out3 = join(dir, 'weg');
    const many = Array.from({ length: 3000 }, (_, n) => ({
      url: `/initiatieven/i${n}/`,
      content: `Initiatief ${n} over techniek en zorg in de regio.`,
      meta: { title: `I${n}` },
      filters: { type: ['Initiatief'] },
    }));
    const pending = startSearchIndex(many, out3, ROOT);
    expect(existsSync(searchRecordsFile(out3))).toBe(true);
    await pending.discard();
    expect(existsSync(searchIndexStaging(out3))).toBe(false);
    expect(existsSync(searchRecordsFile(out3))).toBe(false);
    expect(existsSync(join(out3, 'pagefind'))).toBe(false);
  }, 60_000);

  it("fails the build with Pagefind's words when the index step fails", async () => {
    const broken = { content: 'Zonder adres.', meta: { title: 'C' }, filters: {} } as unknown as SearchRecord;
    const pending = startSearchIndex([broken], join(dir, 'kapot'), ROOT);
    await expect(pending.finish()).rejects.toThrow(/De zoekindex kon niet worden gemaakt:[\s\S]*Pagefind/);
    expect(existsSync(join(dir, 'kapot', 'pagefind'))).toBe(false);
  }, 60_000);
});
