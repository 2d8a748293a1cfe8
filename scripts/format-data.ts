/**
 * `npm run format:data` rewrites data files into the canonical form (the form Decap CMS
 * writes); `npm run format:data -- --check` only reports files that are not in it.
 * A file is never rewritten when the canonical text would parse to a different value.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dataDir } from '../src/dataset.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { ENTITY_FOLDERS, ENTITY_KINDS } from '../src/lib/schema/schemas.ts';
import { formatDataFile } from '../src/lib/yaml/format-data-file.ts';

const check = process.argv.includes('--check');
const dir = dataDir();
let changed = 0, failed = 0, total = 0;
for (const kind of ENTITY_KINDS) {
  const folder = join(dir, ENTITY_FOLDERS[kind]);
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => n.endsWith('.yaml')).sort();
  for (const name of names) {
    total++;
    const path = join(folder, name);
    const rel = `data/${ENTITY_FOLDERS[kind]}/${name}`;
    const text = await readFile(path, 'utf8');
    const res = formatDataFile(kind, text, rel);
    if (res.problems.length) { failed++; res.problems.forEach((p) => console.error(formatProblem(p))); continue; }
    if (res.text === text) continue;
    changed++;
    if (check) console.error(`${rel}:1:1  niet in de vaste vorm. Draai: npm run format:data`);
    else { await writeFile(path, res.text!); console.log(`${rel} opgemaakt.`); }
  }
}
console.log(`${total} bestanden; ${changed} ${check ? 'niet in de vaste vorm' : 'opgemaakt'}${failed ? `; ${failed} niet leesbaar` : ''}.`);
process.exit((check && changed) || failed ? 1 : 0);
