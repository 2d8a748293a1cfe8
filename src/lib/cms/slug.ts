import { fileProblem, type Problem } from '../problems';
import { idFromPath } from '../validate/validate-dataset';

/**
 * The file name Decap CMS will give a new entry from its name, following decap-cms-core's
 * `prepareSlug` + `sanitizeSlug` with our slug settings (ascii, clean_accents, '-'):
 * lower-case, quotes dropped, '.' to '-', accents removed, every other character outside
 * `[A-Za-z0-9_.~-]` to '-', runs of '-' folded, '-' trimmed. Decap keeps '_' and '~', which
 * an id does not allow: that is one of the cases the check below catches.
 */
export function decapSlug(name: string): string {
  return name
    .trim()
    .toLocaleLowerCase('nl')
    .replace(/'/g, '')
    .replace(/\./g, '-')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\w\-.~]/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A problem when a new entry's name would give a file name that is not a valid id, so the
 * CMS can refuse before anything is written (Decap saved "X Ω" as `x.yaml`, which CI then
 * rejected, and names in other scripts failed with an English API error).
 */
export function slugProblem(name: unknown, collection: string): Problem | undefined {
  if (typeof name !== 'string' || !name.trim()) return undefined; // "name is required" says it
  const slug = decapSlug(name);
  if (idFromPath(`${slug}.yaml`)) return undefined;
  const why =
    slug.length < 2
      ? 'te weinig letters of cijfers uit het Latijnse alfabet'
      : slug.length > 80
        ? `te lang (${slug.length} tekens, hooguit 80)`
        : 'tekens die niet in een bestandsnaam mogen (zoals _ of ~)';
  return fileProblem(
    `data/${collection}/${slug || 'nieuw'}.yaml`,
    `Van deze naam maakt het invoerscherm de bestandsnaam '${slug}', en die heeft ${why}.`,
    {
      field: 'name',
      hint: 'Maak het item eerst aan met een korte naam in gewone letters (bijvoorbeeld de afkorting); de bestandsnaam ligt daarna vast en de volledige naam kunt u daarna gewoon invullen.',
    },
  );
}
