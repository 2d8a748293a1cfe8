import type { APIRoute } from 'astro';
import { atomFeed, feedEntries } from '../lib/feed/changes';
import { paths, withBase } from '../lib/urls';
import { getSite } from '../site';
import { siteConfig } from '../site.config';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const abs = (path: string) => new URL(withBase(site.base, path), siteUrl).href;
  const entries = feedEntries({
    history: site.history,
    names: new Map([...site.initiatives].map(([id, i]) => [id, i.data.name])),
    pageUrl: (id) => abs(paths.initiative(id)),
    host: new URL(String(siteUrl)).hostname,
  });
  const body = atomFeed(
    {
      title: `Wijzigingen in de ${siteConfig.title}`,
      self: abs(paths.changesFeed()),
      home: abs(paths.home()),
      author: siteConfig.publisher,
      fallbackUpdated: `${site.lastChanged}T00:00:00Z`,
    },
    entries,
  );
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
