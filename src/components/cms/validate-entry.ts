import { fileProblem, type Problem } from '../../lib/problems';
import { locatePoint } from '../../lib/regions/locate';
import { parseRegionFile, type RegionSet } from '../../lib/regions/region-sets';
import { ENTITIES, ENTITY_SCHEMAS, fieldInWords, MULTILINE_FIELDS, pointsOf, type EntityKind } from '../../lib/schema/schemas';
import { findUnsafeText } from '../../lib/validate/unsafe-text';
import { checkContextNow, checkFile } from '../../lib/validate/validate-dataset';
import { toCanonicalYaml } from '../../lib/yaml/canonical';

let provinces: Promise<RegionSet | undefined> | undefined;
function loadProvinces(url: string): Promise<RegionSet | undefined> {
  // A failed load is not cached: the next save tries again.
  provinces ??= fetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json();
    })
    .then((fc) => parseRegionFile({ ...fc, region_set: { id: 'main', name: 'Regio', name_plural: "Regio's" } }, url).set)
    .catch(() => {
      provinces = undefined;
      return undefined;
    });
  return provinces;
}

/** What to do about a point outside the Netherlands, in the words of the form's place picker. */
export const OUTSIDE_HINT = 'Kies de plaats opnieuw: typ een plaatsnaam in Nederland of klik op de kaart binnen de grens.';

/**
 * Validates an entry before the CMS saves it, with what CI runs on one file: the entry is
 * written in canonical YAML (what the CMS will commit) and checked by the same checkFile, which
 * runs every one-file rule of rules/table.ts; then, for coordinates, the build's own "inside the
 * Netherlands" step (regions/locate.ts). The rules between files are not run: references are
 * chosen from lists of the entries that exist, so they hold (tests/unit/cms-ci-verdict.test.ts
 * runs every invalid fixture through this and through validateDataset).
 * `slug`: the file name of an entry that exists (a new entry has none yet).
 */
export async function validateCmsEntry(
  kind: EntityKind,
  data: Record<string, unknown>,
  provincesUrl: string,
  slug?: string,
): Promise<Problem[]> {
  const file = `data/${ENTITIES[kind].folder}/${slug ?? 'nieuw'}.yaml`;
  // The CMS writes text as it is given, and YAML with a half character in it is no YAML at all:
  // named by its field here, as CI names it in a file that escapes it.
  const unsafe = findUnsafeText(data, file, { keys: new Map(), values: new Map() }, MULTILINE_FIELDS[kind]);
  if (unsafe.length) return unsafe;
  const text = toCanonicalYaml(data, ENTITY_SCHEMAS[kind]);
  const problems = checkFile(kind, { path: file, content: text }, checkContextNow(), { unnamed: slug === undefined }).problems.filter(
    (p) => p.severity === 'error',
  );
  // Like the build, which places only the points of a file that passed its own checks.
  if (problems.length) return problems;
  const set = await loadProvinces(provincesUrl);
  for (const { field, latitude: lat, longitude: lon } of pointsOf(kind, data)) {
    if (typeof lat !== 'number' || typeof lon !== 'number') continue;
    // A check that cannot run must block the save, never let it pass unchecked.
    if (!set) {
      problems.push(
        fileProblem(file, 'De controle of deze plaats in Nederland ligt kon niet worden geladen.', {
          field,
          hint: 'Controleer de internetverbinding en probeer opnieuw op te slaan.',
        }),
      );
      continue;
    }
    // The build's own step and message: one definition of "inside the Netherlands".
    const placed = locatePoint([set], lon, lat);
    // The build's message, with the advice as the form is: nobody types coordinates here.
    if (placed.outside) problems.push(fileProblem(file, placed.outside.message, { field, hint: OUTSIDE_HINT }));
  }
  return problems;
}

/**
 * One Dutch message naming each field as the form shows it ("Partners 2 › Rol"), never by its
 * key (a key named in a message, "veld contact_page", becomes the field's title too), for the
 * CMS's error notice, which opens with "Niet opgeslagen." (locale-nl.ts).
 */
export function correctionHint(kind: EntityKind, problems: Problem[]): string {
  const properties = ENTITY_SCHEMAS[kind].properties ?? {};
  const words = (text: string) =>
    text.replace(/\b[a-z]+(?:_[a-z]+)+\b/g, (key) => (key in properties ? `"${fieldInWords(kind, key)}"` : key));
  const lines = problems.map(
    (p) => `• ${p.field ? fieldInWords(kind, p.field) : 'Het hele item'}: ${words(p.message)}${p.hint ? ` ${words(p.hint)}` : ''}`,
  );
  return `Verbeter eerst:\n${lines.join('\n')}`;
}
