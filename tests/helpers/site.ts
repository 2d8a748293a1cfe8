import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './fixtures';

/** The site built by scripts/test.sh under a base path, as GitHub Pages serves a project site. */
export const SITE_DIR = join(ROOT, '.tmp', 'site-test');
export const BASE = '/atlas/';

/** True when browser tests must be skipped (no Chromium, announced loudly by scripts/test.sh). */
export const skipBrowser = process.env.ATLAS_SKIP_BROWSER === '1' || !existsSync(SITE_DIR);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts scripts/serve.mjs on a free port; returns its origin+base and a stop function. */
export async function startServer(dir = SITE_DIR, base = BASE): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', String(port), '--base', base], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (b: Buffer) => { if (b.toString().includes('draait op')) resolve(); });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}${base}`, stop: () => child.kill() };
}
