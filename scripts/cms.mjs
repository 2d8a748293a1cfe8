#!/usr/bin/env node
/**
 * `npm run cms`: edit offline. Starts decap-server in git mode (bound to 127.0.0.1, never
 * reachable from the network) and the Astro dev server. Saving in the CMS makes
 * `cms/<collection>/<slug>` branches with commits, like a pull request.
 *
 * decap-server checks out branches and commits with `git add .` in the folder it is given,
 * so it never gets the user's own working tree: uncommitted changes made saving fail and
 * untracked files were swept into a proposal. It works in its own clone (.tmp/cms-repo, of
 * the last commit of the current branch). At the start, every 3 s and before it ends on any
 * signal (Ctrl+C, a closed terminal, kill), the proposals (`cms/*` branches) of both sides are
 * brought in step without either rewinding the other (scripts/lib/cms-sync.mjs). Publishing is
 * refused in the CMS under the local backend: a proposal reaches the base branch the way a pull
 * request does, by a maintainer's merge.
 *
 * decap-server itself listens on a port of its own that only the guard on --port talks to
 * (scripts/lib/cms-guard.mjs): it checks no Host or Origin, so any web page could otherwise write
 * files through it by DNS rebinding (a hostile review).
 *
 * Options: --port 8081 (the local storage the editing screen talks to; or ATLAS_CMS_PORT), --dev-port 4321.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseCli } from './lib/cli-options.mjs';
import { guardCmsRequest } from './lib/cms-guard.mjs';
import { stateFileOf, syncProposals } from './lib/cms-sync.mjs';

const { values } = parseCli(
  { port: { type: 'string', default: process.env.ATLAS_CMS_PORT ?? '8081' }, 'dev-port': { type: 'string', default: '4321' } },
  'npm run cms [-- --port 8081] [--dev-port 4321]',
  { positionals: false },
);
const port = values.port;
const devPort = values['dev-port'];
const root = process.cwd();
const clone = resolve(root, '.tmp', 'cms-repo');
const fail = (message) => {
  console.error(`npm run cms: ${message}`);
  process.exit(1);
};
const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

// Everything that can fail is resolved before any server starts, so a failure never leaves
// a server holding a port.
for (const p of [port, devPort]) if (!/^\d{2,5}$/.test(p)) fail(`'${p}' is geen poortnummer.`);
const require = createRequire(import.meta.url);
const decapServer = require.resolve('decap-server/dist/index.js');
// Astro does not export astro.js (ERR_PACKAGE_PATH_NOT_EXPORTED); its package.json names it as the bin.
const astroPkg = require.resolve('astro/package.json');
const astroBin = join(dirname(astroPkg), JSON.parse(readFileSync(astroPkg, 'utf8')).bin.astro);

const portFree = (p) =>
  new Promise((ok) => {
    const s = createServer()
      .once('error', () => ok(false))
      .once('listening', () => s.close(() => ok(true)));
    s.listen(Number(p), '127.0.0.1');
  });
for (const [p, what] of [
  [port, 'de lokale opslag (--port)'],
  [devPort, 'de ontwikkelserver (--dev-port)'],
]) {
  if (!(await portFree(p)))
    fail(`poort ${p} voor ${what} is bezet. Kies een andere, bijvoorbeeld: npm run cms -- --port 8090 --dev-port 4322`);
}

let branch;
try {
  branch = git(root, 'rev-parse', '--abbrev-ref', 'HEAD');
  if (branch === 'HEAD') branch = git(root, 'rev-parse', '--short', 'HEAD');
} catch {
  fail('deze map is geen git-repository; lokaal bewerken maakt branches en heeft git nodig.');
}
const cmsBranch = JSON.parse(
  execFileSync(
    process.execPath,
    ['--import', 'tsx', '-e', "import { siteConfig } from './src/site.config.ts'; console.log(JSON.stringify(siteConfig.cms.branch))"],
    { cwd: root, encoding: 'utf8' },
  ),
);

// The clone: the committed state of the current branch as the CMS's base branch, plus the
// proposals (cms/*) already in this repository.
mkdirSync(dirname(clone), { recursive: true });
const stateFile = stateFileOf(clone);
/** One round of syncing; what the user must know is said once. */
const sync = () => {
  try {
    for (const m of syncProposals({ root, clone, base: cmsBranch, stateFile })) console.log(`Invoerscherm: ${m}`);
  } catch (err) {
    console.error(`Voorstellen gelijk zetten mislukt (opnieuw over 3 s): ${err.message}`);
  }
};
// A clone from an earlier run first hands over what it saved (a save made just before that run
// ended), and only then follows the current branch.
if (existsSync(join(clone, '.git'))) sync();
else git(root, 'clone', '-q', '--no-checkout', root, clone);
// A proposal branch may hold a symbolic link where a data file belongs; decap-server writes
// with plain file writes, which would follow it out of the clone. Checked out as plain files
// (holding the link's text), links cannot lead anywhere.
git(clone, 'config', 'core.symlinks', 'false');
git(clone, 'fetch', '-q', '--force', root, '+HEAD:refs/remotes/atlas/base');
git(clone, 'checkout', '-q', '--force', '-B', cmsBranch, 'refs/remotes/atlas/base');
git(clone, 'clean', '-q', '-fdx');
sync();
try {
  git(clone, 'config', 'user.email');
} catch {
  git(clone, 'config', 'user.email', 'invoerscherm@localhost');
  git(clone, 'config', 'user.name', 'Invoerscherm (lokaal)');
}

