/**
 * The issue-form converter on bodies generated from the project's own forms, rendered the
 * way GitHub renders a submitted issue form.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { fundingFromText } from '../../src/lib/intake/funding-text';
import {
  intakeConfirmation,
  intakeCorrection,
  intakeProposal,
  parseIssueForm,
  problemsInFormWords,
  type IssueForm,
} from '../../src/lib/intake/issue-form';
import { intakeReply, pullRequestTitle, PULL_REQUEST_TITLE_MAX } from '../../src/lib/intake/reply';
import { applyLabelOverrides } from '../../src/lib/schema/schemas';
import { yearFromText } from '../../src/lib/intake/year-text';
import { validateDataset } from '../../src/lib/validate/validate-dataset';
import { formatDataFile } from '../../src/lib/yaml/format-data-file';
import { file, input, ROOT } from '../helpers/fixtures';
import { renderIssueBody } from '../helpers/issue-forms';

const form = (name: string) => load(readFileSync(join(ROOT, '.github', 'ISSUE_TEMPLATE', name), 'utf8')) as IssueForm;

const aanmelden = form('aanmelden.yml');
const correctie = form('correctie.yml');
const ctx = {
  organisations: [
    { id: 'scalda', name: 'Scalda' },
    { id: 'hz-university-of-applied-sciences', name: 'HZ University of Applied Sciences' },
  ],
  initiativeIds: new Set(['waterstofhub-zeeland']),
  places: [{ name: 'Vlissingen', latitude: 51.4427, longitude: 3.5734 }],
  today: '2026-11-22',
};

describe('issue form "Initiatief aanmelden"', () => {
  const answers = {
    naam: 'Waterstofhub Zeeland',
    soort: 'Publiek-private samenwerking (PPS)',
    samenvatting: 'Bedrijven en scholen in Zeeland leiden samen op\nvoor werk met waterstof.',
    plaats: 'vlissingen',
    niveaus: ['mbo', 'hbo'],
    penvoerder: 'Scalda',
    partners: '- HZ University of Applied Sciences\n- Waterstof Zeeland BV\n### Sector of thema',
    startjaar: '2023',
    financiering: 'RIF, 2023, 1,2 miljoen',
    website: 'https://www.voorbeeld.nl/waterstof/',
    bron: 'https://www.voorbeeld.nl/nieuws/waterstofhub\nJaarverslag 2023',
  };
  const body = renderIssueBody(aanmelden, answers);

  it('reads every answer back from the rendered body; a ### inside an answer is text', () => {
    const parsed = parseIssueForm(body, aanmelden);
    expect(parsed.naam).toBe('Waterstofhub Zeeland');
    expect(parsed.niveaus).toEqual(['mbo', 'hbo']);
    expect(parsed.partners).toBe('- HZ University of Applied Sciences\n- Waterstof Zeeland BV\n### Sector of thema');
    expect(parseIssueForm(renderIssueBody(aanmelden, { naam: 'X' }), aanmelden)).toEqual({ naam: 'X', niveaus: [] });
  });

  it('becomes one valid, canonical initiative file: codes, references, a new organisation, a place with coordinates', () => {
    const r = intakeProposal(parseIssueForm(body, aanmelden), ctx, 42);
    expect(r.problems).toEqual([]);
    expect(r.path).toBe('data/initiatives/waterstofhub-zeeland-1.yaml');
    const text = r.text!;
    expect(formatDataFile('initiative', text, r.path!).text).toBe(text);
    expect(text).toMatch(/^kind: pps$/m);
    expect(text).toMatch(/^status: unknown$/m);
    expect(text).toMatch(/^lead_organisation: scalda$/m);
    expect(text).toContain('  - organisation: hz-university-of-applied-sciences');
    // The kind read from the name ("BV"), not "Anders" for every new organisation.
    expect(text).toContain('  - name: Waterstof Zeeland BV\n    kind: company\n    role: partner');
    expect(text).toContain('  - place: Vlissingen\n    latitude: 51.4427\n    longitude: 3.5734\n    precision: place');
    expect(text).toContain('note: RIF, 2023, 1,2 miljoen');
    expect(text).toContain('  - url: https://www.voorbeeld.nl/nieuws/waterstofhub\n    consulted: 2026-11-22');
    expect(text).toContain('  - title: Jaarverslag 2023');
    expect(text).toContain('issue #42');
    const d = validateDataset(
      input(
        [file(r.path!, text)],
        [
          file('data/organisations/scalda.yaml', 'name: Scalda\nkind: mbo_institution\n'),
          file(
            'data/organisations/hz-university-of-applied-sciences.yaml',
            'name: HZ University of Applied Sciences\nkind: university_of_applied_sciences\n',
          ),
        ],
      ),
    );
    expect(d.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it("still reads the form's original labels in a fork with its own wording (vocabularyLabels; a fork review)", () => {
    applyLabelOverrides({ initiative_kind: { pps: 'Duaal leren-project' }, education_level: { mbo: 'Middelbaar beroepsonderwijs' } });
    try {
      const r = intakeProposal(parseIssueForm(body, aanmelden), ctx, 42);
      expect(r.problems).toEqual([]);
      expect(r.text).toMatch(/^kind: pps$/m);
      expect(r.text).toMatch(/^levels:\n {2}- mbo\n {2}- hbo$/m);
      // And the fork's own wording, once its forms say it.
      const own = intakeProposal({ ...parseIssueForm(body, aanmelden), soort: 'Duaal leren-project' }, ctx, 42);
      expect(own.text).toMatch(/^kind: pps$/m);
      // The fork's wording wins where it gives one code another code's original label.
      applyLabelOverrides({ initiative_kind: { coe: 'Publiek-private samenwerking (PPS)', pps: 'Duaal leren-project' } });
      expect(intakeProposal(parseIssueForm(body, aanmelden), ctx, 42).text).toMatch(/^kind: coe$/m);
    } finally {
      applyLabelOverrides(undefined);
    }
  });

  it('says in Dutch what stops a conversion', () => {
    const r = intakeProposal(
      parseIssueForm(renderIssueBody(aanmelden, { ...answers, startjaar: 'twintig twaalf', soort: 'Iets anders' }), aanmelden),
      ctx,
      43,
    );
    expect(r.path).toBeUndefined();
    expect(r.problems.map((p) => p.message)).toEqual([
      "'Iets anders' is geen soort samenwerking uit de lijst.",
      "'twintig twaalf' is geen jaartal.",
    ]);
    // The draft is still made, so the converter can check the rest in the same round.
    expect(r.draft?.path).toBe('data/initiatives/waterstofhub-zeeland-1.yaml');
  });

  it('accepts an approximate year as CONTRIBUTING invites it: "rond 2019", "ca. 2019", "omstreeks 2019"', () => {
    for (const words of ['rond 2019', 'ca. 2019', 'omstreeks 2019', 'circa 2019'])
      expect(yearFromText(words)).toEqual({ year: 2019, certainty: 'approximate', note: words });
    expect(yearFromText('2019')).toEqual({ year: 2019 });
    expect(yearFromText('ergens in 2019 of 2020')).toBeUndefined();
    const r = intakeProposal(parseIssueForm(renderIssueBody(aanmelden, { ...answers, startjaar: 'rond 2019' }), aanmelden), ctx, 44);
    expect(r.problems).toEqual([]);
    expect(r.text).toContain('start_year: 2019\nstart_year_certainty: approximate\nstart_year_note: rond 2019\n');
  });

  it('finds a place by its everyday name: "Den Bosch" is \'s-Hertogenbosch, "Den Haag" the gazetteer\'s The Hague', () => {
    const places = [
      { name: "'s-Hertogenbosch", latitude: 51.69917, longitude: 5.30417 },
      { name: 'The Hague', latitude: 52.07667, longitude: 4.29861 },
    ];
    const at = (plaats: string) =>
      intakeProposal(parseIssueForm(renderIssueBody(aanmelden, { ...answers, plaats }), aanmelden), { ...ctx, places }, 45).text!;
    expect(at('Den Bosch')).toContain('  - place: "\'s-Hertogenbosch"\n    latitude: 51.69917');
    expect(at("'s-Gravenhage")).toContain('  - place: The Hague\n    latitude: 52.07667');
    expect(at('Den Haag')).toContain('  - place: The Hague');
  });

  it('reads the kind of a new organisation from its name: ROC, Hogeschool, Gemeente, BV', () => {
    const r = intakeProposal(
      parseIssueForm(
        renderIssueBody(aanmelden, {
          ...answers,
          penvoerder: 'ROC Voorbeeldstad',
          partners: 'Hogeschool Voorbeeldstad\nGemeente Voorbeeldstad\nBouwbedrijf Jansen BV\nStichting Iets',
        }),
        aanmelden,
      ),
      ctx,
      46,
    );
    const kinds = (load(r.text!) as { new_organisations: { name: string; kind: string }[] }).new_organisations.map((o) => o.kind);
    expect(kinds).toEqual(['mbo_institution', 'university_of_applied_sciences', 'government', 'company', 'other']);
  });

  it('reads funding the Dutch way: "RIF, 2023, EUR 450.000" is RIF, 2023, 450000 euro', () => {
    expect(fundingFromText('RIF, 2023, EUR 450.000')).toEqual({
      scheme: 'rif',
      year: 2023,
      amount_eur: 450000,
      note: 'RIF, 2023, EUR 450.000',
    });
    expect(fundingFromText('Nationaal Groeifonds 2022 € 1,2 miljoen')).toMatchObject({
      scheme: 'nationaal-groeifonds',
      year: 2022,
      amount_eur: 1_200_000,
    });
    expect(fundingFromText('Provincie Gelderland, 2021: 250.000 euro')).toMatchObject({
      scheme: 'province',
      year: 2021,
      amount_eur: 250_000,
    });
    expect(fundingFromText('een bijdrage van bedrijven')).toEqual({ scheme: 'other', note: 'een bijdrage van bedrijven' });
    const r = intakeProposal(
      parseIssueForm(
        renderIssueBody(aanmelden, { ...answers, financiering: 'RIF, 2023, EUR 450.000\nGemeente Middelburg 2024' }),
        aanmelden,
      ),
      ctx,
      47,
    );
    expect(r.text).toContain(
      'funding:\n  - scheme: rif\n    year: 2023\n    amount_eur: 450000\n    note: RIF, 2023, EUR 450.000\n  - scheme: municipality\n    year: 2024',
    );
  });

  it("answers every problem at once, once per field, under the form's own label", () => {
    const problems = [
      { file: 'x', line: 1, column: 1, severity: 'error' as const, field: 'start_year', message: "'twintig' is geen jaartal." },
      {
        file: 'x',
        line: 4,
        column: 1,
        severity: 'error' as const,
        field: 'summary',
        message: 'Te kort (Samenvatting): minstens 20 teken(s).',
      },
      {
        file: 'x',
        line: 9,
        column: 1,
        severity: 'error' as const,
        field: 'website',
        message: "de tekst 'www.x.nl' is geen webadres dat met http:// of https:// begint (Webadres).",
      },
      {
        file: 'x',
        line: 9,
        column: 1,
        severity: 'error' as const,
        field: 'website',
        message: "de tekst 'www.x.nl' is geen geldig webadres (Webadres).",
      },
    ];
    expect(problemsInFormWords(problems, aanmelden)).toEqual([
      { label: 'Samenvatting', message: 'Te kort: minstens 20 teken(s).' },
      { label: 'Startjaar', message: "'twintig' is geen jaartal." },
      { label: 'Website', message: "De tekst 'www.x.nl' is geen webadres dat met http:// of https:// begint." },
    ]);
    const reply = intakeReply({ ok: false, form: 'aanmelden', problems, formDefinition: aanmelden });
    expect(reply).toContain('Deze 3 punten kloppen nog niet');
    expect(reply).not.toContain('Webadres');
  });
});

describe('issue form "Correctie doorgeven"', () => {
  const current = {
    path: 'data/initiatives/waterstofhub-zeeland.yaml',
    text: 'name: Waterstofhub Zeeland\nkind: pps\nstatus: active\nsummary: Bedrijven en scholen in Zeeland leiden samen op voor waterstof.\nsources:\n  - title: Bron\n',
  };
  const answers = {
    soort: 'initiatief',
    id: 'waterstofhub-zeeland',
    naam: 'Waterstofhub Zeeland',
    correctie: 'Het startjaar is 2022, niet onbekend.',
    bron: 'https://www.voorbeeld.nl/jaarverslag-2022',
  };

  it('becomes a proposed change holding the words and the source exactly', () => {
    const r = intakeCorrection(parseIssueForm(renderIssueBody(correctie, answers), correctie), current, 7, '2026-11-22');
    expect(r.problems).toEqual([]);
    expect(r.path).toBe(current.path);
    const value = load(r.text!) as { notes: string; sources: { url?: string }[] };
    expect(value.notes).toBe('Correctie gemeld (issue #7, 2026-11-22): Het startjaar is 2022, niet onbekend.');
    expect(value.sources.map((x) => x.url)).toContain('https://www.voorbeeld.nl/jaarverslag-2022');
    expect(formatDataFile('initiative', r.text!, r.path!).text).toBe(r.text);
  });

  it('an unknown id is answered, not guessed', () => {
    const r = intakeCorrection(
      parseIssueForm(renderIssueBody(correctie, { ...answers, id: 'bestaat-niet' }), correctie),
      undefined,
      8,
      '2026-11-22',
    );
    expect(r.problems[0]!.message).toBe("Er is geen initiatief met id 'bestaat-niet'.");
  });

  it('a correction too long for Opmerkingen is answered under the correction, not under Id', () => {
    const r = intakeCorrection(
      parseIssueForm(renderIssueBody(correctie, { ...answers, correctie: 'Het startjaar klopt niet. '.repeat(60) }), correctie),
      current,
      9,
      '2026-11-22',
    );
    expect(problemsInFormWords(r.problems, correctie)[0]).toMatchObject({ label: 'Wat klopt er niet, of wat ontbreekt?' });
  });
});

describe('issue form "Bevestigen dat het klopt"', () => {
  const kloptNog = form('klopt-nog.yml');
  const current = {
    path: 'data/organisations/scalda.yaml',
    text: 'name: Scalda\nkind: mbo_institution\nlast_verified: 2024-01-01\nverified_by: editors\nverified_source:\n  title: Oud jaarverslag\n',
  };
  const ticked = ['Ik heb alle gegevens op de pagina nagekeken en ze kloppen.'];
  const run = (answers: Record<string, string | string[]>) =>
    intakeConfirmation(
      parseIssueForm(
        renderIssueBody(kloptNog, { soort: 'organisatie', id: 'scalda', naam: 'Scalda', bevestiging: ticked, ...answers }),
        kloptNog,
      ),
      current,
      9,
      '2026-12-06',
    );

  it('records today, who confirmed, and drops an earlier source that no longer applies', () => {
    const r = run({ wie: 'De organisatie zelf' });
    expect(r.problems).toEqual([]);
    expect(load(r.text!)).toEqual({ name: 'Scalda', kind: 'mbo_institution', last_verified: '2026-12-06', verified_by: 'organisation' });
    expect(formatDataFile('organisation', r.text!, r.path!).text).toBe(r.text);
  });

  it('the editors name their source; without it, or without the tick, nothing is recorded', () => {
    const r = run({ wie: 'De redactie', bron: 'https://www.scalda.nl/over-scalda/' });
    expect(load(r.text!)).toMatchObject({ verified_by: 'editors', verified_source: { url: 'https://www.scalda.nl/over-scalda/' } });
    expect(run({ wie: 'De redactie' }).problems.map((p) => p.field)).toEqual(['bron']);
    expect(run({ wie: 'Het initiatief zelf', bevestiging: [] }).problems.map((p) => p.field)).toEqual(['bevestiging']);
    expect(run({ wie: 'Het initiatief zelf', bevestiging: [] }).text).toBeUndefined();
  });
});

describe('what the intake says and names', () => {
  it('answers a confirmation as a confirmation, not as a correction (a review)', () => {
    const klopt = form('klopt-nog.yml');
    expect(intakeReply({ ok: true, form: 'klopt-nog', problems: [], formDefinition: klopt })).toContain('Uw bevestiging is omgezet');
    expect(intakeReply({ ok: true, form: 'klopt-nog', problems: [], formDefinition: klopt })).not.toContain('correctie');
  });

  it('keeps a pull-request title within what GitHub takes, cut at a word (a 2,000-character name made gh pr create fail)', () => {
    const long = `Correctie: ${'Naam '.repeat(400)}`;
    const title = pullRequestTitle(long);
    expect(title.length).toBeLessThanOrEqual(PULL_REQUEST_TITLE_MAX);
    expect(title).toMatch(/^Correctie: Naam Naam .*Naam…$/);
    expect(pullRequestTitle('Aanmelding: Agro Leeft')).toBe('Aanmelding: Agro Leeft');
  });
});

describe('the intake workflow', () => {
  interface Step {
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
    env?: Record<string, string>;
  }
  interface Job {
    permissions: Record<string, string>;
    env: Record<string, string>;
    steps: Step[];
  }
  const w = load(readFileSync(join(ROOT, '.github', 'workflows', 'intake.yml'), 'utf8')) as {
    permissions: unknown;
    jobs: { omzetten: Job; voorstellen: Job };
  };
  const { omzetten, voorstellen } = w.jobs;
  const allSteps = [...omzetten.steps, ...voorstellen.steps];

  it('parses the issue with a read-only token, and issue text reaches no shell line', () => {
    expect(w.permissions).toEqual({});
    expect(omzetten.permissions).toEqual({ contents: 'read' });
    expect(omzetten.env.ISSUE_BODY).toBe('${{ github.event.issue.body }}');
    for (const s of allSteps) expect(s.run ?? '').not.toContain('${{');
  });

  it('keeps the write token out of .git/config, out of npm and out of the parsing job', () => {
    for (const s of allSteps.filter((x) => x.uses?.startsWith('actions/checkout'))) expect(s.with?.['persist-credentials']).toBe(false);
    const withToken = allSteps.filter((s) => JSON.stringify(s.env ?? {}).includes('github.token'));
    expect(withToken).toHaveLength(1);
    expect(voorstellen.steps).toContain(withToken[0]);
    expect(JSON.stringify(omzetten)).not.toContain('github.token');
    expect(JSON.stringify(voorstellen.env)).not.toContain('token');
    expect(voorstellen.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
    // The job with the token runs no npm (no package scripts) and no git hooks.
    for (const s of voorstellen.steps) expect(s.run ?? '').not.toMatch(/\bnpm\b|\bnpx\b/);
    const run = withToken[0]!.run!;
    for (const line of run.split('\n').filter((l) => /^\s*git (?!-c core\.hooksPath)/.test(l))) expect(line).toBe('');
  });

  it('opens no second proposal: not for a closed issue, not for content proposed before, and answers once per issue', () => {
    expect((omzetten as unknown as { if: string }).if).toMatch(/^github\.event\.issue\.state == 'open' && \(/);
    const run = voorstellen.steps.map((s) => s.run ?? '').join('\n');
    // A branch of that content that exists already (its proposal closed or merged) is not pushed again.
    expect(run.indexOf('git ls-remote --exit-code --heads origin "$branch"')).toBeGreaterThan(-1);
    expect(run.indexOf('git ls-remote --exit-code --heads origin "$branch"')).toBeLessThan(run.indexOf('push -q origin'));
    // The labeled run after an opened one adds no second "staat al open".
    expect(run).toMatch(/if \[ "\$EVENT_ACTION" = labeled \]; then exit 0; fi\n\s*printf '[^']*staat al open/);
  });

  it('never force-pushes: an edited issue gives a new pull request and the older one a comment', () => {
    const run = voorstellen.steps.map((s) => s.run ?? '').join('\n');
    expect(run).not.toMatch(/--force|\s-f\s|\+refs/);
    expect(run).toContain('gh pr create');
    expect(run).toMatch(/gh pr comment "\$old"/);
    // Only a data file, by a path of the expected form, reaches the commit.
    expect(run).toContain('^data\\/(initiatives|organisations)\\/');
  });
});
