/**
 * `npm run review -- <base> <head>`: a readable summary of what changed in data/ between two
 * git revisions (default: origin/main and HEAD), in Markdown: the pull-request workflow
 * appends it to the job summary. Duplicates are sought in the dataset at <head>.
 */
import { execFileSync } from 'node:child_process';
import { loadDataset } from '../src/dataset.ts';
import { reviewSummary, type FileChange, type KnownEntry } from '../src/lib/review/summary.ts';

const [base = 'origin/main', head = 'HEAD'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const show = (rev: string, path: string) => { try { return git('show', `${rev}:${path}`); } catch { return undefined; } };

const changes: FileChange[] = git('diff', '--name-status', '--no-renames', `${base}...${head}`).trim().split('\n').filter(Boolean).map((line) => {
  const [code, path] = line.split('\t') as [string, string];
  const status = code.startsWith('A') ? 'added' : code.startsWith('D') ? 'deleted' : 'modified';
  return { path, status, ...(status !== 'added' ? { before: show(base, path) } : {}), ...(status !== 'deleted' ? { after: show(head, path) } : {}) } as FileChange;
});

const d = await loadDataset();
const known: KnownEntry[] = [
  ...d.initiatives.map((i) => ({ kind: 'initiative' as const, id: i.id, name: i.data.name, ...(i.data.website ? { website: i.data.website } : {}), points: (i.data.locations ?? []).map((l) => [l.longitude, l.latitude] as [number, number]) })),
  ...d.organisations.map((o) => ({ kind: 'organisation' as const, id: o.id, name: o.data.name, ...(o.data.website ? { website: o.data.website } : {}), points: o.data.latitude !== undefined && o.data.longitude !== undefined ? [[o.data.longitude, o.data.latitude] as [number, number]] : [] })),
];
console.log(reviewSummary(changes, known));
