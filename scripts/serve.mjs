#!/usr/bin/env node
/**
 * Serves the built site (dist/) on 127.0.0.1 under the configured base path, as GitHub
 * Pages would. Used by `npm run preview`, the browser tests and the benchmarks.
 *
 * Our own few lines rather than a package: we need the base path mounted and files read
 * fresh on every request (sirv without --dev caches file sizes at start and then serves
 * changed files truncated, STACK-NOTES), the pages' own CSP as a header, and nothing else.
 * Because a user runs it, it must survive any request: every path is decoded defensively
 * (malformed percent-encoding is a 400, not a crash), normalised before use (so
 * `//evil.example/../x` can neither escape the folder nor become an open redirect), and
 * every response carries the security headers.
 *
 * A taken port is said in Dutch, never as a stack trace. Like Vite, it then takes the next
 * free port (up to 20 further), unless `--strict-port` (or ATLAS_STRICT_PORT=1) asks for exactly
 * that one. `--check-port` only looks and says it, so `npm start` learns before a minute of
 * building that the port is taken (issue #26).
 *
 * Usage: node scripts/serve.mjs [--dir dist] [--port 4321] [--base /] [--strict-port] [--check-port]
 * Without --base or ATLAS_BASE it serves under the base path the site was built for.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, posix, resolve, sep } from 'node:path';
import { parseCli } from './lib/cli-options.mjs';

const { values } = parseCli(
  {
    dir: { type: 'string', default: process.env.ATLAS_OUT_DIR ?? 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    base: { type: 'string' },
    'strict-port': { type: 'boolean', default: process.env.ATLAS_STRICT_PORT === '1' },
    'check-port': { type: 'boolean', default: false },
  },
  'npm run preview [-- --dir dist] [--port 4321] [--base /] [--strict-port] [--check-port]',
  { positionals: false },
);
const root = resolve(values.dir);
const port = Number(values.port);

/**
 * The base path the site was built for, read from its home page (the path of its stylesheet,
 * `/atlas/_astro/…`): the build takes its base from site.config.ts or ATLAS_BASE, and a preview
 * under another one serves pages whose every link and stylesheet is a 404 (a fork review). '/'
 * when there is no built home page to read.
 */
