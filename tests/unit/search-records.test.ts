import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/io/dataset';
import sanitizeHtml from 'sanitize-html';
import { renderMarkdown } from '../../src/lib/markdown';
import { notesForSearch, plainText, searchRecords, sentencePart } from '../../src/lib/search/records';
import { validateDataset } from '../../src/lib/validate/validate-dataset';
import { file, input, siteModelOf } from '../helpers/fixtures';

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
    // An initiative's result says its status, as every list does; an organisation has none.
    const zeeland = records.find((r) => r.url === '/initiatieven/zorgpact-zeeland/')!;
    expect(zeeland.meta.status).toBe('Beëindigd (2018)');
    expect(records.filter((r) => r.meta.type === 'Organisatie').every((r) => r.meta.status === undefined)).toBe(true);
    // An initiative whose status nobody knows says so, not nothing.
    const unknown = dataset.initiatives.find((i) => i.data.status === 'unknown')!;
    expect(records.find((r) => r.url === `/initiatieven/${unknown.id}/`)!.meta.status).toBe('Status onbekend');
  });

  it('indexes what a record says, not the page template', () => {
    // Words of the page layout that once matched every page ("wateer" found all of them).
    for (const word of ['Wat werkt', 'Soort', 'nog niet bekend', 'Klopt er iets niet', 'Bronnen', 'Succesfactoren']) {
      const hits = records.filter((r) => r.content.includes(word));
      expect(hits.length, word).toBeLessThan(records.length / 10);
    }
  });

  it('states a fact the text says already only once (place, kind, lead), and every fact somewhere', () => {
    const i = dataset.initiatives.find((x) => x.id === 'prins-heerlijk-eindhoven')!;
    const r = records.find((x) => x.url === '/initiatieven/prins-heerlijk-eindhoven/')!;
    expect(i.data.summary).toContain('Eindhoven');
    // Once in the name, once in the summary: not a third time in a list of facts.
    expect(r.content.match(/Eindhoven/g)).toHaveLength(2);
    expect(r.content.match(/Publiek-private samenwerking/g)).toHaveLength(1);
    expect(r.content.match(/Summa College/g)).toHaveLength(1);
    // What the text does not say is still there, once: the province.
    expect(r.content.match(/Noord-Brabant/g)).toHaveLength(1);
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

  it("indexes what the page shows of what works, what is hard and the editors' notes (issue #26)", () => {
    const withFactor = dataset.initiatives.find((i) => i.data.success_factors?.length && i.data.challenges?.length)!;
    const r = records.find((x) => x.url === `/initiatieven/${withFactor.id}/`)!;
    expect(r.content).toContain(withFactor.data.success_factors![0]!.statement.replace(/\s+/g, ' ').trim().replace(/\.$/, ''));
    expect(r.content).toContain(withFactor.data.challenges![0]!.statement.replace(/\s+/g, ' ').trim().replace(/\.$/, ''));
    const withNote = dataset.initiatives.find((i) => /greenpoints/.test(i.data.notes ?? ''))!;
    expect(records.find((x) => x.url === `/initiatieven/${withNote.id}/`)!.content).toContain('greenpoints');
  });
});

describe('a description as plain text for the index', () => {
  /** The way it was done before issue #15: the safe HTML parsed and sanitised a second time. */
  const reference = (html: string) =>
    sanitizeHtml(html.replace(/<\/(p|li|h3|h4|td|th|blockquote)>/g, '. '), { allowedTags: [], allowedAttributes: {} })
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const hostile = [
    'Gewoon **vet** en _schuin_, met een [link](https://voorbeeld.nl/?a=1&b=2 "titel met > en \' erin").',
    '# Kop\n\n- een\n- twee <script>alert(1)</script>\n\n> citaat met <b onclick="x()">html</b>',
    'Tabel:\n\n| a | b |\n| - | - |\n| 1 < 2 | "x" & \'y\' |',
    'Code: `a > b && c < d` en\n\n```\n<div class="x">\n```\n',
    '<img src=x onerror=alert(1)> tekst <a href="javascript:alert(1)">klik</a> <a href="https://x.nl/a>b">ok</a>',
    'R&D, 5 > 3, "aanhalingstekens", l\'apostrof, &nbsp;spatie, &copy; en &#x27;hex&#x27;',
  ];

  it('is exactly what sanitising the safe HTML again gave, on hostile Markdown', () => {
    for (const md of hostile) expect(plainText(renderMarkdown(md)), md).toBe(reference(renderMarkdown(md)));
  });

  it('decodes an escaped entity once: text that reads "&lt;" stays "&lt;"', () => {
    expect(plainText(renderMarkdown('Schrijf &amp;lt; voor het teken.'))).toContain('Schrijf &lt; voor');
  });

  it('comes from the one rendering of the description that the detail page shows', () => {
    const org = file('data/organisations/school.yaml', 'name: School\nkind: mbo_institution\n');
    const initiative = (id: string, extra: string) =>
      file(
        `data/initiatives/${id}.yaml`,
        `name: Samen ${id}\nkind: pps\nstatus: active\nsummary: Een samenwerking voor de test van de index.\n${extra}lead_organisation: school\nsources:\n  - title: Bron\n`,
      );
    const dataset = validateDataset(
      input([initiative('met', 'description: Een **vette** tekst & meer.\n'), initiative('zonder', '')], [org]),
    );
    expect(dataset.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const site = siteModelOf(dataset);
    expect(site.descriptionHtml('met')).toBe(renderMarkdown('Een **vette** tekst & meer.'));
    expect(site.descriptionHtml('zonder')).toBe('');
    const record = searchRecords(site).find((r) => r.url === '/initiatieven/met/')!;
    expect(record.content).toContain('Een vette tekst & meer.');
  });
});

describe('notesForSearch', () => {
  it("drops the importer's standard sentences and keeps the editors' own words", () => {
    expect(
      notesForSearch("Soort volgens de bron: Regional techniekpact. Uit de bronlijst (2024). Werkte op meerdere locaties ('greenpoints')."),
    ).toBe("Werkte op meerdere locaties ('greenpoints').");
    expect(notesForSearch('Plaats of gebied volgens de bron: Twente.')).toBeUndefined();
    expect(notesForSearch(undefined)).toBeUndefined();
  });
});

describe('a part of a sentence list', () => {
  /** What sentencePart did with a pattern (kept here as the reference): it was slow on long texts. */
  const reference = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .replace(/(\s*\.\s*)+$/, '')
      .trim();

  it('is what the pattern made of it, for texts of spaces, stops, tabs, line breaks and other white space', () => {
    // Seeded, so a failure can be repeated: 20,000 texts over an alphabet that stresses the edges.
    const alphabet = ['a', 'b', ' ', ' ', '.', '.', '\t', '\n', '\u00a0', '\u2003', ',', 'é'];
    let seed = 28;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const texts = ['', ' ', '.', ' . . ', 'a', 'a.', 'a .', 'a. \n', '\ta b', 'a..b..', 'a \u00a0.'];
    for (let n = 0; n < 20_000; n++)
      texts.push(Array.from({ length: Math.floor(next() * 14) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
    const differing = texts.filter((t) => sentencePart(t) !== reference(t));
    expect(differing.map((t) => JSON.stringify(t))).toEqual([]);
  });
});
