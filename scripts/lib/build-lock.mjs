/**
 * One build at a time in a checkout. Astro writes its content store and generated types into
 * the project's own `.astro/` (and the integrations into `public/`), whatever the output
 * folder: two builds at once collided there, one failed and the "successful" one could publish
 * the other's data. `npm run build` (scripts/build.mjs) therefore holds this lock: a folder made
 * atomically, with the holder's process id inside. A second build waits for it, saying so; a
 * lock whose process is gone (a killed build) is taken over.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
};

/** Tries once; returns the holder's pid when someone else holds it (-1: being taken), undefined when taken. */
export function tryLock(dir) {
  mkdirSync(dirname(dir), { recursive: true });
  try {
    mkdirSync(dir);
  } catch (e) {
    if (e.code !== 'EEXIST') throw e;
    let holder;
    try {
      holder = Number(readFileSync(join(dir, 'pid'), 'utf8').trim());
    } catch {
      // Made a moment ago and its pid not written yet; after 5 s it was a crash in between.
      const age = Date.now() - statSync(dir).mtimeMs;
      if (age < 5000) return -1;
    }
    if (holder && alive(holder)) return holder;
    rmSync(dir, { recursive: true, force: true });
    return tryLock(dir);
  }
  writeFileSync(join(dir, 'pid'), String(process.pid));
  return undefined;
}

/** Waits until the lock is ours, telling `say` once who holds it. Returns the release function. */
export async function acquireLock(dir, say = console.log) {
  let told = false;
  for (;;) {
    const holder = tryLock(dir);
    if (holder === undefined) break;
    if (!told && holder > 0) {
      say(`Er draait al een build in deze map (proces ${holder}); deze build wacht tot die klaar is.`);
      told = true;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return () => {
    try {
      if (readFileSync(join(dir, 'pid'), 'utf8').trim() === String(process.pid)) rmSync(dir, { recursive: true, force: true });
    } catch {
      // already gone
    }
  };
}
