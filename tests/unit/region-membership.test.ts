/**
 * Every initiative has a place in the regional structure, or is named as having none: no
 * province view (the filter on /, a region page, /witte-vlekken/, /cijfers/) may leave an
 * initiative out without saying so. Over a small fixture with every case (a point, a working
 * area, both, national with and without a point, nothing) and over the real data/.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/io/dataset';
import { emptyState, matches, parseState, type FilterState } from '../../src/lib/explore/filter';
import { outsideRegionNote } from '../../src/lib/explore/outside-regions';
import { membershipOf, NATIONAL, UNPLACED } from '../../src/lib/regions/membership';
import type { SiteModel } from '../../src/lib/site-model';
import { validateDataset } from '../../src/lib/validate/validate-dataset';
import { figuresPage } from '../../src/lib/views/figures-page';
import { gapsPage } from '../../src/lib/views/gaps-page';
import { mapNote } from '../../src/lib/views/home-page';
import { initiativePage } from '../../src/lib/views/initiative-page';
import { OUTSIDE_NAMES, regionPage, statusesOf } from '../../src/lib/views/region-page';
import { input, readFolder, siteModelOf } from '../helpers/fixtures';

const fixture = validateDataset(input(readFolder('tests/fixtures/regional/initiatives'), []));
const small = siteModelOf(fixture);
const real = siteModelOf(await loadDataset());

/** The ids a province view shows or names, for one province. */
function accountedFor(site: SiteModel, province: string): { members: Set<string>; named: Set<string> } {
  const page = regionPage(site, site.primary.id, province);
  const members = new Set((site.regionMembers.get(province)?.all ?? []).map((i) => i.id));
  // The page's own numbers agree with its members: on the map plus without a fixed place.
  expect(page.initiativeCount).toBe(members.size);
  expect(page.onMapCount + page.withoutPlace.length).toBe(members.size);
  expect(page.kindCounts.reduce((n, k) => n + k.count, 0)).toBe(members.size);
  // And per status, so that an ended or unknown initiative is never counted as a current one unsaid.
  expect(page.statusCounts.reduce((n, s) => n + s.count, 0)).toBe(members.size);
  for (const s of page.statusCounts)
    expect(s.count).toBe([...members].filter((id) => site.dataset.initiatives.find((i) => i.id === id)!.data.status === s.status).length);
  // Named: counted, linked to the filtered list, and the first OUTSIDE_NAMES by name.
  const national = site.outsideRegions.national.filter((i) => !members.has(i.id));
  const lists = { national, unplaced: site.outsideRegions.unplaced };
  for (const o of page.outside) {
    const list = lists[o.key];
    expect(o.count).toBe(list.length);
    expect(o.links.map((l) => l.name)).toEqual(list.slice(0, OUTSIDE_NAMES).map((i) => i.data.name));
    expect(o.listHref).toBe(site.links.map({ [site.primary.id]: o.key === 'national' ? NATIONAL : UNPLACED }));
  }
  const named = new Set([...national, ...site.outsideRegions.unplaced].map((i) => i.id));
  return { members, named };
}

