/**
 * `npm run adopt:organisations [-- --write]`: turns the organisations that contributors named
 * under "Nieuwe organisaties" in an initiative into organisation files, and names them as lead
 * or partner (see src/lib/intake/adopt-organisations.ts). A dry run by default; `--write`
 * writes the files in canonical form. Run it on a proposal's branch before merging it: every
 * write goes through writeDataFile (no links, only regular files inside data/, a new
 * organisation never over an existing file, an initiative only as it was read).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cliArgs } from './lib/args.ts';
import { dataDir, loadDataset } from '../src/io/dataset.ts';
import { DataWriteRefused, checkDataTarget, writeDataFile } from '../src/io/write-data-file.ts';
import { buildGazetteer } from '../src/lib/cms/gazetteer.ts';
import { adoptNewOrganisations } from '../src/lib/intake/adopt-organisations.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { loadPlaces } from '../src/io/places.ts';
import { siteConfig } from '../src/site.config.ts';

const { values } = cliArgs({ write: { type: 'boolean', default: false } }, 'npm run adopt:organisations [-- --write]');
const dir = dataDir();
const root = resolve(dir, '..');
const d = await loadDataset(dir);
// A proposal whose file has errors is not in d.initiatives: say so instead of "nothing to do".
const valid = new Set(d.initiatives.map((i) => i.file));
const blocked = [...new Set(d.problems.filter((p) => p.severity === 'error' && !valid.has(p.file)).map((p) => p.file))].filter((f) => {
  try {
    return /^new_organisations:/m.test(readFileSync(join(root, f), 'utf8'));
  } catch {
    return false;
  }
});
for (const f of blocked) {
  console.error(`${f}: noemt nieuwe organisaties, maar heeft fouten; niet overgenomen. Los eerst deze fouten op:`);
  d.problems.filter((p) => p.file === f && p.severity === 'error').forEach((p) => console.error(`  ${formatProblem(p)}`));
}
const places = buildGazetteer(d, d.regionSets[0]!, siteConfig.map.bounds, 480, await loadPlaces()).places;
const adoptions = adoptNewOrganisations(d.initiatives, d.organisations, places);
if (!adoptions.length) {
  console.log(
    blocked.length ? 'Geen organisaties overgenomen: los eerst de fouten hierboven op.' : 'Geen nieuwe organisaties om over te nemen.',
  );
  process.exit(blocked.length ? 1 : 0);
}
// Plan every write first (what each file must be now), and refuse before writing anything.
const isInitiative = new Set(d.initiatives.map((i) => i.file));
const plan = adoptions
  .filter((a) => a.path)
  .map((a) => ({
    ...a,
    expect: isInitiative.has(a.path) ? { previous: readFileSync(join(root, a.path), 'utf8') } : ({ absent: true } as const),
  }));
let refused = 0;
for (const p of plan) {
  try {
    checkDataTarget(dir, join(root, p.path), p.expect, p.path);
  } catch (e) {
    if (!(e instanceof DataWriteRefused)) throw e;
    console.error(e.message);
    refused++;
  }
}
if (refused) {
  console.error(`Niets geschreven: ${refused} bestand(en) kunnen niet veilig geschreven worden (zie boven).`);
  process.exit(1);
}
for (const a of adoptions) console.log(`${values.write ? '' : 'zou: '}${a.says}`);
if (values.write) for (const p of plan) writeDataFile(dir, join(root, p.path), p.text, p.expect, p.path);
console.log(
  values.write
    ? 'Geschreven. Controleer met npm run validate.'
    : 'Proefrun: er is niets geschreven. Schrijven: npm run adopt:organisations -- --write',
);
if (blocked.length) process.exit(1);
