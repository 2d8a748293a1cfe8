/**
 * The reference import's plan once its files are validated like the spreadsheet import: what is
 * written, what is left out, and the counts.
 */
import type { Problem } from '../problems';
import { ENTITY_SCHEMAS } from '../schema/schemas';
import { toCanonicalYaml } from '../yaml/canonical';
import type { SourceFile } from '../validate/validate-dataset';
import type { ImportPlan } from './spreadsheet';
import { clean } from './reference-cells';
import type { ReferenceImport } from './reference-import-state';

type PlannedFile = ImportPlan['files'][number];

/**
 * The plan once the planned files are validated like the spreadsheet import: a file with an
 * error is not written, nor a new organisation that no written initiative names (never an
 * orphan file); merged rows are counted apart.
 */
export function validatedReferencePlan(
  st: ReferenceImport,
  validate: (files: SourceFile[], orgFiles: SourceFile[]) => Problem[],
): ImportPlan {
  const orgFiles = newOrganisationFiles(st);
  st.problems.push(...validationProblems(st.files, orgFiles, validate));
  const bad = new Set(st.problems.filter((p) => p.severity === 'error').map((p) => /\((data\/[^)]+)\)/.exec(p.file)?.[1]));
  const good = st.files.filter((f) => !bad.has(f.path));
  const usedOrgs = orgFiles.filter((o) => {
    const id = o.path.slice('data/organisations/'.length, -'.yaml'.length);
    return good.some((f) => new RegExp(`(lead_organisation|organisation): ${id}$`, 'm').test(f.text));
  });
  return { files: [...good, ...usedOrgs], problems: st.problems, notices: st.notices, counts: planCounts(st, good, usedOrgs.length) };
}

/** The files of the organisations this import creates, each with the row that named it first. */
function newOrganisationFiles(st: ReferenceImport): PlannedFile[] {
  return [...st.newOrgs.values()].map((o) => ({
    path: `data/organisations/${o.id}.yaml`,
    text: toCanonicalYaml(o.data, ENTITY_SCHEMAS.organisation),
    action: 'create' as const,
    row: o.row,
  }));
}

/** The problems validation finds in the planned files, each named by its row ("rij 12 (data/...)") so the reader finds it in the list. */
function validationProblems(
  files: readonly PlannedFile[],
  orgFiles: readonly PlannedFile[],
  validate: (files: SourceFile[], orgFiles: SourceFile[]) => Problem[],
): Problem[] {
  return validate(
    files.map((f) => ({ path: f.path, content: f.text })),
    orgFiles.map((f) => ({ path: f.path, content: f.text })),
  ).map((p) => {
    const f = files.find((x) => x.path === p.file) ?? orgFiles.find((x) => x.path === p.file);
    return f ? { ...p, file: `rij ${f.row} (${p.file})` } : p;
  });
}

/**
 * What the plan does with the rows: files created, updated or unchanged, rows merged into an
 * existing file that is written, and the rest skipped.
 */
function planCounts(st: ReferenceImport, good: readonly PlannedFile[], organisations: number): ImportPlan['counts'] {
  const { rows } = st;
  const rowFiles = good.filter((f) => !st.merges.has(f.path));
  const mergedRows = rows.filter((r) => {
    const target = st.sameAs.get(clean(r.id));
    return (
      target && st.notices.some((n) => n.includes(`(${clean(r.id)})`)) && good.some((f) => f.path === `data/initiatives/${target}.yaml`)
    );
  }).length;
  const withAction = (action: PlannedFile['action']) => rowFiles.filter((f) => f.action === action).length;
  return {
    rows: rows.length,
    create: withAction('create'),
    update: withAction('update'),
    unchanged: withAction('unchanged'),
    skipped: rows.length - rowFiles.length - mergedRows,
    organisations,
    merged: mergedRows,
  };
}
