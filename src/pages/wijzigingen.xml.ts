import type { APIRoute } from 'astro';
import { atomFeed, feedEntries } from '../lib/feed/changes';
import { getSite } from '../io/site';
import { siteConfig } from '../site.config';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const abs = (link: string) => new URL(link, siteUrl).href;
  const entries = feedEntries({
    history: site.history,
    names: new Map([...site.initiatives].map(([id, i]) => [id, i.data.name])),
    pageUrl: (id) => abs(site.links.initiative(id)),
    host: new URL(String(siteUrl)).hostname,
  });
  const body = atomFeed(
    {
      title: `Wijzigingen in de ${siteConfig.title}`,
      self: abs(site.links.changesFeed()),
      home: abs(site.links.home()),
      author: siteConfig.publisher,
      fallbackUpdated: `${site.lastChanged}T00:00:00Z`,
    },
    entries,
  );
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
