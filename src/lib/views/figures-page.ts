/** What the figures page (/cijfers/) shows, prepared from the site model. */
import { glossaryPathOfKind } from '../glossary';
import { label } from '../labels';
import type { SiteModel } from '../site-model';
import {
  completeness,
  countByRegion,
  countByVocabulary,
  figureSummaries,
  startsPerYear,
  startYearCaveats,
  statusSourceAges,
} from '../stats';
import { memberRegionsOf, NATIONAL, placeCounts, UNPLACED } from '../regions/membership';
import { OUTSIDE_REGION_LABELS } from '../regions/outside-labels';

export function figuresPage(site: SiteModel) {
  const items = site.dataset.initiatives;
  const unknown = (empty: (i: (typeof items)[number]) => boolean) => items.filter(empty).length;
  const statuses = countByVocabulary(items, 'status', (i) => [i.data.status]);
  return {
    initiativeCount: items.length,
    organisationCount: site.dataset.organisations.length,
    kinds: countByVocabulary(items, 'initiative_kind', (i) => [i.data.kind]).map((c) => ({
      ...c,
      href: site.links.of(glossaryPathOfKind(c.key)),
    })),
    // Points and working areas alike; the primary set also names what is in none of its
    // regions, so the bars account for every initiative.
    regionSets: site.dataset.regionSets.map((set) => ({
      set,
      rows: [
        ...countByRegion(items, set.id, set.regions, memberRegionsOf(site.membership, site.primary.id)).map((c) => ({
          ...c,
          href: site.links.region(c.key),
        })),
        ...(set.id === site.primary.id
          ? [
              {
                key: NATIONAL,
                label: OUTSIDE_REGION_LABELS[NATIONAL],
                count: site.outsideRegions.national.length,
                href: site.links.map({ [set.id]: NATIONAL }),
              },
              {
                key: UNPLACED,
                label: OUTSIDE_REGION_LABELS[UNPLACED],
                count: site.outsideRegions.unplaced.length,
                href: site.links.map({ [set.id]: UNPLACED }),
              },
            ]
          : []),
      ],
    })),
    places: placeCounts(items, site.membership),
    sectors: countByVocabulary(items, 'sector', (i) => i.data.sectors ?? [])
      .filter((c) => c.count > 0)
      .sort((a, b) => b.count - a.count),
    levels: countByVocabulary(items, 'education_level', (i) => i.data.levels ?? []),
    /** Status says something only when not every initiative has the same one. */
    statuses: statuses.filter((s) => s.count > 0).length > 1 ? statuses : undefined,
    statusAges: statusAgesInWords(statusSourceAges(items, site.today, site.checks.maxAgeMonths)),
    years: startsPerYear(items),
    yearCaveats: startYearCaveats(items),
    figures: figureSummaries(items),
    complete: completeness(items),
    unknown: {
      sector: unknown((i) => !i.data.sectors?.length),
      level: unknown((i) => !i.data.levels?.length),
    },
  };
}

/**
 * What the status chart stands for, in words: a status is what a source said on its date, and how
 * many running or starting initiatives rest on an old source or on one without a date. Nothing
 * when no initiative runs.
 */
export function statusAgesInWords(a: ReturnType<typeof statusSourceAges>): string | undefined {
  if (a.running === 0) return undefined;
  const parts = [
    ...(a.old > 0 ? [`is die bron bij ${a.old} meer dan ${a.maxAgeMonths} maanden oud`] : []),
    ...(a.undated > 0 ? [`heeft ze bij ${a.undated} geen datum`] : []),
  ];
  return [
    'Een status is wat een bron van de atlas erover zegt, op de datum van die bron.',
    ...(parts.length
      ? [
          `Van de ${a.running} ${a.running === 1 ? 'initiatief dat actief of in ontwikkeling is' : 'initiatieven die actief of in ontwikkeling zijn'}, ${parts.join(' en ')}: of dat nu nog zo is, is niet nagegaan.`,
        ]
      : []),
    `“${label('status', 'unknown')}” betekent dat geen bron iets zegt.`,
  ].join(' ');
}
