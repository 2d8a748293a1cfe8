import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * What a generated file was made from, so that a build can tell that making it again would give
 * the same bytes and skip the work: the tool's settings (`key`), every input file by content, the
 * entries of every folder of our own inputs (a new file there may change what an import
 * resolves to), and the generated files by content (one edited or deleted by hand is made
 * again). npm packages count by their files and by node_modules/.package-lock.json, which every
 * install rewrites. Paths are relative to the project folder.
 */
export interface InputsRecord {
  key: string;
  inputs: Record<string, string>;
  folders: Record<string, string>;
  outputs: Record<string, string>;
}

const hashOf = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A file's content as a hash, or '' when it does not exist (a deleted input is a change). */
function fileHash(root: string, file: string): string {
  try {
    return hashOf(readFileSync(join(root, file)));
  } catch {
    return '';
  }
}

/** A folder's entry names as a hash, or '' when it does not exist. */
function folderHash(root: string, folder: string): string {
  try {
    return hashOf(readdirSync(join(root, folder)).sort().join('\n'));
  } catch {
    return '';
  }
}

const hashAll = (root: string, files: readonly string[], hash: (root: string, f: string) => string) =>
  Object.fromEntries([...files].sort().map((f) => [f, hash(root, f)]));

/**
 * The folders whose listing counts: those of our own inputs. Not npm packages (the lockfile counts
 * for them), and not the project folder itself (package.json, tsconfig.json), where every build
 * and tool adds folders and nothing is imported from.
 */
const foldersOf = (inputs: readonly string[]) =>
  [...new Set(inputs.filter((f) => !f.includes('node_modules/')).map((f) => dirname(f)))].filter((d) => d !== '.');

/**
 * The record of `inputs` and `outputs` as they are now, for tool settings `key`; undefined when an
 * input changed after `startedAt` (a time from Date.now() taken before the tool read its inputs):
 * the outputs may then be made from the older content, so nothing is recorded and the next
 * build makes them again.
 */
export function recordInputs(
  root: string,
  key: string,
  inputs: readonly string[],
  outputs: readonly string[],
  startedAt: number,
): InputsRecord | undefined {
  const all = [...new Set([...inputs, 'node_modules/.package-lock.json'])];
  const changedSince = (f: string) => {
    try {
      return statSync(join(root, f)).mtimeMs >= startedAt;
    } catch {
      return false;
    }
  };
  if (all.some(changedSince)) return undefined;
  return {
    key,
    inputs: hashAll(root, all, fileHash),
    folders: hashAll(root, foldersOf(all), folderHash),
    outputs: hashAll(root, outputs, fileHash),
  };
}

/** True when `recordFile` describes the files as they are now, for tool settings `key`. */
export function isUpToDate(root: string, recordFile: string, key: string): boolean {
  let record: InputsRecord;
  try {
    record = JSON.parse(readFileSync(recordFile, 'utf8')) as InputsRecord;
  } catch {
    return false;
  }
  if (record.key !== key || Object.keys(record.outputs).length === 0) return false;
  const same = (recorded: Record<string, string>, hash: (root: string, f: string) => string) =>
    Object.entries(recorded).every(([f, h]) => hash(root, f) === h);
  return same(record.outputs, fileHash) && same(record.inputs, fileHash) && same(record.folders, folderHash);
}

/** Writes `record` aside and renames it into place: builds side by side read a whole record, old or new. */
export function writeRecord(recordFile: string, record: InputsRecord): void {
  mkdirSync(dirname(recordFile), { recursive: true });
  writeFileSync(`${recordFile}.${process.pid}`, JSON.stringify(record));
  renameSync(`${recordFile}.${process.pid}`, recordFile);
}
