import { closest, distance } from 'fastest-levenshtein';
import { fileProblem, type Problem } from '../problems';
import { ENTITY_FOLDERS, ENTITY_KINDS, type EntityKind } from '../schema/schemas';

/** One entry found under data/, as the walker saw it (never following links). */
export interface DataEntry {
  /** Repository-relative path with '/', e.g. `data/initiatives/cew.yaml`. */
  path: string;
  type: 'file' | 'directory' | 'symlink' | 'other';
  /** Bytes, for files. */
  size?: number;
}

/** What the atlas will read, and a problem for everything it will not. */
export interface DataLayout {
  files: Record<EntityKind, string[]>;
  regions: string[];
  problems: Problem[];
}

/** The region-set folder under data/. */
export const REGIONS_FOLDER = 'regions';

/** A region GeoJSON may be larger than a data file (boundaries), but not without limit. */
export const MAX_REGION_FILE_BYTES = 5 * 1024 * 1024;

/** Top-level files in data/ that are documentation, not data. */
const DOC_FILES = new Set(['README.md', 'LICENSE']);

const problem = (path: string, severity: Problem['severity'], message: string, hint: string): Problem =>
  fileProblem(path, message, { severity, hint });

/**
 * Classifies everything under data/ (pure: the entries come from the caller). Data files are
 * regular `*.yaml` files directly in an entity folder and regular `*.geojson` files in
 * regions/. Everything else is named: a link (never followed, never written through), a
 * folder the atlas does not read (with the folder it probably meant), a hidden file or a file
 * of another kind. Anything that looks like data in the wrong place is an error, so it cannot
 * silently disappear from the site; clutter (`.DS_Store`) is a warning.
 */
export function classifyDataEntries(entries: readonly DataEntry[], root = 'data'): DataLayout {
  const files = Object.fromEntries(ENTITY_KINDS.map((k) => [k, [] as string[]])) as Record<EntityKind, string[]>;
  const regions: string[] = [];
  const problems: Problem[] = [];
  const kindOfFolder = new Map<string, EntityKind>(ENTITY_KINDS.map((k) => [ENTITY_FOLDERS[k], k]));
  const known = [...kindOfFolder.keys(), REGIONS_FOLDER];

  for (const e of entries) {
    if (!e.path.startsWith(`${root}/`)) continue;
    const parts = e.path.slice(root.length + 1).split('/');
    const name = parts[parts.length - 1]!;
    const looksLikeData = /\.(ya?ml|geojson|json)$/i.test(name);
    if (e.type === 'symlink') {
      problems.push(
        problem(
          e.path,
          'error',
          'Dit is een symbolische link; de atlas leest en schrijft nooit via links.',
          'Zet het bestand zelf op deze plaats, of verwijder de link.',
        ),
      );
      continue;
    }
    if (e.type === 'other') {
      problems.push(problem(e.path, 'error', 'Dit is geen gewoon bestand of map.', 'Verwijder het uit data/.'));
      continue;
    }
    if (parts.length === 1) {
      if (e.type === 'directory') {
        if (known.includes(name)) continue;
        const guess = closest(name, known);
        const hint =
          distance(name, guess) <= 3
            ? `Bedoelde u ${root}/${guess}/? Verplaats de bestanden daarheen.`
            : `De atlas leest alleen ${known.map((k) => `${root}/${k}/`).join(', ')}.`;
        problems.push(problem(`${e.path}/`, 'error', `De map '${name}' wordt niet gelezen; wat erin staat komt niet in de atlas.`, hint));
      } else if (!DOC_FILES.has(name)) {
        problems.push(
          problem(
            e.path,
            looksLikeData ? 'error' : 'warning',
            `Dit bestand staat los in ${root}/ en komt niet in de atlas.`,
            `Initiatieven horen in ${root}/${ENTITY_FOLDERS.initiative}/, organisaties in ${root}/${ENTITY_FOLDERS.organisation}/.`,
          ),
        );
      }
      continue;
    }
    const folder = parts[0]!;
    const kind = kindOfFolder.get(folder);
    if (!kind && folder !== REGIONS_FOLDER) continue; // inside a folder already reported
    if (parts.length > 2) continue; // inside a sub-folder, reported once below
    const ext = folder === REGIONS_FOLDER ? '.geojson' : '.yaml';
    if (e.type === 'directory') {
      problems.push(
        problem(
          `${e.path}/`,
          'error',
          `Submappen in ${root}/${folder}/ worden niet gelezen; wat erin staat komt niet in de atlas.`,
          `Zet elk bestand direct in ${root}/${folder}/.`,
        ),
      );
      continue;
    }
    if (name.startsWith('.')) {
      problems.push(
        problem(
          e.path,
          looksLikeData ? 'error' : 'warning',
          'Verborgen bestanden (naam met een punt vooraan) komen niet in de atlas.',
          looksLikeData ? `Haal de punt weg: ${name.replace(/^\.+/, '')}.` : 'Verwijder het bestand als het er per ongeluk staat.',
        ),
      );
      continue;
    }
    if (folder === REGIONS_FOLDER) {
      if (!name.endsWith(ext)) {
        problems.push(
          problem(
            e.path,
            'warning',
            'Dit bestand is geen regio-indeling (.geojson) en komt niet in de atlas.',
            'Een regio-indeling is een GeoJSON-bestand dat eindigt op .geojson.',
          ),
        );
      } else if ((e.size ?? 0) > MAX_REGION_FILE_BYTES) {
        problems.push(
          problem(
            e.path,
            'error',
            `Het bestand is ${Math.round((e.size ?? 0) / 1024 / 1024)} MB; een regio-indeling mag hooguit ${MAX_REGION_FILE_BYTES / 1024 / 1024} MB zijn.`,
            'Vereenvoudig de grenzen (bijvoorbeeld met mapshaper) tot enkele honderden KB.',
          ),
        );
      } else regions.push(e.path);
      continue;
    }
    // Entity folders: every file is handed to the validator, which explains a wrong name or
    // extension (.yml, .txt) with the file named; nothing here is dropped silently.
    files[kind!].push(e.path);
  }
  for (const k of ENTITY_KINDS) files[k].sort();
  regions.sort();
  return { files, regions, problems };
}
