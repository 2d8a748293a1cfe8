import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset';
import { searchRecords } from '../../src/lib/search/records';
import { siteModelOf } from '../helpers/fixtures';

describe('search index records', async () => {
  const dataset = await loadDataset();
  const records = searchRecords(siteModelOf(dataset));

  it('has one record per initiative and organisation, each with a title, a type and a page', () => {
    expect(records).toHaveLength(dataset.initiatives.length + dataset.organisations.length);
    for (const r of records) {
      expect(r.meta.title).toBeTruthy();
      expect(['Initiatief', 'Organisatie']).toContain(r.meta.type);
      expect(r.url).toMatch(/^\/(initiatieven|organisaties)\/[a-z0-9-]+\/$/);
    }
  });

  it('indexes what a record says, not the page template', () => {
    // Words of the page layout that once matched every page ("wateer" found all of them).
    for (const word of ['Wat werkt', 'Soort', 'nog niet bekend', 'Klopt er iets niet', 'Bronnen', 'Succesfactoren']) {
      const hits = records.filter((r) => r.content.includes(word));
      expect(hits.length, word).toBeLessThan(records.length / 10);
    }
  });

  it('writes sentences: the name, then the summary, each ending in a full stop', () => {
    const first = dataset.initiatives[0]!;
    const r = records.find((x) => x.url === `/initiatieven/${first.id}/`)!;
    expect(r.content.startsWith(first.data.name)).toBe(true);
    expect(r.content).toContain(`. ${first.data.summary.replace(/\s+/g, ' ').trim().replace(/\.$/, '')}.`);
    for (const x of records) expect(x.content, x.url).toMatch(/\.$/);
  });

  it('names the organisations involved, so a search for a school finds where it takes part', () => {
    const withPartner = dataset.initiatives.find((i) => i.data.partners?.length)!;
    const partner = dataset.organisations.find((o) => o.id === withPartner.data.partners![0]!.organisation)!;
    const r = records.find((x) => x.url === `/initiatieven/${withPartner.id}/`)!;
    expect(r.content).toContain(partner.data.name);
  });
});
