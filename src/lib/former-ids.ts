/**
 * Former ids (`former_ids`): each old address of a merged file and the file it went into. One
 * reading for the validation's hints, the pages at the old addresses and the import (which does
 * not bring a merged row back); rules/former-ids.ts keeps each old address to one file.
 */

/** Former id → the id of the file it went into; an id claimed twice (a validation error) goes to the first. */
export function formerIdIndex(records: Iterable<{ id: string; data: { former_ids?: string[] } }>): Map<string, string> {
  const index = new Map<string, string>();
  for (const r of records) for (const old of r.data.former_ids ?? []) if (!index.has(old)) index.set(old, r.id);
  return index;
}
