/**
 * The initiative page's facts in words (src/lib/views/initiative-facts.ts): one case per
 * branch, with the Dutch text a reader sees.
 */
import { describe, expect, it } from 'vitest';
import {
  certaintySuffix,
  certaintyWord,
  figureFact,
  fundingLine,
  newOrganisationDetails,
  sectorsFact,
  sourceDateInWords,
  sourceLink,
  startYearFact,
  statusFact,
  statusInBrief,
  workingAreaLead,
  workingAreaSource,
} from '../../src/lib/views/initiative-facts';
import { latestDayOf } from '../../src/lib/checks';
import { citedSources } from '../../src/lib/views/cited-sources';
import type { Initiative } from '../../src/lib/schema/types.generated';

describe('initiative facts in words', () => {
  it('certainty: a short word in brackets, nothing when exact or unknown', () => {
    expect(certaintySuffix('approximate')).toBe(' (ongeveer)');
    expect(certaintySuffix('uncertain')).toBe(' (onzeker)');
    expect(certaintySuffix('exact')).toBe('');
    expect(certaintySuffix(undefined)).toBe('');
    expect(certaintyWord('exact')).toBeUndefined();
    expect(certaintyWord('approximate')).toBe('ongeveer');
  });

  it("sectors and theme: labels in the vocabulary's order, the theme apart, nothing without either", () => {
    expect(sectorsFact({ sectors: ['bouw-infra', 'tuinbouw'] })).toEqual({ sectors: 'Tuinbouw, Bouw en infra' });
    expect(sectorsFact({ theme: 'Water' })).toEqual({ sectors: '', theme: 'Water' });
    expect(sectorsFact({ sectors: [], theme: 'Water' })).toEqual({ sectors: '', theme: 'Water' });
    expect(sectorsFact({})).toBeUndefined();
  });

  it('start year: with its certainty, its note apart, nothing without either', () => {
    expect(startYearFact({ start_year: 2019, start_year_certainty: 'approximate' })).toEqual({ year: '2019 (ongeveer)' });
    expect(startYearFact({ start_year: 2019, start_year_note: 'na een pilot' })).toEqual({ year: '2019', note: 'na een pilot' });
    expect(startYearFact({ start_year_note: 'onbekend, voor 2015' })).toEqual({ year: '', note: 'onbekend, voor 2015' });
    expect(startYearFact({})).toBeUndefined();
    // A note that says "omstreeks" itself is the year's text; the short word would say it twice.
    expect(
      startYearFact({ start_year: 2013, start_year_certainty: 'approximate', start_year_note: 'omstreeks 2013 (‘3 jaar’ in 2016)' }),
    ).toEqual({
      year: 'omstreeks 2013 (‘3 jaar’ in 2016)',
    });
    expect(startYearFact({ start_year: 2012, start_year_certainty: 'approximate', start_year_note: 'omstreeks 2012–2013' })).toEqual({
      year: 'omstreeks 2012–2013',
    });
    expect(startYearFact({ start_year: 2013, start_year_certainty: 'approximate', start_year_note: 'omstreeks 2014' })).toEqual({
      year: '2013 (ongeveer)',
      note: 'omstreeks 2014',
    });
    // A note that opens with the year says it once, in full (not "2019" above "2019 (bouw …)").
    expect(startYearFact({ start_year: 2019, start_year_note: '2019 (bouw begonnen op 27 november 2019)' })).toEqual({
      year: '2019 (bouw begonnen op 27 november 2019)',
    });
    // Only the same year, as a whole number; and a certainty word is never dropped.
    expect(startYearFact({ start_year: 2019, start_year_note: '20190 leerlingen' })).toEqual({ year: '2019', note: '20190 leerlingen' });
    expect(startYearFact({ start_year: 2019, start_year_note: '2018 (aanvraag)' })).toEqual({ year: '2019', note: '2018 (aanvraag)' });
    expect(startYearFact({ start_year: 2019, start_year_certainty: 'approximate', start_year_note: '2019 (ongeveer; aanvraag)' })).toEqual({
      year: '2019 (ongeveer)',
      note: '2019 (ongeveer; aanvraag)',
    });
  });

  it('a new organisation: role (with a partner role only for a partner), kind, place', () => {
    expect(newOrganisationDetails({ name: 'X', role: 'partner', partner_role: 'business', kind: 'company', place: 'Delft' })).toBe(
      'Partner (Bedrijfspartner) · Bedrijf · Delft',
    );
    expect(newOrganisationDetails({ name: 'X', role: 'lead', partner_role: 'business', kind: 'university' })).toBe(
      'Penvoerder · Universiteit',
    );
  });

  it('funding: scheme, year, certainty and amount, each only when known', () => {
    expect(fundingLine({ scheme: 'rif', year: 2022, year_certainty: 'approximate', amount_eur: 1_200_000 })).toBe(
      'Regionaal Investeringsfonds mbo (RIF), 2022 (ongeveer): € 1,2 mln',
    );
    expect(fundingLine({ scheme: 'province' })).toBe('Provincie');
    expect(fundingLine({ scheme: 'eu', amount_eur: 0 })).toBe('Europese Unie: € 0');
    // The certainty is said even when the year is not (as the page always did).
    expect(fundingLine({ scheme: 'eu', year_certainty: 'uncertain' })).toBe('Europese Unie (onzeker)');
  });

  it('a figure: qualifier, number in Dutch, measure; its source by title, else by address', () => {
    const source = { url: 'https://example.org/a', title: 'Jaarverslag' };
    expect(figureFact({ measure: 'companies', value: 1500, qualifier: 'at_least', year: 2023, source })).toEqual({
      text: 'minstens 1.500 bedrijven',
      year: 2023,
      source: { href: 'https://example.org/a', text: 'Jaarverslag' },
    });
    expect(
      figureFact({ measure: 'students', value: 40, qualifier: 'exact', year: 2021, source: { url: 'https://example.org/b' } }),
    ).toEqual({
      text: '40 studenten',
      year: 2021,
      source: { href: 'https://example.org/b', text: 'https://example.org/b' },
    });
    expect(figureFact({ measure: 'students', value: 40, year: 2021, source: { title: 'Gesprek' } }).source).toEqual({ text: 'Gesprek' });
  });

  it('a source: its title, else its address without the scheme (and then marked as shown)', () => {
    expect(sourceLink({ url: 'https://example.org/a', title: 'Verslag' })).toEqual({
      href: 'https://example.org/a',
      text: 'Verslag',
      urlShown: false,
    });
    expect(sourceLink({ url: 'http://example.org/a' })).toEqual({ href: 'http://example.org/a', text: 'example.org/a', urlShown: true });
    expect(sourceLink({ title: 'Bronlijst van de atlas' })).toEqual({ text: 'Bronlijst van de atlas', urlShown: false });
  });
});

