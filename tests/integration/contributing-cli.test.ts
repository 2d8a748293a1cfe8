/**
 * The maintainer's commands for contributions, typed as the README documents them:
 * `npm run adopt:organisations` and `npm run intake` (what the intake workflow runs).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/io/dataset';
import { correctionMailto, proposalMailto } from '../../src/lib/help-links';
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
/** `npm run <script> -- <args>` typed in `cwd` (a folder inside the project, as an editor's download folder would be). */
const npmIn = (cwd: string, env: Record<string, string>, script: string, ...args: string[]) =>
  spawnSync('npm', ['run', script, '--', ...args], { cwd, encoding: 'utf8', env: childEnv(env) });
/** A folder inside the project (ignored by git), removed after the tests. */
mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const inProject = mkdtempSync(join(ROOT, '.tmp', 'intake-mail-'));
afterAll(() => rmSync(inProject, { recursive: true, force: true }));

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

describe('npm run adopt:organisations on a hostile proposal branch', () => {
  const proposal = (data: string, extra = '') =>
    writeFileSync(
      join(data, 'initiatives', 'kwaadaardig.yaml'),
      [
        'name: Kwaadaardig voorstel',
        'kind: pps',
        'status: active',
        'summary: Een voorstel dat via een koppeling buiten de data wil schrijven.',
        'new_organisations:',
        '  - name: Bashrc',
        '    kind: company',
        '    role: lead',
        '    place: "$(touch /tmp/pwned)"',
        'sources:',
        '  - title: Aanmelding',
        extra,
      ].join('\n'),
    );

  it('never writes through a link that a proposal put in data/organisations/ (the shell start-up file stays as it was)', () => {
    const data = copyData('adopt-link');
    const startup = join(tmp, 'adopt-link', 'bashrc');
    writeFileSync(startup, '# mijn shell\n');
    symlinkSync(startup, join(data, 'organisations', 'bashrc.yaml'));
    proposal(data);
    const r = npm({ ATLAS_DATA_DIR: data }, 'adopt:organisations', '--write');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('data/organisations/bashrc.yaml: is een koppeling');
    expect(r.stderr).toContain('Niets geschreven');
    expect(readFileSync(startup, 'utf8')).toBe('# mijn shell\n');
    expect(readFileSync(join(data, 'initiatives', 'kwaadaardig.yaml'), 'utf8')).toContain('new_organisations:');
  });

  it('never overwrites an existing organisation file, even one that fails validation', () => {
    const data = copyData('adopt-existing');
    writeFileSync(join(data, 'organisations', 'bashrc.yaml'), 'name: B\n');
    proposal(data);
    const r = npm({ ATLAS_DATA_DIR: data }, 'adopt:organisations', '--write');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('data/organisations/bashrc.yaml: bestaat al');
    expect(readFileSync(join(data, 'organisations', 'bashrc.yaml'), 'utf8')).toBe('name: B\n');
  });

  it('names a proposal it cannot adopt because of its errors, instead of "Geen nieuwe organisaties"', () => {
    const data = copyData('adopt-blocked');
    proposal(data, 'start_year: 1066\n');
    const r = npm({ ATLAS_DATA_DIR: data }, 'adopt:organisations');
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('Geen nieuwe organisaties om over te nemen');
    expect(r.stderr).toContain('data/initiatives/kwaadaardig.yaml: noemt nieuwe organisaties, maar heeft fouten');
    expect(r.stderr).toContain('start_year');
  });
});

