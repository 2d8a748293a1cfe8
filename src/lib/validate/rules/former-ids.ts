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
 * Each former id that is also the id of a file of the same kind, or that two files claim. Both
 * files of such a pair are told, each naming the other: validation cannot tell which of them a
 * proposal touched. A code review saw a new file (`npm run new`, the CMS) take an id another file
 * had as an old address, which then only that old file was told of; a hostile review saw the
 * opposite, a new file claiming a living file's id, and only the living file told, with a hint
 * to delete it. Where the file with the id has errors of its own, only the claim is told.
 * @param ids every file's id of this kind, also of a file with errors of its own
 * @param folder the kind's folder under data/ ('organisations'), for the message
 */
export function formerIds(records: Iterable<WithFormerIds>, ids: ReadonlySet<string>, folder: string): Problem[] {
  const all = [...records];
  const byId = new Map(all.map((r) => [r.id, r]));
  const out: Problem[] = [];
  const claimedBy = new Map<string, { id: string; index: number }>();
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
            `Het id '${old}' staat ook bij de eerdere adressen van data/${folder}/${r.id}.yaml (${r.data.name}): het oude adres zou naar twee pagina's wijzen.`,
            {
              hint: `Is dit bestand echt in dat bestand opgegaan, vul dat dan aan en haal dit bestand weg. Zo niet, dan hoort '${old}' daar niet bij Eerdere adressen; is dit bestand nieuw, kies dan een ander id (een andere bestandsnaam).`,
            },
          ),
          problemAt(
            ...at,
            `'${old}' is het id van data/${folder}/${old}.yaml (${holder.data.name}), dus geen eerder adres: het oude adres zou naar twee pagina's wijzen.`,
            {
              hint: `Is dat bestand in dit bestand opgegaan, vul dit dan aan en haal dat weg; anders hoort '${old}' hier niet.`,
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
      else if (other) {
        const first = byId.get(other.id);
        const hint = 'Laat het staan bij het bestand waarin het opging, en haal het bij het andere weg.';
        out.push(
          problemAt(
            ...at,
            `'${old}' staat ook bij de eerdere adressen van data/${folder}/${other.id}.yaml: een oud adres kan maar naar één pagina wijzen.`,
            {
              hint,
            },
          ),
        );
        if (first)
          out.push(
            problemAt(
              first,
              `/former_ids/${other.index}`,
              `former_ids[${other.index}]`,
              `'${old}' staat ook bij de eerdere adressen van data/${folder}/${r.id}.yaml: een oud adres kan maar naar één pagina wijzen.`,
              {
                hint,
              },
            ),
          );
      } else claimedBy.set(old, { id: r.id, index: i });
    });
  return out;
}
