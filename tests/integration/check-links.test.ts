/**
 * The link checker (src/lib/links/, `npm run check:links`) against a local server on 127.0.0.1
 * only, never the internet: 200, a 301 to 200, 404, 410, a server that never answers (timeout),
 * one that drops the connection (reset), and one that refuses HEAD.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, noAnswerAtAll, reusable, spreadByHost } from '../../src/lib/links/check';
import { collectLinks } from '../../src/lib/links/collect';
import { internalAddress } from '../../src/lib/links/internal-address';
import { linkReport } from '../../src/lib/links/report';
import { ROOT, childEnv } from '../helpers/fixtures';

let server: Server;
let base = '';
const agents: string[] = [];
const tmp = mkdtempSync(join(tmpdir(), 'atlas-links-'));

beforeAll(async () => {
  server = createServer((req, res) => {
    agents.push(String(req.headers['user-agent']));
    const path = req.url ?? '/';
    if (path === '/ok') res.writeHead(200).end('ok');
    else if (path === '/moved') res.writeHead(301, { location: '/ok' }).end();
    else if (path === '/gone') res.writeHead(404).end();
    else if (path === '/removed') res.writeHead(410).end();
    else if (path === '/reset') req.socket.destroy();
    else if (path === '/no-head') res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    // '/slow': never answers.
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
  rmSync(tmp, { recursive: true, force: true });
});

// The test server is on 127.0.0.1: asked only with allowInternal, as `--allow-internal` does.
const options = { concurrency: 3, timeoutMs: 800, userAgent: 'Atlas-test/1.0 (+https://example.org)', allowInternal: true };

describe('checking links', () => {
  it('tells ok, redirected, broken and unreachable apart, with the reason', async () => {
    const urls = ['/ok', '/moved', '/gone', '/removed', '/slow', '/reset', '/no-head'].map((p) => base + p);
    const r = await checkLinks(urls, options);
    expect(r.map((x) => [x.url.slice(base.length), x.state, x.status ?? x.error])).toEqual([
      ['/ok', 'ok', 200],
      ['/moved', 'redirected', 200],
      ['/gone', 'broken', 404],
      ['/removed', 'broken', 410],
      ['/slow', 'unreachable', 'timeout'],
      ['/reset', 'unreachable', 'reset'],
      ['/no-head', 'ok', 200],
    ]);
    expect(r[1]).toMatchObject({ finalUrl: `${base}/ok`, redirects: [{ status: 301, to: `${base}/ok` }] });
    for (const x of r) expect(Date.parse(x.checkedAt)).not.toBeNaN();
    expect(new Set(agents)).toEqual(new Set([options.userAgent]));
  }, 20_000);

  it('asks no address in a private network by default, also not as the target of a redirect', async () => {
    const before = agents.length;
    const [local] = await checkLinks([`${base}/ok`], { ...options, allowInternal: false });
    expect(local).toMatchObject({ state: 'broken', error: 'niet opgevraagd: een adres in een intern netwerk, geen openbare pagina' });
    expect(agents.length).toBe(before);
    // A public page that redirects to the cloud metadata address: the redirect is not followed.
    const asked: string[] = [];
    const fake = (async (url: string | URL | Request) => {
      asked.push(String(url));
      return new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } });
    }) as typeof fetch;
    const [hop] = await checkLinks(['https://voorbeeld.nl/oud'], { ...options, allowInternal: false, fetch: fake });
    expect(asked).toEqual(['https://voorbeeld.nl/oud']);
    expect(hop).toMatchObject({
      state: 'broken',
      finalUrl: 'http://169.254.169.254/latest/meta-data/',
      error:
        'niet opgevraagd: de doorverwijzing naar http://169.254.169.254/latest/meta-data/ is een adres in een intern netwerk, geen openbare pagina',
    });
    // A public-looking name that resolves into the private network is not asked either.
    const [named] = await checkLinks(['https://127.0.0.1.nip.io/geheim'], {
      ...options,
      allowInternal: false,
      fetch: fake,
      lookup: async () => ['93.184.215.14', '127.0.0.1'],
    });
    expect(named).toMatchObject({
      state: 'broken',
      error: 'niet opgevraagd: een naam die naar een adres in een intern netwerk wijst (127.0.0.1)',
    });
    expect(asked).toEqual(['https://voorbeeld.nl/oud']);
  });

  it('knows which addresses are in a private network or carry credentials', () => {
    for (const u of [
      'http://127.0.0.1:9999/geheim',
      'http://localhost/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://10.0.0.1/',
      'http://172.20.1.1/',
      'http://192.168.1.1/admin',
      'http://169.254.169.254/latest/',
      'http://100.64.0.1/',
      'http://[fd00::1]/',
      'http://[fe80::1]/',
      'http://intranet/',
      'http://printer.local/',
      'http://0.0.0.0/',
      'http://[::7f00:1]/',
      'http://[::ffff:0:7f00:1]/',
      'http://[64:ff9b::7f00:1]/',
      'http://[fec0::1]/',
      'http://[ff02::1]/',
      'http://224.0.0.1/',
      'http://255.255.255.255/',
      'http://198.18.0.1/',
    ])
      expect(internalAddress(u), u).toBe('een adres in een intern netwerk, geen openbare pagina');
    expect(internalAddress('https://user:pass@voorbeeld.nl/')).toBe('een adres met een gebruikersnaam of wachtwoord');
    for (const u of [
      'https://www.voorbeeld.nl/',
      'https://172.32.0.1/',
      'https://8.8.8.8/',
      'https://[2001:db8::1]/',
      'https://[2a00:1450::1]/',
      'https://[::ffff:808:808]/',
      'https://192.169.1.1/',
      'geen adres',
    ])
      expect(internalAddress(u), u).toBeUndefined();
  });

  it('never asks more than the bound at once, and spreads one host’s addresses', async () => {
    expect(spreadByHost(['https://a.nl/1', 'https://a.nl/2', 'https://b.nl/1'])).toEqual([
      'https://a.nl/1',
      'https://b.nl/1',
      'https://a.nl/2',
    ]);
    let open = 0;
    let most = 0;
    const fakeFetch = (async () => {
      open++;
      most = Math.max(most, open);
      await new Promise((r) => setTimeout(r, 20));
      open--;
      return new Response(null, { status: 200 });
    }) as unknown as typeof fetch;
    await checkLinks(
      Array.from({ length: 12 }, (_, i) => `https://h${i % 3}.example/${i}`),
      { ...options, concurrency: 2, fetch: fakeFetch },
    );
    expect(most).toBe(2);
  });

  it('stops asking when the first addresses give no answer at all (no network), and says how far it got', async () => {
    const noNetwork = (async () => {
      throw new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } });
    }) as unknown as typeof fetch;
    const urls = Array.from({ length: 40 }, (_, i) => `https://h${i}.example/`);
    const seen: number[] = [];
    const stopped = await checkLinks(urls, {
      ...options,
      concurrency: 4,
      fetch: noNetwork,
      giveUpAfter: 8,
      onProgress: (n) => seen.push(n),
    });
    expect(stopped.length).toBeGreaterThanOrEqual(8);
    expect(stopped.length).toBeLessThan(8 + 4);
    expect(stopped.every((r) => r.state === 'unreachable')).toBe(true);
    expect(seen).toEqual(stopped.map((_, i) => i + 1));
    // One answer among the first, and every address is asked.
    let first = true;
    const oneAnswers = (async () => {
      if (first) {
        first = false;
        return new Response(null, { status: 200 });
      }
      throw new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } });
    }) as unknown as typeof fetch;
    expect(await checkLinks(urls, { ...options, concurrency: 1, fetch: oneAnswers, giveUpAfter: 8 })).toHaveLength(40);
  });

  it('reuses cached results younger than the limit only', () => {
    const now = new Date('2026-12-06T12:00:00Z');
    const cache = {
      a: { url: 'a', state: 'ok' as const, checkedAt: '2026-12-01T00:00:00Z' },
      b: { url: 'b', state: 'ok' as const, checkedAt: '2026-11-01T00:00:00Z' },
    };
    expect([...reusable(cache, now, 7).keys()]).toEqual(['a']);
  });

  it('reuses answers only: an address that gave none is asked again (a run without network fixed nothing)', () => {
    const now = new Date('2026-12-06T12:00:00Z');
    const at = '2026-12-05T00:00:00Z';
    const cache = {
      ok: { url: 'ok', state: 'ok' as const, checkedAt: at },
      weg: { url: 'weg', state: 'broken' as const, status: 404, checkedAt: at },
      stil: { url: 'stil', state: 'unreachable' as const, error: 'timeout', checkedAt: at },
    };
    expect([...reusable(cache, now, 7).keys()]).toEqual(['ok', 'weg']);
    const silent = (url: string) => ({ url, state: 'unreachable' as const, error: 'ENOTFOUND', checkedAt: at });
    expect(noAnswerAtAll(['a', 'b', 'c'].map(silent))).toBe(true);
    expect(noAnswerAtAll([...['a', 'b'].map(silent), cache.ok])).toBe(false);
    expect(noAnswerAtAll([silent('a')])).toBe(false);
  });

  it('reports by file, in Dutch, what is wrong and what to do', () => {
    const uses = collectLinks([
      { kind: 'initiative', id: 'x', data: { website: 'https://x.nl/', sources: [{ url: 'https://x.nl/weg' }] } },
      { kind: 'organisation', id: 'o', data: { website: 'https://x.nl/weg' } },
    ]);
    expect(uses.get('https://x.nl/weg')).toEqual([
      { file: 'data/initiatives/x.yaml', field: 'sources[0].url' },
      { file: 'data/organisations/o.yaml', field: 'website' },
    ]);
    const at = '2026-12-06T00:00:00Z';
    const text = linkReport(
      [
        { url: 'https://x.nl/', state: 'ok', status: 200, checkedAt: at },
        { url: 'https://x.nl/weg', state: 'broken', status: 404, checkedAt: at },
      ],
      uses,
      '2026-12-06',
    );
    expect(text).toBe(
      [
        'Controle van 2 webadressen (2026-12-06): 1 in orde, 0 doorverwezen, 1 kapot, 0 niet bereikbaar.',
        '',
        'data/initiatives/x.yaml',
        '  - sources[0].url: https://x.nl/weg bestaat niet meer (404); zoek het nieuwe adres of een archiefversie (web.archive.org)',
        '',
        'data/organisations/o.yaml',
        '  - website: https://x.nl/weg bestaat niet meer (404); zoek het nieuwe adres of een archiefversie (web.archive.org)',
        '',
      ].join('\n'),
    );
  });

  it('npm run check:links checks the data folder’s addresses, reports by file and keeps the results with their date', async () => {
    const data = join(tmp, 'data');
    for (const d of ['initiatives', 'organisations', 'regions']) mkdirSync(join(data, d), { recursive: true });
    for (const f of readdirSync(join(ROOT, 'data', 'regions'))) copyFileSync(join(ROOT, 'data', 'regions', f), join(data, 'regions', f));
    writeFileSync(
      join(data, 'initiatives', 'proef.yaml'),
      [
        'name: Proefinitiatief',
        'kind: pps',
        'status: active',
        'summary: Een initiatief om de linkcontrole te testen.',
        'scope: national',
        `website: ${base}/moved`,
        'sources:',
        `  - url: ${base}/gone`,
        `  - url: ${base}/slow`,
        '',
      ].join('\n'),
    );
    writeFileSync(join(data, 'organisations', 'proef-org.yaml'), `name: Proeforganisatie\nkind: company\nwebsite: ${base}/ok\n`);
    const cache = join(tmp, 'cache.json');
    const out = join(tmp, 'rapport.md');
    // Asynchronously: the server answers from this process, so it must not be blocked while npm runs.
    const run = () =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
        execFile(
          'npm',
          ['run', 'check:links', '--', '--timeout', '1', '--cache', cache, '--out', out, '--allow-internal'],
          { cwd: ROOT, encoding: 'utf8', env: childEnv({ ATLAS_DATA_DIR: data }), timeout: 60_000 },
          (err, stdout, stderr) => done({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
        );
      });
    const r = await run();
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Controle van 4 webadressen \(\d{4}-\d{2}-\d{2}\): 1 in orde, 1 doorverwezen, 1 kapot, 1 niet bereikbaar\./);
    expect(r.stdout).toMatch(/initiatives\/proef\.yaml\n {2}- website: \S+\/moved verwijst door naar \S+\/ok \(301\)/);
    expect(r.stdout).toMatch(/- sources\[1\]\.url: \S+\/slow geeft geen antwoord binnen de tijd/);
    expect(r.stdout).toContain(readFileSync(out, 'utf8'));
    const kept = JSON.parse(readFileSync(cache, 'utf8')) as Record<string, { checkedAt: string }>;
    expect(Object.keys(kept)).toHaveLength(4);
    const again = await run();
    // The three that answered come from the cache; the silent one is asked again.
    expect(again.stderr).toContain('3 uit de cache (jonger dan 7 dagen), 1 te controleren.');
    expect(again.stdout).toBe(r.stdout);
  }, 60_000);

  it('npm run check:links stops early and says so when nothing answers (a machine without network)', async () => {
    const data = join(tmp, 'data-stil');
    for (const d of ['initiatives', 'organisations', 'regions']) mkdirSync(join(data, d), { recursive: true });
    for (const f of readdirSync(join(ROOT, 'data', 'regions'))) copyFileSync(join(ROOT, 'data', 'regions', f), join(data, 'regions', f));
    // Twenty organisations at a port nothing listens on: every request is refused at once.
    const closed = await new Promise<number>((done) => {
      const s = createNetServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => done(port));
      });
    });
    for (let i = 0; i < 20; i++)
      writeFileSync(
        join(data, 'organisations', `stil-${i}.yaml`),
        `name: Stille organisatie ${i}\nkind: company\nwebsite: http://127.0.0.1:${closed}/${i}\n`,
      );
    const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      execFile(
        'npm',
        ['run', 'check:links', '--', '--timeout', '1', '--no-cache', '--allow-internal'],
        { cwd: ROOT, encoding: 'utf8', env: childEnv({ ATLAS_DATA_DIR: data }), timeout: 60_000 },
        (err, stdout, stderr) => done({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /De eerste \d+ adressen gaven geen antwoord; de controle is gestopt\. Heeft deze computer een netwerkverbinding\?/,
    );
    expect(r.stdout).not.toContain('Controle van');
  }, 60_000);

  it('runs weekly in a workflow that keeps one issue up to date, with the least permissions', () => {
    const w = load(readFileSync(join(ROOT, '.github', 'workflows', 'links.yml'), 'utf8')) as {
      on: { schedule: { cron: string }[] };
      permissions: unknown;
      jobs: { controleren: { permissions: Record<string, string>; steps: { run?: string; uses?: string }[] } };
    };
    expect(w.on.schedule).toHaveLength(1);
    expect(w.on.schedule[0]!.cron).toMatch(/^\S+ \S+ \* \* \d$/);
    expect(w.permissions).toEqual({});
    expect(w.jobs.controleren.permissions).toEqual({ contents: 'read', issues: 'write' });
    const steps = w.jobs.controleren.steps;
    expect(steps.some((s) => s.run?.startsWith('npm run -s check:links'))).toBe(true);
    for (const s of steps) expect(s.run ?? '').not.toContain('${{');
    for (const s of steps) if (s.uses) expect(s.uses).toMatch(/@[0-9a-f]{40}$/);
  });
});
