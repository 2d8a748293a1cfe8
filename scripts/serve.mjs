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
 * Usage: node scripts/serve.mjs [--dir dist] [--port 4321] [--base /]
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, posix, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.ATLAS_OUT_DIR ?? 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    base: { type: 'string', default: process.env.ATLAS_BASE ?? '/' },
  },
});
const root = resolve(values.dir);
const port = Number(values.port);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const CSP = JSON.parse(readFileSync(new URL('../src/lib/security/csp.json', import.meta.url), 'utf8')).publicPages;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
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
server.listen(port, '127.0.0.1', () => {
  console.log(`De atlas draait op http://127.0.0.1:${port}${base} (map: ${root})`);
});
