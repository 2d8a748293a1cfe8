/**
 * Checking files on every core (src/io/check-files-in-workers.ts) changes speed, never results:
 * the same problems, at the same lines, and the same records as one thread, broken files included,
 * whichever thread checked which file, and when a worker fails.
 */
import { describe, expect, it } from 'vitest';
import { checkFilesInWorkers, startCheckWorkers, type CheckJob } from '../../src/io/check-files-in-workers';
import type { CachedCheck } from '../../src/lib/validate/records';
import { validateDataset } from '../../src/lib/validate/validate-dataset';
import { file, input, readFolder } from '../helpers/fixtures';

describe('checking files in worker threads', () => {
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
    let checkedAgain = 0;
    const counting = {
      get: (kind: Parameters<NonNullable<typeof parallel>['get']>[0], f: Parameters<NonNullable<typeof parallel>['get']>[1]) => {
        const hit = parallel!.get(kind, f);
        if (!hit) checkedAgain++;
        return hit;
      },
      set: () => {},
    };
    const viaWorkers = validateDataset({ ...data, fileCache: counting });
    expect(checkedAgain).toBe(0);
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
    let checkedAgain = 0;
    const counting = {
      get: (kind: 'initiative' | 'organisation', f: Parameters<NonNullable<typeof checked>['get']>[1]) => {
        const hit = checked!.get(kind, f);
        if (!hit) checkedAgain++;
        return hit;
      },
      set: () => {},
    };
    const shared = validateDataset({ ...data, organisations: [], fileCache: counting });
    expect(checkedAgain).toBe(0);
    const oneThread = validateDataset({ ...data, organisations: [] });
    expect(shared.problems).toEqual(oneThread.problems);
    expect(shared.initiatives).toEqual(oneThread.initiatives);
  }, 60_000);

  it('leaves the files of a worker that fails to validateDataset, which checks them as always', async () => {
    const data = input(readFolder('data/initiatives'), []);
    const jobs: CheckJob[] = data.initiatives.map((f) => ({ kind: 'initiative' as const, file: f }));
    const before = process.env.ATLAS_CHECK_WORKER;
    process.env.ATLAS_CHECK_WORKER = new URL('./no-such-worker.mjs', import.meta.url).href;
    try {
      const stored: string[] = [];
      const known = { get: () => undefined, set: (_k: unknown, f: { path: string }) => void stored.push(f.path) };
      const checked = await checkFilesInWorkers(jobs, data, known, { cores: 2, minFiles: 1, inThread: false });
      expect(stored).toEqual([]);
      const result = validateDataset({ ...data, ...(checked ? { fileCache: checked } : {}) });
      expect(result.problems).toEqual(validateDataset(data).problems);
      expect(result.initiatives).toHaveLength(data.initiatives.length);
    } finally {
      if (before === undefined) delete process.env.ATLAS_CHECK_WORKER;
      else process.env.ATLAS_CHECK_WORKER = before;
    }
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
