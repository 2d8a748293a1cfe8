/**
 * Which rows are imported at all: a row needs a valid id and a name, and a sound entry in the
 * Dutch edition; every other row is reported by number and left out, as is an edition entry
 * that is no row. A row that passes becomes the input every later step reads.
 */
import { checkEditionEntry, sourceKey, splitSources, type EditionEntry } from './dutch-edition';
import { clean } from './reference-cells';
import { rowProblem, type ReferenceImport, type RowInput } from './reference-import-state';
import { sourceAsEdited, sourceOf } from './reference-sources';

/** The row's input, or undefined when the row is left out (each reason reported). */
export function soundRowInput(st: ReferenceImport, row: Record<string, string>, rowNo: number): RowInput | undefined {
  const id = clean(row.id);
  const csvName = clean(row.name);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || !csvName) {
    st.problems.push({
      file: `rij ${rowNo}`,
      line: rowNo,
      column: 1,
      field: 'id',
      severity: 'error',
      message: `Rij zonder geldig id of naam ('${id}').`,
    });
    return undefined;
  }
  // A row whose file the editors merged into another (its id among that file's former_ids) is
  // that file now: importing it again would bring back the file the merge removed.
  const into = st.mergedInto.get(id);
  if (into) {
    rowProblem(
      st,
      rowNo,
      id,
      'id',
      `Deze rij is opgegaan in ${into} (bij Eerdere adressen daarvan), dus niet opnieuw geïmporteerd. Wat de rij nog toevoegt, zet u met de hand in data/initiatives/${into}.yaml.`,
      'warning',
    );
    return undefined;
  }
  if (!st.options.edition.has(id)) {
    rowProblem(
      st,
      rowNo,
      id,
      'id',
      'Deze rij staat niet in de Nederlandse editie van de lijst, dus niet geïmporteerd: voeg een vermelding met dit id toe aan het .nl.yaml-bestand.',
    );
    return undefined;
  }
  const editionProblems = checkEditionEntry(st.options.edition.get(id), row, st.knownIds);
  for (const p of editionProblems) rowProblem(st, rowNo, id, p.field ? `Nederlandse editie: ${p.field}` : 'Nederlandse editie', p.message);
  return editionProblems.length ? undefined : rowInput(st, row, rowNo, id, csvName);
}

/** A sound row's input: its sources read, its edition entry, and how a cell without Dutch text is reported. */
function rowInput(st: ReferenceImport, row: Record<string, string>, rowNo: number, id: string, csvName: string): RowInput {
  const e = st.options.edition.get(id) as EditionEntry;
  const rowSources = splitSources(row.sources ?? '');
  const sources = rowSources.map((s) =>
    sourceAsEdited(
      sourceOf(s, st.options.sourceDetails),
      e.sources?.find((x) => sourceKey(x.address) === sourceKey(s)),
    ),
  );
  return {
    row,
    rowNo,
    id,
    csvName,
    e,
    sources,
    sourceFor: (address) => sources[rowSources.findIndex((r) => sourceKey(r) === sourceKey(address))]!,
    missing: (field, cell) =>
      rowProblem(
        st,
        rowNo,
        id,
        `Nederlandse editie: ${field}`,
        `Geen Nederlandse tekst voor de cel '${cell}': die is weggelaten. Vul '${field}' in de editie in.`,
        'warning',
      ),
  };
}

/** A warning for every entry of the edition that is no row of this list: it is not used, perhaps a typo in an id. */
export function reportUnusedEntries(st: ReferenceImport): void {
  for (const id of st.options.edition.keys())
    if (!st.rowIds.has(id))
      st.problems.push({
        file: 'Nederlandse editie',
        line: 1,
        column: 1,
        field: id,
        severity: 'warning',
        message: `'${id}' is geen rij van deze lijst; de vermelding wordt niet gebruikt.`,
      });
}
