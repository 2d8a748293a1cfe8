import slugify from '@sindresorhus/slugify';

/** The longest id the atlas accepts (the validator's limit). */
export const MAX_ID_LENGTH = 80;

/**
 * A new id for a name that no entry has yet: the name as a kebab-case slug, with "-2", "-3", …
 * when taken. Adds the id to `taken`, so several new ids in one run never collide.
 */
export function freeId(name: string, taken: Set<string>, fallback = 'item'): string {
  const base =
    slugify(name)
      .slice(0, MAX_ID_LENGTH - 8)
      .replace(/-+$/, '') || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
