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

/**
 * The plan once the planned files are validated like the spreadsheet import: a file with an
 * error is not written, nor a new organisation that no written initiative names (never an
 * orphan file); merged rows are counted apart.
 */
export function validatedReferencePlan(
  st: ReferenceImport,
  validate: (files: SourceFile[], orgFiles: SourceFile[]) => Problem[],
): ImportPlan {
  const { files, problems, rows } = st;
  const orgFiles = [...st.newOrgs.values()].map((o) => ({
    path: `data/organisations/${o.id}.yaml`,
    text: toCanonicalYaml(o.data, ENTITY_SCHEMAS.organisation),
    action: 'create' as const,
    row: o.row,
  }));
  problems.push(
    ...validate(
      files.map((f) => ({ path: f.path, content: f.text })),
      orgFiles.map((f) => ({ path: f.path, content: f.text })),
    ).map((p) => {
      const f = files.find((x) => x.path === p.file) ?? orgFiles.find((x) => x.path === p.file);
      return f ? { ...p, file: `rij ${f.row} (${p.file})` } : p;
    }),
  );
  const bad = new Set(problems.filter((p) => p.severity === 'error').map((p) => /\((data\/[^)]+)\)/.exec(p.file)?.[1]));
  const good = files.filter((f) => !bad.has(f.path));
  const usedOrgs = orgFiles.filter((o) => {
    const id = o.path.slice('data/organisations/'.length, -'.yaml'.length);
    return good.some((f) => new RegExp(`(lead_organisation|organisation): ${id}$`, 'm').test(f.text));
  });
  const rowFiles = good.filter((f) => !st.merges.has(f.path));
  const mergedRows = rows.filter((r) => {
    const target = st.sameAs.get(clean(r.id));
    return (
      target && st.notices.some((n) => n.includes(`(${clean(r.id)})`)) && good.some((f) => f.path === `data/initiatives/${target}.yaml`)
    );
  }).length;
  return {
    files: [...good, ...usedOrgs],
    problems,
    notices: st.notices,
    counts: {
      rows: rows.length,
      create: rowFiles.filter((f) => f.action === 'create').length,
      update: rowFiles.filter((f) => f.action === 'update').length,
      unchanged: rowFiles.filter((f) => f.action === 'unchanged').length,
      skipped: rows.length - rowFiles.length - mergedRows,
      organisations: usedOrgs.length,
      merged: mergedRows,
    },
  };
}