describe('where a working area comes from, in words', () => {
  it('says a province derived from a place is derived, and quotes what the source says', () => {
    expect(workingAreaLead({ regions: ['zeeland'], certainty: 'exact' })).toBe('Werkgebied volgens de bron');
    expect(workingAreaLead({ regions: ['zeeland'] })).toBe('Werkgebied volgens de bron');
    expect(workingAreaLead({ regions: ['zeeland'], certainty: 'exact', note: 'Zeeland' })).toBe('Werkgebied volgens de bron (“Zeeland”)');
    expect(workingAreaLead({ regions: ['noord-brabant'], certainty: 'approximate' })).toBe(
      'Werkgebied, afgeleid uit de plaats die de bron noemt',
    );
    expect(workingAreaLead({ regions: ['zeeland'], certainty: 'approximate', note: 'Zuidwest-Nederland' })).toBe(
      'Werkgebied, afgeleid uit wat de bron noemt (“Zuidwest-Nederland”)',
    );
    expect(workingAreaLead({ regions: ['zeeland'], certainty: 'uncertain' })).toBe('Werkgebied volgens de bron, onzeker');
  });

  it('names the page that gives the working area with its date, and takes the title the same page has under Bronnen', () => {
    const page = { url: 'https://www.magazine.nl/kopgroep', published: '2018-01' };
    const sources = [{ url: 'https://magazine.nl/kopgroep/', title: 'Een blik op de kopgroep' }];
    expect(workingAreaSource({ working_area: { regions: ['gelderland'], source: page }, sources })).toEqual({
      source: { href: page.url, text: 'Een blik op de kopgroep', urlShown: false },
      date: 'januari 2018',
    });
    expect(workingAreaSource({ working_area: { regions: ['gelderland'], source: { url: 'https://a.nl/p' } }, sources })).toEqual({
      source: { href: 'https://a.nl/p', text: 'a.nl/p', urlShown: true },
    });
    expect(workingAreaSource({ working_area: { regions: ['gelderland'] }, sources })).toEqual({});
    expect(workingAreaSource({ sources })).toEqual({});
  });

  it("lists the working area's page under Bronnen with the other pages a fact cites", () => {
    const page = { url: 'https://magazine.nl/kopgroep', title: 'Kopgroep' };
    const d = { name: 'X', kind: 'pps', status: 'unknown', summary: 'S.', sources: [{ url: 'https://a.nl/' }] } as Initiative;
    expect(citedSources({ ...d, working_area: { regions: ['gelderland'], source: page } })).toEqual([{ url: 'https://a.nl/' }, page]);
  });
});

