/**
 * An initiative's or organisation's page as a whole: what the layout needs (its props) and what
 * goes in its slots. Both ways of making these pages use it: the Astro routes (src/pages/
 * initiatieven/[id].astro, organisaties/[id].astro; `astro dev` and one page of each in a build)
 * and the build's own writer (src/integrations/entry-pages.ts).
 */
import { label } from '../labels';
import type { SiteConfig } from '../schema/types.generated';
import type { SiteModel } from '../site-model';
import { paths } from '../urls';
import { initiativePage } from '../views/initiative-page';
import { organisationPage } from '../views/organisation-page';
import { jsonLdScript, type LayoutProps, type PageSlots } from './document';
import { initiativeContent } from './initiative-page';
import { organisationContent } from './organisation-page';
import { trustedHtml } from './template';

export interface EntryPage {
  /** The page's path without the base path, as `paths` gives it (`paths.initiative(id)`). */
  path: string;
  props: LayoutProps;
  slots: PageSlots;
}

const routes = (config: SiteConfig) => ({ repository: config.repository, email: config.owner.email });

export function initiativeEntry(site: SiteModel, config: SiteConfig, id: string, siteUrl: URL | undefined): EntryPage {
  const page = initiativePage(site, id, siteUrl);
  const d = page.data;
  return {
    path: paths.initiative(id),
    props: {
      title: d.name,
      description: d.summary,
      crumbs: [{ href: site.links.initiatives(), label: 'Initiatieven' }],
      previewRegion: page.previewRegion,
    },
    // The spaces around the content are the ones Astro wrote around it when the page's template held it.
    slots: { head: jsonLdScript(page.jsonLd), main: trustedHtml(`  ${initiativeContent(site, page, routes(config)).text} `) },
  };
}

export function organisationEntry(site: SiteModel, config: SiteConfig, id: string): EntryPage {
  const page = organisationPage(site, id);
  const { data: d, initiativeCount: count } = page;
  return {
    path: paths.organisation(id),
    props: {
      title: d.name,
      titleNote: 'organisatie',
      description: `${d.name}: ${label('organisation_kind', d.kind).toLowerCase()}, betrokken bij ${count} ${count === 1 ? 'initiatief' : 'initiatieven'} in de ${config.title}.`,
      crumbs: [{ href: site.links.organisations(), label: 'Organisaties' }],
      previewRegion: page.previewRegion,
    },
    slots: { head: '', main: trustedHtml(` ${organisationContent(site, page, routes(config)).text} `) },
  };
}
