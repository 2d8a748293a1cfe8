/**
 * Former ids (`former_ids`): the addresses of files that went into this one when two were merged.
 * The site keeps each old address working as a page that leads to the new one, so an old
 * address must lead to exactly one page: it is no file's own id, and no two files claim it.
 */
import type { Problem } from '../../problems';
import type { RuleTarget } from '../records';
import { problemAt } from './problem-at';

/** An entry as this rule reads it: where it is, its id and its former ids. */
type WithFormerIds = RuleTarget & { id: string; data: { former_ids?: string[] } };

/**
 * Each former id that is also the id of a file of the same kind, or that an earlier file (in
 * the order given) already claims, at its line.
 * @param folder the kind's folder under data/ ('organisations'), for the message
 */
export function formerIds(records: Iterable<WithFormerIds>, ids: ReadonlySet<string>, folder: string): Problem[] {
  const out: Problem[] = [];
  const claimedBy = new Map<string, string>();
  for (const r of records)
    (r.data.former_ids ?? []).forEach((old, i) => {
      const at = [r, `/former_ids/${i}`, `former_ids[${i}]`] as const;
      const other = claimedBy.get(old);
      if (ids.has(old))
        out.push(
          problemAt(
            ...at,
            `'${old}' is het id van data/${folder}/${old}.yaml, dus geen eerder adres: het oude adres zou naar twee pagina's wijzen.`,
            {
              hint:
                old === r.id
                  ? 'Dit is het eigen id van dit bestand; haal het hier weg.'
                  : `Is dat bestand in dit bestand opgegaan, haal het dan weg; anders hoort '${old}' hier niet.`,
            },
          ),
        );
      else if (other)
        out.push(
          problemAt(
            ...at,
            `'${old}' staat ook bij de eerdere adressen van data/${folder}/${other}.yaml: een oud adres kan maar naar één pagina wijzen.`,
            {
              hint: 'Laat het staan bij het bestand waarin het opging, en haal het bij het andere weg.',
            },
          ),
        );
      else claimedBy.set(old, r.id);
    });
  return out;
}

/** Former id → the id of the file it went into, for a hint where a reference still names the old one. */
export function formerIdIndex(records: Iterable<{ id: string; data: { former_ids?: string[] } }>): Map<string, string> {
  const index = new Map<string, string>();
  for (const r of records) for (const old of r.data.former_ids ?? []) if (!index.has(old)) index.set(old, r.id);
  return index;
}
