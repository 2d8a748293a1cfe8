/** Rules about the organisations together. */
import type { Problem } from '../../problems';
import type { Organisation } from '../../schema/types.generated';
import { foldName } from '../../text/unsafe-characters';
import type { RuleTarget } from '../records';
import { problemAt } from './problem-at';

/**
 * Two organisations with the same name (case, accents, punctuation and invisible characters
 * aside) are probably one organisation with two ids (a warning: two schools can share a name).
 * Reported at each file after the first of its name (in file order), naming both files.
 */
export function sameOrganisationName(organisations: Iterable<RuleTarget & { data: Pick<Organisation, 'name'> }>): Problem[] {
  const first = new Map<string, RuleTarget & { data: Pick<Organisation, 'name'> }>();
  const out: Problem[] = [];
  for (const o of [...organisations].sort((a, b) => a.file.localeCompare(b.file))) {
    const key = foldName(o.data.name);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, o);
      continue;
    }
    out.push(
      problemAt(
        o,
        '/name',
        'name',
        `Twee organisaties met dezelfde naam: '${earlier.data.name}' in ${earlier.file} en '${o.data.name}' in ${o.file}.`,
        {
          severity: 'warning',
          hint: 'Is het dezelfde organisatie? Verwijs dan overal naar één van de twee en verwijder de andere. Zo niet, maak de namen verschillend (bijvoorbeeld met de plaats erbij).',
        },
      ),
    );
  }
  return out;
}
