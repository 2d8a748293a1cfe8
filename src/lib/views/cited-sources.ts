import type { Initiative, Source } from '../schema/types.generated';

/**
 * One source's identity on a page: its address (with or without www., http or https, a final
 * slash: one page), or its title when it has none.
 */
const keyOf = (s: Source): string =>
  s.url ? `u:${s.url.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/$/, '')}` : `t:${s.title ?? ''}`;

/**
 * A source with the title another mention of the same page gives, where it has none: a status
 * source written as a bare address showed as that address while the same page stood with its
 * title under `sources` (a newcomer review). Only the title: a date decides how old a status
 * reads in every list, so it stays where it was written.
 */
export function withTitleOf(s: Source, others: readonly Source[]): Source {
  if (s.title) return s;
  const title = others.find((o) => o.title && keyOf(o) === keyOf(s))?.title;
  return title ? { ...s, title } : s;
}

/**
 * Every source an initiative's page cites, for its "Bronnen" list: the entry's own `sources`
 * first, in their order, then each source a fact cites (the status, the working area, a funding, a figure, a
 * success factor or challenge, the check) that the list does not already name, in the page's
 * order. A reader review found the status's source missing from "Bronnen" on 94 pages: a page
 * that cites a source lists it. A page named twice (once with www., once with a title and date)
 * is listed once, with the title and date either mention gives (a second review).
 */
export function citedSources(d: Initiative): Source[] {
  return uniqueSources([
    ...d.sources,
    d.status_source,
    d.working_area?.source,
    ...(d.funding ?? []).map((f) => f.source),
    ...(d.figures ?? []).map((f) => f.source),
    ...(d.success_factors ?? []).map((f) => f.source),
    ...(d.challenges ?? []).map((f) => f.source),
    d.verified_source,
  ]);
}

/**
 * Sources in their order, each page once: a page named twice keeps its first place, with the
 * title and date either mention gives. Empty and missing entries are left out.
 */
export function uniqueSources(list: readonly (Source | undefined)[]): Source[] {
  const out: Source[] = [];
  const seen = new Map<string, number>();
  for (const s of list) {
    if (!s || (!s.url && !s.title)) continue;
    const key = keyOf(s);
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, out.length);
      out.push(s);
      continue;
    }
    const kept = out[at]!;
    if ((!kept.title && s.title) || (!kept.published && s.published))
      out[at] = {
        ...kept,
        ...(kept.title ? {} : s.title ? { title: s.title } : {}),
        ...(kept.published ? {} : s.published ? { published: s.published } : {}),
      };
  }
  return out;
}
