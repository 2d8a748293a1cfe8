/**
 * `npm run review -- <base> <head>`: a readable summary of what changed in data/ between two
 * git revisions (default: origin/main and HEAD), in Markdown: the pull-request workflow
 * appends it to the job summary. Names and duplicates come from the dataset at <head>, read from
 * git (not from the files of the checkout).
 *
 * `--repo DIR` reads the revisions and the dataset from another checkout. The workflow runs
 * this script from the base branch's checkout against the pull request's checkout, so a pull
 * request that edits this code cannot write its own summary: the pull request's files are
 * only read as data.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { cliArgs } from './lib/args.ts';
import { loadDataset } from '../src/io/dataset.ts';
import { placeContext } from '../src/lib/review/place-context.ts';
import { loadPlaces } from '../src/io/places.ts';
import { organisationNames } from '../src/lib/organisation-names.ts';
import { boundedText, GITHUB_SUMMARY_LIMIT, lonLatOf, reviewSummary, type FileChange, type KnownEntry } from '../src/lib/review/summary.ts';

const { values, positionals } = cliArgs(
  { repo: { type: 'string', default: '.' } },
  'npm run review -- [<basis> [<voorstel>]] [--repo <map>]',
);
const [base = 'origin/main', head = 'HEAD'] = positionals;
const repo = resolve(values.repo);
const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const show = (rev: string, path: string) => {
  try {
    return git('show', `${rev}:${path}`);
  } catch {
    return undefined;
  }
};

// -z: paths come NUL-separated and unquoted, whatever characters they hold. --raw: with the
// modes, so a symbolic link (mode 120000) is shown as one, with its target, never as a file.
const fields = git('diff', '--raw', '-z', '--no-renames', '--no-abbrev', `${base}...${head}`).split('\0').filter(Boolean);
const changes: FileChange[] = [];
for (let i = 0; i + 1 < fields.length; i += 2) {
  const [, oldMode = '', newMode = '', , , code = ''] = /^:(\d+) (\d+) (\S+) (\S+) (\S+)$/.exec(fields[i]!) ?? [];
  const path = fields[i + 1]!;
  const status = code.startsWith('A') ? 'added' : code.startsWith('D') ? 'deleted' : 'modified';
  // A link on either side (added, changed, deleted, or turned into a file or back: status T) is a
  // link change: its content is its target, shown as text, never read as YAML or followed.
  const wasLink = oldMode === '120000';
  const isLink = newMode === '120000';
  changes.push({
    path,
    status,
    ...(status !== 'added' && !wasLink && !isLink ? { before: show(base, path) } : {}),
    ...(status !== 'deleted' && !wasLink && !isLink ? { after: show(head, path) } : {}),
    ...(isLink ? { symlink: show(head, path) ?? '' } : wasLink ? { symlink: show(base, path) ?? '' } : {}),
  } as FileChange);
}

/** No file the atlas reads is this large; a larger one in a proposal is left out of the names, not read into memory. */
const MAX_BLOB_BYTES = 32 * 1024 * 1024;
/** Nor this much in all: what lies beyond is left out the same way (the summary still lists every changed file). */
const MAX_TOTAL_BYTES = 512 * 1024 * 1024;

/**
 * data/ as it is at <head>, read from git into `dir`/data: the names of organisations a proposal
 * adds, and its duplicates, are those of the proposal, also when a maintainer runs this from
 * main's checkout (a newcomer review found "Penvoerder: (leeg) → <id>" there). Never the files of
 * the checkout, and only regular files: a link stays a link change in the summary, never followed.
 */
function writeDataAt(rev: string, dir: string): string {
  const data = join(dir, 'data');
  mkdirSync(data);
  // -l: each blob's size, so an oversized one is skipped before it is read.
  const listed = git('ls-tree', '-r', '-z', '-l', '--full-tree', rev, '--', 'data')
    .split('\0')
    .filter(Boolean)
    .map((line) => /^(\d+) blob ([0-9a-f]+) +(\d+)\t(.+)$/s.exec(line))
    .filter((m): m is RegExpExecArray => !!m && (m[1] === '100644' || m[1] === '100755') && Number(m[3]) <= MAX_BLOB_BYTES)
    .map((m) => ({ oid: m[2]!, size: Number(m[3]), path: m[4]! }))
    // Git keeps no "..", but a path is checked before it becomes one on this disk.
    .filter((e) => resolve(dir, e.path).startsWith(data + sep));
  let total = 0;
  const entries = listed.filter((e) => (total += e.size) <= MAX_TOTAL_BYTES);
  if (!entries.length) return data;
  // One git process for every blob: each answer is "<id> blob <size>\n<bytes>\n".
  const out = execFileSync('git', ['-C', repo, 'cat-file', '--batch'], {
    input: entries.map((e) => e.oid).join('\n') + '\n',
    // The blobs and one header line each ("<40 or 64 hex> blob <size>").
    maxBuffer: entries.reduce((n, e) => n + e.size + 100, 0) + 1024,
  });
  let at = 0;
  for (const e of entries) {
    const eol = out.indexOf(10, at);
    const header = /^([0-9a-f]+) blob (\d+)$/.exec(out.subarray(at, eol).toString());
    if (!header || header[1] !== e.oid) throw new Error(`git cat-file gaf een onverwacht antwoord voor ${e.path}.`);
    const size = Number(header[2]);
    const file = join(dir, e.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, out.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return data;
}

const scratch = mkdtempSync(join(tmpdir(), 'atlas-review-'));
let d: Awaited<ReturnType<typeof loadDataset>>;
try {
  d = await loadDataset(writeDataAt(head, scratch));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const known: KnownEntry[] = [
  ...d.initiatives.map((i) => ({
    kind: 'initiative' as const,
    id: i.id,
    name: i.data.name,
    ...(i.data.website ? { website: i.data.website } : {}),
    points: lonLatOf('initiative', i.data),
    ...(i.data.former_ids ? { formerIds: i.data.former_ids } : {}),
    otherNames: [i.data.short_name, ...(i.data.former_names ?? [])].filter((n): n is string => !!n),
  })),
  ...d.organisations.map((o) => ({
    kind: 'organisation' as const,
    id: o.id,
    name: o.data.name,
    ...(o.data.website ? { website: o.data.website } : {}),
    points: lonLatOf('organisation', o.data),
    ...(o.data.former_ids ? { formerIds: o.data.former_ids } : {}),
    otherNames: organisationNames(o.data).slice(1),
  })),
];
// Known places: the open gazetteer and the provinces, not the proposal's own locations.
const places = d.regionSets[0] ? placeContext(await loadPlaces(), d.regionSets[0]) : undefined;
// Written into the job summary, which GitHub drops whole above 1 MiB.
// The descriptions of the proposal's own commits that touch data/ (those in <head> and not in
// <base>): the site shows them on the pages of the files they change (src/lib/history.ts).
const subjects = git('log', '--no-merges', '--format=%s', `${base}..${head}`, '--', 'data').split('\n').filter(Boolean);
console.log(boundedText(reviewSummary(changes, known, places, subjects), GITHUB_SUMMARY_LIMIT));
