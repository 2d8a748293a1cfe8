/**
 * `npm start` and `npm run preview` with the port already taken (issue #26), typed as a user
 * types them: said in Dutch before a minute of building, then the next free port as Vite does;
 * never an unhandled EADDRINUSE stack trace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/server';
import { ROOT, childEnv } from '../helpers/fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-port-'));
const site = join(tmp, 'site');
let blocker: Server;
let port: number;

beforeAll(async () => {
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title><h1>Proef</h1>');
  port = await freePort();
  blocker = createServer();
  await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', r));
});
afterAll(async () => {
  await new Promise((r) => blocker.close(r));
  rmSync(tmp, { recursive: true, force: true });
});

/** Runs an npm command until `until` shows in its output, then stops its whole process group. */
async function runUntil(args: string[], env: Record<string, string>, until: RegExp): Promise<string> {
  const child = spawn('npm', args, { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const append = (b: Buffer) => (output += b.toString());
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  try {
    const deadline = Date.now() + 60_000;
    while (!until.test(output)) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm ${args.join(' ')}:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return output;
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
  }
}

describe('a port that is already taken', () => {
  it('npm start says so in Dutch before it builds, and names the port it will use', async () => {
    const out = await runUntil(['start'], { PORT: String(port), ATLAS_OUT_DIR: join(tmp, 'dist') }, /Poort \d+ is bezet.*\n/);
    expect(out).toMatch(
      new RegExp(`Poort ${port} is bezet; na het bouwen serveer ik de atlas op de eerstvolgende vrije poort \\(nu \\d+\\)`),
    );
    // The message comes first: the build has not started when it is shown.
    expect(out.slice(0, out.indexOf('Poort'))).not.toContain('astro build');
  }, 70_000);

  it('npm run preview takes the next free port, as Vite does', async () => {
    const out = await runUntil(['run', 'preview'], { PORT: String(port), ATLAS_OUT_DIR: site }, /draait op/);
    const served = Number(/draait op http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)![1]);
    expect(served).toBeGreaterThan(port);
    expect(out).toContain(`Poort ${port} is bezet; ik gebruik poort ${served}.`);
    expect(out).not.toMatch(/EADDRINUSE|\n\s+at /);
  }, 70_000);

  it('with a strict port, npm start stops at once with a Dutch message and no stack trace', () => {
    const r = spawnSync('npm', ['start'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: childEnv({ PORT: String(port), ATLAS_STRICT_PORT: '1', ATLAS_OUT_DIR: join(tmp, 'dist') }),
      timeout: 60_000,
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`Poort ${port} is al in gebruik door een ander programma`);
    expect(r.stderr).toContain(`PORT=${port + 1} npm start`);
    expect(r.stdout + r.stderr).not.toMatch(/EADDRINUSE|\n\s+at |astro build/);
  }, 70_000);
});

describe('npm run preview without --base', () => {
  it('serves under the base path the site was built for, so its stylesheet and links work (a fork review)', async () => {
    const built = join(tmp, 'built');
    mkdirSync(join(built, '_astro'), { recursive: true });
    writeFileSync(join(built, 'index.html'), '<!doctype html><link rel="stylesheet" href="/mijn-atlas/_astro/x.css"><h1>Proef</h1>');
    writeFileSync(join(built, '_astro', 'x.css'), 'h1{color:red}');
    const free = await freePort();
    // Without ATLAS_BASE, whatever the developer's shell has: the built site's own base is the point.
    const env = childEnv({ PORT: String(free), ATLAS_OUT_DIR: built });
    delete env.ATLAS_BASE;
    const child = spawn('npm', ['run', 'preview'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout!.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
    try {
      const deadline = Date.now() + 60_000;
      while (!/draait op/.test(output)) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(output);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(output).toContain(`draait op http://127.0.0.1:${free}/mijn-atlas/`);
      expect((await fetch(`http://127.0.0.1:${free}/mijn-atlas/_astro/x.css`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${free}/mijn-atlas/`)).status).toBe(200);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
  }, 70_000);
});
