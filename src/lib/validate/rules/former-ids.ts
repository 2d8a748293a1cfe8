/**
 * Former ids (`former_ids`): the addresses of files that went into this one when two were merged.
 * The site keeps each old address working as a page that leads to the new one, so an old
 * address must lead to exactly one page: it is no file's own id, and no two files claim it.
 */
import type { Problem } from '../../problems';
import type { RuleTarget } from '../records';
import { problemAt } from './problem-at';

/** An entry as this rule reads it: where it is, its id, its name and its former ids. */
type WithFormerIds = RuleTarget & { id: string; data: { name: string; former_ids?: string[] } };

/**
 * Each former id that is also the id of a file of the same kind, or that an earlier file (in
 * the order given) already claims. A file that has such an id is told so itself, at its top:
 * most often it is new (`npm run new`, the CMS) and the file that claims the old address was
 * not touched (a code review); where it has errors of its own, the claim is told instead.
 * @param ids every file's id of this kind, also of a file with errors of its own
 * @param folder the kind's folder under data/ ('organisations'), for the message
 */
export function formerIds(records: Iterable<WithFormerIds>, ids: ReadonlySet<string>, folder: string): Problem[] {
  const all = [...records];
  const byId = new Map(all.map((r) => [r.id, r]));
  const out: Problem[] = [];
  const claimedBy = new Map<string, string>();
  for (const r of all)
    (r.data.former_ids ?? []).forEach((old, i) => {
      const at = [r, `/former_ids/${i}`, `former_ids[${i}]`] as const;
      const other = claimedBy.get(old);
      const holder = byId.get(old);
      if (old === r.id)
        out.push(problemAt(...at, 'Het eigen id van dit bestand staat bij de eerdere adressen.', { hint: 'Haal het hier weg.' }));
      else if (holder)
        out.push(
          problemAt(
            holder,
            '',
            '',
            `Het id '${old}' is een eerder adres van data/${folder}/${r.id}.yaml (${r.data.name}, Eerdere adressen): het oude adres zou naar twee pagina's wijzen.`,
            {
              hint: `Gaat het om hetzelfde, vul dan dat bestand aan en haal dit bestand weg; anders kies een ander id (een andere bestandsnaam), of haal '${old}' daar weg.`,
            },
          ),
        );
      else if (ids.has(old))
        out.push(
          problemAt(
            ...at,
            `'${old}' is het id van data/${folder}/${old}.yaml, dus geen eerder adres: het oude adres zou naar twee pagina's wijzen.`,
            {
              hint: `Is dat bestand in dit bestand opgegaan, haal het dan weg; anders hoort '${old}' hier niet.`,
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
