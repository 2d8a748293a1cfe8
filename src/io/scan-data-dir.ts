/**
 * Lists the data folder and says what the atlas will read of it, without loading the validator:
 * `npm run validate` lists the files first, to know whether worker threads are worth starting
 * before it loads the validator (check-workers.ts).
 */
import type { Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileProblem } from '../lib/problems';
import { classifyDataEntries, type DataEntry, type DataLayout } from '../lib/validate/data-layout';
import { dataDir } from './data-dir';

/** What scanDataDir found: the layout, and the repository folder its paths are relative to. */
export type DataDirScan = DataLayout & { root: string };

/** Every data file the layout will read, of every kind. */
export const fileCount = (layout: DataLayout): number => Object.values(layout.files).reduce((n, files) => n + files.length, 0);

const entryType = (e: Dirent): DataEntry['type'] =>
  e.isSymbolicLink() ? 'symlink' : e.isDirectory() ? 'directory' : e.isFile() ? 'file' : 'other';

/**
 * Lists data/ two levels deep without following links (a link is reported, never read or
 * written through) and classifies every entry: what the atlas reads, and a problem naming
 * everything it does not. Paths are relative to the repository (the data folder's parent).
 */
export async function scanDataDir(dir = dataDir()): Promise<DataDirScan> {
  const root = resolve(dir, '..');
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  // The data folder itself is no link either: reading through it would publish whatever folder it
  // points to (a maintainer review: validate and build read data -> /elders without a word).
  if ((await lstat(dir).catch(() => undefined))?.isSymbolicLink()) {
    const layout = classifyDataEntries([], rel(dir));
    layout.problems.push(
      fileProblem(`${rel(dir)}/`, 'De datamap is een symbolische link; de atlas leest en schrijft nooit via links.', {
        hint: 'Zet de map zelf op deze plaats, of geef haar echte plaats op met ATLAS_DATA_DIR.',
      }),
    );
    return { ...layout, root };
  }
  const top = await readdir(dir, { withFileTypes: true }).catch(() => [] as Dirent[]);
  const entries: DataEntry[] = [];
  await Promise.all(
    top.map(async (e) => {
      const path = join(dir, e.name);
      entries.push({ path: rel(path), type: entryType(e) });
      if (!e.isDirectory()) return;
      // Each child's path is its folder's plus its name: path.relative for each of 13,000
      // files was a tenth of reading them (the same text, without the work).
      const folder = rel(path);
      for (const c of await readdir(path, { withFileTypes: true })) {
        const child = join(path, c.name);
        const type = entryType(c);
        // Sizes matter only for region files (data files are size-checked when decoded).
        const size = type === 'file' && c.name.endsWith('.geojson') ? (await lstat(child)).size : undefined;
        entries.push({ path: `${folder}/${c.name.split('\\').join('/')}`, type, ...(size !== undefined ? { size } : {}) });
      }
    }),
  );
  return { ...classifyDataEntries(entries, rel(dir)), root };
}
