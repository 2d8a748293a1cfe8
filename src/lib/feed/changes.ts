/**
 * The change feed (/wijzigingen.xml): new and changed initiatives as an Atom feed, made from the
 * same Git history as the pages' histories (src/lib/history.ts). Pure: history, names and
 * addresses come in as arguments.
 */
import { publishedSubject, type DataHistory } from '../history';
import { ENTITY_FOLDERS } from '../schema/schemas';

/** How many entries the feed holds: the newest changes. */
export const FEED_SIZE = 50;

export interface FeedEntry {
  /** A tag: URI made of the site's host, the commit's date, the initiative and the commit: stable across builds. */
  id: string;
  initiative: string;
  title: string;
  /** Full committer time (ISO 8601). */
  updated: string;
  /** What changed, in words: the commit subject when it is Dutch (the developers' English subjects are left out). */
  summary: string;
  link: string;
}

export interface FeedInput {
  history: DataHistory;
  /** Initiative id -> current name; changes to files no longer in the atlas are left out. */
  names: ReadonlyMap<string, string>;
  /** The absolute address of an initiative's page. */
  pageUrl: (id: string) => string;
  /** The site's host name, the naming authority of the tag: URIs. */
  host: string;
  limit?: number;
}

const PREFIX = `${ENTITY_FOLDERS.initiative}/`;

/** The newest `limit` changes to initiatives (one entry per initiative per commit), newest first. */
export function feedEntries(input: FeedInput): FeedEntry[] {
  const { history, names, pageUrl, host, limit = FEED_SIZE } = input;
  if (!history.available) return [];
  const out: FeedEntry[] = [];
  for (const c of history.commits) {
    for (const f of c.files) {
      if (out.length >= limit) return out;
      if (f.kind === 'deleted' || !f.path.startsWith(PREFIX) || !f.path.endsWith('.yaml')) continue;
      const id = f.path.slice(PREFIX.length, -'.yaml'.length);
      const name = names.get(id);
      if (!name || id.includes('/')) continue;
      const added = f.kind === 'added';
      const subject = publishedSubject(c.subject);
      const said = subject ? ` ${subject}` : '';
      out.push({
        id: `tag:${host},${c.date}:initiatieven/${id}/${c.hash}`,
        initiative: id,
        title: `${added ? 'Nieuw' : 'Gewijzigd'}: ${name}`,
        updated: c.time,
        summary: `${added ? 'Nieuw in de atlas.' : 'Gewijzigd in de atlas.'}${said}`,
        link: pageUrl(id),
      });
    }
  }
  return out;
}

const xml = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);

export interface FeedMeta {
  title: string;
  /** The feed's own address and the site's home page. */
  self: string;
  home: string;
  /** Who publishes it (the site config's publisher): Atom needs an author. */
  author: { name: string; url: string };
  /** When there are no entries: the time the data last changed. */
  fallbackUpdated: string;
}

/** The feed as Atom 1.0 XML (RFC 4287). */
export function atomFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  const updated = entries[0]?.updated ?? meta.fallbackUpdated;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <id>${xml(meta.self)}</id>`,
    `  <title>${xml(meta.title)}</title>`,
    `  <subtitle>Nieuwe en gewijzigde initiatieven, uit de geschiedenis van de data.</subtitle>`,
    `  <updated>${xml(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(meta.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(meta.home)}"/>`,
    `  <author><name>${xml(meta.author.name)}</name><uri>${xml(meta.author.url)}</uri></author>`,
    ...entries.flatMap((e) => [
      '  <entry>',
      `    <id>${xml(e.id)}</id>`,
      `    <title>${xml(e.title)}</title>`,
      `    <updated>${xml(e.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>`,
      `    <summary>${xml(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
