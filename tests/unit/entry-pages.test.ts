import { parseFragment, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { astroHeadOf, pageDocument, type PageContext } from '../../src/lib/html/document';
import { initiativeEntry, organisationEntry } from '../../src/lib/html/entry-documents';
import { pagesAstroRenders } from '../../src/lib/html/entry-pages';
import { validateDataset } from '../../src/lib/validate/validate-dataset';
import { siteConfig } from '../../src/site.config';
import { file, input, siteModelOf } from '../helpers/fixtures';

/** A name a contributor could type that would be markup if it were not escaped. */
const HOSTILE = `<script>alert(1)</script> & "Zorg" <img src=x onerror=alert(2)>`;
const dataset = validateDataset(
  input(
    [
      file(
        'data/initiatives/proef.yaml',
        `name: '${HOSTILE}'\nkind: pps\nstatus: active\nsummary: 'Een samenvatting met </title><script>x</script> erin.'\n` +
          `lead_organisation: school\nlocations:\n  - place: Utrecht\n    latitude: 52.09\n    longitude: 5.12\nsources:\n  - title: Bron\n`,
      ),
    ],
    [file('data/organisations/school.yaml', `name: '${HOSTILE}'\nkind: mbo_institution\n`)],
  ),
);
const site = siteModelOf(dataset, '/atlas/');
const siteUrl = new URL('https://voorbeeld.nl/atlas/');
const HEAD = '<link rel="stylesheet" href="/atlas/_astro/global.abc.css">';
const contextOf = (path: string): PageContext => ({
  site,
  config: siteConfig,
  pathname: site.links.of(path),
  siteUrl,
  csp: "default-src 'self'",
});

type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };
function elements(node: Node, out: Node[] = []): Node[] {
  if (node.attrs) out.push(node);
  for (const c of node.childNodes ?? []) elements(c, out);
  return out;
}
const textOf = (n: Node): string => (n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map(textOf).join(''));

describe('the pages the build writes itself', () => {
  it('the test data is valid (hostile names are allowed text)', () => {
    expect(dataset.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  for (const [kind, entry] of [
    ['initiative', initiativeEntry(site, siteConfig, 'proef', siteUrl)],
    ['organisation', organisationEntry(site, siteConfig, 'school')],
  ] as const) {
    it(`an ${kind} page: a whole document where a hostile name is text, with Astro's head where Astro puts it`, () => {
      const doc = pageDocument(contextOf(entry.path), entry.props, entry.slots, HEAD);
      expect(doc.startsWith('<!DOCTYPE html><html lang="nl"> <head><meta charset="utf-8">')).toBe(true);
      expect(doc).toContain(`${HEAD}</head>`);
      const all = elements(parse(doc) as unknown as Node);
      // Only the page's own script (the structured data) and no image: the name's markup stayed text.
      expect(all.filter((e) => e.nodeName === 'script').map((e) => e.attrs!.find((a) => a.name === 'type')?.value)).toEqual(
        kind === 'initiative' ? ['application/ld+json'] : [],
      );
      expect(all.some((e) => e.nodeName === 'img')).toBe(false);
      const h1 = all.find((e) => e.nodeName === 'h1')!;
      expect(textOf(h1).startsWith(HOSTILE)).toBe(true);
      const title = all.find((e) => e.nodeName === 'title')!;
      expect(textOf(title)).toContain(HOSTILE);
      // The canonical address is the page's own, under the base path.
      expect(all.find((e) => e.nodeName === 'link' && e.attrs!.some((a) => a.value === 'canonical'))!.attrs).toContainEqual({
        name: 'href',
        value: `https://voorbeeld.nl${site.links.of(entry.path)}`,
      });
    });
  }

  it('takes what Astro put before </head> from its page, and refuses a page that differs anywhere else', () => {
    const entry = initiativeEntry(site, siteConfig, 'proef', siteUrl);
    const ctx = contextOf(entry.path);
    const astro = pageDocument(ctx, entry.props, entry.slots, HEAD);
    expect(astroHeadOf(astro, ctx, entry, 'initiatieven')).toBe(HEAD);
    expect(astroHeadOf(pageDocument(ctx, entry.props, entry.slots, ''), ctx, entry, 'initiatieven')).toBe('');
    // Base.astro changed without document.ts: one more space in the footer, another class in the head.
    expect(() =>
      astroHeadOf(astro.replace('<footer class="site-footer">', '<footer  class="site-footer">'), ctx, entry, 'initiatieven'),
    ).toThrow(
      /De pagina \/atlas\/initiatieven\/proef\/ die Astro maakte, is niet dezelfde als wat de build voor de andere initiatieven schrijft.*Eerste verschil: Astro ".*<footer {2}class/s,
    );
    expect(() => astroHeadOf(astro.replace('<meta name="viewport"', '<meta name="view"'), ctx, entry, 'initiatieven')).toThrow(
      /Eerste verschil: Astro ".*name=\\"view\\" content.*de build ".*name=\\"viewport\\"/s,
    );
    // Something of the page's own where Astro puts its stylesheets is not copied onto every page.
    expect(() =>
      astroHeadOf(astro.replace(`${HEAD}</head>`, `${HEAD}<meta name="x" content="proef"></head>`), ctx, entry, 'initiatieven'),
    ).toThrow(/vóór <\/head> meer dan stylesheets en scripts.*meta name=/);
    expect(() =>
      astroHeadOf(astro.replace(`${HEAD}</head> <body>`, `${HEAD}</head><x></head> <body>`), ctx, entry, 'initiatieven'),
    ).toThrow(/meer dan stylesheets en scripts/);
    // Astro's module scripts are copied like its stylesheets.
    const withScript = `${HEAD}<script type="module" src="/atlas/_astro/x.js"></script>`;
    expect(astroHeadOf(pageDocument(ctx, entry.props, entry.slots, withScript), ctx, entry, 'initiatieven')).toBe(withScript);
    expect(parseFragment(HEAD)).toBeTruthy();
  });

  it('Astro renders one page of each kind in a build, and every page under astro dev', () => {
    expect(pagesAstroRenders(['a', 'b', 'c'], true)).toEqual(['a']);
    expect(pagesAstroRenders(['a', 'b', 'c'], false)).toEqual(['a', 'b', 'c']);
    expect(pagesAstroRenders([], true)).toEqual([]);
  });
});
