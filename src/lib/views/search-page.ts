/** The search page's filter choices, prepared from the site model. */
import { presentValues } from '../labels';
import { ENTITY_NOUNS, type VocabularyName } from '../schema/schemas';
import type { SiteModel } from '../site-model';

export interface SearchFilter {
  /** The Pagefind filter name the search records carry (lib/search/records.ts). */
  name: string;
  label: string;
  /** The values as the records hold them: the labels readers see. */
  options: string[];
}

/** Only values the atlas has: a choice that can only give "niets gevonden" is not offered. */
export function searchFilters(site: SiteModel): SearchFilter[] {
  const { initiatives, organisations } = site.dataset;
  const labelsOf = (vocab: VocabularyName, used: Iterable<string>) => presentValues(vocab, used).map((v) => v.label);
  return [
    { name: 'type', label: 'Wat', options: [ENTITY_NOUNS.initiative.One, ENTITY_NOUNS.organisation.One] },
    {
      name: 'soort',
      label: 'Soort',
      options: [
        ...labelsOf(
          'initiative_kind',
          initiatives.map((i) => i.data.kind),
        ),
        ...labelsOf(
          'organisation_kind',
          organisations.map((o) => o.data.kind),
        ),
      ],
    },
    {
      name: 'regio',
      label: site.primary.name,
      options: site.primary.regions.map((r) => r.name).sort((a, b) => a.localeCompare(b, 'nl')),
    },
    {
      name: 'sector',
      label: 'Sector',
      options: labelsOf(
        'sector',
        initiatives.flatMap((i) => i.data.sectors ?? []),
      ),
    },
    {
      name: 'niveau',
      label: 'Niveau',
      options: labelsOf(
        'education_level',
        initiatives.flatMap((i) => i.data.levels ?? []),
      ),
    },
  ];
}
