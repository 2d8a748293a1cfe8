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
    ['scripts/validate-data.ts', ['--formaat', 'github'], 'npm run validate'],
    ['scripts/format-data.ts', ['--chek'], 'npm run format:data'],
    ['scripts/intake-issue.ts', ['--from', 'aanmelden'], 'npm run intake'],
    ['scripts/adopt-organisations.ts', ['--wrte'], 'npm run adopt:organisations'],
    ['scripts/review.ts', ['--rep', '.'], 'npm run review'],
    ['scripts/cms.mjs', ['--poort', '1'], 'npm run cms'],
    ['scripts/serve.mjs', ['--poort', '1'], 'npm run preview'],
  ])('%s refuses an unknown option with its usage in Dutch, before doing anything', (script, args, usage) => {
    const r = run(script, ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Onbekende optie '${args.find((a) => a.startsWith('--'))}'.\nGebruik: ${usage}`);
    // Node's own words and stack never reach the user (a newcomer review).
    expect(r.stderr).not.toMatch(/Unknown option|TypeError|at .*\.js:\d+/);
  });

  it.each([['scripts/validate-data.ts'], ['scripts/review.ts'], ['scripts/cms.mjs'], ['scripts/serve.mjs'], ['scripts/new-entry.ts']])(
    '%s --help prints its usage and does nothing else',
    (script) => {
      const r = run(script, '--help');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Gebruik: npm run /);
      expect(r.stderr).toBe('');
    },
  );

  it('npm run validate -- --help, exactly as the README writes it, prints the usage', () => {
    const r = spawnSync('npm', ['run', 'validate', '--', '--help'], { cwd: ROOT, encoding: 'utf8', env: childEnv() });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Gebruik: npm run validate \[-- \[map met data\] \[--format text\|github\] \[--no-cache\]\]$/m);
    expect(r.stdout).not.toMatch(/bestanden gecontroleerd/);
  });

  it('npm run validate refuses a format it does not know, instead of printing plain text', () => {
    const r = run('scripts/validate-data.ts', '--format', 'githb');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--format 'githb' bestaat niet: kies text of github.");
  });
});
