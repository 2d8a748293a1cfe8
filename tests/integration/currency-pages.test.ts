/**
 * Issue #23, as the built site shows it: every initiative and organisation page's check line and
 * history compared with its data file and with Git; the footer's and /over/'s check figures
 * compared with the data; the change feed read with an independent parser and compared with Git;
 * the work queue page kept out of search engines and the menu. Reads the site scripts/test.sh
 * builds under /atlas/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkFigures, checkSentence, dateInWords, isRunningStatus, latestDayOf, monthsBefore } from '../../src/lib/checks';
import { FEED_SIZE } from '../../src/lib/feed/changes';
import { organisationNotes } from '../../src/lib/organisation-notes';
import { sourceDateInWords } from '../../src/lib/views/initiative-facts';
import { ROOT } from '../helpers/fixtures';
import { BASE, SITE_DIR, siteBuilt } from '../helpers/site';

type Data = { name: string; last_verified?: string; verified_by?: string };
const readKind = (folder: string) =>
  readdirSync(join(ROOT, 'data', folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: f.slice(0, -5),
      path: `data/${folder}/${f}`,
      data: load(readFileSync(join(ROOT, 'data', folder, f), 'utf8')) as Data,
    }));
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
const shallow = (() => {
  try {
    return git('rev-parse', '--is-shallow-repository').trim() === 'true';
  } catch {
    return true;
  }
})();
/** Text of a page without tags, whitespace collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
const section = (html: string) => /<section class="currency"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';

describe.skipIf(!siteBuilt)('how current the atlas is, on the built site', () => {
  const initiatives = siteBuilt ? readKind('initiatives') : [];
  const organisations = siteBuilt ? readKind('organisations') : [];
  const page = (dir: string, id: string) => readFileSync(join(SITE_DIR, dir, id, 'index.html'), 'utf8');

  it('every initiative and organisation page says who checked it and when, as its file does', () => {
    for (const [dir, list] of [
      ['initiatieven', initiatives],
      ['organisaties', organisations],
    ] as const) {
      for (const e of list) {
        const t = text(section(page(dir, e.id)));
        if (e.data.last_verified) expect(t, e.path).toContain(`Gecontroleerd op ${dateInWords(e.data.last_verified)}`);
        else expect(t, e.path).toContain('Nog niet gecontroleerd.');
      }
    }
  });

  it('a theme in the words of the source is said to be so, under the sectors', () => {
    let themes = 0;
    for (const e of initiatives) {
      const theme = (e.data as Data & { theme?: string }).theme;
      if (!theme) continue;
      themes++;
      const sectors = text(/<dt>Sectoren en thema's<\/dt><dd>[\s\S]*?<\/dd>/.exec(page('initiatieven', e.id))?.[0] ?? '');
      expect(
        sectors
          .replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
        e.path,
      ).toContain(`Zoals de bron het noemt: ${theme}`);
    }
    expect(themes).toBeGreaterThan(0);
  });

  it('every initiative page with a status source says how old that source is, or that its date is not recorded', () => {
    let dated = 0;
    for (const e of initiatives) {
      const src = (e.data as Data & { status_source?: { published?: string } }).status_source;
      if (!src) continue;
      const status = text(/<dt>Status<\/dt><dd>[\s\S]*?<\/dd>/.exec(page('initiatieven', e.id))?.[0] ?? '');
      if (src.published) dated++;
      expect(status, e.path).toContain(
        src.published ? `Volgens een bron van ${sourceDateInWords(src.published)}: ` : 'Volgens een bron zonder vastgelegde datum: ',
      );
    }
    expect(dated).toBeGreaterThan(0);
  });

  it('a running or starting status whose source is over a year old says so on its page, and on no other; /cijfers/ counts them', () => {
    // The site was built today or just before: a source 13 months old was old then too, and one
    // from the last 11 months was not; the page says nothing of the age of an end.
    const now = new Date().toISOString().slice(0, 10);
    const warning = 'Die bron is meer dan 12 maanden oud: of dit nu nog zo is, is niet nagegaan.';
    let old = 0;
    for (const e of initiatives) {
      const d = e.data as Data & { status: string; status_source?: { published?: string } };
      const status = text(/<dt>Status<\/dt><dd>[\s\S]*?<\/dd>/.exec(page('initiatieven', e.id))?.[0] ?? '');
      const published = d.status_source?.published;
      const running = isRunningStatus(d.status);
      if (!running || !published) expect(status, e.path).not.toContain(warning);
      else if (latestDayOf(published) < monthsBefore(now, 13)) {
        expect(status, e.path).toContain(warning);
        old++;
      } else if (latestDayOf(published) >= monthsBefore(now, 11)) expect(status, e.path).not.toContain(warning);
    }
    expect(old).toBeGreaterThan(0);
    const cijfers = text(readFileSync(join(SITE_DIR, 'cijfers', 'index.html'), 'utf8'));
    const running = initiatives.filter((e) => ['active', 'in_development'].includes((e.data as Data & { status: string }).status)).length;
    expect(cijfers).toMatch(
      new RegExp(`Van de ${running} initiatieven die actief of in ontwikkeling zijn, is die bron bij (\\d+) meer dan 12 maanden oud`),
    );
    const counted = Number(/is die bron bij (\d+) meer dan/.exec(cijfers)![1]);
    expect(counted).toBeGreaterThanOrEqual(old);
    // And no more than those whose source is over 11 months old on any day the build could have run.
    const atMost = initiatives.filter((e) => {
      const d = e.data as Data & { status: string; status_source?: { published?: string } };
      const p = d.status_source?.published;
      return isRunningStatus(d.status) && !!p && latestDayOf(p) < monthsBefore(now, 11);
    }).length;
    expect(counted).toBeLessThanOrEqual(atMost);
  });

  it("every organisation page with a place says where the place came from, as its file's note does", () => {
    const facts = (html: string) => text(/<dl class="facts">[\s\S]*?<\/dl>/.exec(html)?.[0] ?? '');
    let shown = 0;
    for (const e of organisations) {
      const d = e.data as Data & { place?: string; notes?: string };
      const t = facts(page('organisaties', e.id));
      if (!d.place) {
        expect(t, e.path).not.toContain('Plaats');
        continue;
      }
      const basis = organisationNotes(d.notes).place;
      const said = !basis
        ? ''
        : basis.from === 'name'
          ? ' (afgeleid uit de naam)'
          : basis.from === 'list'
            ? ` (volgens de bronlijst: ‘${basis.quote}’)`
            : ` (opgegeven bij de aanmelding, in het voorstel voor ‘${basis.initiative}’)`;
      expect(t, e.path).toContain(`Plaats${d.place}${said}`);
      if (basis) shown++;
    }
    expect(shown).toBeGreaterThan(0);
  });

  it('an organisation page lists the initiatives whose partners text names it without a role, and only those', () => {
    type Full = Data & {
      short_name?: string;
      former_names?: string[];
      lead_organisation?: string;
      partners?: { organisation: string }[];
      partners_note?: string;
    };
    const byId = new Map(initiatives.map((i) => [i.id, i.data as Full]));
    let pages = 0;
    for (const e of organisations) {
      const html = page('organisaties', e.id);
      const section = /<h2>Ook genoemd bij \((\d+)\)<\/h2>[\s\S]*?<\/ul>/.exec(html);
      if (!section) continue;
      pages++;
      const listed = [...section[0].matchAll(/href="\/atlas\/initiatieven\/([^/]+)\/"/g)].map((m) => m[1]!);
      expect(listed.length, e.path).toBe(Number(section[1]));
      const d = e.data as Full;
      for (const id of listed) {
        const i = byId.get(id)!;
        const note = (i.partners_note ?? '').toLowerCase();
        expect(
          // By its name, short name or a former name (a merged school's old name in an older text).
          [d.name, d.short_name, ...(d.former_names ?? [])].some((n) => n && note.includes(n.toLowerCase())),
          `${e.id} in ${id}`,
        ).toBe(true);
        expect([i.lead_organisation, ...(i.partners ?? []).map((p) => p.organisation)], `${e.id} in ${id}`).not.toContain(e.id);
      }
    }
    expect(pages).toBeGreaterThan(0);
  });

  it('the growth chart on /cijfers/ says how many counted start years are derived or uncertain, as the files have them', () => {
    type Years = Data & { start_year?: number; start_year_certainty?: string };
    const derived = initiatives.filter((i) => {
      const d = i.data as Years;
      return d.start_year !== undefined && (d.start_year_certainty === 'approximate' || d.start_year_certainty === 'uncertain');
    }).length;
    expect(derived).toBeGreaterThan(0);
    expect(text(readFileSync(join(SITE_DIR, 'cijfers', 'index.html'), 'utf8'))).toContain(
      `Bij ${derived} initiatieven is het getelde startjaar afgeleid of onzeker`,
    );
  });

  it('every initiative and organisation page shows when its file last changed and its history, as Git has it', () => {
    // Pages of a sample (one git process per file here in the test, never in the build).
    const sample = [...initiatives.slice(0, 6), ...organisations.slice(0, 4)];
    for (const e of sample) {
      const html = section(page(e.path.startsWith('data/initiatives/') ? 'initiatieven' : 'organisaties', e.id));
      if (shallow) {
        expect(text(html), e.path).toContain('De geschiedenis is niet beschikbaar');
        continue;
      }
      const dates = git('log', '--no-renames', '--format=%cI', '--', e.path)
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((d) => d.slice(0, 10));
      expect(dates.length, e.path).toBeGreaterThan(0);
      expect(html, e.path).toContain(`Laatst gewijzigd op <time datetime="${dates[0]}">`);
      // A line that stands for several changes says how many ("2 keer gewijzigd"): each counts.
      const listed = [...html.matchAll(/<li><time datetime="(\d{4}-\d{2}-\d{2})">[^<]*<\/time>: (?:(\d+) keer )?/g)].flatMap((m) =>
        Array<string>(Number(m[2] ?? 1)).fill(m[1]!),
      );
      expect(listed, e.path).toEqual(dates.slice(0, 10));
      if (dates.length > 10) expect(text(html)).toContain(`En ${dates.length - 10} eerdere`);
    }
  });

  it('every initiative page has one "Klopt dit nog?" link into the correction form, prefilled with the entry', () => {
    for (const e of initiatives.slice(0, 20)) {
      const links = [...page('initiatieven', e.id).matchAll(/<a class="klopt-nog" href="([^"]+)"/g)].map((m) =>
        m[1]!.replace(/&amp;/g, '&'),
      );
      expect(links, e.path).toHaveLength(1);
      const url = new URL(links[0]!);
      expect(url.searchParams.get('template')).toBe('correctie.yml');
      expect(url.searchParams.get('id')).toBe(e.id);
    }
  });

  it('the footer and /over/ give the check figures of the data, and no page calls the atlas current', () => {
    const today = new Date().toISOString().slice(0, 10);
    const sentence = checkSentence(
      checkFigures(
        initiatives.map((i) => i.data),
        today,
        12,
      ),
      checkFigures(
        organisations.map((o) => o.data),
        today,
        12,
      ),
    );
    const over = readFileSync(join(SITE_DIR, 'over', 'index.html'), 'utf8');
    const home = readFileSync(join(SITE_DIR, 'index.html'), 'utf8');
    for (const html of [over, home]) {
      expect(text(html)).toContain(sentence);
      const chrome = text(/<header[\s\S]*?<\/header>/.exec(html)![0] + /<footer[\s\S]*?<\/footer>/.exec(html)![0]);
      expect(chrome).not.toMatch(/actueel/i);
    }
    expect(text(over)).not.toMatch(/actueel/i);
    expect(home).toMatch(/<meta name="description" content="[^"]*"/);
    expect(/<meta name="description" content="([^"]*)"/.exec(home)![1]).not.toMatch(/actueel/i);
  });

  it('the header, footer and /over/ name the publisher of the site config', () => {
    const over = readFileSync(join(SITE_DIR, 'over', 'index.html'), 'utf8');
    expect(/<header[\s\S]*?<\/header>/.exec(over)![0]).toContain('Een uitgave van Samenwerkingsatlas (open project)');
    expect(/<footer[\s\S]*?<\/footer>/.exec(over)![0]).toMatch(/Uitgegeven door <a href="https:\/\/github\.com\/samenwerkingsatlas"/);
    expect(text(over)).toContain('De atlas is een uitgave van Samenwerkingsatlas (open project)');
    expect(over).toContain('id="bronlijst"');
  });

  it('serves an Atom feed of the newest changes to initiatives, as Git has them, linked from every page head', () => {
    const xml = readFileSync(join(SITE_DIR, 'wijzigingen.xml'), 'utf8');
    const { feed } = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' || n === 'link' }).parse(xml);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entries = (feed.entry ?? []) as { id: string; title: string; link: { '@_href': string }[] }[];
    expect(entries.length).toBeLessThanOrEqual(FEED_SIZE);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) {
      const path = new URL(e.link[0]!['@_href']).pathname;
      expect(path.startsWith(`${BASE}initiatieven/`), path).toBe(true);
      expect(existsSync(join(SITE_DIR, path.slice(BASE.length), 'index.html')), path).toBe(true);
    }
    if (!shallow) {
      const newest = git('log', '-1', '--no-renames', '--format=%H', '--diff-filter=AM', '--', 'data/initiatives').trim();
      expect(entries[0]!.id).toContain(newest);
      expect(entries.length).toBe(FEED_SIZE);
    }
    const home = readFileSync(join(SITE_DIR, 'index.html'), 'utf8');
    expect(home).toContain(
      `<link rel="alternate" type="application/atom+xml" title="Wijzigingen in de Samenwerkingsatlas" href="${BASE}wijzigingen.xml">`,
    );
    expect(readFileSync(join(SITE_DIR, 'over', 'index.html'), 'utf8')).toContain(`href="${BASE}wijzigingen.xml"`);
  });

  it('has a work queue page for maintainers, not indexed and not in the menu', () => {
    const html = readFileSync(join(SITE_DIR, 'redactie', 'werklijst', 'index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(text(html)).toMatch(/Nooit gecontroleerd \(\d+\)/);
    const nav = /<nav class="site-nav"[\s\S]*?<\/nav>/.exec(html)![0];
    expect(nav).not.toContain('werklijst');
  });
});
