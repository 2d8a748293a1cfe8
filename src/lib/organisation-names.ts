import type { Organisation } from './schema/types.generated';
import { foldName } from './text/unsafe-characters';

/** Every name an organisation is known by: its name, its short name and its former names. */
export function organisationNames(d: Pick<Organisation, 'name' | 'short_name' | 'former_names'>): string[] {
  return [d.name, d.short_name, ...(d.former_names ?? [])].filter((n): n is string => !!n);
}

/**
 * Each folded name (organisationNames) → the id of the first organisation known by it. One
 * reading for validate (a proposed organisation that already exists) and adopt:organisations
 * (which reuses it), so the warning and the adoption agree on what "already exists" means.
 */
export function organisationsByName(
  orgs: Iterable<{ id: string; data: Pick<Organisation, 'name' | 'short_name' | 'former_names'> }>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of orgs)
    for (const n of organisationNames(o.data)) {
      const key = foldName(n);
      if (key && !out.has(key)) out.set(key, o.id);
    }
  return out;
}
