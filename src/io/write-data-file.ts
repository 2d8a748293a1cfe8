/**
 * The one way a command writes into `data/` (adopt, format, import, intake, new, add:regions).
 *
 * Maintainers run these commands on a stranger's proposal branch, so the tree they write into
 * is untrusted: a proposal can replace `data/organisations/x.yaml`, or a whole folder, by a
 * link to a shell start-up file. Hence, for every write:
 * - the target must lie inside the data folder, in one of its own subfolders, and no part of
 *   the way there (the data folder, the subfolder, the file) may be a link or anything but a
 *   plain folder or regular file;
 * - the command says what it expects to find: no file (`absent`), or exactly the text it read
 *   and planned to replace (`previous`). Anything else is refused: a file the command did not
 *   plan to overwrite is never overwritten;
 * - the new text is written beside the target under a hidden name of this process's own
 *   (created exclusively, so a planted file or link there is refused, not followed), flushed,
 *   and renamed into place: a reader, or a `kill -9`, finds the old file or the new one, never
 *   half of one or an empty one.
 */
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** What the command expects at the target before it writes. */
export type Expectation = { absent: true } | { previous: string };

/** A refused write: the message is Dutch, for the person running the command. */
export class DataWriteRefused extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'DataWriteRefused';
  }
}

const kindOf = (path: string): 'absent' | 'file' | 'dir' | 'link' | 'other' => {
  try {
    const s = lstatSync(path);
    return s.isSymbolicLink() ? 'link' : s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw e;
  }
};

/**
 * Checks that `target` may be written as planned, creating its (single) subfolder in the data
 * folder when it does not exist yet. Returns the absolute target path. Throws DataWriteRefused.
 */
export function checkDataTarget(dataDir: string, target: string, expect: Expectation, shown = target): string {
  const root = resolve(dataDir);
  const abs = resolve(root, target);
  const rel = relative(root, abs);
  const parts = rel.split(sep);
  if (!rel || isAbsolute(rel) || parts[0] === '..' || parts.length !== 2 || parts.some((p) => !p || p.startsWith('.')))
    throw new DataWriteRefused(shown, 'ligt niet in een map van de datamap; niet geschreven.');
  if (kindOf(root) !== 'dir')
    throw new DataWriteRefused(shown, `de datamap ${dataDir} is geen gewone map (een koppeling?); niet geschreven.`);
  const folder = dirname(abs);
  const folderKind = kindOf(folder);
  if (folderKind === 'absent') mkdirSync(folder);
  else if (folderKind !== 'dir')
    throw new DataWriteRefused(shown, `de map ${parts[0]} is geen gewone map (een koppeling?); niet geschreven.`);
  // The folder must really be where it seems (no link further up that lstat cannot see).
  if (realpathSync(folder) !== join(realpathSync(root), parts[0]!))
    throw new DataWriteRefused(shown, 'de map wijst naar een andere plek (een koppeling); niet geschreven.');
  const now = kindOf(abs);
  if (now === 'link')
    throw new DataWriteRefused(shown, 'is een koppeling naar een ander bestand; niet geschreven. Verwijder de koppeling eerst.');
  if (now !== 'absent' && now !== 'file') throw new DataWriteRefused(shown, 'is geen gewoon bestand; niet geschreven.');
  if ('absent' in expect && now !== 'absent')
    throw new DataWriteRefused(shown, 'bestaat al; niet overschreven. Kies een ander id of pas het bestaande bestand aan.');
  if ('previous' in expect) {
    if (now === 'absent') throw new DataWriteRefused(shown, 'bestaat niet meer sinds het gelezen werd; niet geschreven.');
    if (readFileSync(abs, 'utf8') !== expect.previous)
      throw new DataWriteRefused(shown, 'is veranderd sinds het gelezen werd; niet overschreven. Draai de opdracht opnieuw.');
  }
  return abs;
}

/** Writes `text` to `target` (inside `dataDir`) as described above. Throws DataWriteRefused. */
export function writeDataFile(dataDir: string, target: string, text: string, expect: Expectation, shown = target): void {
  const abs = checkDataTarget(dataDir, target, expect, shown);
  const aside = join(dirname(abs), `.${basename(abs)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(aside, 'wx', 0o644);
  } catch {
    throw new DataWriteRefused(shown, `het hulpbestand ${basename(aside)} bestaat al; niet geschreven.`);
  }
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(aside, { force: true });
    throw e;
  }
  closeSync(fd);
  renameSync(aside, abs);
}

/** Removes a file this command wrote itself (expecting exactly that text); refuses anything else. */
export function removeDataFile(dataDir: string, target: string, expectText: string, shown = target): void {
  const abs = checkDataTarget(dataDir, target, { previous: expectText }, shown);
  rmSync(abs);
}
