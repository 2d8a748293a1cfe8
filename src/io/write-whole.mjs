/**
 * Writes a file whole: under a name of this process's own beside it, then renamed into place
 * (a rename is atomic). A reader, or another build, test or tool running at the same time, finds
 * the old file or the new one, never half of one; a run that is interrupted leaves the old file.
 * Plain JavaScript, so the launchers that run before anything is compiled use it too. Data files
 * have their own, stricter writer (write-data-file.ts: never overwrites what changed meanwhile).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * @param {string} file
 * @param {string | Uint8Array} data
 */
export function writeWhole(file, data) {
  mkdirSync(dirname(file), { recursive: true });
  const aside = `${file}.${process.pid}.tmp`;
  writeFileSync(aside, data);
  renameSync(aside, file);
}
