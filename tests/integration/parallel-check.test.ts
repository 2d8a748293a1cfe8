/**
 * Checking files on every core (src/io/check-files-in-workers.ts) changes speed, never results:
 * the same problems, at the same lines, and the same records as one thread, broken files included,
 * whichever thread checked which file, and when a worker fails.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH, checkFilesInWorkers, readAndCheckInWorkers, takeReadBatches } from '../../src/io/check-files-in-workers';
import {
  PARALLEL_FROM,
  startCheckWorkers,
  startCheckWorkersFor,
  type CheckedBatch,
  type CheckJob,
  type CheckWorkers,
  type ReadJob,
} from '../../src/io/check-workers';
import { loadDataset } from '../../src/io/dataset';
import { fileCount, scanDataDir } from '../../src/io/scan-data-dir';
import { openValidateCache } from '../../src/io/validate-cache';
import { formatProblem } from '../../src/lib/problems';
import type { CachedCheck, FileCheckCache, ValidatedDataset } from '../../src/lib/validate/records';
import { validateDataset, type DatasetInput } from '../../src/lib/validate/validate-dataset';
import { file, input, readFolder, ROOT } from '../helpers/fixtures';

describe('checking files in worker threads', () => {
  /**
   * validateDataset over `data`, every file's result read from `checked` (what the threads
   * found): asserts that no file had to be checked again (`label` names the case).
   */
  function fromResults(checked: FileCheckCache | undefined, data: DatasetInput, label = ''): ValidatedDataset {
    let checkedAgain = 0;
    const counting: FileCheckCache = {
      get: (kind, f) => {
        const hit = checked!.get(kind, f);
        if (!hit) checkedAgain++;
        return hit;
      },
      set: () => {},
    };
    const result = validateDataset({ ...data, fileCache: counting });
    expect(checkedAgain, label).toBe(0);
    return result;
  }

  /** Runs `fn` with a worker entry that does not exist, so every worker fails to start. */
  async function withWorkersThatFail(fn: () => Promise<void>): Promise<void> {
    const before = process.env.ATLAS_CHECK_WORKER;
    process.env.ATLAS_CHECK_WORKER = new URL('./no-such-worker.mjs', import.meta.url).href;
    try {
      await fn();
    } finally {
      if (before === undefined) delete process.env.ATLAS_CHECK_WORKER;
      else process.env.ATLAS_CHECK_WORKER = before;
    }
  }

  it('gives exactly what one thread gives, and fills the persistent cache', async () => {
    const data = input(
      [
        ...readFolder('data/initiatives'),
        file('data/initiatives/kapot.yaml', 'name: Kapot\nkind: onbekend\nstatus: active\n'),
        file('data/initiatives/Geen Id.yaml', 'name: [\n'),
      ],
      readFolder('data/organisations'),
    );
    const jobs: CheckJob[] = [
      ...data.organisations.map((f) => ({ kind: 'organisation' as const, file: f })),
      ...data.initiatives.map((f) => ({ kind: 'initiative' as const, file: f })),
    ];
    const stored = new Map<string, CachedCheck>();
    const known = { get: () => undefined, set: (_k: unknown, f: { path: string }, r: CachedCheck) => void stored.set(f.path, r) };
    // Only the workers take batches here (on a fast machine this thread could take them all first).
    const parallel = await checkFilesInWorkers(jobs, data, known, { cores: 3, minFiles: 1, inThread: false });
    // Every file went through a worker: all results are in hand before validateDataset runs.
    expect(stored.size).toBe(jobs.length);
    const viaWorkers = fromResults(parallel, data);
    const oneThread = validateDataset(data);
    expect(viaWorkers.problems).toEqual(oneThread.problems);
    expect(viaWorkers.problems.some((p) => p.file === 'data/initiatives/kapot.yaml' && p.field === 'kind')).toBe(true);
    expect(viaWorkers.initiatives).toEqual(oneThread.initiatives);
    expect(viaWorkers.organisations).toEqual(oneThread.organisations);
  }, 60_000);

  it('shares the files between this thread and the workers, with the same results', async () => {
    const data = input(readFolder('data/initiatives'), readFolder('data/organisations'));
    const jobs: CheckJob[] = data.initiatives.map((f) => ({ kind: 'initiative' as const, file: f }));
    const checked = await checkFilesInWorkers(jobs, data, undefined, { cores: 2, minFiles: 1 });
    const shared = fromResults(checked, { ...data, organisations: [] });
    const oneThread = validateDataset({ ...data, organisations: [] });
    expect(shared.problems).toEqual(oneThread.problems);
    expect(shared.initiatives).toEqual(oneThread.initiatives);
  }, 60_000);

  it('leaves the files of a worker that fails to validateDataset, which checks them as always', async () => {
    const data = input(readFolder('data/initiatives'), []);
    const jobs: CheckJob[] = data.initiatives.map((f) => ({ kind: 'initiative' as const, file: f }));
    await withWorkersThatFail(async () => {
      const stored: string[] = [];
      const known = { get: () => undefined, set: (_k: unknown, f: { path: string }) => void stored.push(f.path) };
      const checked = await checkFilesInWorkers(jobs, data, known, { cores: 2, minFiles: 1, inThread: false });
      expect(stored).toEqual([]);
      const result = validateDataset({ ...data, ...(checked ? { fileCache: checked } : {}) });
      expect(result.problems).toEqual(validateDataset(data).problems);
      expect(result.initiatives).toHaveLength(data.initiatives.length);
    });
  }, 60_000);

  it('uses workers started before the files were read, with the same results', async () => {
    const data = input(readFolder('data/initiatives'), []);
    const jobs: CheckJob[] = data.initiatives.map((f) => ({ kind: 'initiative' as const, file: f }));
    const workers = startCheckWorkers(2)!;
    const stored = new Map<string, CachedCheck>();
    const known = { get: () => undefined, set: (_k: unknown, f: { path: string }, r: CachedCheck) => void stored.set(f.path, r) };
    const checked = await checkFilesInWorkers(jobs, data, known, { workers, minFiles: 1, inThread: false });
    expect(stored.size).toBe(jobs.length);
    const result = validateDataset({ ...data, ...(checked ? { fileCache: checked } : {}) });
    expect(result.problems).toEqual(validateDataset(data).problems);
    expect(result.initiatives).toEqual(validateDataset(data).initiatives);
  }, 60_000);

  it('hands over each batch as soon as a worker has checked it, not all at the end', async () => {
    await withDataFolder(1100, async (dir) => {
      const reads: ReadJob[] = [...readFolder('data/initiatives', dir), ...readFolder('data/organisations', dir)].map((f) => ({
        kind: f.path.includes('/organisations/') ? ('organisation' as const) : ('initiative' as const),
        path: f.path,
        abs: join(dir, f.path),
      }));
      const workers = startCheckWorkers(2)!;
      const taken = new Int32Array(workers.next);
      workers.run({ reads, ctx: { currentYear: 2026, today: '2026-12-06' } });
      let ended = false;
      const finished = workers.finish().then((rest) => {
        ended = true;
        return rest;
      });
      // Each batch this thread takes in, with how far the worker had got at that moment.
      const early: CheckedBatch[] = [];
      let whileWorking = 0;
      while (!ended) {
        const got = workers.drain();
        if (got.length && Atomics.load(taken, 0) < reads.length) whileWorking++;
        early.push(...got);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      const all = [...early, ...(await finished)];
      // Batches came in while the worker still had files to take (32 batches: it takes a while),
      // and none twice or lost, each with its files' bytes.
      expect(whileWorking).toBeGreaterThan(0);
      expect(all.map((b) => b.start).sort((x, y) => x - y)).toEqual(
        Array.from({ length: Math.ceil(reads.length / BATCH) }, (_, i) => i * BATCH),
      );
      expect(all.every((b) => b.contents?.length === b.results.length)).toBe(true);
    });
  }, 60_000);

  it('stops the workers when a check in this thread throws, instead of letting them check on for nobody', async () => {
    const workers = counted(startCheckWorkers(2)!);
    // A path that is no text makes checkFile throw (a bug in a rule would do the same).
    const broken = { kind: 'initiative' as const, file: { path: 42 as unknown as string, content: 'name: A\n' } };
    await expect(checkFilesInWorkers([broken], input([], []), undefined, { workers, minFiles: 1 })).rejects.toThrow(TypeError);
    expect(workers.stops).toBe(1);
  });

  it('stops workers started early when there are too few files to check after all', async () => {
    const workers = startCheckWorkers(2)!;
    let stopped = 0;
    const stop = workers.stop;
    workers.stop = () => {
      stopped++;
      stop();
    };
    await checkFilesInWorkers(
      [{ kind: 'organisation', file: file('data/organisations/aa.yaml', 'name: Aa\nkind: company\n') }],
      input([], []),
      undefined,
      { workers },
    );
    expect(stopped).toBe(1);
  });

  it('asks the persistent cache once per file, so its hit and miss counts stay true', async () => {
    const files = readFolder('data/organisations').slice(0, 5);
    const asked: string[] = [];
    const known = {
      get: (_k: unknown, f: { path: string }) => {
        asked.push(f.path);
        return undefined;
      },
      set: () => {},
    };
    const data = input([], files);
    const checked = await checkFilesInWorkers(
      files.map((f) => ({ kind: 'organisation' as const, file: f })),
      data,
      known,
    );
    validateDataset({ ...data, ...(checked ? { fileCache: checked } : {}) });
    expect(asked).toEqual(files.map((f) => f.path));
  });

  /** A data folder on disk: the repository's own files, two broken ones and `extra` small organisations. */
  function dataFolder(extra: number): string {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-read-check-'));
    for (const sub of ['initiatives', 'organisations', 'regions'])
      cpSync(join(ROOT, 'data', sub), join(dir, 'data', sub), { recursive: true });
    writeFileSync(join(dir, 'data', 'initiatives', 'kapot.yaml'), 'name: Kapot\nkind: onbekend\nstatus: active\n');
    writeFileSync(join(dir, 'data', 'organisations', 'dubbel.yaml'), 'name: Dubbel\nname: Dubbel\nkind: company\n');
    for (let i = 0; i < extra; i++)
      writeFileSync(
        join(dir, 'data', 'organisations', `extra-${String(i).padStart(4, '0')}.yaml`),
        `name: Extra Bedrijf ${i}\nkind: company\n`,
      );
    return dir;
  }

  /** Runs `use` on a fresh data folder (dataFolder), removed afterwards whatever happens. */
  async function withDataFolder(extra: number, use: (dir: string) => Promise<void>): Promise<void> {
    const dir = dataFolder(extra);
    try {
      await use(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** What one thread makes of the same files, read the plain way. */
  const oneThread = (dir: string) => validateDataset(input(readFolder('data/initiatives', dir), readFolder('data/organisations', dir)));

  it('reads the files in the threads that check them: the same bytes, results and records as one thread', async () => {
    await withDataFolder(0, async (dir) => {
      const data = input(readFolder('data/initiatives', dir), readFolder('data/organisations', dir));
      const reads: ReadJob[] = [
        ...data.organisations.map((f) => ({ kind: 'organisation' as const, path: f.path, abs: join(dir, f.path) })),
        ...data.initiatives.map((f) => ({ kind: 'initiative' as const, path: f.path, abs: join(dir, f.path) })),
      ];
      for (const inThread of [false, true]) {
        const stored = new Map<string, CachedCheck>();
        const known = { get: () => undefined, set: (_k: unknown, f: { path: string }, r: CachedCheck) => void stored.set(f.path, r) };
        const { files, checked } = await readAndCheckInWorkers(reads, data, startCheckWorkers(2)!, known, { inThread });
        // Every file as it is on disk, in the order asked, and every result in hand.
        expect(files.map((f) => f.path)).toEqual(reads.map((r) => r.path));
        for (const [i, f] of files.entries())
          expect(Buffer.from(f.content as Uint8Array).equals(readFileSync(reads[i]!.abs)), f.path).toBe(true);
        expect(stored.size).toBe(reads.length);
        const n = data.organisations.length;
        const result = fromResults(
          checked,
          { ...data, organisations: files.slice(0, n), initiatives: files.slice(n) },
          `inThread ${inThread}`,
        );
        const reference = validateDataset(data);
        expect(result.problems).toEqual(reference.problems);
        expect(result.problems.some((p) => p.file === 'data/initiatives/kapot.yaml' && p.field === 'kind')).toBe(true);
        expect(result.initiatives).toEqual(reference.initiatives);
        expect(result.organisations).toEqual(reference.organisations);
      }
    });
  }, 60_000);

  it('reports a file that vanished since the listing as reading always did, also when a worker was to read it', async () => {
    await withDataFolder(0, async (dir) => {
      const data = input(readFolder('data/initiatives', dir), []);
      const reads: ReadJob[] = data.initiatives.map((f) => ({ kind: 'initiative' as const, path: f.path, abs: join(dir, f.path) }));
      reads.push({ kind: 'initiative', path: 'data/initiatives/weg.yaml', abs: join(dir, 'data', 'initiatives', 'weg.yaml') });
      for (const inThread of [false, true])
        await expect(readAndCheckInWorkers(reads, data, startCheckWorkers(2)!, undefined, { inThread })).rejects.toThrow(
          /ENOENT.*weg\.yaml/,
        );
    });
  }, 60_000);

  it('reads what a failed worker did not, and leaves its files to validateDataset', async () => {
    await withDataFolder(0, async (dir) => {
      await withWorkersThatFail(async () => {
        const data = input(readFolder('data/initiatives', dir), []);
        const reads: ReadJob[] = data.initiatives.map((f) => ({ kind: 'initiative' as const, path: f.path, abs: join(dir, f.path) }));
        const { files, checked } = await readAndCheckInWorkers(reads, data, startCheckWorkers(2)!, undefined, { inThread: false });
        expect(files.map((f) => f.path)).toEqual(reads.map((r) => r.path));
        const result = validateDataset({ ...data, initiatives: files, fileCache: checked });
        expect(result.problems).toEqual(validateDataset(data).problems);
        expect(result.initiatives).toEqual(validateDataset(data).initiatives);
      });
    });
  }, 60_000);

  it('loadDataset on a folder big enough for workers gives what one thread gives', async () => {
    await withDataFolder(1100, async (dir) => {
      const loaded = await loadDataset(join(dir, 'data'));
      const reference = oneThread(dir);
      expect(loaded.initiatives.length + loaded.organisations.length).toBeGreaterThan(1500);
      expect(loaded.problems).toEqual(reference.problems);
      expect(loaded.problems.some((p) => p.file === 'data/organisations/dubbel.yaml')).toBe(true);
      expect(loaded.initiatives).toEqual(reference.initiatives);
      expect(loaded.organisations).toEqual(reference.organisations);
    });
  }, 60_000);

  /** `workers`, counting how often they are sent files and stopped. */
  function counted(workers: CheckWorkers): CheckWorkers & { runs: number; stops: number } {
    const c = { ...workers, runs: 0, stops: 0 };
    c.run = (request) => {
      c.runs++;
      workers.run(request);
    };
    c.stop = () => {
      c.stops++;
      workers.stop();
    };
    return c;
  }

  it('starts workers ahead only when enough files are left that no cache answers for, and a core is free', () => {
    expect(startCheckWorkersFor(PARALLEL_FROM - 1, 0, 2)).toBeUndefined();
    expect(startCheckWorkersFor(PARALLEL_FROM + 10, 11, 2)).toBeUndefined();
    expect(startCheckWorkersFor(PARALLEL_FROM, 0, 1)).toBeUndefined();
    const started = startCheckWorkersFor(PARALLEL_FROM + 10, 10, 2);
    expect(started).toBeDefined();
    started!.stop();
  });

  it('loadDataset uses the listing and the workers npm run validate started before it loaded the validator', async () => {
    await withDataFolder(1100, async (dir) => {
      const layout = await scanDataDir(join(dir, 'data'));
      expect(fileCount(layout)).toBeGreaterThan(1500);
      const workers = counted(startCheckWorkersFor(fileCount(layout), 0, 2)!);
      const loaded = await loadDataset(join(dir, 'data'), undefined, { layout, workers });
      expect([workers.runs, workers.stops]).toEqual([1, 0]);
      const reference = oneThread(dir);
      expect(loaded.problems).toEqual(reference.problems);
      expect(loaded.initiatives).toEqual(reference.initiatives);
      expect(loaded.organisations).toEqual(reference.organisations);
      // And npm run validate itself, as a user types it, which starts them so (scripts/validate-data.ts).
      const r = spawnSync('npm', ['run', '-s', 'validate', '--', join(dir, 'data'), '--no-cache'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(1);
      expect(r.stdout.startsWith(`${reference.problems.map(formatProblem).join('\n')}\n`), r.stdout.slice(0, 2000)).toBe(true);
      // Workers started early for a folder that turns out to hold too few files to check are stopped, unused.
      const few = counted(startCheckWorkers(2)!);
      const small = await loadDataset(join(ROOT, 'data'), undefined, { layout: await scanDataDir(join(ROOT, 'data')), workers: few });
      expect([few.runs, few.stops]).toEqual([0, 1]);
      expect(small.problems).toEqual((await loadDataset(join(ROOT, 'data'))).problems);
    });
  }, 60_000);

  it('counts every file as a hit or a miss of the persistent cache, also when the threads read and check an empty cache', async () => {
    await withDataFolder(1100, async (dir) => {
      const cacheFile = join(dir, 'validate-cache.json');
      const empty = openValidateCache(cacheFile, 'test');
      const first = await loadDataset(join(dir, 'data'), empty);
      empty.save();
      const files = readFolder('data/initiatives', dir).length + readFolder('data/organisations', dir).length;
      expect(files).toBeGreaterThan(1500);
      expect([empty.hits, empty.misses]).toEqual([0, files]);
      const full = openValidateCache(cacheFile, 'test');
      const second = await loadDataset(join(dir, 'data'), full);
      expect([full.hits, full.misses]).toEqual([files, 0]);
      expect(second.problems).toEqual(first.problems);
    });
  }, 60_000);

  it("reads a thread's batches into the same shared buffer until it is full, not one buffer per batch", () => {
    const reads = readFolder('data/initiatives').map((f) => ({ kind: 'initiative' as const, path: f.path, abs: join(ROOT, f.path) }));
    const buffers = takeReadBatches(
      reads,
      { currentYear: 2026, today: '2026-12-06' },
      new SharedArrayBuffer(4),
      (_start, bytes) => bytes[0]!.buffer,
    );
    expect(buffers.length).toBeGreaterThan(2);
    // The repository's initiatives are well under one buffer of 8 MB.
    expect(new Set(buffers).size).toBe(1);
  });

  it('stays in the thread for small sets (starting a worker costs more than it saves)', async () => {
    const stored: string[] = [];
    const known = { get: () => undefined, set: (_k: unknown, f: { path: string }) => void stored.push(f.path) };
    await checkFilesInWorkers(
      [{ kind: 'organisation', file: file('data/organisations/aa.yaml', 'name: Aa\nkind: company\n') }],
      input([], []),
      known,
      {
        cores: 2,
      },
    );
    expect(stored).toEqual([]);
  });
});