/** The property, over any site model: per province, every initiative is counted there, in another province, or named. */
function expectNoneHidden(site: SiteModel): void {
  const primary = site.primary.id;
  const inSomeProvince = new Set(
    [...site.regionMembers].filter(([id]) => site.primary.regions.some((r) => r.id === id)).flatMap(([, g]) => g.all.map((i) => i.id)),
  );
  for (const region of site.primary.regions) {
    const { members, named } = accountedFor(site, region.id);
    for (const i of site.dataset.initiatives) {
      const ok = members.has(i.id) || named.has(i.id) || (inSomeProvince.has(i.id) && !site.membership.get(i.id)!.national);
      expect(ok, `${i.id} is missing from ${region.id} without being named`).toBe(true);
    }
  }
  // The explorer: with any province ticked (alone, and with each sector), what passes the other
  // filters is shown, belongs to another province, or is counted in the note with a link.
  const items = site.explore.items;
  const ids = site.explore.regionSets.map((s) => s.id);
  const setName = site.explore.regionSets[0]!;
  for (const region of site.primary.regions) {
    for (const sector of [undefined, ...Object.keys(site.explore.labels.sector)]) {
      const s: FilterState = { ...emptyState(ids), ...(sector ? { sector: [sector] } : {}) };
      s.regions[primary] = [region.id];
      const shown = items.filter((i) => matches(i, s));
      const others = items.filter((i) => matches(i, s, primary));
      const note = outsideRegionNote(s, items, setName);
      const noted = (v: string) =>
        Number(
          new RegExp(`(\\d+) ${v === NATIONAL ? 'landelijk' : 'initiatie[fv]e?n? zonder bekend werkgebied'}`).exec(note?.text ?? '')?.[1] ??
            0,
        );
      // A national initiative is named even when it has a point in another province.
      const outside = others.filter((i) => !shown.includes(i) && (i.r[primary]!.includes(NATIONAL) || i.r[primary]!.includes(UNPLACED)));
      expect(outside.filter((i) => i.r[primary]!.includes(NATIONAL)).length, `${region.id} ${sector}`).toBe(noted(NATIONAL));
      expect(outside.filter((i) => i.r[primary]!.includes(UNPLACED)).length, `${region.id} ${sector}`).toBe(noted(UNPLACED));
    }
  }
  // Every item has a value in the primary set's filter: none is outside every tick box.
  for (const i of items) expect(i.r[primary]!.length, i.i).toBeGreaterThan(0);
  // /witte-vlekken/ and /cijfers/ name the same outside groups, with the same counts.
  // /witte-vlekken/ counts what is not over (an ended or merged initiative fills no gap).
  const gaps = gapsPage(site);
  const notOver = (i: { data: { status: string } }) => i.data.status !== 'ended' && i.data.status !== 'merged';
  const nationalOnly = site.outsideRegions.national.filter(
    (i) => notOver(i) && !site.membership.get(i.id)!.onMap[primary]!.length && !site.membership.get(i.id)!.workingArea.length,
  );
  expect(gaps.outside.map((o) => o.count)).toEqual([nationalOnly.length, site.outsideRegions.unplaced.filter(notOver).length]);
  const p = gaps.places;
  expect(p.onMap + p.workingAreaOnly + p.nationalOnly + p.unplaced).toBe(site.dataset.initiatives.filter(notOver).length);
  // Every cell's number is what its link finds in the explorer, status filter included; the
  // outside lists' links find what they count.
  for (const { table } of gaps.tables)
    for (const row of table.cells)
      for (const cell of row) {
        const s = parseState(new URLSearchParams(cell.query), ids);
        expect(items.filter((i) => matches(i, s)).length, cell.query).toBe(cell.count);
      }
  for (const o of gaps.outside) {
    const s = parseState(new URL(o.listHref, 'https://x/').searchParams, ids);
    expect(items.filter((i) => matches(i, s)).length, o.listHref).toBe(
      o.key === 'unplaced' ? o.count : site.outsideRegions.national.filter(notOver).length,
    );
  }
  const rows = figuresPage(site).regionSets[0]!.rows;
  expect(rows.find((r) => r.key === NATIONAL)?.count).toBe(site.outsideRegions.national.length);
  expect(rows.find((r) => r.key === UNPLACED)?.count).toBe(site.outsideRegions.unplaced.length);
}

