/**
 * A whole page as the layout (src/layouts/Base.astro) makes it: the layout's parts, and the
 * document around them for the pages that are written without Astro's renderer
 * (src/integrations/entry-pages.ts says which and why). Base.astro takes its parts from here too,
 * so the two cannot drift apart; the build checks they did not (entry-pages.ts).
 */
import type { SiteConfig } from '../schema/types.generated';
import type { SiteModel } from '../site-model';
import { breadcrumbs, headTags, siteFooter, siteHeader } from './layout';
import { html, trustedHtml, type Html } from './template';

/** What a page tells the layout (Base.astro's props). */
export interface LayoutProps {
  title: string;
  /** Said after the title in the window title only ("organisatie"), not in the breadcrumb. */
  titleNote?: string | undefined;
  description?: string | undefined;
  /** The region whose map is the link-preview image; the whole atlas when left out. */
  previewRegion?: string | undefined;
  /** Breadcrumbs: the pages above this one (the home page first is added here). */
  crumbs?: { href: string; label: string }[] | undefined;
  /** The search page has its own search field; the header's would be a second one. */
  headerSearch?: boolean | undefined;
  /** The page's canonical address when it is not this one (an old address that leads to its new one). */
  canonical?: string | undefined;
}

/** Where and how a page is published. */
export interface PageContext {
  site: SiteModel;
  config: SiteConfig;
  /** The page's path, with the base path ('/atlas/initiatieven/x/'). */
  pathname: string;
  /** The published address (Astro's `site`), for absolute links. */
  siteUrl: URL | undefined;
  /** The page's Content-Security-Policy (src/lib/security/public-csp.ts). */
  csp: string;
}

export interface LayoutParts {
  head: Html;
  header: Html;
  crumbs: Html | '';
}

/** The layout's parts for one page; the footer is the same on every page (siteFooter). */
export function layoutParts(ctx: PageContext, props: LayoutProps): LayoutParts {
  const { site, config } = ctx;
  const { title, titleNote, description = config.tagline, previewRegion, crumbs, headerSearch = true, canonical } = props;
  // An organisation's page may bear the name of a region or an initiative ("Provincie Zeeland",
  // "Zorgacademie Midden-Brabant"): `titleNote` tells the two apart in the window title (WCAG 2.4.2).
  const pageTitle = titleNote ? `${title} (${titleNote})` : title;
  const fullTitle = title === config.title ? title : `${pageTitle} · ${config.title}`;
  const url = canonical ?? new URL(ctx.pathname, ctx.siteUrl).href;
  const previewUrl = new URL(site.links.preview(previewRegion), ctx.siteUrl).href;
  return {
    head: headTags(site, config, { csp: ctx.csp, fullTitle, pageTitle, description, url, previewUrl }),
    // The search field stands in the header on every screen (the search page has its own).
    header: siteHeader(site, config, ctx.pathname, headerSearch),
    crumbs: crumbs ? breadcrumbs(site, crumbs, title) : '',
  };
}

/** A page's own parts: what goes in the layout's `head` slot and in its main slot. */
export interface PageSlots {
  head: Html | '';
  /** The main slot as Astro renders the page's template into it (with its spaces). */
  main: Html;
}

/**
 * The whole document, as Astro writes a page made with Base.astro.
 * @param injectedHead what Astro puts before `</head>` (the stylesheet links), taken from a page
 *   Astro made (entry-pages.ts)
 */
export function pageDocument(ctx: PageContext, props: LayoutProps, slots: PageSlots, injectedHead: string): string {
  const parts = layoutParts(ctx, props);
  return `<!DOCTYPE html>${html`<html lang="${ctx.config.lang}"> <head>${parts.head}${slots.head}${trustedHtml(injectedHead)}</head> <body> ${parts.header} <main id="inhoud" class="container" tabindex="-1"> ${parts.crumbs} ${slots.main} </main> ${siteFooter(ctx.site, ctx.config)} </body></html>`.text}`;
}

/** The structured data of a page, for its `head` slot (JSON with every '<' escaped: jsonLdText). */
export function jsonLdScript(jsonLd: string): Html {
  return trustedHtml(`<script type="application/ld+json">${jsonLd}</script>`);
}

/** Stylesheet links and module scripts, as Astro writes them before `</head>`: nothing of one page's own. */
const ASTRO_HEAD = /^(?:<link rel="stylesheet" href="[^"<>]*">|<script type="module" src="[^"<>]*"><\/script>)*$/;

/** A marker no page holds: where Astro's own part of the head goes. */
const MARK = '\u0000atlas:head\u0000';

/**
 * What Astro wrote before `</head>` on a page it made with Base.astro (the stylesheet links),
 * after checking that the rest of that page is exactly what pageDocument makes for it. Throws,
 * naming the page and the first difference, when it is not.
 * @param noun the kind of page, plural, for the message ("initiatieven")
 */
export function astroHeadOf(astroHtml: string, ctx: PageContext, page: { props: LayoutProps; slots: PageSlots }, noun: string): string {
  const ours = pageDocument(ctx, page.props, page.slots, MARK);
  const [before = '', after = ''] = ours.split(MARK);
  const middle = astroHtml.slice(before.length, astroHtml.length - after.length);
  const fits = astroHtml.length >= before.length + after.length && astroHtml.startsWith(before) && astroHtml.endsWith(after);
  // What Astro adds there is the same on every page (stylesheets and scripts of the components
  // used); anything else could be the first page's own and must not be copied onto the others.
  if (fits && ASTRO_HEAD.test(middle)) return middle;
  if (fits) {
    throw new Error(
      `Astro zette op de pagina ${ctx.pathname} vóór </head> meer dan stylesheets en scripts (${JSON.stringify(middle.slice(0, 200))}); ` +
        `de build kan dat niet voor de andere ${noun} overnemen (src/lib/html/document.ts).`,
    );
  }
  // Where they differ: in the part before Astro's head (read from the start), or else in the part
  // after it (read from the end, since Astro's part has a length of its own).
  let theirs: string;
  let mine: string;
  if (!astroHtml.startsWith(before)) {
    let n = 0;
    while (n < before.length && before[n] === astroHtml[n]) n++;
    [theirs, mine] = [astroHtml.slice(Math.max(0, n - 40), n + 60), before.slice(Math.max(0, n - 40), n + 60)];
  } else {
    let k = 0;
    while (k < after.length && after[after.length - 1 - k] === astroHtml[astroHtml.length - 1 - k]) k++;
    const near = (text: string) => text.slice(Math.max(0, text.length - k - 60), text.length - k + 40);
    [theirs, mine] = [near(astroHtml), near(after)];
  }
  throw new Error(
    `De pagina ${ctx.pathname} die Astro maakte, is niet dezelfde als wat de build voor de andere ${noun} schrijft ` +
      `(src/layouts/Base.astro en de pagina tegenover src/lib/html/document.ts en entry-documents.ts). ` +
      `Eerste verschil: Astro ${JSON.stringify(theirs)}, de build ${JSON.stringify(mine)}.`,
  );
}
