import { cmsSlug, isId, MAX_ID_LENGTH, MIN_ID_LENGTH } from '../ids';
import { fileProblem, type Problem } from '../problems';
import { ENTITIES, type EntityKind } from '../schema/schemas';

/**
 * A problem when a new entry's name would give a file name that is not a valid id, so the
 * CMS can refuse before anything is written (Decap saved "X Ω" as `x.yaml`, which CI then
 * rejected, and names in other scripts failed with an English API error).
 */
export function slugProblem(name: unknown, kind: EntityKind): Problem | undefined {
  if (typeof name !== 'string' || !name.trim()) return undefined; // "name is required" says it
  const slug = cmsSlug(name);
  if (isId(slug)) return undefined;
  const why =
    slug.length < MIN_ID_LENGTH
      ? 'te weinig letters of cijfers uit het Latijnse alfabet'
      : slug.length > MAX_ID_LENGTH
        ? `te lang (${slug.length} tekens, hooguit ${MAX_ID_LENGTH})`
        : 'tekens die niet in een bestandsnaam mogen (zoals _ of ~)';
  return fileProblem(
    `data/${ENTITIES[kind].folder}/${slug || 'nieuw'}.yaml`,
    `Van deze naam maakt het invoerscherm de bestandsnaam '${slug}', en die heeft ${why}.`,
    {
      field: 'name',
      hint: 'Maak het item eerst aan met een korte naam in gewone letters (bijvoorbeeld de afkorting); de bestandsnaam ligt daarna vast en de volledige naam kunt u daarna gewoon invullen.',
    },
  );
}
