/**
 * The initiative page's facts in words: each list item or field value as one string (or a
 * string and a link), so the page template only places them. Pure: an initiative's data in,
 * Dutch text out.
 */
import { formatEuro, label, labels } from '../labels';
import type { Initiative } from '../schema/types.generated';
import { vocabulary } from '../schema/schemas';
import { statusSourceIsOld } from '../checks';
import { withTitleOf } from './cited-sources';
import { isRunningStatus, statusBrief, statusSourceAge } from '../explore/status-brief';
import { calendarDateInWords } from '../text/dates';

type Funding = NonNullable<Initiative['funding']>[number];
type Figure = NonNullable<Initiative['figures']>[number];
type Source = Initiative['sources'][number];
type NewOrganisation = NonNullable<Initiative['new_organisations']>[number];

/** The short word of a certainty ('ongeveer'), or nothing when it has none ('exact'). */
export function certaintyWord(certainty: string | undefined): string | undefined {
  return (certainty && vocabulary('certainty').short[certainty]) || undefined;
}

/**
 * Where a working area's provinces come from, in words, before the provinces themselves. The
 * certainty says it (schemas: 'exact' the source names the province; 'approximate' derived from a
 * place the source names; 'uncertain'), and a derived fact says it is derived. The note is what
 * the source itself says about the area, quoted.
 */
export function workingAreaLead(area: NonNullable<Initiative['working_area']>): string {
  const said = area.note ? ` (“${area.note}”)` : '';
  if (area.certainty === 'approximate')
    return area.note ? `Werkgebied, afgeleid uit wat de bron noemt${said}` : 'Werkgebied, afgeleid uit de plaats die de bron noemt';
  if (area.certainty === 'uncertain') return `Werkgebied volgens de bron, onzeker${said}`;
  return `Werkgebied volgens de bron${said}`;
}

/**
 * The page that names a working area (`working_area.source`), as a link with its date in words;
 * nothing without one. Like the status: the same page under Bronnen may give the title it leaves out.
 */
export function workingAreaSource(d: Pick<Initiative, 'working_area' | 'sources'>): {
  source?: ReturnType<typeof sourceLink>;
  date?: string;
} {
  const s = d.working_area?.source;
  return s ? citedPage(s, d.sources ?? []) : {};
}

/**
 * A page a fact rests on (the status, the working area), as a link with its date in words: the
 * same page under Bronnen may give the title it leaves out. Only the title: the date is the one
 * written with the fact.
 */
function citedPage(s: Source, sources: readonly Source[]): { source: ReturnType<typeof sourceLink>; date?: string } {
  return { source: sourceLink(withTitleOf(s, sources)), ...(s.published ? { date: sourceDateInWords(s.published) } : {}) };
}

/** " (ongeveer)" after a year when the certainty has a short word, '' otherwise. */
export function certaintySuffix(certainty: string | undefined): string {
  const short = certaintyWord(certainty);
  return short ? ` (${short})` : '';
}

/** The sectors as labels ('' without any) and the theme in the editors' words, or nothing when both are missing. */
export function sectorsFact(d: Pick<Initiative, 'sectors' | 'theme'>): { sectors: string; theme?: string } | undefined {
  if (!d.sectors?.length && !d.theme) return undefined;
  return { sectors: labels('sector', d.sectors).join(', '), ...(d.theme ? { theme: d.theme } : {}) };
}

/**
 * The start year with its certainty ('2019 (ongeveer)', '' without a year) and its note, or
 * nothing when both are missing. A note that opens with the year itself ("2019 (bouw begonnen op
 * 27 november 2019)", as the importer writes them) says the year already: it is shown alone, in
 * full, instead of "2019" above "2019 (bouw …)". Not when a certainty word would be lost.
 */
export function startYearFact(
  d: Pick<Initiative, 'start_year' | 'start_year_certainty' | 'start_year_note'>,
): { year: string; note?: string } | undefined {
  if (!d.start_year && !d.start_year_note) return undefined;
  const year = d.start_year ? `${d.start_year}${certaintySuffix(d.start_year_certainty)}` : '';
  if (d.start_year && year === String(d.start_year) && new RegExp(`^${d.start_year}(?!\\d)`).test(d.start_year_note ?? '')) {
    return { year: d.start_year_note! };
  }
  // "omstreeks 2013 (…)" says the approximation itself: "2013 (ongeveer)" beside it would say it twice.
  if (
    d.start_year &&
    d.start_year_certainty === 'approximate' &&
    new RegExp(`^omstreeks ${d.start_year}(?!\\d)`).test(d.start_year_note ?? '')
  ) {
    return { year: d.start_year_note! };
  }
  return { year, ...(d.start_year_note ? { note: d.start_year_note } : {}) };
}

