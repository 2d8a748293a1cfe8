/**
 * The id rule, once: an id is the file name of an entry, made from its name the way Decap CMS
 * makes a file name (its `slug` settings below decide what the CMS writes, so the commands follow
 * the CMS, not the other way round). "Coöperatie" -> `cooperatie`, "Ærø" -> `aero`. Ids never
 * change once given: only new ids follow this rule.
 */
import diacritics from 'diacritics';

/** The shortest and longest id the atlas accepts. */
export const MIN_ID_LENGTH = 2;
export const MAX_ID_LENGTH = 80;

/** Kebab-case ASCII: lower-case letters and digits in words joined by single hyphens. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `s` is a valid id (the file name of an entry without `.yaml`). */
export function isId(s: string): boolean {
  return ID.test(s) && s.length >= MIN_ID_LENGTH && s.length <= MAX_ID_LENGTH;
}

/** Decap's slug settings for the atlas (config.yml `slug`): ASCII, accents cleaned, '-' between words. */
export const CMS_SLUG = { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' } as const;

/** Names Windows reserves; sanitize-filename (in Decap) turns such a slug into the replacement. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * The file name Decap CMS gives an entry named `name`, with CMS_SLUG: decap-cms-core's
 * prepareSlug (trim, lower-case, quotes dropped, '.' to '-') and sanitizeSlug (accents removed
 * with the `diacritics` package it uses, every character outside `[A-Za-z0-9_.~-]` to '-',
 * Windows' reserved names to '-', runs of '-' folded and trimmed). Decap keeps '_' and '~',
 * which an id does not allow: the CMS refuses such a name (cms/slug.ts). Tested against
 * Decap's own sanitizeSlug (tests/unit/id-rule.test.ts).
 */
export function cmsSlug(name: string): string {
  // toLowerCase: the browser's toLocaleLowerCase() but for Turkish, Azeri and Lithuanian.
  const prepared = name.trim().toLowerCase().replace(/'/g, '').replace(/\./g, '-');
  const ascii = Array.from(diacritics.remove(prepared), (c) => (/[\w.~-]/.test(c) ? c : '-')).join('');
  return (WINDOWS_RESERVED.test(ascii) ? '-' : ascii).replace(/-+/g, '-').replace(/^-|-$/g, '');
}

/**
 * The id for a name: the CMS's file name for it (cmsSlug), so an entry made by a command and one
 * made in the CMS get the same id. Where the CMS would refuse the name, still an id: '_', '~' and
 * upper case left by the accent table become '-' and lower case, and it is cut at the longest
 * id. Empty when the name has nothing to keep (only emoji or non-Latin letters).
 */
export function idFromName(name: string): string {
  return cmsSlug(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/-$/, '');
}

/**
 * A new id for a name that no entry has yet: idFromName, with "-1", "-2", … when taken, as the
 * CMS numbers a file name that exists. Adds the id to `taken`, so several new ids in one run
 * never collide. `fallback` when the name gives no id.
 */
export function freeId(name: string, taken: Set<string>, fallback = 'item'): string {
  const fromName = idFromName(name);
  const base = fromName.length >= MIN_ID_LENGTH ? fromName : fallback;
  let id = base;
  for (let n = 1; taken.has(id); n++) id = `${base.slice(0, MAX_ID_LENGTH - `-${n}`.length).replace(/-$/, '')}-${n}`;
  taken.add(id);
  return id;
}
