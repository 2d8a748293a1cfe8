#!/usr/bin/env node
/**
 * Serves the built site (dist/) on 127.0.0.1 under the configured base path, as GitHub
 * Pages would. Used by `npm run preview`, the browser tests and the benchmarks.
 * A few lines of our own rather than a package: we need the base path mounted, files read
 * fresh on every request (sirv caches sizes), and nothing else.
 * Usage: node scripts/serve.mjs [--dir dist] [--port 4321] [--base /]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : fallback;
};
const root = resolve(arg('dir', process.env.ATLAS_OUT_DIR ?? 'dist'));
const port = Number(arg('port', process.env.PORT ?? 4321));
let base = arg('base', process.env.ATLAS_BASE ?? '/');
if (!base.endsWith('/')) base += '/';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.wasm': 'application/wasm', '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml', '.yml': 'text/yaml; charset=utf-8', '.yaml': 'text/yaml; charset=utf-8',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};

async function resolveFile(urlPath) {
  let p = decodeURIComponent(urlPath.split('?')[0]);
  if (!p.startsWith(base)) return undefined;
  p = normalize(p.slice(base.length - 1));
  const file = join(root, p);
  if (!file.startsWith(root)) return undefined;
  try {
    const s = await stat(file);
    if (s.isDirectory()) return (await stat(join(file, 'index.html')).catch(() => undefined)) ? join(file, 'index.html') : undefined;
    return file;
  } catch {
    return undefined;
  }
}

const server = createServer(async (req, res) => {
  const file = await resolveFile(req.url ?? '/');
  if (!file) {
    const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Niet gevonden'));
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
    return;
  }
  if (req.url && !req.url.split('?')[0].endsWith('/') && file.endsWith('index.html') && !req.url.endsWith('index.html')) {
    res.writeHead(301, { location: `${req.url.split('?')[0]}/` });
    res.end();
    return;
  }
  const body = await readFile(file);
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(body);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`De atlas draait op http://127.0.0.1:${port}${base} (map: ${root})`);
});
