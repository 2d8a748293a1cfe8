/**
 * The old addresses of merged entries: each former id (`former_ids`) becomes a small page at its
 * old address that leads to the entry it went into, so a link from elsewhere keeps working after
 * two files were merged (rules/former-ids.ts keeps each old address to one entry).
 */

import { formerIdIndex } from '../former-ids';

/** An entry as this reads it. */
interface Entry {
  id: string;
  data: { name: string; former_ids?: string[] };
}

/**
 * One old address: the former id, the id it went into and that entry's name. A type, not an
 * interface: Astro's page props need the index signature an object type has implicitly.
 */
export type MovedPage = {
  from: string;
  to: string;
  name: string;
};

/** Every former id of the entries, in their order; an id claimed twice (a validation error) only once, for the first. */
export function movedPages(entries: Iterable<Entry>): MovedPage[] {
  const all = [...entries];
  const nameOf = new Map(all.map((e) => [e.id, e.data.name]));
  return [...formerIdIndex(all)].map(([from, to]) => ({ from, to, name: nameOf.get(to)! }));
}
