/**
 * The cache behind `npm run validate`: per data file, what checkFile found, keyed by the
 * file's content. The whole cache belongs to one fingerprint of everything that decides a
 * file's result (the schemas, the validator's code, the data folder and the day, because
 * "in the future" depends on it); a different fingerprint starts from nothing. So a changed
 * schema or validator can never be hidden by an old result, and the rules between files run
 * every time.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Problem } from '../lib/problems';
import { writeWhole } from './write-whole.mjs';
import type { EntityKind } from '../lib/schema/schemas';
import type { CachedCheck, FileCheckCache, SourceFile } from '../lib/validate/validate-dataset';

/** Bumped when the stored shape changes. */
const FORMAT = 1;

/** Every file below `dir` with one of the endings, sorted, for the fingerprint. */
function filesBelow(dir: string, endings: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = join(dir, e.name);
      return e.isDirectory() ? filesBelow(p, endings) : endings.test(e.name) ? [p] : [];
    })
    .sort();
}

/** The TypeScript modules directly in `dir` (src/: the site configuration). */
const modulesIn = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(dir, e.name))
    .sort();

/**
 * What decides a file's check result, as one hash: the schemas, every module of the
 * validator (src/lib, src/'s own modules: the site configuration, and src/io: the data loader and
 * the threads that check files and hand on their results), the installed packages (lockfiles),
 * the data folder and the day.
 */
export function validatorFingerprint(
  root: string,
  dataDir: string,
  today: string,
  sources: readonly string[] = [
    ...filesBelow(join(root, 'schemas'), /\.json$/),
    ...modulesIn(join(root, 'src')),
    ...filesBelow(join(root, 'src', 'lib'), /\.ts$/),
    ...filesBelow(join(root, 'src', 'io'), /\.(ts|mjs)$/),
    // The installed packages decide a result too (a stricter ajv, another js-yaml): the lockfile
    // and what npm actually installed (node_modules/.package-lock.json).
    ...['package-lock.json', join('node_modules', '.package-lock.json')].map((f) => join(root, f)).filter((f) => existsSync(f)),
  ],
): string {
  const h = createHash('sha256').update(`${FORMAT}\n${resolve(dataDir)}\n${today}\n`);
  for (const f of sources) h.update(f).update('\n').update(readFileSync(f)).update('\n');
  return h.digest('hex');
}

const hashOf = (content: SourceFile['content']) => createHash('sha1').update(content).digest('hex');

interface Stored {
  kind: EntityKind;
  hash: string;
  result: CachedCheck;
}

/** A file-check cache kept in one JSON file; `save()` writes it when anything changed. */
export function openValidateCache(
  file: string,
  fingerprint: string,
): FileCheckCache & {
  save(): void;
  /** Files answered from the cache, and files checked afresh (whose results it now keeps). */
  hits: number;
  misses: number;
  size: number;
} {
  let entries: Record<string, Stored> = {};
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint: string; entries: Record<string, Stored> };
    if (stored.fingerprint === fingerprint) entries = stored.entries;
  } catch {
    /* no cache yet, or unreadable: start from nothing */
  }
  let dirty = false;
  const cache = {
    hits: 0,
    misses: 0,
    size: Object.keys(entries).length,
    get(kind: EntityKind, f: SourceFile): CachedCheck | undefined {
      const e = entries[f.path];
      if (e && e.kind === kind && e.hash === hashOf(f.content)) {
        cache.hits++;
        return e.result;
      }
      return undefined;
    },
    // A miss is counted where its fresh result is stored, once per file: files checked without
    // asking first (an empty cache can answer nothing, check-files-in-workers.ts) count too.
    set(kind: EntityKind, f: SourceFile, result: CachedCheck): void {
      entries[f.path] = { kind, hash: hashOf(f.content), result };
      cache.misses++;
      dirty = true;
    },
    save(): void {
      if (dirty) writeWhole(file, JSON.stringify({ fingerprint, entries }));
    },
  };
  return cache;
}

/** Where `npm run validate` keeps its cache (git-ignored). */
export function defaultCacheFile(root: string): string {
  return join(root, '.tmp', 'validate-cache.json');
}

/**
 * Every entry below the data folder (two levels, links not followed, as the data loader reads
 * it) with its type, size, modification and change time and inode. The change time cannot be
 * set back by any tool (unlike the modification time), so any edit, copy or checkout of a
 * file changes this text.
 */
export function dataFolderSignature(dir: string): string {
  const lines: string[] = [];
  const walk = (d: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch {
      lines.push(`${d} unreadable`);
      return;
    }
    for (const name of names) {
      const p = join(d, name);
      const s = lstatSync(p);
      lines.push(`${p} ${s.isSymbolicLink() ? 'l' : s.isDirectory() ? 'd' : 'f'} ${s.size} ${s.mtimeMs} ${s.ctimeMs} ${s.ino}`);
      if (s.isDirectory() && depth < 2) walk(p, depth + 1);
    }
  };
  walk(resolve(dir), 1);
  return lines.join('\n');
}

/**
 * The key of a whole run of `npm run validate`: the validator's fingerprint (schemas, code,
 * data folder, day), every entry of the data folder, the installed packages (the lockfile), the
 * ATLAS_* settings and the ATLAS_CONFIG file they may name, and the tool's own source. Any change to any of these gives
 * another key, so a stored outcome is only ever reused for exactly the same input.
 */
export function runKey(
  root: string,
  fingerprint: string,
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
  /** Further files whose content decides the outcome: the command-line tool itself. */
  also: readonly string[] = [],
): string {
  const h = createHash('sha256').update(`${FORMAT}\n${fingerprint}\n`);
  for (const f of also) h.update(f).update('\n').update(readFileSync(f)).update('\n');
  const settings = Object.keys(env)
    .filter((k) => k.startsWith('ATLAS_'))
    .sort()
    .map((k) => `${k}=${env[k]}`);
  h.update(settings.join('\n')).update('\n');
  const config = env.ATLAS_CONFIG;
  if (config) h.update(existsSync(config) ? readFileSync(config) : 'missing').update('\n');
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) h.update(readFileSync(lock)).update('\n');
  h.update(dataFolderSignature(dataDir));
  return h.digest('hex');
}

/** What a whole run found: enough to print its report again. */
export interface RunOutcome {
  problems: Problem[];
  initiatives: number;
  organisations: number;
}

/** Where the outcome of the last run on `dataDir` is kept (git-ignored; one file per data folder). */
export function runMemoFile(root: string, dataDir: string): string {
  const id = createHash('sha1').update(resolve(dataDir)).digest('hex').slice(0, 12);
  return join(root, '.tmp', `validate-run-${id}.json`);
}

/** The stored outcome for exactly this key, or undefined. */
export function readRunMemo(file: string, key: string): RunOutcome | undefined {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { key: string; outcome: RunOutcome };
    return stored.key === key ? stored.outcome : undefined;
  } catch {
    return undefined;
  }
}

export function writeRunMemo(file: string, key: string, outcome: RunOutcome): void {
  writeWhole(file, JSON.stringify({ key, outcome }));
}