function builtBase() {
  try {
    return /<link rel="stylesheet" href="(\/[^"]*?)_astro\//.exec(readFileSync(join(root, 'index.html'), 'utf8'))?.[1] ?? '/';
  } catch {
    return '/';
  }
}
// --base, then ATLAS_BASE, then the base the site was built for.
const wanted = values.base ?? process.env.ATLAS_BASE ?? builtBase();
const base = `/${wanted.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
/**
 * The policy the build wrote into its pages (the home page's meta tag), so the header says the
 * same as the page: with a basemap configured, the build adds its tile host (src/lib/security/
 * public-csp.ts), and a header from csp.json alone would block it again (browsers apply both).
 * csp.json's policy when there is no built home page to read.
 */
function builtPolicy() {
  try {
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    const found = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    if (found)
      return found
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
  } catch {
    // No build yet: the policy from its one place.
  }
  return JSON.parse(readFileSync(new URL('../src/lib/security/csp.json', import.meta.url), 'utf8')).publicPages;
}
const CSP = builtPolicy();

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.yml': 'text/yaml; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Headers on every response. /admin/ brings its own, looser CSP in its page (Decap needs it). */
function securityHeaders(path) {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'SAMEORIGIN',
    ...(path.startsWith(`${base}admin/`) ? {} : { 'content-security-policy': CSP }),
  };
}

/**
 * The request path, decoded and normalised to one absolute path without '..', '.' or
 * doubled slashes; undefined when it cannot be decoded or holds characters no file has.
 */
function cleanPath(rawUrl) {
  const raw = (rawUrl ?? '/').split(/[?#]/)[0];
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (/[\0\\]/.test(decoded)) return undefined;
  const normal = posix.normalize(`/${decoded}`.replace(/\/{2,}/g, '/'));
  return normal.startsWith('/') ? normal : `/${normal}`;
}

async function resolveFile(path) {
  if (!path.startsWith(base)) return undefined;
  const file = join(root, path.slice(base.length));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  try {
    const s = await stat(file);
    if (s.isDirectory())
      return (await stat(join(file, 'index.html')).catch(() => undefined))?.isFile() ? join(file, 'index.html') : undefined;
    return s.isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

async function notFound(res, path, status = 404, text = 'Niet gevonden') {
  const page = status === 404 ? await readFile(join(root, '404.html')).catch(() => undefined) : undefined;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...securityHeaders(path) });
  res.end(page ?? `<!doctype html><html lang="nl"><title>${status}</title><p>${text}</p></html>`);
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', ...securityHeaders('/') });
      res.end();
      return;
    }
    const path = cleanPath(req.url);
    if (path === undefined) return await notFound(res, '/', 400, 'Ongeldig adres');
    const file = await resolveFile(path);
    if (!file) return await notFound(res, path);
    // A folder without its slash: redirect to the normalised path (always one leading '/',
    // so the Location can never name another host).
    if (!path.endsWith('/') && file.endsWith(`${sep}index.html`) && !path.endsWith('/index.html')) {
      res.writeHead(301, { location: encodeURI(`${path}/`), ...securityHeaders(path) });
      res.end();
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...securityHeaders(path),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders('/') });
    res.end('Interne fout');
  }
});
server.on('clientError', (_err, socket) => socket.destroy());

const HOST = '127.0.0.1';
const TRIES = 20;

/** Whether nothing listens on the port yet (a short listen and close). */
function isFree(p) {
  return new Promise((done) => {
    const probe = createNetServer();
    probe.once('error', () => done(false));
    probe.listen(p, HOST, () => probe.close(() => done(true)));
  });
}

/** The first free port from `from` on, or undefined after TRIES ports. */
async function nextFreePort(from) {
  for (let p = from; p < from + TRIES && p <= 65535; p++) if (await isFree(p)) return p;
  return undefined;
}

function refuse(message) {
  console.error(message);
  process.exit(1);
}

const taken = (p) =>
  `Poort ${p} is al in gebruik door een ander programma (misschien een atlas die nog draait). ` +
  `Stop dat programma, of kies een andere poort: PORT=${p + 1} npm start (of npm run preview -- --port ${p + 1}).`;

if (!Number.isInteger(port) || port < 1 || port > 65535) refuse(`Ongeldige poort '${values.port}': kies een getal van 1 tot 65535.`);
if (!(await isFree(port))) {
  if (values['strict-port']) refuse(taken(port));
  const next = await nextFreePort(port + 1);
  if (next === undefined) refuse(`${taken(port)} De ${TRIES} poorten daarna zijn ook bezet.`);
  console.log(
    values['check-port']
      ? `Poort ${port} is bezet; na het bouwen serveer ik de atlas op de eerstvolgende vrije poort (nu ${next}).`
      : `Poort ${port} is bezet; ik gebruik poort ${next}.`,
  );
  if (!values['check-port']) listen(next);
} else if (!values['check-port']) listen(port);

/** Listens; a port taken between the check and now (a race) gets the same treatment. */
function listen(p) {
  server.once('error', async (err) => {
    if (err.code !== 'EADDRINUSE') refuse(`De server kon niet starten op ${HOST}:${p}: ${err.message}`);
    if (values['strict-port']) refuse(taken(p));
    const next = await nextFreePort(p + 1);
    if (next === undefined) refuse(taken(p));
    console.log(`Poort ${p} is bezet; ik gebruik poort ${next}.`);
    listen(next);
  });
  server.listen(p, HOST, () => {
    console.log(`De atlas draait op http://${HOST}:${p}${base} (map: ${root})`);
  });
}
