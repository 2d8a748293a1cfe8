/**
 * Reading data files into shared memory (src/io/read-files.ts): every file's bytes exactly as
 * readFileSync gives them, however the files fall across the shared buffers.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFilesShared, SharedFileReader } from '../../src/io/read-files';

const dir = mkdtempSync(join(tmpdir(), 'atlas-read-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Files of the given sizes, each with its own bytes. */
function files(sizes: number[]): string[] {
  return sizes.map((size, i) => {
    const path = join(dir, `f${i}-${size}.yaml`);
    writeFileSync(
      path,
      Uint8Array.from({ length: size }, (_, j) => (i * 31 + j * 7) % 256),
    );
    return path;
  });
}

describe('readFilesShared', () => {
  it('gives every file its bytes, in order, in shared memory', () => {
    const paths = files([10, 0, 3000, 1, 500]);
    const read = readFilesShared(paths);
    expect(read.map((b) => Buffer.from(b).equals(readFileSync(paths[read.indexOf(b)]!)))).toEqual(paths.map(() => true));
    for (const b of read) expect(b.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('starts a new buffer when one is full, also for a file larger than a buffer or one that ends exactly at its end', () => {
    // A room of 64 bytes: 10 and 20 fit, 40 does not (new buffer), 24 ends exactly at its end, 200 is larger than any room.
    const paths = files([10, 20, 40, 24, 64, 200, 5, 0, 64]);
    const read = readFilesShared(paths, 64);
    read.forEach((bytes, i) => expect(Buffer.from(bytes).equals(readFileSync(paths[i]!)), paths[i]).toBe(true));
    // Views, not copies: files that fitted share a buffer.
    expect(read[0]!.buffer).toBe(read[1]!.buffer);
    expect(read[1]!.buffer).not.toBe(read[2]!.buffer);
  });

  it('keeps filling one buffer across reads of one reader (a thread reading fifty files at a time), and never overwrites what it gave', () => {
    const paths = files([10, 20, 30, 40, 7]);
    const reader = new SharedFileReader(64);
    const got = [reader.read(paths.slice(0, 1)), reader.read(paths.slice(1, 3)), reader.read(paths.slice(3))].flat();
    // 10 + 20 + 30 fill one buffer of 64 over two reads; 40 needs the next, which 7 then shares.
    expect(got[0]!.buffer).toBe(got[1]!.buffer);
    expect(got[1]!.buffer).toBe(got[2]!.buffer);
    expect(got[3]!.buffer).not.toBe(got[2]!.buffer);
    expect(got[4]!.buffer).toBe(got[3]!.buffer);
    got.forEach((bytes, i) => expect(Buffer.from(bytes).equals(readFileSync(paths[i]!)), paths[i]).toBe(true));
  });

  it('fails like readFileSync for a file that is not there', () => {
    expect(() => readFilesShared([join(dir, 'missing.yaml')])).toThrow(/ENOENT/);
  });
});
