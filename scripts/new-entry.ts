/**
 * `npm run new -- <initiative|organisation> "<name>" [--soort civ] [--id my-id]`
 * Writes a new, valid file in canonical form with a fresh id from the name. Refuses an id
 * that exists. Never interactive (safe in CI); it prints the path to open.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../src/io/dataset.ts';
import { DataWriteRefused, writeDataFile } from '../src/io/write-data-file.ts';
import { idFromName, isId, MAX_ID_LENGTH, MIN_ID_LENGTH } from '../src/lib/ids.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { ENTITY_FOLDERS, ENTITY_SCHEMAS, vocabulary, type EntityKind } from '../src/lib/schema/schemas.ts';
import { checkFile } from '../src/lib/validate/validate-dataset.ts';
import { STILL_TO_FILL, STILL_TO_FILL_MESSAGE } from '../src/lib/validate/rules/initiative.ts';
import { toCanonicalYaml } from '../src/lib/yaml/canonical.ts';
import { parseDataFile } from '../src/lib/yaml/parse-data-file.ts';
import { cliArgs } from './lib/args.ts';

const KIND: Record<string, EntityKind> = {
  initiative: 'initiative',
  initiatief: 'initiative',
  organisation: 'organisation',
  organisatie: 'organisation',
};
const USAGE = 'npm run new -- initiative "Naam van het initiatief" [--soort civ] [--id eigen-id]';
const { values, positionals } = cliArgs({ soort: { type: 'string' }, id: { type: 'string' } }, USAGE);
const opt = (name: 'soort' | 'id') => values[name];
const [kindArg, name] = positionals;
const kind = KIND[kindArg ?? ''];
if (!kind || !name?.trim()) {
  console.error(
    'Gebruik: npm run new -- initiative "Naam van het initiatief" [--soort civ] [--id eigen-id]\n     of: npm run new -- organisation "Naam" [--soort mbo_institution]',
  );
  process.exit(2);
}
const id = opt('id') ?? idFromName(name);
// Checked before any path is made from it: '--id ../organisations/x' wrote an initiative into the
// organisations folder (a maintainer review).
if (!isId(id)) {
  const rule = `alleen kleine letters, cijfers en koppeltekens (${MIN_ID_LENGTH} tot ${MAX_ID_LENGTH} tekens), bijvoorbeeld civ-wind-op-zee`;
  console.error(
    opt('id') !== undefined
      ? `--id '${id}' is geen geldig id: ${rule}.`
      : `Uit de naam '${name}' volgt geen bruikbaar id. Geef er een met --id: ${rule}.`,
  );
  process.exit(2);
}
const vocab = vocabulary(kind === 'initiative' ? 'initiative_kind' : 'organisation_kind');
const soort = opt('soort') ?? (kind === 'initiative' ? 'pps' : 'other');
if (!vocab.values.includes(soort)) {
  console.error(`--soort '${soort}' bestaat niet. Kies uit: ${vocab.values.join(', ')}.`);
  process.exit(2);
}
const rel = `data/${ENTITY_FOLDERS[kind]}/${id}.yaml`;
const path = join(dataDir(), ENTITY_FOLDERS[kind], `${id}.yaml`);
if (existsSync(path)) {
  console.error(`${rel} bestaat al. Kies een andere naam of geef een eigen id met --id.`);
  process.exit(1);
}
// An old address of a merged file (former_ids) leads to that file: a new page there would take it
// over, which validate refuses (rules/former-ids.ts). Said here, before anything is written.
const folder = join(dataDir(), ENTITY_FOLDERS[kind]);
for (const file of existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.yaml')) : []) {
  const text = readFileSync(join(folder, file), 'utf8');
  if (!text.includes('former_ids')) continue;
  const value = parseDataFile(text, file).value as { name?: unknown; former_ids?: unknown } | undefined;
  if (Array.isArray(value?.former_ids) && value.former_ids.includes(id)) {
    console.error(
      `'${id}' is een eerder adres van data/${ENTITY_FOLDERS[kind]}/${file} (${String(value.name)}): wat hier stond, is daarin opgegaan. Vul dat bestand aan, of geef een ander id met --id.`,
    );
    process.exit(1);
  }
}
// Only what is needed to be valid. The summary and source say plainly that they are still to
// be written, so a reviewer cannot mistake them for facts.
const data =
  kind === 'initiative'
    ? {
        name: name.trim(),
        kind: soort,
        status: 'unknown',
        summary: `${STILL_TO_FILL}: een korte samenvatting van ${name.trim()}.`,
        sources: [{ title: `${STILL_TO_FILL}: de bron van deze gegevens` }],
      }
    : { name: name.trim(), kind: soort };
const text = toCanonicalYaml(data, ENTITY_SCHEMAS[kind]);
// Valid but for the two texts it leaves to the contributor, which validate refuses until written.
const problems = checkFile(kind, { path: rel, content: text }).problems.filter(
  (p) => p.severity === 'error' && p.message !== STILL_TO_FILL_MESSAGE,
);
if (problems.length) {
  problems.forEach((p) => console.error(formatProblem(p)));
  process.exit(1);
}
try {
  writeDataFile(dataDir(), path, text, { absent: true }, rel);
} catch (e) {
  if (!(e instanceof DataWriteRefused)) throw e;
  console.error(e.message);
  process.exit(1);
}
console.log(
  kind === 'initiative'
    ? `${rel} aangemaakt. Schrijf de samenvatting en de bron (daar staat nu "${STILL_TO_FILL}"; tot dan weigert npm run validate het bestand), vul de andere velden aan (zie data/README.md) en draai npm run validate.`
    : `${rel} aangemaakt. Vul de velden aan (zie data/README.md) en draai npm run validate.`,
);