describe('region membership', () => {
  const m = (id: string) =>
    membershipOf(
      fixture.initiatives.find((i) => i.id === id)!,
      fixture.regionSets,
    );

  it('keeps a point ("op de kaart") and a working area ("werkgebied volgens de bron") apart', () => {
    expect(m('punt-brabant')).toEqual({ onMap: { provincie: ['noord-brabant'] }, workingArea: [], national: false, unplaced: false });
    expect(m('werkgebied-brabant')).toEqual({ onMap: { provincie: [] }, workingArea: ['noord-brabant'], national: false, unplaced: false });
    // A working area the point already covers is not repeated.
    expect(m('punt-en-werkgebied')).toMatchObject({ onMap: { provincie: ['utrecht'] }, workingArea: ['gelderland'] });
    expect(m('landelijk')).toMatchObject({ national: true, unplaced: false });
    expect(m('landelijk-met-punt')).toMatchObject({ onMap: { provincie: ['noord-brabant'] }, national: true });
    expect(m('nergens')).toMatchObject({ national: false, unplaced: true });
  });

  it('puts working-area initiatives in their provinces, apart from those on the map', () => {
    const brabant = small.regionMembers.get('noord-brabant')!;
    expect(brabant.onMap.map((i) => i.id)).toEqual(['landelijk-met-punt', 'punt-brabant']);
    expect(brabant.workingArea.map((i) => i.id)).toEqual(['werkgebied-brabant', 'werkgebied-twee']);
    expect(brabant.all).toHaveLength(4);
    expect(small.regionMembers.get('limburg')!.workingArea.map((i) => i.id)).toEqual(['werkgebied-twee']);
    expect(small.outsideRegions.national.map((i) => i.id)).toEqual(['landelijk', 'landelijk-met-punt']);
    expect(small.outsideRegions.unplaced.map((i) => i.id)).toEqual(['nergens']);
  });

  it('finds "zorg" + Noord-Brabant through the working area, and names what the filter leaves out', () => {
    const s = emptyState(['provincie']);
    s.sector = ['zorg-welzijn'];
    s.regions.provincie = ['noord-brabant'];
    const hits = small.explore.items.filter((i) => matches(i, s)).map((i) => i.i);
    expect(hits).toEqual(['punt-brabant', 'werkgebied-brabant']);
    const note = outsideRegionNote(s, small.explore.items, small.explore.regionSets[0]!);
    expect(note?.text).toBe('Door de keuze van provincies vallen weg: 1 landelijk initiatief en 1 initiatief zonder bekend werkgebied.');
    expect(note?.links.map((l) => l.query)).toEqual([
      '?sector=zorg-welzijn&provincie=landelijk&provincie=noord-brabant',
      '?sector=zorg-welzijn&provincie=noord-brabant&provincie=onbekend',
    ]);
    // Ticking both outside values leaves nothing to name.
    s.regions.provincie = ['noord-brabant', NATIONAL, UNPLACED];
    expect(outsideRegionNote(s, small.explore.items, small.explore.regionSets[0]!)).toBeUndefined();
    expect(small.explore.items.find((i) => i.i === 'werkgebied-twee')?.p).toBe('Limburg (werkgebied), Noord-Brabant (werkgebied)');
  });

  it('shows working-area initiatives on the region page in their own section, and names the rest', () => {
    const page = regionPage(small, 'provincie', 'noord-brabant');
    expect(page.initiativeCount).toBe(4);
    expect(page.onMapCount).toBe(2);
    expect(page.map.points.length).toBeGreaterThan(0);
    expect(page.withoutPlace.map((w) => [w.initiative.id, w.area])).toEqual([
      // Named by the source, with its own words; or derived from a place it names, and said so.
      ['werkgebied-brabant', 'Zonder vaste plek in de regio; werkgebied volgens de bron (“Midden-Brabant”)'],
      ['werkgebied-twee', 'Zonder vaste plek in de regio; werkgebied, afgeleid uit de plaats die de bron noemt'],
    ]);
    // 'landelijk-met-punt' is on the map here, so only the other national one is named.
    expect(page.outside.map((o) => [o.key, o.count, o.links.map((l) => l.name)])).toEqual([
      ['national', 1, ['Landelijk initiatief']],
      ['unplaced', 1, ['Nergens bekend']],
    ]);
  });

  it('counts working areas in /witte-vlekken/ and /cijfers/', () => {
    const gaps = gapsPage(small);
    const t = gaps.tables[0]!.table;
    const row = t.rows.findIndex((r) => r.id === 'noord-brabant');
    const col = t.columns.findIndex((c) => c.id === 'zorg-welzijn');
    expect(t.cells[row]![col]!.count).toBe(2);
    expect(gaps.places).toEqual({ onMap: 3, workingAreaOnly: 2, nationalOnly: 1, unplaced: 1 });
    // 'landelijk-met-punt' counts in Noord-Brabant's cells, so only 'landelijk' is named apart.
    expect(gaps.outside.map((o) => o.links.map((l) => l.name))).toEqual([['Landelijk initiatief'], ['Nergens bekend']]);
    const rows = figuresPage(small).regionSets[0]!.rows;
    expect(rows.find((r) => r.key === 'noord-brabant')?.count).toBe(4);
    expect(rows.find((r) => r.key === 'gelderland')?.count).toBe(1);
    expect(mapNote(small)).toBe(
      '4 initiatieven staan niet op de kaart, wel in de lijst: 2 met een werkgebied, genoemd in of afgeleid uit de bron (het provinciefilter vindt ze), 1 landelijk en 1 zonder bekend werkgebied. Kiest u een provincie, dan noemt de lijst wat daarbuiten valt.',
    );
  });

  it('names the working area on the detail page, and does not call the location missing', () => {
    const page = initiativePage(small, 'werkgebied-twee', new URL('https://atlas.example/'));
    expect(page.workingArea).toEqual({
      lead: 'Werkgebied, afgeleid uit de plaats die de bron noemt',
      regions: [
        { href: '/regio/limburg/', name: 'Limburg' },
        { href: '/regio/noord-brabant/', name: 'Noord-Brabant' },
      ],
      withoutPoint: 'Het initiatief heeft geen vaste plek op de kaart; het telt mee in deze provincies.',
    });
    expect(page.showsWhere).toBe(true);
    expect(initiativePage(small, 'punt-en-werkgebied', new URL('https://atlas.example/')).workingArea?.withoutPoint).toBeUndefined();
    // One province is one province (a reader would stumble over "deze provincies").
    expect(initiativePage(small, 'werkgebied-brabant', new URL('https://atlas.example/')).workingArea?.withoutPoint).toBe(
      'Het initiatief heeft geen vaste plek op de kaart; het telt mee in deze provincie.',
    );
    expect(initiativePage(small, 'nergens', new URL('https://atlas.example/')).workingArea).toBeUndefined();
  });

  it('hides no initiative without naming it, in any province view of the fixture', () => {
    expectNoneHidden(small);
  });

  it('hides no initiative without naming it, in any province view of the real data', () => {
    expectNoneHidden(real);
  });
});

