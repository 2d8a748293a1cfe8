/**
 * `npm run format:data` rewrites data files into the canonical form (the form Decap CMS
 * writes); `npm run format:data -- --check` only reports files that are not in it.
 * A file is never rewritten when the canonical text would parse to a different value or
 * when it holds comments, and never through a link: the same scan as the validator lists
 * only regular files, and writeDataFile checks each again and replaces it whole (written aside
 * and renamed), only when it still holds the text that was read.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cliArgs } from './lib/args.ts';
import { dataDir } from '../src/io/data-dir.ts';
import { scanDataDir } from '../src/io/scan-data-dir.ts';
import { DataWriteRefused, writeDataFile } from '../src/io/write-data-file.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { ENTITY_KINDS } from '../src/lib/schema/schemas.ts';
import { formatDataFile } from '../src/lib/yaml/format-data-file.ts';
import { decodeDataFile } from '../src/lib/yaml/parse-data-file.ts';

const { values } = cliArgs({ check: { type: 'boolean', default: false } }, 'npm run format:data [-- --check]');
const check = values.check;
const layout = await scanDataDir(dataDir());
for (const p of layout.problems) console.error(formatProblem(p));
let changed = 0,
  failed = 0,
  total = 0;
for (const kind of ENTITY_KINDS) {
  for (const rel of layout.files[kind]) {
    if (!rel.endsWith('.yaml')) continue; // the validator names these files
    total++;
    const path = join(layout.root, rel);
    const bytes = await readFile(path);
    // Decoded as the validator decodes: a file that is not valid UTF-8 (or no text) is refused,
    // never read with replacement characters and written back as "Caf�" (a maintainer review).
    const decoded = decodeDataFile(bytes, rel);
    if (decoded.problems.length) {
      failed++;
      decoded.problems.forEach((p) => console.error(formatProblem(p)));
      continue;
    }
    const text = bytes.toString('utf8');
    const res = formatDataFile(kind, text, rel);
    if (res.problems.length) {
      failed++;
      res.problems.forEach((p) => console.error(formatProblem(p)));
      continue;
    }
    if (res.text === text) continue;
    if (check) {
      changed++;
      console.error(`${rel}:1:1  niet in de vaste vorm. Draai: npm run format:data`);
    } else {
      try {
        writeDataFile(dataDir(), path, res.text!, { previous: text }, rel);
        // Counted once written: a refused write is "niet opgemaakt", not both.
        changed++;
        console.log(`${rel} opgemaakt.`);
      } catch (e) {
        if (!(e instanceof DataWriteRefused)) throw e;
        failed++;
        console.error(`${rel}:1:1  ${e.message.slice(rel.length + 2)}`);
      }
    }
  }
}
const layoutErrors = layout.problems.filter((p) => p.severity === 'error').length;
console.log(
  `${total} bestanden; ${changed} ${check ? 'niet in de vaste vorm' : 'opgemaakt'}${failed ? `; ${failed} niet opgemaakt (zie boven)` : ''}${layoutErrors ? `; ${layoutErrors} probleem/problemen met de indeling van de datamap` : ''}.`,
);
process.exit((check && changed) || failed || layoutErrors ? 1 : 0);