/** An organisation named but not yet in the atlas: 'Partner (Bedrijfspartner) · Bedrijf · Delft'. */
export function newOrganisationDetails(o: NewOrganisation): string {
  const role = `${label('new_organisation_role', o.role)}${o.role === 'partner' && o.partner_role ? ` (${label('partner_role', o.partner_role)})` : ''}`;
  return [role, label('organisation_kind', o.kind), ...(o.place ? [o.place] : [])].join(' · ');
}

/** One funding: 'Regionaal Investeringsfonds mbo (RIF), 2022 (ongeveer): € 1,2 mln'. */
export function fundingLine(f: Funding): string {
  const year = f.year ? `, ${f.year}` : '';
  return `${label('funding_scheme', f.scheme)}${year}${certaintySuffix(f.year_certainty)}${f.amount_eur !== undefined ? `: ${formatEuro(f.amount_eur)}` : ''}`;
}

/** One figure: 'minstens 150 bedrijven', its year and its source (a link text: the title, else the address). */
export function figureFact(f: Figure): { text: string; year: number; source: { href?: string; text: string } } {
  const qualifier = f.qualifier ? vocabulary('figure_qualifier').short[f.qualifier] : undefined;
  return {
    text: `${qualifier ? `${qualifier} ` : ''}${f.value.toLocaleString('nl-NL')} ${label('figure_measure', f.measure).toLowerCase()}`,
    year: f.year,
    source: f.source.url ? { href: f.source.url, text: f.source.title ?? f.source.url } : { text: f.source.title ?? '' },
  };
}

/** The date a source bears, in words: "19 oktober 2023", "oktober 2023" for a month only, "2023" for a year only. */
export const sourceDateInWords = (published: string): string => calendarDateInWords(published);

/** What a status page needs to say a source is old: today and the configured age (site.config `checks`). */
export interface StatusAge {
  today: string;
  maxAgeMonths: number;
}

/**
 * The status as the page states it: its label, and the source that says it with the date that
 * source bears, so a reader can judge how old the statement is ("Actief" from 2017 may no longer
 * hold). A running or starting initiative whose source is older than the configured age says so
 * in words, as an old check does: an initiative that ended stays ended, one that ran may have
 * stopped. "Onbekend" says why there is nothing more.
 */
export function statusFact(
  d: Pick<Initiative, 'status' | 'status_source' | 'status_note'> & { sources?: Initiative['sources'] },
  age?: StatusAge,
): {
  label: string;
  source?: ReturnType<typeof sourceLink>;
  date?: string;
  note?: string;
  /** What that source says about the status, in the editors' words (status_note). */
  said?: string;
  old?: string;
} {
  const text = label('status', d.status);
  if (d.status === 'unknown') return { label: text, note: 'geen bron zegt of het initiatief nu loopt' };
  if (!d.status_source) return { label: text };
  const published = d.status_source.published;
  const old = age && statusSourceIsOld(d, age.today, age.maxAgeMonths);
  // A running status from a page without a date may be as old as any: the page says so, as for an old one.
  const undated = age && !published && isRunningStatus(d.status);
  return {
    label: text,
    ...citedPage(d.status_source, d.sources ?? []),
    ...(d.status_note ? { said: d.status_note } : {}),
    ...(old ? { old: `Die bron is meer dan ${age.maxAgeMonths} maanden oud: of dit nu nog zo is, is niet nagegaan.` } : {}),
    ...(undated ? { old: 'Of dit nu nog zo is, is niet nagegaan.' } : {}),
  };
}

/** The status in a few words for a card in a list: src/lib/explore/status-brief.ts. */
export function statusInBrief(d: Pick<Initiative, 'status' | 'status_source' | 'end_year'>): string {
  return statusBrief(d.status, label('status', d.status), { ...statusSourceAge(d.status, d.status_source), endYear: d.end_year });
}

/** A source as a link text: its title, or its address without the scheme when it has none. */
export function sourceLink(s: Pick<Source, 'url' | 'title'>): { href?: string; text: string; urlShown: boolean } {
  if (!s.url) return { text: s.title ?? '', urlShown: false };
  return { href: s.url, text: s.title ?? s.url.replace(/^https?:\/\//, ''), urlShown: !s.title };
}
