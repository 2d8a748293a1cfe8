/**
 * The parts of the page layout (src/layouts/Base.astro) that every page has: the head's meta
 * tags, the header with the main menu, the breadcrumbs and the footer. Markup from the `html` tag
 * (template.ts says why), the same, byte for byte, as the Astro template it replaces. The header
 * and the footer are the same on thousands of pages, so each is made once per variant.
 */
import { checkSentence } from '../checks';
import { repositoryUrl } from '../forge';
import type { SiteConfig } from '../schema/types.generated';
import type { SiteModel } from '../site-model';
import { attributes, html, type Html } from './template';

export interface HeadOptions {
  /** The page's Content-Security-Policy (src/lib/security/public-csp.ts). */
  csp: string;
  /** The window title. */
  fullTitle: string;
  /** The title for link previews: without the site's name. */
  pageTitle: string;
  description: string;
  /** The page's canonical address. */
  url: string;
  /** The link preview's picture. */
  previewUrl: string;
}

/** The head's meta tags and links, before the page's own (the `head` slot) and the stylesheets. */
export function headTags(site: SiteModel, config: SiteConfig, o: HeadOptions): Html {
  const { links } = site;
  return html`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${o.csp}"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="strict-origin-when-cross-origin"><title>${o.fullTitle}</title><meta name="description" content="${o.description}"><!-- Link previews (Teams, LinkedIn, WhatsApp, X): a map made at build time, on our own host. --><meta property="og:type" content="website"><meta property="og:site_name" content="${config.title}"><meta property="og:locale" content="nl_NL"><meta property="og:title" content="${o.pageTitle}"><meta property="og:description" content="${o.description}"><meta property="og:url" content="${o.url}"><meta property="og:image" content="${o.previewUrl}"><meta property="og:image:type" content="image/png"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta property="og:image:alt" content="${`Kaart van ${config.title}`}"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="${o.pageTitle}"><meta name="twitter:description" content="${o.description}"><meta name="twitter:image" content="${o.previewUrl}"><link rel="icon" href="${links.favicon()}" type="image/svg+xml"><link rel="canonical" href="${o.url}"><link rel="alternate" type="application/atom+xml" title="${`Wijzigingen in de ${config.title}`}" href="${links.changesFeed()}">`;
}

/** The main menu's items, in order. */
function menu(links: SiteModel['links']): { href: string; label: string }[] {
  return [
    { href: links.home(), label: 'Kaart' },
    { href: links.initiatives(), label: 'Initiatieven' },
    { href: links.organisations(), label: 'Organisaties' },
    { href: links.regions(), label: "Regio's" },
    { href: links.figures(), label: 'Cijfers' },
    { href: links.whatWorks(), label: 'Wat werkt' },
    { href: links.data(), label: 'Open data' },
    { href: links.about(), label: 'Over' },
  ];
}

/** Made once per site model: the header per variant (search field, current menu item) and the footer. */
const made = new WeakMap<SiteModel, { headers: Map<string, Html>; footer?: Html }>();
const madeFor = (site: SiteModel) => {
  let m = made.get(site);
  if (!m) made.set(site, (m = { headers: new Map() }));
  return m;
};

/**
 * The skip link and the header: the wordmark, the search field (not on the search page, which has
 * its own) and the main menu with the current section marked.
 * @param current the page's path
 */
export function siteHeader(site: SiteModel, config: SiteConfig, current: string, headerSearch: boolean): Html {
  const { links } = site;
  const items = menu(links);
  const active = items.map((n) => (n.href === links.home() ? current === n.href : current.startsWith(n.href)));
  const key = `${headerSearch}:${active.join()}`;
  const m = madeFor(site);
  const known = m.headers.get(key);
  if (known) return known;
  const header = html`<a class="nl-skip-link nl-skip-link--visible-on-focus skip-link" href="#inhoud">Naar de inhoud</a> <header class="site-header"> <div class="container header-top"> <a class="wordmark" href="${links.home()}"> <svg viewBox="0 0 44 20" width="44" height="20" aria-hidden="true" focusable="false" class="wordmark-mark"> <path d="M6 2a6 6 0 1 0 0.01 0Z" class="kind-pps"></path><path d="M15 4h10v10H15Z" class="kind-civ"></path><path d="M34 2 42 16H26Z" class="kind-coe"></path> </svg> <span class="wordmark-text">${config.title}<span class="wordmark-owner">Een uitgave van ${config.publisher.name}</span></span> </a> ${
    headerSearch &&
    html`<form class="site-search" role="search" action="${links.search()}" method="get"> <label for="site-search-q" class="visually-hidden">Zoeken in de atlas</label> <input id="site-search-q" name="q" type="search" placeholder="Zoek initiatief of organisatie"> <button type="submit" class="nl-button nl-button--primary button">Zoeken</button> </form>`
  } </div> <nav class="site-nav" aria-label="Hoofdmenu"> <ul class="container"> ${items.map(
    (n, k) =>
      html`<li><a class="nl-link" href="${n.href}"${attributes({ 'aria-current': active[k] ? 'page' : undefined })}>${n.label}</a></li>`,
  )} </ul> </nav> </header>`;
  m.headers.set(key, header);
  return header;
}

/** The breadcrumbs: home, the pages above this one, and this page's title. */
export function breadcrumbs(site: SiteModel, crumbs: readonly { href: string; label: string }[], title: string): Html {
  return html`<nav class="breadcrumbs" aria-label="Kruimelpad"> <ol> <li><a class="nl-link" href="${site.links.home()}">Home</a></li> ${crumbs.map((c) => html`<li><a class="nl-link" href="${c.href}">${c.label}</a></li>`)} <li aria-current="page">${title}</li> </ol> </nav>`;
}

/** The footer: who publishes the atlas, how current its data is (counted, never claimed), and the site's other pages. */
export function siteFooter(site: SiteModel, config: SiteConfig): Html {
  const m = madeFor(site);
  if (m.footer) return m.footer;
  const { links, checks } = site;
  m.footer = html`<footer class="site-footer"> <div class="container"> <p>${config.title}: ${config.tagline}. Uitgegeven door <a href="${config.publisher.url}" rel="noopener">${config.publisher.name}</a>. Beheerd door ${config.owner.name}, <a href="${`mailto:${config.owner.email}`}">${config.owner.email}</a>. Data laatst bijgewerkt op <time datetime="${site.lastChanged}">${site.lastChangedInWords}</time>. <span class="check-figures">${checkSentence(checks.initiatives, checks.organisations)}</span> <a href="${`${links.about()}#controle`}">Wat een controle is</a>. Data: CC0; code: EUPL-1.2. Geen cookies, geen trackers.</p> <ul> <li><a class="nl-link" href="${links.about()}">Over de atlas</a></li> <li><a class="nl-link" href="${links.glossary()}">Begrippen</a></li> <li><a class="nl-link" href="${links.contribute()}">Meedoen en verbeteren</a></li> <li><a class="nl-link" href="${links.data()}">Open data</a></li> <li><a class="nl-link" href="${links.accessibility()}">Toegankelijkheid</a></li> <li><a class="nl-link" href="${links.privacy()}">Privacy</a></li> <li><a class="nl-link" href="${repositoryUrl(config)}">Broncode</a></li> </ul> </div> </footer>`;
  return m.footer;
}
