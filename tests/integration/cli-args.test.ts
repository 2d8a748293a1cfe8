import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, childEnv } from '../helpers/fixtures';

/** Every script reads its options with Node's parseArgs (scripts/lib/args.ts): a typo stops it. */
describe('command-line options', () => {
  const run = (script: string, ...args: string[]) =>
    spawnSync('node', ['--import', 'tsx', script, ...args], { cwd: ROOT, encoding: 'utf8', env: childEnv() });

  it.each([
    ['scripts/new-entry.ts', ['initiative', 'Proef', '--srot', 'civ'], 'npm run new'],
    ['scripts/import-csv.ts', ['x.csv', '--wirte'], 'npm run import'],
    ['scripts/add-region-set.ts', ['x.geojson', '--naam', 'X'], 'npm run add:regions'],
    ['scripts/generate-types.ts', ['--chekc'], 'npm run generate:types'],
  ])('%s refuses an unknown option with its usage in Dutch, before doing anything', (script, args, usage) => {
    const r = run(script, ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Gebruik: ${usage}`);
    expect(r.stderr).toMatch(/Unknown option/);
  });
});
