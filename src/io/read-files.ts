/**
 * Reads many small files into shared memory: each file's bytes are a view on a
 * SharedArrayBuffer of a few MB, which validation workers (check-files-in-workers.ts) read
 * without copying. One open, read-until-end and close per file, synchronously: at 13,333 files
 * that took half the CPU of readFileSync plus a copy into a Uint8Array of its own (measured:
 * 106-109 ms against 197-226 ms), and nothing else waits on this process meanwhile.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** Room of one shared buffer; a larger file gets a buffer of its own size. */
const CHUNK = 8 * 1024 * 1024;

/**
 * Reads files into shared buffers, filling each buffer before it starts the next, across every
 * call: a thread that reads its files fifty at a time (check-files-in-workers.ts) keeps one
 * reader, so 13,333 files take a few buffers, not one of 8 MB per fifty files (2 GB set aside at
 * 10,000 initiatives, which V8 counts as memory to collect for). A buffer is made at the first read.
 */
export class SharedFileReader {
  #chunk: Uint8Array | undefined;
  #at = 0;

  constructor(private readonly room = CHUNK) {}

  /** The bytes of every file of `paths`, in order, each a view on shared memory. */
  read(paths: readonly string[]): Uint8Array[] {
    return paths.map((path) => {
      const fd = openSync(path, 'r');
      try {
        let chunk = (this.#chunk ??= new Uint8Array(new SharedArrayBuffer(this.room)));
        let start = this.#at;
        for (;;) {
          if (this.#at === chunk.length) {
            // Full before the end of this file: a new buffer twice its size so far, and the file read again from its start.
            chunk = this.#chunk = new Uint8Array(new SharedArrayBuffer(Math.max(this.room, 2 * (this.#at - start))));
            this.#at = start = 0;
          }
          const n = readSync(fd, chunk, this.#at, chunk.length - this.#at, this.#at - start);
          if (n === 0) return chunk.subarray(start, this.#at);
          this.#at += n;
        }
      } finally {
        closeSync(fd);
      }
    });
  }
}

/** The bytes of every file of `paths`, in order, each a view on shared memory; `room`: the size of one buffer. */
export function readFilesShared(paths: readonly string[], room = CHUNK): Uint8Array[] {
  return new SharedFileReader(room).read(paths);
}
