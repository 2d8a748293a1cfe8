/**
 * A row the edition calls the same initiative as a file in data/: no file of its own, but its
 * name (as a former name) and its new sources go to that file.
 */
import { ENTITY_SCHEMAS } from '../schema/schemas';
import { foldName } from '../text/unsafe-characters';
import { toCanonicalYaml } from '../yaml/canonical';
import { parseDataFile } from '../yaml/parse-data-file';
import { bareAddress } from './dutch-edition';
import { rowProblem, type ReferenceImport, type RowInput } from './reference-import-state';

/**
 * What an existing initiative gains from a row that is the same initiative: the row's name as a
 * former name unless it is known by it already, and the row's sources it does not cite yet.
 * Returns the changed fields (none when it has both) and what was added, in words.
 */
export function namesAndSourcesToAdd(
  current: Record<string, unknown>,
  name: string,
  sources: readonly { url?: string; title?: string }[],
): { fields: Record<string, unknown>; added: string[] } {
  const fields: Record<string, unknown> = {};
  const added: string[] = [];
  const formerNames = (current.former_names as string[] | undefined) ?? [];
  const names = [current.name, current.short_name, ...formerNames].filter(Boolean) as string[];
  if (!names.some((n) => foldName(n) === foldName(name))) {
    fields.former_names = [...formerNames, name];
    added.push(`naam '${name}' bij former_names`);
  }
  const have = (current.sources as { url?: string; title?: string }[] | undefined) ?? [];
  const fresh = sources.filter(
    (s) => !have.some((h) => (s.url && h.url ? bareAddress(h.url) === bareAddress(s.url) : h.title === s.title)),
  );
  if (fresh.length) {
    fields.sources = [...have, ...fresh];
    added.push(`${fresh.length} bron(nen)`);
  }
  return { fields, added };
}

/** A row the edition calls the same initiative as `target`, a file in data/: its name and sources go there. */
export function mergeIntoExisting(st: ReferenceImport, r: RowInput, target: string): void {
  const path = `data/initiatives/${target}.yaml`;
  const before = st.texts.get(path);
  const current =
    st.merges.get(path)?.data ?? (before === undefined ? undefined : (parseDataFile(before, path).value as Record<string, unknown>));
  if (!current) {
    rowProblem(
      st,
      r.rowNo,
      r.id,
      'Nederlandse editie: overlap.initiative',
      `'${target}' staat (nog) niet in data/: samenvoegen kan alleen met een bestaand bestand.`,
    );
    return;
  }
  const { fields, added } = namesAndSourcesToAdd(current, r.e.name ?? r.csvName, r.sources);
  Object.assign(current, fields);
  st.merges.set(path, { data: current, row: r.rowNo });
  st.notices.push(
    `rij ${r.rowNo} (${r.id}): hetzelfde initiatief als ${target}, geen eigen bestand; ${added.length ? `toegevoegd aan ${path}: ${added.join(' en ')}` : `${path} had naam en bronnen al`}.`,
  );
}

/** The files rows were merged into, once every row has added to them: updated, or unchanged when they had it all. */
export function planMergedFiles(st: ReferenceImport): void {
  for (const [path, m] of st.merges) {
    const text = toCanonicalYaml(m.data, ENTITY_SCHEMAS.initiative);
    st.files.push({ path, text, action: st.texts.get(path) === text ? 'unchanged' : 'update', row: m.row });
  }
}
