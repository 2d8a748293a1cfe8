/**
 * The cache behind `npm run validate`: per data file, what checkFile found, keyed by the
 * file's content. The whole cache belongs to one fingerprint of everything that decides a
 * file's result (the schemas, the validator's code, the data folder and the day, because
 * "in the future" depends on it); a different fingerprint starts from nothing. So a changed
 * schema or validator can never be hidden by an old result, and the rules between files run
 * every time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EntityKind } from './lib/schema/schemas';
import type { CachedCheck, FileCheckCache, SourceFile } from './lib/validate/validate-dataset';

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

/**
 * What decides a file's check result, as one hash: the schemas and every module of the
 * validator (and what it imports from src/lib), the data folder and the day.
 */
export function validatorFingerprint(
  root: string,
  dataDir: string,
  today: string,
  sources: readonly string[] = [...filesBelow(join(root, 'schemas'), /\.json$/), ...filesBelow(join(root, 'src', 'lib'), /\.ts$/)],
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
export function openValidateCache(file: string, fingerprint: string): FileCheckCache & { save(): void; hits: number; misses: number } {
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
    get(kind: EntityKind, f: SourceFile): CachedCheck | undefined {
      const e = entries[f.path];
      if (e && e.kind === kind && e.hash === hashOf(f.content)) {
        cache.hits++;
        return e.result;
      }
      cache.misses++;
      return undefined;
    },
    set(kind: EntityKind, f: SourceFile, result: CachedCheck): void {
      entries[f.path] = { kind, hash: hashOf(f.content), result };
      dirty = true;
    },
    save(): void {
      if (!dirty) return;
      mkdirSync(resolve(file, '..'), { recursive: true });
      // Written aside and renamed: a cache is either whole or absent, never half.
      writeFileSync(`${file}.tmp`, JSON.stringify({ fingerprint, entries }));
      renameSync(`${file}.tmp`, file);
    },
  };
  return cache;
}

/** Where `npm run validate` keeps its cache (git-ignored). */
export function defaultCacheFile(root: string): string {
  return join(root, '.tmp', 'validate-cache.json');
}
