/**
 * `npm run adopt:organisations [-- --write]`: turns the organisations that contributors named
 * under "Nieuwe organisaties" in an initiative into organisation files, and names them as lead
 * or partner (see src/lib/intake/adopt-organisations.ts). A dry run by default; `--write`
 * writes the files in canonical form. Run it on a proposal's branch before merging it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dataDir, loadDataset } from '../src/dataset.ts';
import { buildGazetteer } from '../src/lib/cms/gazetteer.ts';
import { adoptNewOrganisations } from '../src/lib/intake/adopt-organisations.ts';
import { loadDutchPlaces } from '../src/places.ts';
import { siteConfig } from '../src/site.config.ts';

const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
const dir = dataDir();
const d = await loadDataset(dir);
const places = buildGazetteer(d, d.regionSets[0]!, siteConfig.map.bounds, 480, await loadDutchPlaces()).places;
const adoptions = adoptNewOrganisations(d.initiatives, d.organisations, places);
if (!adoptions.length) {
  console.log('Geen nieuwe organisaties om over te nemen.');
  process.exit(0);
}
for (const a of adoptions) {
  console.log(`${values.write ? '' : 'zou: '}${a.says}`);
  if (values.write && a.path) {
    const path = join(resolve(dir, '..'), a.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, a.text);
  }
}
console.log(
  values.write
    ? 'Geschreven. Controleer met npm run validate.'
    : 'Proefrun: er is niets geschreven. Schrijven: npm run adopt:organisations -- --write',
);
