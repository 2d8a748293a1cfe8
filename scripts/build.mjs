#!/usr/bin/env node
/**
 * `npm run build`: `astro build` (which makes the search index beside the render,
 * src/integrations/search-index.ts), holding the checkout's build lock throughout
 * (scripts/lib/build-lock.mjs says why). Exits with Astro's code.
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
let code;
try {
  const r = spawnSync(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
  code = r.status ?? 1;
} finally {
  release();
}
process.exit(code ?? 1);