describe("the status with its source and that source's date", () => {
  it('names the date a source bears in words, a month as a month', () => {
    expect(sourceDateInWords('2023-10-19')).toBe('19 oktober 2023');
    expect(sourceDateInWords('2017-03')).toBe('maart 2017');
    expect(sourceDateInWords('2020-01-05')).toBe('5 januari 2020');
    expect(sourceDateInWords('2019')).toBe('2019');
  });

  it('reads a month or a year as its last day, so a source is called old only when even that day is', () => {
    expect(latestDayOf('2024-02')).toBe('2024-02-29');
    expect(latestDayOf('2019')).toBe('2019-12-31');
    expect(latestDayOf('2021-06-17')).toBe('2021-06-17');
  });

  it('says a running or starting status rests on a source older than the configured age; an end does not age', () => {
    const age = { today: '2026-12-07', maxAgeMonths: 12 };
    const src = (published: string) => ({ url: 'https://a.nl/nieuws', title: 'Nieuws', published });
    const old = 'Die bron is meer dan 12 maanden oud: of dit nu nog zo is, is niet nagegaan.';
    expect(statusFact({ status: 'active', status_source: src('2021-06-17') }, age).old).toBe(old);
    expect(statusFact({ status: 'in_development', status_source: src('2025-11') }, age).old).toBe(old);
    // A year counts from its last day: 2025 may be December 2025, less than 12 months ago.
    expect(statusFact({ status: 'active', status_source: src('2025') }, age).old).toBeUndefined();
    expect(statusFact({ status: 'active', status_source: src('2025-12') }, age).old).toBeUndefined();
    expect(statusFact({ status: 'ended', status_source: src('2016-05') }, age).old).toBeUndefined();
    expect(statusFact({ status: 'merged', status_source: src('2016-05') }, age).old).toBeUndefined();
    // A source exactly the configured age old still counts as recent, one day more does not (as a check).
    expect(statusFact({ status: 'active', status_source: src('2025-12-07') }, age).old).toBeUndefined();
    expect(statusFact({ status: 'active', status_source: src('2025-12-06') }, age).old).toBe(old);
    // A source without a date may be as old as any: the page does not let it read as current.
    const undated = 'Of dit nu nog zo is, is niet nagegaan.';
    expect(statusFact({ status: 'active', status_source: { url: 'https://a.nl/' } }, age).old).toBe(undated);
    expect(statusFact({ status: 'in_development', status_source: { title: 'Een bericht' } }, age).old).toBe(undated);
    expect(statusFact({ status: 'ended', status_source: { url: 'https://a.nl/' } }, age).old).toBeUndefined();
    expect(statusFact({ status: 'active', status_source: src('2021-06-17') }).old).toBeUndefined();
  });

  it("names the status source by the title the same page has under Bronnen, and never takes that entry's date", () => {
    const d = {
      status: 'active' as const,
      status_source: { url: 'https://www.a.nl/nieuws/' },
      sources: [{ url: 'https://a.nl/nieuws', title: 'Het nieuws van A', published: '2024-05' }, { url: 'https://b.nl/' }],
    };
    expect(statusFact(d).source).toEqual({ href: 'https://www.a.nl/nieuws/', text: 'Het nieuws van A', urlShown: false });
    expect(statusFact(d).date).toBeUndefined();
    // Another page lends no title; a title of its own stays.
    expect(statusFact({ ...d, status_source: { url: 'https://c.nl/' } }).source?.text).toBe('c.nl/');
    expect(statusFact({ ...d, status_source: { url: 'https://a.nl/nieuws', title: 'Eigen titel' } }).source?.text).toBe('Eigen titel');
  });

  it('says the status in brief for a card: an end with its year, a running status with the year of its source or that it has none', () => {
    const src = (published?: string) => ({ url: 'https://a.nl/', ...(published ? { published } : {}) });
    expect(statusInBrief({ status: 'active', status_source: src('2017-03') })).toBe('Actief (bron uit 2017)');
    expect(statusInBrief({ status: 'in_development', status_source: src('2023') })).toBe('In ontwikkeling (bron uit 2023)');
    expect(statusInBrief({ status: 'active', status_source: src() })).toBe('Actief (bron zonder datum)');
    expect(statusInBrief({ status: 'in_development', status_source: src() })).toBe('In ontwikkeling (bron zonder datum)');
    expect(statusInBrief({ status: 'ended', status_source: src() })).toBe('Beëindigd');
    expect(statusInBrief({ status: 'active' })).toBe('Actief');
    expect(statusInBrief({ status: 'ended', end_year: 2018, status_source: src('2018-11-29') })).toBe('Beëindigd (2018)');
    expect(statusInBrief({ status: 'ended', status_source: src('2018-11-29') })).toBe('Beëindigd');
    expect(statusInBrief({ status: 'merged', end_year: 2020 })).toBe('Opgegaan in ander initiatief (2020)');
    expect(statusInBrief({ status: 'merged' })).toBe('Opgegaan in ander initiatief');
    expect(statusInBrief({ status: 'unknown' })).toBe('Status onbekend');
  });

  it("shows what the status source says, in the editors' words, beside the status", () => {
    const d = {
      status: 'ended' as const,
      status_source: { url: 'https://a.nl/', published: '2021' },
      status_note: 'Het bericht meldt dat het project is afgerond.',
    };
    expect(statusFact(d).said).toBe('Het bericht meldt dat het project is afgerond.');
    expect(statusFact({ status: 'ended', status_source: { url: 'https://a.nl/' } }).said).toBeUndefined();
  });

  it('shows a status with the source that says it and how old that source is; "Onbekend" says why', () => {
    expect(statusFact({ status: 'active', status_source: { url: 'https://a.nl/nieuws', title: 'Nieuws', published: '2017-03' } })).toEqual({
      label: 'Actief',
      source: { href: 'https://a.nl/nieuws', text: 'Nieuws', urlShown: false },
      date: 'maart 2017',
    });
    expect(statusFact({ status: 'ended', status_source: { url: 'https://a.nl/x' } })).toEqual({
      label: 'Beëindigd',
      source: { href: 'https://a.nl/x', text: 'a.nl/x', urlShown: true },
    });
    expect(statusFact({ status: 'active' })).toEqual({ label: 'Actief' });
    expect(statusFact({ status: 'unknown' })).toEqual({ label: 'Onbekend', note: 'geen bron zegt of het initiatief nu loopt' });
  });
});