// decap-server's own port: free now, known only to the guard below.
const innerPort = await new Promise((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = s.address();
    s.close(() => ok(String(p)));
  });
});
/** Only what the editing screen itself sends reaches decap-server (cms-guard.mjs says why). */
const guard = createHttpServer((req, res) => {
  const chunks = [];
  let size = 0;
  req.on('data', (c) => {
    size += c.length;
    // decap-server's own limit for a request body.
    if (size > 50 * 1024 * 1024) req.destroy();
    else chunks.push(c);
  });
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const verdict = guardCmsRequest(
      { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: body.toString('utf8') },
      { port, devPort, baseBranch: cmsBranch },
    );
    if (!verdict.ok) {
      console.error(`Invoerscherm: verzoek geweigerd (${req.method} ${req.url}): ${verdict.message}`);
      res.writeHead(verdict.status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: verdict.message }));
      return;
    }
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: Number(innerPort),
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: `127.0.0.1:${innerPort}` },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: `De lokale opslag antwoordt niet: ${err.message}` }));
    });
    upstream.end(body);
  });
});
await new Promise((ok) => guard.listen(Number(port), '127.0.0.1', ok));

const children = [
  spawn(process.execPath, [decapServer], {
    stdio: 'inherit',
    env: { ...process.env, MODE: 'git', BIND_HOST: '127.0.0.1', PORT: innerPort, GIT_REPO_DIRECTORY: clone },
  }),
  spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', devPort], {
    stdio: 'inherit',
    env: { ...process.env, ATLAS_CMS_PORT: port, ASTRO_TELEMETRY_DISABLED: '1' },
  }),
];
const timer = setInterval(sync, 3000);
console.log(`Invoerscherm: http://127.0.0.1:${devPort}/admin/  (lokale opslag via poort ${port}; stoppen met Ctrl+C)`);
console.log(
  `Het invoerscherm werkt op de laatste commit van '${branch}' in .tmp/cms-repo; uw werkmap blijft onaangeroerd. Voorstellen verschijnen hier als branches cms/...`,
);

let stopping = false;
const stop = (code = 0) => {
  if (stopping) return;
  stopping = true;
  clearInterval(timer);
  sync();
  console.log('Invoerscherm gestopt; uw voorstellen staan als cms/...-branches in deze repository.');
  for (const c of children) if (c.exitCode === null) c.kill();
  guard.close();
  process.exit(code);
};
// Every signal that ends the command syncs first: Ctrl+C, kill, a closed terminal (SIGHUP).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT']) process.on(signal, () => stop(0));
for (const c of children)
  c.on('exit', (code) => {
    if (!stopping) {
      console.error(`Een van de servers stopte (code ${code}); de andere wordt ook gestopt.`);
      stop(code || 1);
    }
  });
