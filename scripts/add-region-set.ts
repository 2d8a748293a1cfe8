/**
 * `npm run add:regions -- <bron.geojson> --id arbeidsmarktregio --name Arbeidsmarktregio
 *    --plural "Arbeidsmarktregio's" --id-property statcode --name-property statnaam [--prefix amr-]`
 * Turns any GeoJSON of (multi)polygons, such as CBS's labour-market regions, into a region set
 * in data/regions/<id>.geojson. Region pages, filters and figures pick it up without code
 * changes. Coordinates are rounded to 5 decimals (about 1 m).
 */
import { lstatSync, readFileSync, readdirSync } from 'node:fs';
import { DataWriteRefused, writeDataFile } from '../src/io/write-data-file.ts';
import { join, resolve } from 'node:path';
import { dataDir } from '../src/io/dataset.ts';
import { idFromName } from '../src/lib/ids.ts';
import { parseRegionFile } from '../src/lib/regions/region-sets.ts';
import { cliArgs } from './lib/args.ts';

const USAGE =
  'npm run add:regions -- bron.geojson --id <id> --name <Naam> --plural <Namen> --name-property <eigenschap> [--id-property <eigenschap>] [--prefix <voorvoegsel->]';
const text = { type: 'string' } as const;
const { values, positionals } = cliArgs(
  { id: text, name: text, plural: text, 'id-property': text, 'name-property': text, prefix: text },
  USAGE,
);
const opt = (name: keyof typeof values) => values[name];
const input = positionals[0];
const id = opt('id'),
  name = opt('name'),
  plural = opt('plural'),
  idProp = opt('id-property'),
  nameProp = opt('name-property');
if (!input || !id || !name || !plural || !nameProp) {
  console.error(
    'Gebruik: npm run add:regions -- bron.geojson --id <id> --name <Naam> --plural <Namen> --name-property <eigenschap> [--id-property <eigenschap>] [--prefix <voorvoegsel->]',
  );
  process.exit(2);
}
const prefix = opt('prefix') ?? '';
const round = (v: unknown): unknown => (Array.isArray(v) ? v.map(round) : typeof v === 'number' ? Math.round(v * 1e5) / 1e5 : v);
const source = JSON.parse(readFileSync(resolve(input), 'utf8')) as {
  features?: { properties?: Record<string, unknown>; geometry?: { type: string } }[];
};
const problems: string[] = [];
const features = (source.features ?? []).flatMap((f, i) => {
  const label = f.properties?.[nameProp];
  if (typeof label !== 'string' || !label.trim()) {
    problems.push(`features[${i}]: eigenschap '${nameProp}' ontbreekt.`);
    return [];
  }
  if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') {
    problems.push(`features[${i}] (${label}): geen (multi)polygoon maar ${f.geometry?.type}.`);
    return [];
  }
  const code = idProp ? f.properties?.[idProp] : undefined;
  return [
    {
      type: 'Feature',
      properties: { id: `${prefix}${idFromName(label)}`, name: label.trim(), ...(code !== undefined ? { code: String(code) } : {}) },
      geometry: round(f.geometry),
    },
  ];
});
const out = {
  type: 'FeatureCollection',
  region_set: { id, name, name_plural: plural, source: `Omgezet uit ${input.split('/').pop()}` },
  features,
};
const checked = parseRegionFile(out, `${id}.geojson`);
problems.push(...checked.problems.map((p) => p.message));
// Region ids become /regio/<id>/ and must not collide with another region set's.
const dir = join(dataDir(), 'regions');
for (const f of readdirSync(dir).filter((x) => x.endsWith('.geojson') && x !== `${id}.geojson`)) {
  const other = parseRegionFile(JSON.parse(readFileSync(join(dir, f), 'utf8')), f).set;
  for (const r of other?.regions ?? [])
    if (features.some((x) => x.properties.id === r.id))
      problems.push(`Regio-id '${r.id}' bestaat al in ${f}; kies een voorvoegsel met --prefix.`);
}
if (problems.length) {
  console.error(`Niet geschreven:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
// A region set of the same id is replaced (that is what the command is asked to do), but only
// as it was read just now, never through a link (writeDataFile).
const target = join(dir, `${id}.geojson`);
let previous: string | undefined;
try {
  previous = lstatSync(target).isFile() ? readFileSync(target, 'utf8') : undefined;
} catch {
  previous = undefined;
}
try {
  writeDataFile(
    dataDir(),
    target,
    `${JSON.stringify(out)}\n`,
    previous === undefined ? { absent: true } : { previous },
    `data/regions/${id}.geojson`,
  );
} catch (e) {
  if (!(e instanceof DataWriteRefused)) throw e;
  console.error(`Niet geschreven: ${e.message}`);
  process.exit(1);
}
console.log(
  `data/regions/${id}.geojson: ${features.length} regio's (${name}). Noemt src/site.config.ts de indelingen bij regionSets, zet '${id}' daar bij (anders gebruikt de atlas haar niet). Draai npm run validate en npm run build.`,
);