describe('a region page says how many of its initiatives run, as their sources say', () => {
  const make = (status: string, n: number) =>
    Array.from({ length: n }, () => ({ data: { status } }) as unknown as Parameters<typeof statusesOf>[0][number]);
  it('counts per status in the vocabulary order and says it in one sentence', () => {
    const r = statusesOf([...make('unknown', 8), ...make('active', 4), ...make('ended', 1), ...make('in_development', 4)]);
    expect(r.statusCounts.map((s) => [s.status, s.count])).toEqual([
      ['active', 4],
      ['in_development', 4],
      ['ended', 1],
      ['unknown', 8],
    ]);
    expect(r.statusSentence).toBe('Volgens hun bronnen: 4 actief, 4 in ontwikkeling en 1 beëindigd; van 8 is de status onbekend.');
    expect(statusesOf(make('active', 1)).statusSentence).toBe('Volgens zijn bron is het actief.');
    expect(statusesOf([...make('active', 1), ...make('ended', 1)]).statusSentence).toBe('Volgens hun bronnen: 1 actief en 1 beëindigd.');
    expect(statusesOf(make('unknown', 3)).statusSentence).toBe('Van alle 3 is de status onbekend.');
    expect(statusesOf(make('unknown', 1)).statusSentence).toBe('Zijn status is onbekend.');
    expect(statusesOf([]).statusSentence).toBe('');
  });
});

describe('the list index says what a list entry says about status and start year', () => {
  it("the year of a running status's source, the end year of an ended one, and an unsure start year", () => {
    const byId = new Map(real.explore.items.map((x) => [x.i, x]));
    let withYear = 0;
    let undated = 0;
    for (const i of real.dataset.initiatives) {
      const item = byId.get(i.id)!;
      const d = i.data;
      const running = d.status === 'active' || d.status === 'in_development';
      expect(item.sy, i.id).toBe(running && d.status_source?.published ? Number(d.status_source.published.slice(0, 4)) : undefined);
      expect(item.su, i.id).toBe(running && d.status_source && !d.status_source.published ? 1 : undefined);
      if (item.su) undated++;
      expect(item.ey, i.id).toBe(d.status === 'ended' || d.status === 'merged' ? d.end_year : undefined);
      expect(item.yc, i.id).toBe(d.start_year !== undefined ? d.start_year_certainty : undefined);
      if (item.sy) withYear++;
    }
    // The real data has such statuses (the test is not empty).
    expect(withYear).toBeGreaterThan(100);
    expect(undated).toBeGreaterThan(0);
  });
});

describe('/witte-vlekken/ says what it leaves out', () => {
  it('names how many initiatives in a province are over, per status, with singular and plural', () => {
    const regionsOf = (id: string) => {
      const m = real.membership.get(id)!;
      return [...(m.onMap[real.primary.id] ?? []), ...m.workingArea];
    };
    const over = real.dataset.initiatives.filter(
      (i) => (i.data.status === 'ended' || i.data.status === 'merged') && regionsOf(i.id).length,
    );
    const ended = over.filter((i) => i.data.status === 'ended').length;
    const merged = over.length - ended;
    expect(over.length).toBeGreaterThan(1);
    const expected =
      merged && ended
        ? `De ${over.length} initiatieven in een provincie die beëindigd (${ended}) of opgegaan in ander initiatief (${merged}) zijn, tellen niet mee`
        : `De ${over.length} initiatieven in een provincie die ${ended ? 'beëindigd' : 'opgegaan in ander initiatief'} zijn, tellen niet mee`;
    expect(gapsPage(real).overSentence).toContain(expected);
    // The lists outside every province say how many they leave out, so their counts match the other
    // pages' (a second reader review: 11 and 23 here against 12 and 25 elsewhere).
    for (const o of gapsPage(real).outside) {
      const all = real.outsideRegions[o.key].filter((i) => !regionsOf(i.id).length);
      expect(o.count + o.leftOut, o.key).toBe(all.length);
    }
    expect(gapsPage(real).outside.reduce((n, o) => n + o.leftOut, 0)).toBeGreaterThan(0);
    // One initiative in a province that is over: singular.
    const one = {
      ...real,
      dataset: { ...real.dataset, initiatives: real.dataset.initiatives.filter((i) => !over.includes(i) || i === over[0]) },
    };
    expect(gapsPage(one).overSentence).toMatch(
      /^Het initiatief in een provincie dat (beëindigd|opgegaan in ander initiatief) is, telt niet mee: het vult/,
    );
  });
});
