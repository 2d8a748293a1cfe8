/**
 * What a generated file was made from, so that a build or a tool can tell that making it again
 * would give the same bytes and skip the work: the tool's settings (`key`), every input file by
 * content, the entries of every folder of our own inputs (a new file there may change what an
 * import resolves to), and the generated files by content (one edited or deleted by hand is made
 * again). npm packages count by their files and by node_modules/.package-lock.json, which every
 * install rewrites. Paths are relative to the project folder.
 *
 * The one answer to "is this generated file current?": the CMS script (cms-script.ts), and the
 * compiled command-line tools and configuration (scripts/lib/compiled-tools.mjs). Plain
 * JavaScript, so Node runs it before anything is compiled (the compiled tools decide with it
 * whether to compile); its types are in the JSDoc.
 *
 * Contents, not sizes and modification times: an edit of the same size with the time set back
 * (a checkout, `touch -r`, an editor that keeps times) must still count. Hashing the few hundred
 * inputs costs a few milliseconds.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeWhole } from '../io/write-whole.mjs';

/**
 * @typedef {object} InputsRecord
 * @property {string} key the tool's settings
 * @property {Record<string, string>} inputs input file -> content hash ('' when missing)
 * @property {Record<string, string>} folders folder of our own inputs -> hash of its entry names
 * @property {Record<string, string>} outputs generated file -> content hash
 */

/** @param {string | Uint8Array} data */
const hashOf = (data) => createHash('sha256').update(data).digest('hex');

/**
 * A file's content as a hash, or '' when it does not exist (a deleted input is a change).
 * @param {string} root
 * @param {string} file
 */
function fileHash(root, file) {
  try {
    return hashOf(readFileSync(join(root, file)));
  } catch {
    return '';
  }
}

/**
 * A folder's entry names as a hash, or '' when it does not exist.
 * @param {string} root
 * @param {string} folder
 */
function folderHash(root, folder) {
  try {
    return hashOf(readdirSync(join(root, folder)).sort().join('\n'));
  } catch {
    return '';
  }
}

/**
 * @param {string} root
 * @param {readonly string[]} files
 * @param {(root: string, f: string) => string} hash
 * @returns {Record<string, string>}
 */
const hashAll = (root, files, hash) => Object.fromEntries([...files].sort().map((f) => [f, hash(root, f)]));

/**
 * The folders whose listing counts: those of our own inputs. Not npm packages (the lockfile counts
 * for them), and not the project folder itself (package.json, tsconfig.json), where every build
 * and tool adds folders and nothing is imported from.
 * @param {readonly string[]} inputs
 */
const foldersOf = (inputs) =>
  [...new Set(inputs.filter((f) => !f.includes('node_modules/')).map((f) => dirname(f)))].filter((d) => d !== '.');

/**
 * The record of `inputs` and `outputs` as they are now, for tool settings `key`; undefined when an
 * input changed after `startedAt` (a time from Date.now() taken before the tool read its inputs):
 * the outputs may then be made from the older content, so nothing is recorded and the next
 * run makes them again.
 * @param {string} root
 * @param {string} key
 * @param {readonly string[]} inputs
 * @param {readonly string[]} outputs
 * @param {number} startedAt
 * @returns {InputsRecord | undefined}
 */
export function recordInputs(root, key, inputs, outputs, startedAt) {
  const all = [...new Set([...inputs, 'node_modules/.package-lock.json'])];
  /** @param {string} f */
  const changedSince = (f) => {
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

/**
 * True when `recordFile` describes the files as they are now, for tool settings `key`.
 * @param {string} root
 * @param {string} recordFile
 * @param {string} key
 */
export function isUpToDate(root, recordFile, key) {
  /** @type {InputsRecord} */
  let record;
  try {
    record = JSON.parse(readFileSync(recordFile, 'utf8'));
  } catch {
    return false;
  }
  if (record.key !== key || !record.outputs || Object.keys(record.outputs).length === 0) return false;
  /**
   * @param {Record<string, string>} recorded
   * @param {(root: string, f: string) => string} hash
   */
  const same = (recorded, hash) => Object.entries(recorded).every(([f, h]) => hash(root, f) === h);
  return same(record.outputs, fileHash) && same(record.inputs, fileHash) && same(record.folders, folderHash);
}

/**
 * Writes `record` whole: runs side by side read a whole record, old or new.
 * @param {string} recordFile
 * @param {InputsRecord} record
 */
export function writeRecord(recordFile, record) {
  writeWhole(recordFile, JSON.stringify(record));
}
