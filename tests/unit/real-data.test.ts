import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/io/dataset';
import { ENTITY_SCHEMAS } from '../../src/lib/schema/schemas';
import { orderBySchema, toCanonicalYaml } from '../../src/lib/yaml/canonical';
import { formatDataFile } from '../../src/lib/yaml/format-data-file';
import { parseDataFile } from '../../src/lib/yaml/parse-data-file';
import { organisationNameKey } from '../../src/lib/text/unsafe-characters';
import { organisationNotes } from '../../src/lib/organisation-notes';
import { parse } from 'csv-parse/sync';
import * as yaml from 'js-yaml';
import { ROOT } from '../helpers/fixtures';

const dataset = await loadDataset(join(ROOT, 'data'));

describe('the real data/', () => {
  it('validates without errors', () => {
    expect(dataset.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('holds the starter set and the imported list (at least 160 initiatives), covering all twelve provinces', () => {
    expect(dataset.initiatives.length).toBeGreaterThanOrEqual(160);
    const provinces = new Set(dataset.initiatives.flatMap((i) => i.derived.locations.map((l) => l.regions.provincie)));
    expect(provinces.size).toBe(12);
  });

  it('every referenced organisation exists and every organisation is referenced', () => {
    const used = new Set(
      dataset.initiatives.flatMap((i) => [i.data.lead_organisation, ...(i.data.partners ?? []).map((p) => p.organisation)]).filter(Boolean),
    );
    expect(new Set(dataset.organisations.map((o) => o.id))).toEqual(used);
  });

  it('is in canonical form, and formatting changes no value', () => {
    for (const rec of [
      ...dataset.initiatives.map((r) => ['initiative', r] as const),
      ...dataset.organisations.map((r) => ['organisation', r] as const),
    ]) {
      const [kind, r] = rec;
      const text = readFileSync(join(ROOT, r.file), 'utf8');
      const formatted = formatDataFile(kind, text, r.file);
      expect(formatted.problems).toEqual([]);
      expect(formatted.text, `${r.file} is not canonical`).toBe(text);
    }
  });
});

describe('canonical formatting', () => {
  const schema = ENTITY_SCHEMAS.initiative;
  it('orders keys as the schema lists them and keeps unknown keys, never dropping data', () => {
    const out = toCanonicalYaml({ zz: 1, sources: [{ title: 'B' }], name: 'N', kind: 'pps' }, schema);
    expect(out).toBe('name: N\nkind: pps\nsources:\n  - title: B\nzz: 1\n');
  });

  it('round-trips awkward values unchanged', () => {
    const value = {
      name: 'Colon: and # hash',
      kind: 'pps',
      status: 'active',
      summary: 'It\'s "quoted" and ends with a space ',
      description: 'Line one\n\nLine two with trailing newline\n',
      theme: 'yes',
      short_name: '007',
      start_year: 2019,
      sources: [{ title: '2024-01-02' }, { url: 'https://example.org/a?b=c&d=e#f' }],
      notes: 'x'.repeat(200),
      partners_note: '- not a list',
      former_names: ['null', 'true', '~', '@at', '`tick`', 'Ønske ✓'],
    };
    const text = toCanonicalYaml(value, schema);
    expect(parseDataFile(text, 't.yaml').value).toEqual(orderBySchema(value, schema, schema));
    expect(toCanonicalYaml(parseDataFile(text, 't.yaml').value, schema)).toBe(text);
  });

  it('no summary states a place or a lead that the structured fields do not support', () => {
    const names = new Map(dataset.organisations.map((o) => [o.id, [o.data.name, o.data.short_name].filter(Boolean) as string[]]));
    const unsupported: string[] = [];
    for (const i of dataset.initiatives) {
      const summary = i.data.summary.replace(/\s+/g, ' ');
      // The lead clause names organisations ("Zaanstreek First in Food"), not places.
      const withoutLeads = summary.replace(/\bmet ((?:(?!\bmet\b).)+?) (samen )?als penvoerders?/g, '');
      // "... in <Place>": a location must name that place, and not one derived from the lead's town.
      // "in A en B" (a row naming several places): each of them is a location.
      for (const [, places] of withoutLeads.matchAll(/\bin ((?:[A-Z]|'s-)[^,.;]*?)(?=,|\.|;| met |$)/g)) {
        const sourced = (i.data.locations ?? []).filter((l) => l.precision !== 'lead_organisation');
        for (const place of places!.split(/(?<!-) en (?=[A-Z'])/))
          if (!sourced.some((l) => l.place.startsWith(place))) unsupported.push(`${i.id}: "in ${place}"`);
      }
      // "met <X> als penvoerder" (one lead): X is the lead, and nobody leads jointly with it.
      const single = /\bmet ((?:(?!\bmet\b).)+?) als penvoerder(?!s)/.exec(summary);
      if (single) {
        const lead = i.data.lead_organisation ? (names.get(i.data.lead_organisation) ?? []) : [];
        if (!lead.includes(single[1]!)) unsupported.push(`${i.id}: lead "${single[1]}" is not ${i.data.lead_organisation ?? 'set'}`);
        if ((i.data.partners ?? []).some((p) => p.role === 'co_lead')) unsupported.push(`${i.id}: one lead named, but there is a co-lead`);
      }
      if (/samen als penvoerders/.test(summary) && !(i.data.partners ?? []).some((p) => p.role === 'co_lead'))
        unsupported.push(`${i.id}: joint leads named, but no co-lead`);
    }
    expect(unsupported).toEqual([]);
  });

  it('no theme says "not stated": an unknown is left empty', () => {
    expect(dataset.initiatives.filter((i) => /niet vermeld|onbekend/i.test(i.data.theme ?? '')).map((i) => i.id)).toEqual([]);
  });

  it('has no duplicate organisations: no two names alike once folded, legal forms aside', () => {
    // Names that contain each other as whole words are the same organisation unless listed here.
    const DISTINCT = new Set(['nhl-stenden|stenden']); // Stenden is NHL Stenden's predecessor (merged 2018); sources name both.
    const key = organisationNameKey;
    const orgs = dataset.organisations.map((o) => ({ id: o.id, key: key(o.data.name) }));
    const pairs: string[] = [];
    for (let i = 0; i < orgs.length; i++)
      for (let j = i + 1; j < orgs.length; j++) {
        const [a, b] = [orgs[i]!, orgs[j]!];
        const alike =
          a.key === b.key ||
          (Math.min(a.key.length, b.key.length) >= 4 && (` ${a.key} `.includes(` ${b.key} `) || ` ${b.key} `.includes(` ${a.key} `)));
        if (alike && !DISTINCT.has([a.id, b.id].sort().join('|'))) pairs.push(`${a.id} ~ ${b.id}`);
      }
    expect(pairs).toEqual([]);
  });

  it('every organisation says where its kind (and place) came from, since the lists give only names', () => {
    // An organisation imported as a lead from a researched list has its kind read from its name:
    // a derived fact, so its file says so in the standard sentence the organisation page shows
    // beside the kind. Kind "other" says nothing about the organisation, so it needs no sentence.
    const kindOther = (o: (typeof dataset.organisations)[number]) => o.data.kind === 'other';
    const unsaid = dataset.organisations
      .filter(
        (o) =>
          !kindOther(o) &&
          !organisationNotes(o.data.notes).kind &&
          !/Uit de bronlijst als penvoerder|Aangemeld als nieuwe organisatie/.test(o.data.notes ?? ''),
      )
      .map((o) => o.id);
    expect(unsaid).toEqual([]);
  });

  it('no summary names a theme the source did not give ("op het gebied van niet vermeld")', () => {
    const odd = dataset.initiatives.filter((i) => /gebied van (niet|onbekend|geen)\b/i.test(i.data.summary)).map((i) => i.id);
    expect(odd).toEqual([]);
  });

  it("every organisation's place comes from its name or from the list's own words, never from what the editors knew", () => {
    // The lists name organisations, sometimes with their place ("Nova College (Haarlem)"). A place is
    // kept only where the name says it or such a cell does (or the organisation has a source of its
    // own); the note says which, and the page shows it.
    const cells = ['starter-initiatives.csv', 'more-initiatives.csv', 'more-initiatives-2.csv'].flatMap((list) =>
      (parse(readFileSync(join(ROOT, 'reference', list), 'utf8'), { columns: true }) as Record<string, string>[]).flatMap((row) => [
        row.lead ?? '',
        row.partners ?? '',
      ]),
    );
    // "De Haagse Hogeschool" names Den Haag by its adjective.
    const namedBy: Record<string, string[]> = { 'Den Haag': ['Den Haag', 'Haagse'] };
    const unsourced = dataset.organisations
      .filter((o) => o.data.place !== undefined)
      .filter((o) => {
        // A place a contributor added with a source of the organisation's own is that source's.
        if (o.data.sources?.length || o.data.verified_source) return false;
        const place = o.data.place ?? '';
        const basis = organisationNotes(o.data.notes).place;
        const names = [o.data.name, o.data.short_name].filter((n): n is string => !!n);
        if (basis?.from === 'name') return !names.some((n) => (namedBy[place] ?? [place]).some((p) => n.includes(p)));
        // A place the contributor gave when proposing the organisation is theirs (the intake says so).
        if (basis?.from === 'proposal') return false;
        if (basis?.from === 'list')
          return !(
            basis.quote.endsWith(`(${place})`) &&
            names.some((n) => basis.quote.startsWith(`${n} (`)) &&
            cells.some((c) => c.includes(basis.quote))
          );
        return true;
      })
      .map((o) => `${o.id}: ${o.data.place}`);
    expect(unsourced).toEqual([]);
    expect(dataset.organisations.filter((o) => o.data.place).length).toBeGreaterThan(0);
  });

  it('every status other than "Onbekend" names its source, from a list edition or from reference/status-checks.csv, as recorded there', () => {
    // A status is the one fact that ages: it comes from a list row (its edition says which page) or
    // from the editors' later search (status-checks.csv says which page, what it says and its date).
    const checks = new Map(
      (parse(readFileSync(join(ROOT, 'reference', 'status-checks.csv'), 'utf8'), { columns: true }) as Record<string, string>[]).map(
        (r) => [r.id!, r],
      ),
    );
    const editionStatus = new Map<string, string>();
    for (const list of ['more-initiatives.nl.yaml', 'more-initiatives-2.nl.yaml']) {
      const edition = yaml.load(readFileSync(join(ROOT, 'reference', list), 'utf8')) as Record<string, { status?: { value: string } }>;
      for (const [id, e] of Object.entries(edition)) if (e?.status) editionStatus.set(id, e.status.value);
    }
    const unsourced = dataset.initiatives
      .filter((i) => i.data.status !== 'unknown')
      .filter((i) => {
        const { status, status_source: src } = i.data;
        // A merger is stated by its relation too, which the page shows with the successor (CIV T&U
        // went into CIV Groen, as the starter list says without naming a page).
        if (!src) return !(status === 'merged' && i.data.relations?.some((r) => r.type === 'merged_into'));
        const check = checks.get(i.id);
        if (check)
          return !(
            check.status === status &&
            (check.address ? src.url === check.address : true) &&
            (check.title ? src.title === check.title : !src.title) &&
            (src.published ?? '') === check.date
          );
        return editionStatus.get(i.id) !== status;
      })
      .map((i) => `${i.id}: ${i.data.status}`);
    expect(unsourced).toEqual([]);
    // Each finding of the search is in the data, not only in the file.
    const applied = [...checks.keys()].filter((id) => dataset.initiatives.find((i) => i.id === id)?.data.status === checks.get(id)!.status);
    expect(applied).toEqual([...checks.keys()]);
    // And what the page says comes with it, as recorded, so a reader reads the status as meant (a
    // project 'afgerond', not failed: a second reader review).
    const said = [...checks.values()].filter(
      (c) => dataset.initiatives.find((i) => i.id === c.id)?.data.status_note !== c.what_the_page_says,
    );
    expect(said.map((c) => c.id)).toEqual([]);
  });

  it('every working area with a page of its own is a finding of reference/area-checks.csv, as recorded there, and each finding is in the data', () => {
    // A working area the editors found later names its page, what the page says and its date,
    // like a status: the file records the search, the data carries it (a change to either shows).
    const checks = parse(readFileSync(join(ROOT, 'reference', 'area-checks.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const byId = new Map(checks.map((c) => [c.id!, c]));
    expect(byId.size).toBe(checks.length);
    const asRecorded = (c: Record<string, string>) => ({
      regions: c.regions!.split(' '),
      certainty: c.certainty,
      note: c.note,
      source: { url: c.address, title: c.title, ...(c.date ? { published: c.date } : {}) },
    });
    const differing = dataset.initiatives
      .filter((i) => i.data.working_area?.source)
      .filter((i) => JSON.stringify(i.data.working_area) !== JSON.stringify(byId.has(i.id) ? asRecorded(byId.get(i.id)!) : undefined))
      .map((i) => i.id);
    expect(differing).toEqual([]);
    const missing = checks.filter((c) => !dataset.initiatives.find((i) => i.id === c.id)?.data.working_area?.source).map((c) => c.id);
    expect(missing).toEqual([]);
    expect(checks.length).toBeGreaterThan(0);
  });
});