describe('npm run intake, the mail route (README: a prefilled mail converted by one command)', () => {
  /** The prefilled mail as the contributor's mail program opens it, answered, and saved as a .eml file. */
  const answeredMail = () => {
    const href = proposalMailto('redactie@voorbeeld.nl');
    const body = decodeURIComponent(/[?&]body=([^&]*)/.exec(href)![1]!);
    expect(href).toContain('%0D%0A');
    const fill: Record<string, string> = {
      'Naam van het initiatief': 'Bouwcampus Den Bosch Voorbeeld',
      'Soort samenwerking': 'PPS',
      Samenvatting: 'Bouwbedrijven en scholen in Den Bosch leiden samen op voor de bouw.',
      'Plaats of gebied': 'Den Bosch',
      Onderwijsniveaus: 'mbo, hbo',
      Penvoerder: 'ROC Voorbeeld Bouw',
      Partners: '',
      Startjaar: 'rond 2019',
      Financiering: 'RIF, 2023, EUR 450.000',
      Website: 'https://www.voorbeeld.nl/bouwcampus',
      Bron: 'https://www.voorbeeld.nl/nieuws/bouwcampus',
    };
    const lines = body.split('\r\n').map((l) => {
      const label = Object.keys(fill).find((k) => l.startsWith(k));
      if (label === 'Partners') return `${l}\r\nGemeente Voorbeeldstad\r\nBouwbedrijf Jansen BV`;
      return label ? `${l}${fill[label]}` : l;
    });
    const text = [...lines, 'Met vriendelijke groet,', 'Jan Jansen', '06-12345678'].join('\r\n');
    // Quoted-printable, as mail programs send non-ASCII text; the sender's address in the header.
    const qp = text.replace(/=/g, '=3D').replace(/é/g, '=C3=A9');
    return [
      'From: Jan Jansen <jan.jansen@voorbeeld.nl>',
      'To: redactie@voorbeeld.nl',
      'Subject: Aanmelding: Bouwcampus',
      'Date: Fri, 04 Dec 2026 10:15:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      qp,
      '',
    ].join('\r\n');
  };

  it('npm run intake -- --form aanmelden --mail bericht.eml: the same checks and the same file as the form, nothing of the sender', () => {
    const data = copyData('mail');
    writeFileSync(join(inProject, 'bericht.eml'), answeredMail());
    // As the README has it, typed in the folder that holds the saved mail.
    const r = npmIn(inProject, { ATLAS_DATA_DIR: data }, 'intake', '--form', 'aanmelden', '--mail', 'bericht.eml');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('data/initiatives/bouwcampus-den-bosch-voorbeeld.yaml geschreven');
    // With --out, what a maintainer needs for the proposal (as the workflow gets it for a form).
    const out = join(tmp, 'mail.json');
    const again = npmIn(
      inProject,
      { ATLAS_DATA_DIR: copyData('mail-out') },
      'intake',
      '--form',
      'aanmelden',
      '--mail',
      'bericht.eml',
      '--out',
      out,
    );
    expect(again.status, again.stdout + again.stderr).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { ok: boolean; path: string; branch: string; prBody: string; comment: string };
    expect(result).toMatchObject({ ok: true, path: 'data/initiatives/bouwcampus-den-bosch-voorbeeld.yaml' });
    expect(result.branch).toMatch(/^invoer\/mail-[0-9a-f]{10}$/);
    expect(result.prBody).toContain('Omgezet uit een e-mail (ontvangen 2026-12-04');
    const text = readFileSync(join(data, 'initiatives', 'bouwcampus-den-bosch-voorbeeld.yaml'), 'utf8');
    const value = load(text) as Record<string, unknown>;
    expect(value).toMatchObject({
      kind: 'pps',
      levels: ['mbo', 'hbo'],
      start_year: 2019,
      start_year_certainty: 'approximate',
      funding: [{ scheme: 'rif', year: 2023, amount_eur: 450000 }],
      locations: [{ place: "'s-Hertogenbosch", precision: 'place' }],
    });
    expect(String(value.notes)).toContain('Aangemeld per e-mail (ontvangen 2026-12-04).');
    for (const personal of ['Jansen <', 'jan.jansen', '06-12345678', 'Jan Jansen', 'vriendelijke groet']) {
      expect(text).not.toContain(personal);
      expect(result.prBody).not.toContain(personal);
    }
    expect(npm({ ATLAS_DATA_DIR: data }, 'validate').status).toBe(0);
  });

  it('npm run intake -- --form aanmelden --body-file bericht.txt: the pasted text of the mail, converted the same way', () => {
    const data = copyData('mail-text');
    writeFileSync(join(inProject, 'bericht.txt'), answeredMail().split('\r\n\r\n').slice(1).join('\n\n').replace(/=3D/g, '='));
    const r = npmIn(inProject, { ATLAS_DATA_DIR: data }, 'intake', '--form', 'aanmelden', '--body-file', 'bericht.txt');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(existsSync(join(data, 'initiatives', 'bouwcampus-den-bosch-voorbeeld.yaml'))).toBe(true);
  });

  it('refuses a file of megabytes as a mail, and a missing file, without a stack trace', () => {
    writeFileSync(join(inProject, 'groot.eml'), 'x'.repeat(1_500_000));
    const big = npmIn(inProject, {}, 'intake', '--form', 'aanmelden', '--mail', 'groot.eml');
    expect(big.status).toBe(2);
    expect(big.stderr).toContain('groot.eml is groter dan 1 MB');
    const missing = npmIn(inProject, {}, 'intake', '--form', 'aanmelden', '--mail', 'bestaat-niet.eml');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Kan bestaat-niet.eml niet lezen');
    expect(missing.stderr + big.stderr).not.toMatch(/\n\s+at /);
    // A damaged base64 part (a review crashed the intake with a DOMException and its stack).
    writeFileSync(
      join(inProject, 'kapot.eml'),
      'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nabcde\r\n',
    );
    const damaged = npmIn(inProject, {}, 'intake', '--form', 'aanmelden', '--mail', 'kapot.eml');
    expect(damaged.status).toBe(2);
    expect(damaged.stderr).toContain('Het bericht is niet te lezen: een deel van het bericht is beschadigd');
    expect(damaged.stderr).not.toMatch(/\n\s+at |DOMException/);
  });

  it('npm run intake -- --form correctie --mail bericht.eml: the prefilled correction mail', () => {
    const data = copyData('mail-correction');
    const href = correctionMailto('redactie@voorbeeld.nl', 'initiative', 'cew', 'Centre of Expertise Water Technology');
    const body = decodeURIComponent(/[?&]body=([^&]*)/.exec(href)![1]!)
      .replace('Wat klopt er niet, of wat ontbreekt? ', 'Wat klopt er niet, of wat ontbreekt? Het startjaar is 2010.')
      .replace('Bron (webadres of titel van een document): ', 'Bron (webadres of titel van een document): https://www.voorbeeld.nl/cew');
    const mail = join(tmp, 'correctie.eml');
    writeFileSync(
      mail,
      `From: X <x@voorbeeld.nl>\r\nDate: Sat, 05 Dec 2026 09:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}`,
    );
    const r = npm({ ATLAS_DATA_DIR: data }, 'intake', '--form', 'correctie', '--mail', mail);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const value = load(readFileSync(join(data, 'initiatives', 'cew.yaml'), 'utf8')) as { notes: string };
    expect(value.notes).toContain('Correctie gemeld (e-mail, ');
    expect(value.notes).toContain('Het startjaar is 2010.');
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
      penvoerder: 'ROC Rijn IJssel',
      bron: 'https://www.voorbeeld.nl/zorgcampus',
    });
    const r = npm({ ATLAS_DATA_DIR: data, ISSUE_BODY: body }, 'intake', '--form', 'aanmelden', '--issue', '12', '--out', out);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { ok: boolean; path: string; branch: string; prBody: string; comment: string };
    expect(result).toMatchObject({ ok: true, path: 'data/initiatives/zorgcampus-arnhem-voorbeeld.yaml' });
    // Named for the content, so an edited issue never force-pushes over a reviewed proposal.
    expect(result.branch).toMatch(/^invoer\/issue-12-[0-9a-f]{10}$/);
    // GitHub's closing keywords are English: "Sluit #12" would not close the issue on merge.
    expect(result.prBody).toMatch(/^Closes #12$/m);
    expect(result.prBody).not.toContain('Sluit #');
    expect(result.prBody).toContain('### Initiatief nieuw: Zorgcampus Arnhem Voorbeeld');
    // The maintainer reads names, not ids.
    expect(result.prBody).toContain('- **Penvoerder**: ROC Rijn IJssel\n');
    expect(result.prBody).not.toContain('roc-rijn-i-jssel');
    const text = readFileSync(join(data, 'initiatives', 'zorgcampus-arnhem-voorbeeld.yaml'), 'utf8');
    expect(text).toMatch(/latitude: 51\.98/);
    expect(npm({ ATLAS_DATA_DIR: data }, 'validate').status).toBe(0);
  });

  it('gives an edited issue a new branch, the same text the same branch, and keeps a huge form within GitHub limits', () => {
    const fields = {
      naam: 'Zorgcampus Arnhem Voorbeeld',
      soort: 'Regionaal netwerk of pact',
      samenvatting: 'Zorginstellingen en scholen in Arnhem leiden samen op.',
      plaats: 'Arnhem',
      penvoerder: 'Rijn IJssel',
      bron: 'https://www.voorbeeld.nl/zorgcampus',
    };
    const branchOf = (extra: Record<string, string>, name: string) => {
      const out = join(tmp, `${name}.json`);
      const r = npm(
        { ATLAS_DATA_DIR: copyData(name), ISSUE_BODY: renderIssueBody(form, { ...fields, ...extra }) },
        'intake',
        '--form',
        'aanmelden',
        '--issue',
        '14',
        '--out',
        out,
      );
      expect(r.status, r.stdout + r.stderr).toBe(0);
      return JSON.parse(readFileSync(out, 'utf8')) as { branch: string; prBody: string };
    };
    const a = branchOf({}, 'edit-a');
    expect(branchOf({}, 'edit-b').branch).toBe(a.branch);
    expect(branchOf({ samenvatting: 'Zorginstellingen en scholen in Arnhem leiden samen op, ook in Ede.' }, 'edit-c').branch).not.toBe(
      a.branch,
    );
    // One partner a line, about 60,000 characters of form in all.
    const many = Array.from({ length: 1500 }, (_, i) => `Voorbeeldbedrijf nummer ${i + 1} BV`).join('\n');
    const huge = branchOf({ partners: many }, 'edit-huge');
    expect(huge.prBody.length).toBeLessThanOrEqual(60_000);
    expect(huge.prBody).toMatch(/^Closes #14$/m);
  });

  it('--out into a folder that does not exist yet: the folder is made, no stack trace', () => {
    const out = join(tmp, 'nieuw', 'diep', 'uit.json');
    const r = npm(
      { ATLAS_DATA_DIR: copyData('out-dir'), ISSUE_BODY: 'leeg' },
      'intake',
      '--form',
      'aanmelden',
      '--issue',
      '15',
      '--out',
      out,
    );
    expect(r.stderr).not.toMatch(/at .*\(node:|ENOENT/);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { ok: boolean }).ok).toBe(false);
  });

  it('writes nothing for a form that does not validate, and answers in Dutch', () => {
    const data = copyData('intake-bad');
    const out = join(tmp, 'bad.json');
    const body = renderIssueBody(form, {
      naam: 'Te kort',
      soort: 'Centre of Expertise (CoE)',
      samenvatting: 'Kort.',
      plaats: 'Nergensdorp',
      startjaar: 'twintig twaalf',
      website: 'www.voorbeeld.nl',
      bron: 'Een folder',
    });
    const r = npm({ ATLAS_DATA_DIR: data, ISSUE_BODY: body }, 'intake', '--form', 'aanmelden', '--issue', '13', '--out', out);
    expect(r.status).toBe(1);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { ok: boolean; comment: string };
    expect(result.ok).toBe(false);
    expect(result.comment).toContain('kon nog niet automatisch worden omgezet');
    // Every problem in one answer (the year is a form problem, the others the dataset's checks),
    // one line per field, under the form's labels ("Website", never the schema's "Webadres").
    expect(result.comment).toContain('Deze 3 punten kloppen nog niet');
    expect(result.comment).toContain('**Samenvatting**: Te kort');
    expect(result.comment).toContain("**Startjaar**: 'twintig twaalf' is geen jaartal.");
    expect(result.comment.match(/\*\*Website\*\*/g)).toHaveLength(1);
    expect(result.comment).not.toContain('Webadres');
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
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      ok: true,
      path: 'data/initiatives/cew.yaml',
      branch: expect.stringMatching(/^invoer\/issue-14-[0-9a-f]+$/),
    });
    const value = load(readFileSync(join(data, 'initiatives', 'cew.yaml'), 'utf8')) as Record<string, unknown>;
    expect(value).toMatchObject({ last_verified: new Date().toISOString().slice(0, 10), verified_by: 'initiative' });
    expect(npm({ ATLAS_DATA_DIR: data }, 'validate').status).toBe(0);
  });
});
