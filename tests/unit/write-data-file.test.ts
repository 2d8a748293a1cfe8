import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataWriteRefused, removeDataFile, writeDataFile } from '../../src/io/write-data-file';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-write-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
/** A fresh data folder with an organisations/ folder and a file outside it. */
const setup = () => {
  const base = join(tmp, String(n++));
  const data = join(base, 'data');
  mkdirSync(join(data, 'organisations'), { recursive: true });
  const outside = join(base, 'bashrc');
  writeFileSync(outside, 'echo hallo\n');
  return { data, outside };
};
const refused = (f: () => void, words: RegExp) => {
  expect(f).toThrow(DataWriteRefused);
  expect(f).toThrow(words);
};

describe('writeDataFile: the one way commands write into data/', () => {
  it('writes a new file whole and leaves no file aside', () => {
    const { data } = setup();
    writeDataFile(data, join(data, 'organisations', 'a.yaml'), 'name: A\n', { absent: true });
    expect(readFileSync(join(data, 'organisations', 'a.yaml'), 'utf8')).toBe('name: A\n');
    expect(readdirSync(join(data, 'organisations'))).toEqual(['a.yaml']);
  });

  it('creates a missing entity folder, but only one level inside the data folder', () => {
    const { data } = setup();
    writeDataFile(data, join(data, 'initiatives', 'b.yaml'), 'x\n', { absent: true });
    expect(readFileSync(join(data, 'initiatives', 'b.yaml'), 'utf8')).toBe('x\n');
    refused(() => writeDataFile(data, join(data, 'initiatives', 'sub', 'c.yaml'), 'x', { absent: true }), /niet in een map/);
    refused(() => writeDataFile(data, join(data, 'top.yaml'), 'x', { absent: true }), /niet in een map/);
    refused(() => writeDataFile(data, join(data, '..', 'elders.yaml'), 'x', { absent: true }), /niet in een map/);
  });

  it('never writes through a link, to a file or to a folder, and leaves the link target as it was', () => {
    const { data, outside } = setup();
    symlinkSync(outside, join(data, 'organisations', 'x.yaml'));
    refused(() => writeDataFile(data, join(data, 'organisations', 'x.yaml'), 'name: $(touch /tmp/p)\n', { absent: true }), /koppeling/);
    refused(() => writeDataFile(data, join(data, 'organisations', 'x.yaml'), 'y', { previous: 'echo hallo\n' }), /koppeling/);
    const elsewhere = join(tmp, `elsewhere-${n}`);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(data, 'initiatives'));
    refused(() => writeDataFile(data, join(data, 'initiatives', 'z.yaml'), 'z', { absent: true }), /geen gewone map/);
    expect(readFileSync(outside, 'utf8')).toBe('echo hallo\n');
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('refuses a data folder that is itself a link', () => {
    const { data } = setup();
    const link = join(tmp, `linked-data-${n}`);
    symlinkSync(data, link);
    refused(() => writeDataFile(link, join(link, 'organisations', 'a.yaml'), 'a', { absent: true }), /geen gewone map/);
  });

  it('never overwrites a file it did not plan to: absent means absent, previous means exactly that text', () => {
    const { data } = setup();
    const f = join(data, 'organisations', 'o.yaml');
    writeFileSync(f, 'name: Bestaand\n');
    refused(() => writeDataFile(data, f, 'name: Nieuw\n', { absent: true }), /bestaat al/);
    refused(() => writeDataFile(data, f, 'name: Nieuw\n', { previous: 'name: Anders\n' }), /veranderd sinds/);
    expect(readFileSync(f, 'utf8')).toBe('name: Bestaand\n');
    writeDataFile(data, f, 'name: Nieuw\n', { previous: 'name: Bestaand\n' });
    expect(readFileSync(f, 'utf8')).toBe('name: Nieuw\n');
    refused(() => writeDataFile(data, join(data, 'organisations', 'weg.yaml'), 'x', { previous: 'x' }), /bestaat niet meer/);
  });

  it('replaces a file by renaming a new one into place, never by rewriting it in place', () => {
    const { data } = setup();
    const f = join(data, 'organisations', 'o.yaml');
    writeFileSync(f, 'oud\n');
    // A second name for the old file: an in-place rewrite (truncate + write) would change it too,
    // and a kill in between would leave an empty file.
    const old = join(data, '..', 'oud-exemplaar');
    linkSync(f, old);
    const inode = statSync(f).ino;
    writeDataFile(data, f, 'nieuw\n', { previous: 'oud\n' });
    expect(readFileSync(old, 'utf8')).toBe('oud\n');
    expect(statSync(f).ino).not.toBe(inode);
  });

  it('refuses when a file of its own aside name is already there (planted), instead of following it', () => {
    const { data, outside } = setup();
    symlinkSync(outside, join(data, 'organisations', `.p.yaml.${process.pid}.tmp`));
    refused(() => writeDataFile(data, join(data, 'organisations', 'p.yaml'), 'p', { absent: true }), /hulpbestand/);
    expect(readFileSync(outside, 'utf8')).toBe('echo hallo\n');
  });

  it('removes only a file that holds exactly what the command wrote', () => {
    const { data } = setup();
    const f = join(data, 'organisations', 'r.yaml');
    writeFileSync(f, 'mijn tekst\n');
    refused(() => removeDataFile(data, f, 'andere tekst\n'), /veranderd sinds/);
    removeDataFile(data, f, 'mijn tekst\n');
    expect(readdirSync(join(data, 'organisations'))).toEqual([]);
  });
});
