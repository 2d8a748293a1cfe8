/**
 * The maintainer's commands for contributions, typed as the README documents them:
 * `npm run adopt:organisations` and `npm run intake` (what the intake workflow runs).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset';
import type { IssueForm } from '../../src/lib/intake/issue-form';
import { ROOT, childEnv } from '../helpers/fixtures';
import { renderIssueBody } from '../helpers/issue-forms';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-contrib-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const copyData = (name: string) => {
  const d = join(tmp, name, 'data');
  cpSync(join(ROOT, 'data'), d, { recursive: true });
  return d;
};
const npm = (env: Record<string, string>, script: string, ...args: string[]) =>
  spawnSync('npm', ['run', script, ...(args.length ? ['--', ...args] : [])], { cwd: ROOT, encoding: 'utf8', env: childEnv(env) });

describe('npm run adopt:organisations', () => {
  it('turns new organisations named in an initiative into organisation files and references', async () => {
    const data = copyData('adopt');
    const path = join(data, 'initiatives', 'waterstofhub-zeeland.yaml');
    writeFileSync(
      path,
      [
        'name: Waterstofhub Zeeland',
        'kind: pps',
        'status: active',
        'summary: Bedrijven en scholen in Zeeland leiden samen op voor waterstof.',
        'new_organisations:',
        '  - name: Waterstof Zeeland Voorbeeld BV',
        '    kind: company',
        '    role: lead',
        '    place: "\'s-Hertogenbosch"',
        '  - name: SCALDA',
        '    kind: mbo_institution',
        '    role: partner',
        'sources:',
        '  - title: Aanmelding',
        '',
      ].join('\n'),
    );
    const dry = npm({ ATLAS_DATA_DIR: data }, 'adopt:organisations');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('zou: waterstofhub-zeeland: nieuwe organisatie waterstof-zeeland-voorbeeld-bv');
    expect(existsSync(join(data, 'organisations', 'waterstof-zeeland-voorbeeld-bv.yaml'))).toBe(false);

    const r = npm({ ATLAS_DATA_DIR: data }, 'adopt:organisations', '--write');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const org = load(readFileSync(join(data, 'organisations', 'waterstof-zeeland-voorbeeld-bv.yaml'), 'utf8')) as Record<string, unknown>;
    // GeoNames knows 's-Hertogenbosch; the coordinates are marked as derived.
    expect(org).toMatchObject({
      name: 'Waterstof Zeeland Voorbeeld BV',
      kind: 'company',
      place: "'s-Hertogenbosch",
      latitude: expect.closeTo(51.699, 2),
    });
    expect(String(org.notes)).toContain('niet van de organisatie zelf');
    const initiative = load(readFileSync(path, 'utf8')) as Record<string, unknown>;
    expect(initiative.lead_organisation).toBe('waterstof-zeeland-voorbeeld-bv');
    expect(initiative.partners).toEqual([{ organisation: 'scalda' }]);
    expect(initiative.new_organisations).toBeUndefined();
    const d = await loadDataset(data);
    expect(d.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(npm({ ATLAS_DATA_DIR: data }, 'check:format').status).toBe(0);
  });
});

describe('npm run intake (the issue-form workflow)', () => {
  const form = load(readFileSync(join(ROOT, '.github', 'ISSUE_TEMPLATE', 'aanmelden.yml'), 'utf8')) as IssueForm;

  it('writes a valid file and the pull request and comment texts for a good form', () => {
    const data = copyData('intake-ok');
    const out = join(tmp, 'ok.json');
    const body = renderIssueBody(form, {
      naam: 'Zorgcampus Arnhem Voorbeeld',
      soort: 'Regionaal netwerk of pact',
      samenvatting: 'Zorginstellingen en scholen in Arnhem leiden samen op.',
      plaats: 'Arnhem',
      niveaus: ['mbo'],
      penvoerder: 'Rijn IJssel',
      bron: 'https://www.voorbeeld.nl/zorgcampus',
    });
    const r = npm({ ATLAS_DATA_DIR: data, ISSUE_BODY: body }, 'intake', '--form', 'aanmelden', '--issue', '12', '--out', out);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { ok: boolean; path: string; branch: string; prBody: string; comment: string };
    expect(result).toMatchObject({ ok: true, path: 'data/initiatives/zorgcampus-arnhem-voorbeeld.yaml', branch: 'invoer/issue-12' });
    expect(result.prBody).toContain('Sluit #12');
    expect(result.prBody).toContain('### Initiatief nieuw: Zorgcampus Arnhem Voorbeeld');
    const text = readFileSync(join(data, 'initiatives', 'zorgcampus-arnhem-voorbeeld.yaml'), 'utf8');
    expect(text).toMatch(/latitude: 51\.98/);
    expect(npm({ ATLAS_DATA_DIR: data }, 'validate').status).toBe(0);
  });

  it('writes nothing for a form that does not validate, and answers in Dutch', () => {
    const data = copyData('intake-bad');
    const out = join(tmp, 'bad.json');
    const body = renderIssueBody(form, {
      naam: 'Te kort',
      soort: 'Centre of Expertise (CoE)',
      samenvatting: 'Kort.',
      plaats: 'Nergensdorp',
      bron: 'Een folder',
    });
    const r = npm({ ATLAS_DATA_DIR: data, ISSUE_BODY: body }, 'intake', '--form', 'aanmelden', '--issue', '13', '--out', out);
    expect(r.status).toBe(1);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { ok: boolean; comment: string };
    expect(result.ok).toBe(false);
    expect(result.comment).toContain('kon nog niet automatisch worden omgezet');
    expect(result.comment).toMatch(/Te kort/);
    expect(existsSync(join(data, 'initiatives', 'te-kort.yaml'))).toBe(false);
  });

  it('turns a "Bevestigen dat het klopt" form into a check of the file it names, dated today', () => {
    const data = copyData('intake-confirm');
    const out = join(tmp, 'confirm.json');
    const confirm = load(readFileSync(join(ROOT, '.github', 'ISSUE_TEMPLATE', 'klopt-nog.yml'), 'utf8')) as IssueForm;
    const body = renderIssueBody(confirm, {
      soort: 'initiatief',
      id: 'cew',
      naam: 'Centre of Expertise Water Technology',
      wie: 'Het initiatief zelf',
      bevestiging: ['Ik heb alle gegevens op de pagina nagekeken en ze kloppen.'],
    });
    const r = npm({ ATLAS_DATA_DIR: data, ISSUE_BODY: body }, 'intake', '--form', 'klopt-nog', '--issue', '14', '--out', out);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ ok: true, path: 'data/initiatives/cew.yaml', branch: 'invoer/issue-14' });
    const value = load(readFileSync(join(data, 'initiatives', 'cew.yaml'), 'utf8')) as Record<string, unknown>;
    expect(value).toMatchObject({ last_verified: new Date().toISOString().slice(0, 10), verified_by: 'initiative' });
    expect(npm({ ATLAS_DATA_DIR: data }, 'validate').status).toBe(0);
  });
});