describe('the sources a page lists', () => {
  it("lists the entry's sources, then every source a fact cites that the list does not name, once", () => {
    const a = { url: 'https://a.nl/', title: 'A' };
    const status = { url: 'https://status.nl/bericht', title: 'Status', published: '2024-05' };
    const figure = { title: 'Jaarverslag 2024' };
    const d = {
      name: 'X',
      kind: 'pps',
      status: 'active',
      summary: 'Een initiatief.',
      sources: [a],
      status_source: status,
      figures: [{ measure: 'studenten', value: 10, year: 2024, source: figure }],
      success_factors: [{ theme: 'trust_culture', statement: 'Vertrouwen.', source: { url: 'https://a.nl/', title: 'Anders genoemd' } }],
      challenges: [{ theme: 'continuity', statement: 'Geld.', source: status }],
    } as unknown as Initiative;
    expect(citedSources(d)).toEqual([a, status, figure]);
    expect(citedSources({ ...d, status_source: a } as Initiative)).toEqual([a, figure, status]);
    // The same page with and without www. (a second review): once, with the title and date either gives.
    const bare = { url: 'https://interregeurope.eu/project/' };
    const full = { url: 'https://www.interregeurope.eu/project', title: 'Project', published: '2019-05' };
    expect(
      citedSources({
        ...d,
        sources: [bare],
        status_source: full,
        figures: [],
        success_factors: [],
        challenges: [],
      } as unknown as Initiative),
    ).toEqual([{ url: 'https://interregeurope.eu/project/', title: 'Project', published: '2019-05' }]);
  });
});
