#!/usr/bin/env node
/**
 * `npm run build`: `astro build`, then the search index (after Astro has exited, so that the
 * two never need memory at the same time), holding the checkout's build lock throughout
 * (scripts/lib/build-lock.mjs says why). Exits with the first failing step's code.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { acquireLock } from './lib/build-lock.mjs';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const astroPkg = require.resolve('astro/package.json');
const astroBin = join(dirname(astroPkg), JSON.parse(readFileSync(astroPkg, 'utf8')).bin.astro);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const release = await acquireLock(join(root, '.tmp', 'build.lock'));
let code = 1;
try {
  const steps = [
    [astroBin, 'build', ...process.argv.slice(2)],
    [join(root, 'scripts', 'run-compiled.mjs'), 'search-index'],
  ];
  for (const args of steps) {
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
    code = r.status ?? 1;
    if (code !== 0) break;
  }
} finally {
  release();
}
process.exit(code);
