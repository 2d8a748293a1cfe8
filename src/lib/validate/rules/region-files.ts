/** Rules about the region files of data/regions/ and the configuration's choice among them. */
import type { FeatureCollection } from 'geojson';
import { fileProblem, type Problem } from '../../problems';
import { parseRegionFile, type RegionSet } from '../../regions/region-sets';

/** Every GeoJSON file read: region sets, backdrops (drawn only), and what is wrong with the rest. */
export function readRegionFiles(files: readonly { path: string; text: string }[]): {
  regionSets: RegionSet[];
  backdrops: { file: string; collection: FeatureCollection }[];
  problems: Problem[];
} {
  const out = {
    regionSets: [] as RegionSet[],
    backdrops: [] as { file: string; collection: FeatureCollection }[],
    problems: [] as Problem[],
  };
  for (const r of files) {
    let json: unknown;
    try {
      json = JSON.parse(r.text);
    } catch (err) {
      out.problems.push(fileProblem(r.path, `Geen geldige JSON: ${(err as Error).message}`));
      continue;
    }
    const res = parseRegionFile(json, r.path);
    out.problems.push(...res.problems);
    if (res.set) out.regionSets.push(res.set);
    if (res.backdrop) out.backdrops.push({ file: r.path, collection: res.backdrop });
  }
  return out;
}

/**
 * The region sets the configuration names, in its order (the first is the main set); each
 * name that is not in data/regions/ is a problem. Without a choice: every set, the one marked
 * `primary` first, the others in file order. Not file order alone: a maintainer review found
 * that `npm run add:regions -- … --id arbeidsmarktregio` (as the README shows) made
 * arbeidsmarktregio.geojson the main set, before provincies.geojson, and 456 errors followed;
 * a proposal could take over the main set with a file named a-….geojson the same way. Two
 * files marked primary are a problem.
 */
export function chooseRegionSets(
  sets: readonly RegionSet[],
  ids: readonly string[] | undefined,
): { regionSets: RegionSet[]; problems: Problem[] } {
  if (!ids) {
    const primaries = sets.filter((s) => s.primary);
    return {
      regionSets: [...primaries.slice(0, 1), ...sets.filter((s) => s !== primaries[0])],
      problems: primaries.slice(1).map((s) =>
        fileProblem(s.file, `Ook ${primaries[0]!.file} is de hoofdindeling (region_set.primary); er kan er maar één zijn.`, {
          field: 'region_set.primary',
          hint: 'Laat primary weg bij de nieuwe indeling, of noem de indelingen in volgorde bij regionSets in src/site.config.ts.',
        }),
      ),
    };
  }
  const found = new Map(sets.map((s) => [s.id, s]));
  const problems = ids
    .filter((id) => !found.has(id))
    .map((id) =>
      fileProblem('src/site.config.ts', `Regio-indeling '${id}' staat in de configuratie maar niet in data/regions/.`, {
        field: 'regionSets',
        hint: `Beschikbaar: ${[...found.keys()].join(', ') || 'geen'}.`,
      }),
    );
  // A set the configuration leaves out is not used at all: said, not silent (a fork review added
  // one with npm run add:regions and saw no page, no filter and no message).
  for (const s of sets)
    if (!ids.includes(s.id))
      problems.push(
        fileProblem(s.file, `De regio-indeling '${s.id}' wordt niet gebruikt: regionSets in src/site.config.ts noemt haar niet.`, {
          field: 'region_set.id',
          severity: 'warning',
          hint: `Zet '${s.id}' bij regionSets om haar regio's op de site te tonen, of haal het bestand weg.`,
        }),
      );
  return { regionSets: ids.map((id) => found.get(id)).filter((s): s is RegionSet => !!s), problems };
}

/** A region id is unique over all sets: region pages share one URL space. */
export function uniqueRegionIds(sets: readonly RegionSet[]): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, string>();
  for (const set of sets)
    for (const reg of set.regions) {
      const other = seen.get(reg.id);
      if (other)
        out.push(
          fileProblem(set.file, `Regio-id '${reg.id}' komt ook voor in ${other}; regio-pagina's zouden botsen.`, {
            field: reg.id,
            hint: "Geef de regio's van deze indeling een voorvoegsel, bijvoorbeeld 'amr-'.",
          }),
        );
      seen.set(reg.id, set.file);
    }
  return out;
}

/** There is at least one region set: without one nothing can be placed. */
export function someRegionSet(sets: readonly RegionSet[], filesWithErrors = 0): Problem[] {
  // A region file with errors of its own says what to fix; "none found" on top would mislead (a hostile review).
  return sets.length || filesWithErrors
    ? []
    : [
        fileProblem('data/regions', 'Er is geen regio-indeling gevonden.', {
          hint: 'Zet minstens provincies.geojson (met een region_set-lid) in data/regions/.',
        }),
      ];
}
