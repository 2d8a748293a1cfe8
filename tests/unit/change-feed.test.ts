/**
 * The Atom feed of changes (src/lib/feed/changes.ts), read back with an independent XML parser
 * (fast-xml-parser): valid XML, the elements RFC 4287 requires, stable ids, the newest 50.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, FEED_SIZE, feedEntries, type FeedInput } from '../../src/lib/feed/changes';
import { historyOf, unavailable, type Commit } from '../../src/lib/history';

const commit = (n: number, files: Commit['files']): Commit => ({
  hash: n.toString(16).padStart(8, 'a'),
  time: `2026-11-${String(1 + (n % 28)).padStart(2, '0')}T10:00:00+01:00`,
  date: `2026-11-${String(1 + (n % 28)).padStart(2, '0')}`,
  subject: `Wijziging ${n} <met> & tekens`,
  files,
});

const names = new Map([
  ['a', 'A & co <pps>'],
  ['b', 'B'],
]);
const input = (commits: Commit[]): FeedInput => ({
  history: historyOf(commits),
  names,
  pageUrl: (id) => `https://atlas.example/initiatieven/${id}/`,
  host: 'atlas.example',
});
const meta = {
  title: 'Wijzigingen in de atlas',
  self: 'https://atlas.example/wijzigingen.xml',
  home: 'https://atlas.example/',
  author: { name: 'Uitgever', url: 'https://uitgever.example/' },
  fallbackUpdated: '2026-11-01T00:00:00Z',
};
const parse = (text: string) =>
  new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(text);

describe('the change feed', () => {
  it('is well-formed Atom with the required elements, escaped text and absolute links', () => {
    const commits = [
      commit(2, [
        { path: 'initiatives/a.yaml', kind: 'changed' },
        { path: 'organisations/x.yaml', kind: 'changed' },
      ]),
      commit(1, [
        { path: 'initiatives/a.yaml', kind: 'added' },
        { path: 'initiatives/b.yaml', kind: 'added' },
        { path: 'initiatives/gone.yaml', kind: 'added' },
      ]),
    ];
    const text = atomFeed(meta, feedEntries(input(commits)));
    expect(XMLValidator.validate(text)).toBe(true);
    const { feed } = parse(text);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const k of ['id', 'title', 'updated', 'author']) expect(feed[k], k).toBeDefined();
    expect(feed.link.map((l: Record<string, string>) => l['@_rel'])).toEqual(['self', 'alternate']);
    expect(feed.entry.map((e: Record<string, unknown>) => e.title)).toEqual(['Gewijzigd: A & co <pps>', 'Nieuw: A & co <pps>', 'Nieuw: B']);
    expect(feed.updated).toBe(commits[0]!.time);
    for (const e of feed.entry) {
      expect(e.id).toMatch(/^tag:atlas\.example,2026-11-\d{2}:initiatieven\/[ab]\/[0-9a-f]{8}$/);
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)$/);
      expect(e.link[0]['@_href']).toMatch(/^https:\/\/atlas\.example\/initiatieven\/[ab]\/$/);
      expect(e.summary['#text'] ?? e.summary).toContain('Wijziging');
    }
    expect(new Set(feed.entry.map((e: { id: string }) => e.id)).size).toBe(3);
  });

  it('keeps the same ids from build to build, and holds the newest 50', () => {
    const many = Array.from({ length: 80 }, (_, n) => commit(80 - n, [{ path: 'initiatives/b.yaml', kind: 'changed' }]));
    const first = feedEntries(input(many));
    expect(first).toHaveLength(FEED_SIZE);
    expect(first[0]!.id).toContain(many[0]!.hash);
    expect(feedEntries(input(many)).map((e) => e.id)).toEqual(first.map((e) => e.id));
  });

  it('is an empty but valid feed when there is no history', () => {
    const text = atomFeed(meta, feedEntries({ ...input([]), history: unavailable('shallow') }));
    expect(XMLValidator.validate(text)).toBe(true);
    expect(parse(text).feed.entry).toBeUndefined();
    expect(parse(text).feed.updated).toBe(meta.fallbackUpdated);
  });

  it("leaves the developers' English subjects out and keeps a contributor's Dutch one", () => {
    const c = (n: number, subject: string, kind: 'added' | 'changed') => ({
      ...commit(n, [{ path: 'initiatives/b.yaml', kind }]),
      subject,
    });
    const { feed } = parse(
      atomFeed(
        meta,
        feedEntries(
          input([
            c(4, 'Fix the lead of every initiative', 'changed'),
            c(3, 'Correctie: het startjaar van B is 2013', 'changed'),
            c(2, 'CEW', 'changed'),
            c(1, 'Data: the second list, imported with its edition', 'added'),
          ]),
        ),
      ),
    );
    expect(feed.entry.map((e: { summary: string }) => e.summary)).toEqual([
      'Gewijzigd in de atlas.',
      'Gewijzigd in de atlas. Correctie: het startjaar van B is 2013',
      'Gewijzigd in de atlas.',
      'Nieuw in de atlas.',
    ]);
  });
});
