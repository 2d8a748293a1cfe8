#!/usr/bin/env node
/**
 * `npm run build`: `astro build` (which makes the search index beside the render,
 * src/integrations/search-index.ts), holding the checkout's build lock throughout
 * (scripts/lib/build-lock.mjs says why). Exits with Astro's code.
 *
 * Astro runs in this process, not in a child: its command line ends the process with its own
 * exit code (0, or 1 after printing the error), and the lock is released on that exit. A second
 * Node process only cost its start-up on every build (issue #28).
 */
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { acquireLock } from './lib/build-lock.mjs';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const astroPkg = require.resolve('astro/package.json');
const astroBin = join(dirname(astroPkg), JSON.parse(readFileSync(astroPkg, 'utf8')).bin.astro);

const release = await acquireLock(join(root, '.tmp', 'build.lock'));
// Whichever way the process ends (Astro's exit, an error, Ctrl-C), the lock goes with it.
process.once('exit', release);
// A signal ends the process through exit (its usual code, 128 + the signal's number), not past it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(128 + constants.signals[signal]));
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.chdir(root);
process.argv = [process.execPath, astroBin, 'build', ...process.argv.slice(2)];
// Astro's own entry: it checks the Node version, builds, and exits with the build's code.
await import(pathToFileURL(astroBin).href);
