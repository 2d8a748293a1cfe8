/**
 * Rules about one initiative on its own, each a small named function (web-features'
 * assertions.ts style): they read typed fields, so they run only once the schema holds.
 * Each is a one-file row of ./table.ts, which checkFile runs: the CMS, which checks one entry
 * before it saves, applies exactly the same rules as CI.
 */
import type { Problem } from '../../problems';
import { vocabulary } from '../../schema/schemas';
import type { Initiative } from '../../schema/types.generated';
import type { CheckContext, RuleTarget } from '../records';
import { problemAt } from './problem-at';

/** Status "merged" and a merged_into relation go together, and there is at most one such relation. */
export function mergeStatus(t: RuleTarget, data: Initiative): Problem[] {
  const mergedInto = (data.relations ?? []).filter((r) => r.type === 'merged_into');
  const out: Problem[] = [];
  if (data.status === 'merged' && mergedInto.length === 0)
    out.push(
      problemAt(t, '/status', 'status', `Status is "${vocabulary('status').labels.merged}", maar er is geen relatie "merged_into".`, {
        hint: 'Voeg bij Relaties toe: type merged_into, met het id van het initiatief waarin dit is opgegaan.',
      }),
    );
  if (mergedInto.length > 1) out.push(problemAt(t, '/relations', 'relations', 'Een initiatief kan maar in één ander initiatief opgaan.'));
  if (mergedInto.length === 1 && data.status !== 'merged')
    out.push(
      problemAt(t, '/status', 'status', `Er is een relatie "merged_into", maar de status is '${data.status}'.`, {
        hint: "Zet de status op 'merged'.",
      }),
    );
  return out;
}

/** A source of the status names a status: beside "Onbekend" it says nothing the page could show. */
export function statusSourceNeedsStatus(t: RuleTarget, data: Initiative): Problem[] {
  return data.status_source && data.status === 'unknown'
    ? [
        problemAt(
          t,
          '/status_source',
          'status_source',
          `Er staat een bron bij de status, maar de status is "${vocabulary('status').labels.unknown}".`,
          { hint: 'Kies de status die de bron noemt, of maak "Bron van de status" leeg.', severity: 'warning' },
        ),
      ]
    : [];
}

/** How `npm run new` marks the texts it cannot know: a file that still says it is not ready. */
export const STILL_TO_FILL = 'Nog in te vullen';
/** What validate says of such a text; `npm run new` allows exactly this error in the file it writes. */
export const STILL_TO_FILL_MESSAGE = `Hier staat nog de tekst van npm run new ("${STILL_TO_FILL}…"), geen gegeven.`;

/**
 * A summary or source still in the words `npm run new` put there is no fact: refused, so a
 * skeleton cannot be published (a newcomer review found one passing validate, build and review).
 */
export function stillToFill(t: RuleTarget, data: Initiative): Problem[] {
  const texts: [string, string, string | undefined][] = [
    ['/summary', 'summary', data.summary],
    ...(data.sources ?? []).map((s, i): [string, string, string | undefined] => [`/sources/${i}/title`, `sources[${i}].title`, s.title]),
  ];
  return texts
    .filter(([, , text]) => text?.startsWith(STILL_TO_FILL))
    .map(([pointer, field]) =>
      problemAt(t, pointer, field, STILL_TO_FILL_MESSAGE, {
        hint:
          field === 'summary'
            ? 'Schrijf in één of twee zinnen wat het initiatief is, zoals de bron het zegt.'
            : 'Noem de bron: het webadres (url) en de titel van de pagina waar de gegevens staan.',
      }),
    );
}

/** A note on the lead says something of a lead: without one the page has nowhere to show it. */
export function leadNoteNeedsLead(t: RuleTarget, data: Initiative): Problem[] {
  return data.lead_note && !data.lead_organisation
    ? [
        problemAt(t, '/lead_note', 'lead_note', 'Er staat een toelichting bij de penvoerder, maar er is geen penvoerder.', {
          hint: 'Kies de penvoerder bij "Penvoerder", of zet de toelichting bij "Opmerkingen".',
          severity: 'warning',
        }),
      ]
    : [];
}

/** The end year is not before the start year. */
export function yearOrder(t: RuleTarget, data: Initiative): Problem[] {
  return data.start_year !== undefined && data.end_year !== undefined && data.end_year < data.start_year
    ? [problemAt(t, '/end_year', 'end_year', `Het eindjaar (${data.end_year}) ligt voor het startjaar (${data.start_year}).`)]
    : [];
}

/**
 * Years in the future: a start at most two years ahead (plans), no end in the future for an
 * initiative that has ended, no figure measured in a year still to come.
 */
export function futureYears(t: RuleTarget, data: Initiative, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  if (data.start_year !== undefined && data.start_year > ctx.currentYear + 2)
    out.push(
      problemAt(t, '/start_year', 'start_year', `Het startjaar ${data.start_year} ligt te ver in de toekomst.`, {
        hint: `Hooguit ${ctx.currentYear + 2} (plannen voor de komende twee jaar).`,
      }),
    );
  if (data.end_year !== undefined && data.end_year > ctx.currentYear && (data.status === 'ended' || data.status === 'merged'))
    out.push(problemAt(t, '/end_year', 'end_year', `Het initiatief is beëindigd, maar het eindjaar ${data.end_year} ligt in de toekomst.`));
  (data.figures ?? []).forEach((f, i) => {
    if (f.year > ctx.currentYear)
      out.push(problemAt(t, `/figures/${i}/year`, `figures[${i}].year`, `Het peiljaar ${f.year} ligt in de toekomst.`));
  });
  return out;
}

/** A certainty of the start year only beside a start year. */
export function certaintyNeedsYear(t: RuleTarget, data: Initiative): Problem[] {
  return data.start_year_certainty && data.start_year === undefined
    ? [
        problemAt(t, '/start_year_certainty', 'start_year_certainty', 'Zekerheid van het startjaar is ingevuld, maar het startjaar niet.', {
          hint: 'Vul het startjaar in of maak dit veld leeg.',
        }),
      ]
    : [];
}

/**
 * The dates of the sources (the day one was consulted, the date it bears) are not in the future
 * (the check date: rules/verification.ts). A month ("2026-12") is in the future only after it.
 */
export function futureDates(t: RuleTarget, data: Initiative, ctx: CheckContext): Problem[] {
  const dates: [string, string, string | undefined][] = [];
  const ofSource = (pointer: string, field: string, src: { published?: string; consulted?: string } | undefined) => {
    dates.push([`${pointer}/published`, `${field}.published`, src?.published]);
    dates.push([`${pointer}/consulted`, `${field}.consulted`, src?.consulted]);
  };
  ofSource('/status_source', 'status_source', data.status_source);
  ofSource('/working_area/source', 'working_area.source', data.working_area?.source);
  (data.sources ?? []).forEach((src, i) => ofSource(`/sources/${i}`, `sources[${i}]`, src));
  return dates
    .filter(([, , d]) => d && d > ctx.today)
    .map(([pointer, field, d]) => problemAt(t, pointer, field, `De datum ${d} ligt in de toekomst.`));
}
