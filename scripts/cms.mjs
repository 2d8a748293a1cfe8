#!/usr/bin/env node
/**
 * `npm run cms`: edit offline. Starts decap-server in git mode (bound to 127.0.0.1, so it
 * is never reachable from the network) and the Astro dev server. Saving in the CMS makes
 * `cms/<collection>/<slug>` branches with commits in this repository, like a pull request.
 * Options: --port 8081 (decap-server; or ATLAS_CMS_PORT), --dev-port 4321.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : fallback;
};
const port = arg('port', process.env.ATLAS_CMS_PORT ?? '8081');
const devPort = arg('dev-port', '4321');
const require = createRequire(import.meta.url);
const children = [
  spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    stdio: 'inherit', env: { ...process.env, MODE: 'git', BIND_HOST: '127.0.0.1', PORT: port, GIT_REPO_DIRECTORY: process.cwd() },
  }),
  spawn(process.execPath, [require.resolve('astro/astro.js'), 'dev', '--host', '127.0.0.1', '--port', devPort], {
    stdio: 'inherit', env: { ...process.env, ATLAS_CMS_PORT: port, ASTRO_TELEMETRY_DISABLED: '1' },
  }),
];
console.log(`Invoerscherm: http://127.0.0.1:${devPort}/admin/  (lokale opslag via poort ${port}; stoppen met Ctrl+C)`);
const stop = () => { for (const c of children) c.kill(); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => { if (code) { console.error(`Een van de servers stopte (code ${code}).`); stop(); } });
