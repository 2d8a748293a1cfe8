import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures';
import { BASE, SITE_DIR, siteBuilt } from '../helpers/site';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

/** Maps a site URL path (under the base path) to the file that serves it. */
function fileFor(urlPath: string): string | undefined {
  if (!urlPath.startsWith(BASE)) return undefined;
  const rel = decodeURIComponent(urlPath.slice(BASE.length));
  const p = join(SITE_DIR, rel);
  if (rel === '' || rel.endsWith('/')) return join(p, 'index.html');
  return p;
}

const built = siteBuilt; // under CI=true a missing site already failed in helpers/site

describe.skipIf(!built)(`the built site (${SITE_DIR}, base ${BASE})`, () => {
  const files = built ? htmlFiles(SITE_DIR) : [];
  const pages = files.map((f) => ({ file: f.slice(SITE_DIR.length), html: readFileSync(f, 'utf8') }));
  // /admin/ (Decap CMS) has its own, looser CSP by design; every other page is public.
  const publicPages = pages.filter((p) => !p.file.startsWith('/admin/'));

  it("the accessibility statement has the Dutch model's parts, a date, and no status that needs a study it does not have", () => {
    const html = readFileSync(join(SITE_DIR, 'toegankelijkheid', 'index.html'), 'utf8');
    const headings = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
    for (const part of [
      'Voor welke website',
      'Nalevingsstatus',
      'Wat er wel is onderzocht',
      'Wat (nog) niet goed werkt',
      'Een probleem melden',
      'Handhavingsprocedure',
    ])
      expect(
        headings.some((h) => h!.startsWith(part)),
        part,
      ).toBe(true);
    expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">/);
    // Status A or B asks for a complete WCAG-EM study of all 50 requirements; the statement says there is none.
    expect(html).toMatch(/Nalevingsstatus: D/);
    expect(html).not.toMatch(/voldoet gedeeltelijk/);
  });

  it('serves MapLibre as the package ships it, and bundles no second copy of it', () => {
    const vendor = join(SITE_DIR, 'vendor', 'maplibre-gl');
    for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
      expect(readFileSync(join(vendor, f)).equals(readFileSync(join(ROOT, 'node_modules', 'maplibre-gl', 'dist', f))), f).toBe(true);
    const scripts = readdirSync(join(SITE_DIR, '_astro')).filter((f) => /\.m?js$/.test(f));
    const bundled = scripts.filter((f) => readFileSync(join(SITE_DIR, '_astro', f), 'utf8').includes('maplibre-gl-js/blob'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(bundled).toEqual([]);
  });

  it('loads the CMS script that esbuild bundled (not Vite), with a stylesheet address that exists', () => {
    const admin = readFileSync(join(SITE_DIR, 'admin', 'index.html'), 'utf8');
    expect(admin).toContain(`<script type="module" src="${BASE}admin/atlas-cms.js"></script>`);
    const script = readFileSync(join(SITE_DIR, 'admin', 'atlas-cms.js'), 'utf8');
    // The CMS's own code, the shared validator included: it reads its settings from the page.
    expect(script).toContain('atlas-cms-config');
    expect(admin).toContain(`data-base="${BASE}"`);
    // The site's own stylesheet, for the preview: the file a public page links (Rollup may name
    // it after any page that shares it, so it is compared by content, not by name).
    const css = /data-site-css="([^"]+)"/.exec(admin)?.[1];
    expect(css).toMatch(new RegExp(`^${BASE}_astro/[\\w.-]+\\.css$`));
    const home = readFileSync(join(SITE_DIR, 'index.html'), 'utf8');
    const linked = [...home.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
      readFileSync(join(SITE_DIR, m[1]!.slice(BASE.length))),
    );
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.some((l) => l.equals(readFileSync(join(SITE_DIR, css!.slice(BASE.length)))))).toBe(true);
    const scripts = readdirSync(join(SITE_DIR, '_astro')).filter((f) => /\.m?js$/.test(f));
    expect(scripts.filter((f) => readFileSync(join(SITE_DIR, '_astro', f), 'utf8').includes('atlas-cms-config'))).toEqual([]);
  });

  it('reads as written: no space before a comma or full stop after a link or other inline element', () => {
    // Template whitespace is visible text in HTML: a reformatted template once printed
    // "tot CoE ." and "Overijssel , Drenthe".
    const found = pages.flatMap(({ file, html }) => {
      const text = html
        .replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, '')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ');
      return [...text.matchAll(/\w \s?[,.;:)](?=\s|$)/g)].map((m) => `${file}: …${text.slice(Math.max(0, m.index - 25), m.index + 5)}…`);
    });
    expect(found).toEqual([]);
  });

  it('has every page type', () => {
    const names = new Set(pages.map((p) => p.file));
    for (const p of [
      '/index.html',
      '/initiatieven/index.html',
      '/initiatieven/civ-wind-op-zee/index.html',
      '/organisaties/scalda/index.html',
      '/regio/index.html',
      '/regio/zeeland/index.html',
      '/cijfers/index.html',
      '/zoeken/index.html',
      '/data/index.html',
      '/over/index.html',
      '/bijdragen/index.html',
      '/toegankelijkheid/index.html',
      '/privacy/index.html',
      '/404.html',
    ]) {
      expect(names, p).toContain(p);
    }
  });

  it('every internal link and resource resolves', () => {
    const broken: string[] = [];
    for (const { file, html } of pages) {
      for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const url = m[1]!.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|#|data:)/.test(url)) continue;
        const path = url.split('#')[0]!.split('?')[0]!;
        if (!path) continue;
        const target = fileFor(path);
        if (!target || !existsSync(target)) broken.push(`${file}: ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads nothing from other hosts: scripts, styles, images and fonts are our own', () => {
    const external: string[] = [];
    for (const { file, html } of pages) {
      for (const m of html.matchAll(/<(script|link|img|source|iframe)\b[^>]*\s(?:src|href)="(https?:[^"]+)"/g)) {
        if (m[1] === 'link' && /rel="canonical"/.test(m[0])) continue;
        external.push(`${file}: ${m[2]}`);
      }
    }
    expect(external).toEqual([]);
  });

  it('has no inline scripts or style attributes, so the strict CSP holds', () => {
    const offenders: string[] = [];
    for (const { file, html } of publicPages) {
      for (const m of html.matchAll(/<script\b([^>]*)>/g))
        if (!/\bsrc=/.test(m[1]!) && !/type="application\/ld\+json"/.test(m[1]!)) offenders.push(`${file}: inline script`);
      if (/\sstyle="/.test(html)) offenders.push(`${file}: style attribute`);
      if (/<style[\s>]/.test(html)) offenders.push(`${file}: <style> element`);
    }
    expect(offenders).toEqual([]);
  });

  it('every public page has a CSP without unsafe-inline or unsafe-eval, a language, a title and one h1', () => {
    for (const { file, html } of publicPages) {
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, file).toBeDefined();
      // 'wasm-unsafe-eval' (Pagefind's WebAssembly) is not 'unsafe-eval': it allows no eval() of strings.
      expect(csp, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(html, file).toMatch(/<html lang="nl">/);
      expect(html, file).toMatch(/<title>[^<]+<\/title>/);
      expect(html.match(/<h1[\s>]/g)?.length, file).toBe(1);
    }
  });

  it("a detail page's small map is a picture with a name, no links: its regions are linked under Waar, its point is the page", () => {
    const maps = publicPages.filter((p) => p.file.includes('/initiatieven/') && p.html.includes('class="detail-map"'));
    expect(maps.length).toBeGreaterThan(100);
    for (const { file, html } of maps) {
      const figure = /<figure class="detail-map">([\s\S]*?)<\/figure>/.exec(html)![1]!;
      expect(figure, file).not.toContain('<a ');
      expect(figure, file).toMatch(/<svg[^>]*role="img"[^>]*>\s*<title id="[^"]+">Kaart: /);
    }
  });

  it('no two public pages share a title (WCAG 2.4.2): an organisation named like a region or an initiative says it is one', () => {
    const byTitle = new Map<string, string[]>();
    for (const { file, html } of publicPages) {
      const title = /<title>([^<]+)<\/title>/.exec(html)![1]!;
      byTitle.set(title, [...(byTitle.get(title) ?? []), file]);
    }
    expect([...byTitle].filter(([, files]) => files.length > 1)).toEqual([]);
  });

  it('a detail page says "nog niet vastgelegd" at most once, and only with what is missing', () => {
    const details = pages.filter((p) => /^\/initiatieven\/[^/]+\/index\.html$/.test(p.file));
    expect(details.length).toBeGreaterThanOrEqual(160);
    for (const p of details) {
      const text = p.html.replace(/<[^>]+>/g, ' ');
      expect((text.match(/nog niet vastgelegd/gi) ?? []).length, p.file).toBeLessThanOrEqual(1);
    }
    // An initiative with gaps lists them in that one line.
    const gappy = details.find((p) => p.file.includes('/zorgpact-zeeland/'))!;
    // "vastgelegd", not "bekend": a note may name an amount that is not yet a recorded funding (a reader review).
    expect(gappy.html.replace(/<[^>]+>/g, '')).toMatch(
      /Nog niet vastgelegd: [^.]*financiering[^.]*succesfactoren[^.]*\. De opmerking van de redactie kan er meer over zeggen\./,
    );
  });

  it('every public page names its owner, a contact address and when the data last changed', () => {
    for (const { file, html } of publicPages.filter((p) => p.file.endsWith('index.html'))) {
      expect(html, file).toContain('Beheerd door Redactie Samenwerkingsatlas');
      expect(html, file).toMatch(/href="mailto:redactie@samenwerkingsatlas\.nl"/);
      expect(html, file).toMatch(/Data laatst bijgewerkt op\s+<time datetime="\d{4}-\d{2}-\d{2}">\d{1,2} [a-z]+ \d{4}<\/time>/);
    }
  });

  it('detail, region and organisation pages need no JavaScript', () => {
    for (const { file, html } of pages.filter((p) => /^\/(initiatieven|organisaties|regio)\/[^/]+\/index\.html$/.test(p.file))) {
      expect(html, file).not.toMatch(/<script\b[^>]*\bsrc=/);
    }
  });

  it("keeps the looser CSP to /admin/ and lets it load only its own and GitHub's resources", () => {
    const admin = pages.find((p) => p.file === '/admin/index.html');
    expect(admin).toBeDefined();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(admin!.html)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'self' 'unsafe-eval'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(admin!.html).toMatch(/src="\/atlas\/admin\/decap\/decap-cms\.js"/);
    expect(existsSync(join(SITE_DIR, 'admin', 'decap', 'decap-cms.js'))).toBe(true);
  });

  it('publishes the open data and the schemas', () => {
    for (const f of [
      'initiatieven.json',
      'organisaties.json',
      'initiatieven.geojson',
      'initiatieven.csv',
      'organisaties.csv',
      'organisaties-spreadsheet.csv',
      'datapackage.json',
      'catalogus.jsonld',
      'kaart.json',
      'verkenner.json',
      'schemas/initiative.schema.json',
    ]) {
      expect(existsSync(join(SITE_DIR, 'data', f)), f).toBe(true);
    }
    const geo = JSON.parse(readFileSync(join(SITE_DIR, 'data', 'initiatieven.geojson'), 'utf8'));
    expect(geo.features.length).toBeGreaterThan(50);
    expect(geo.features[0].properties.url).toMatch(/^https?:\/\/.+\/atlas\/initiatieven\//);
  });

  it("shows every relation's note, and says a working area derived from a place is derived", () => {
    /** The page's text, with Astro's escapes undone and tags and spaces flattened. */
    const textOf = (id: string) =>
      readFileSync(join(SITE_DIR, 'initiatieven', id, 'index.html'), 'utf8')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!)
        .replace(/\s+/g, ' ');
    const dir = join(ROOT, 'data', 'initiatives');
    let notes = 0;
    let derived = 0;
    for (const f of readdirSync(dir)) {
      const id = f.replace(/\.yaml$/, '');
      const d = load(readFileSync(join(dir, f), 'utf8')) as {
        relations?: { note?: string }[];
        working_area?: { certainty?: string; note?: string };
      };
      const text = textOf(id);
      for (const r of d.relations ?? [])
        if (r.note) {
          notes++;
          expect(text, id).toContain(r.note.replace(/\s+/g, ' '));
        }
      if (d.working_area?.certainty === 'approximate') {
        derived++;
        expect(text, id).toMatch(/Werkgebied, afgeleid uit/);
        expect(text, id).not.toMatch(/Werkgebied volgens de bron/);
      }
    }
    expect(notes).toBeGreaterThan(0);
    expect(derived).toBeGreaterThan(0);
  });

  it('every table that scrolls on its own can be reached and scrolled by keyboard, and is named (WCAG 2.1.1)', () => {
    let boxes = 0;
    for (const p of publicPages)
      for (const m of p.html.matchAll(/<div[^>]*class="table-scroll[^"]*"[^>]*>/g)) {
        boxes++;
        expect(m[0], p.file).toMatch(/tabindex="0"/);
        expect(m[0], p.file).toMatch(/role="region"/);
        expect(m[0], p.file).toMatch(/aria-label(ledby)?="[^"]+"/);
      }
    expect(boxes).toBeGreaterThan(0);
  });
});
