/** Rules about the organisations together. */
import type { Problem } from '../../problems';
import type { Organisation } from '../../schema/types.generated';
import { foldName } from '../../text/unsafe-characters';
import type { RuleTarget } from '../records';
import { problemAt } from './problem-at';

/** Where an organisation's name stands in its file, and what a reader calls it. */
type NameAt = { name: string; pointer: string; field: string; what: string };

/** Every name an organisation is known by (organisation-names.ts), with where it stands. */
function namesAt(d: Pick<Organisation, 'name' | 'short_name' | 'former_names'>): NameAt[] {
  return [
    { name: d.name, pointer: '/name', field: 'name', what: 'naam' },
    ...(d.short_name ? [{ name: d.short_name, pointer: '/short_name', field: 'short_name', what: 'korte naam' }] : []),
    ...(d.former_names ?? []).map((n, i) => ({
      name: n,
      pointer: `/former_names/${i}`,
      field: `former_names[${i}]`,
      what: 'eerdere naam',
    })),
  ];
}

/**
 * Two organisations known by the same name (case, accents, punctuation and invisible characters
 * aside), as name, short name or former name, are probably one organisation with two ids (a
 * warning: two schools can share a name). A maintainer review saw a new file named "HZ" pass while
 * HZ University of Applied Sciences has the short name HZ. Reported once per pair, at the later
 * file (in file order) and the name there, naming both files.
 */
export function sameOrganisationName(
  organisations: Iterable<RuleTarget & { data: Pick<Organisation, 'name' | 'short_name' | 'former_names'> }>,
): Problem[] {
  const first = new Map<string, { o: RuleTarget & { data: Pick<Organisation, 'name'> }; at: NameAt }>();
  const out: Problem[] = [];
  for (const o of [...organisations].sort((a, b) => a.file.localeCompare(b.file))) {
    const told = new Set<string>();
    const own = new Map<string, NameAt>();
    for (const at of namesAt(o.data)) {
      const key = foldName(at.name);
      if (!key) continue;
      const earlier = first.get(key);
      if (earlier && earlier.o.file !== o.file && !told.has(earlier.o.file)) {
        told.add(earlier.o.file);
        const message =
          at.what === 'naam' && earlier.at.what === 'naam'
            ? `Twee organisaties met dezelfde naam: '${earlier.o.data.name}' in ${earlier.o.file} en '${o.data.name}' in ${o.file}.`
            : `'${at.name}' (${at.what} in ${o.file}) is ook de ${earlier.at.what} van '${earlier.o.data.name}' in ${earlier.o.file}.`;
        out.push(
          problemAt(o, at.pointer, at.field, message, {
            severity: 'warning',
            hint: 'Is het dezelfde organisatie? Verwijs dan overal naar één van de twee en verwijder de andere. Zo niet, maak de namen verschillend (bijvoorbeeld met de plaats erbij).',
          }),
        );
      }
      if (!own.has(key)) own.set(key, at);
    }
    for (const [key, at] of own) if (!first.has(key)) first.set(key, { o, at });
  }
  return out;
}
