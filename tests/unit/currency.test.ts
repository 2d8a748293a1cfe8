/**
 * How current an entry is (issue #23): check states and figures (src/lib/checks.ts) and the
 * Git history parsed from one `git log` (src/lib/history.ts), on tiny inputs.
 */
import { describe, expect, it } from 'vitest';
import { checkFigures, checkSentence, checkState, monthsBefore } from '../../src/lib/checks';
import {
  entryHistory,
  historyLines,
  historyOf,
  isDutchSubject,
  parseGitLog,
  publishedSubject,
  trimSubject,
  unavailable,
} from '../../src/lib/history';
import { isSourceListTitle, quoteSource } from '../../src/lib/quote-source';
import { organisationNotes } from '../../src/lib/organisation-notes';

describe('checks', () => {
  it('monthsBefore counts back in months and clamps the day', () => {
    expect(monthsBefore('2026-03-15', 12)).toBe('2025-03-15');
    expect(monthsBefore('2026-01-10', 1)).toBe('2025-12-10');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-12-05', 24)).toBe('2024-12-05');
  });

  it('an entry nobody checked says so', () => {
    expect(checkState({}, '2026-12-06', 12)).toEqual({ state: 'unchecked', line: 'Nog niet gecontroleerd' });
  });

  it('a check names the date in words and who checked, and the editors’ source', () => {
    const s = checkState(
      { last_verified: '2026-03-03', verified_by: 'editors', verified_source: { url: 'https://x.nl/' } },
      '2026-12-06',
      12,
    );
    expect(s).toMatchObject({ state: 'checked', date: '2026-03-03', by: 'de redactie', source: { url: 'https://x.nl/' } });
    expect(s.line).toBe('Gecontroleerd op 3 maart 2026 door de redactie');
    expect(s.warning).toBeUndefined();
    expect(checkState({ last_verified: '2026-03-03', verified_by: 'organisation' }, '2026-12-06', 12).line).toBe(
      'Gecontroleerd op 3 maart 2026 door de organisatie zelf',
    );
  });

  it('a check older than the configured age says so plainly; exactly that age is not old yet', () => {
    const old = checkState({ last_verified: '2025-12-05', verified_by: 'initiative' }, '2026-12-06', 12);
    expect(old.state).toBe('old');
    expect(old.warning).toBe('Dat is langer dan 12 maanden geleden: de gegevens kunnen verouderd zijn.');
    expect(checkState({ last_verified: '2025-12-06', verified_by: 'initiative' }, '2026-12-06', 12).state).toBe('checked');
    expect(checkState({ last_verified: '2026-05-01', verified_by: 'initiative' }, '2026-12-06', 6).state).toBe('old');
  });

  it('counts checked and old entries, and says the figures without claiming more', () => {
    const entries = [{}, { last_verified: '2026-11-01' }, { last_verified: '2020-01-01' }, {}];
    const f = checkFigures(entries, '2026-12-06', 12);
    expect(f).toEqual({ total: 4, checked: 2, old: 1, maxAgeMonths: 12 });
    const none = checkFigures([{}, {}], '2026-12-06', 12);
    expect(checkSentence(f, none)).toBe(
      '2 van de 4 initiatieven en 0 van de 2 organisaties zijn ooit gecontroleerd; 1 controle is ouder dan 12 maanden.',
    );
    expect(checkSentence(none, none)).toBe('0 van de 2 initiatieven en 0 van de 2 organisaties zijn ooit gecontroleerd.');
    expect(checkSentence(none, none)).not.toMatch(/actueel/);
  });
});

const RS = '\x1e';
const US = '\x1f';
const LOG = [
  `${RS}bbbbbbb1${US}2026-11-23T04:46:51+01:00${US}Data: fix the lead of b`,
  '',
  'M\tinitiatives/b.yaml',
  'D\tinitiatives/old.yaml',
  `${RS}aaaaaaa1${US}2026-11-20T10:00:00+00:00${US}Add a and b; with a ${'very '.repeat(40)}long subject`,
  '',
  'A\tinitiatives/a.yaml',
  'A\tinitiatives/b.yaml',
  'A\torganisations/x.yaml',
  '',
].join('\n');

describe('history from one git log', () => {
  it('parses commits newest first, with date, subject and the files with what happened to them', () => {
    const commits = parseGitLog(LOG);
    expect(commits.map((c) => [c.hash, c.date, c.files.length])).toEqual([
      ['bbbbbbb1', '2026-11-23', 2],
      ['aaaaaaa1', '2026-11-20', 3],
    ]);
    expect(commits[0]!.files).toEqual([
      { path: 'initiatives/b.yaml', kind: 'changed' },
      { path: 'initiatives/old.yaml', kind: 'deleted' },
    ]);
    expect(commits[1]!.subject.length).toBeLessThanOrEqual(140);
    expect(commits[1]!.subject.endsWith('…')).toBe(true);
  });

  it('skips what is not a commit header instead of guessing', () => {
    expect(parseGitLog(`garbage\n${RS}not-a-hash${US}2026-01-01T00:00:00Z${US}x\nM\ta.yaml\n`)).toEqual([]);
    expect(parseGitLog('')).toEqual([]);
  });

  it('gives each file its changes, newest first, and the last change date', () => {
    const h = historyOf(parseGitLog(LOG));
    const b = entryHistory(h, 'initiatives/b.yaml');
    expect(b.lastChanged).toBe('2026-11-23');
    expect(b.changes.map((c) => [c.date, c.kind, c.subject])).toEqual([
      ['2026-11-23', 'changed', 'Data: fix the lead of b'],
      ['2026-11-20', 'added', expect.stringMatching(/^Add a and b/)],
    ]);
    expect(entryHistory(h, 'initiatives/b.yaml', 1)).toMatchObject({ more: 1, changes: [{ hash: 'bbbbbbb1' }] });
    expect(entryHistory(h, 'initiatives/new.yaml')).toEqual({ available: true, changes: [], more: 0 });
  });

  it('shows changes a reader cannot tell apart as one line with a count, and keeps every other line', () => {
    const c = (date: string, kind: 'added' | 'changed', subject: string) => ({ hash: 'h', date, time: `${date}T10:00:00Z`, subject, kind });
    expect(
      historyLines([
        c('2026-12-06', 'changed', 'Notes: fix a typo'),
        c('2026-12-06', 'changed', 'Data: re-import'),
        c('2026-12-06', 'changed', 'Correctie: het startjaar van CEW'),
        c('2026-12-06', 'changed', 'Refactor'),
        c('2026-12-05', 'changed', 'Refactor'),
        c('2026-12-05', 'added', 'Add a and b'),
      ]),
    ).toEqual([
      { date: '2026-12-06', kind: 'changed', times: 2 },
      { date: '2026-12-06', kind: 'changed', subject: 'Correctie: het startjaar van CEW', times: 1 },
      { date: '2026-12-06', kind: 'changed', times: 1 },
      { date: '2026-12-05', kind: 'changed', times: 1 },
      { date: '2026-12-05', kind: 'added', times: 1 },
    ]);
    expect(historyLines([])).toEqual([]);
  });

  it("never shows a commit subject with contact details or hidden characters: it is the committer's text, which validate never saw (a hostile review)", () => {
    const c = (subject: string) => ({ hash: 'h', date: '2026-12-06', time: '2026-12-06T10:00:00Z', subject, kind: 'changed' as const });
    expect(
      historyLines([
        c('Correctie: bel Jan op 06-12345678 voor de gegevens'),
        c('Correctie: mail jan.jansen@school.nl over de gegevens'),
        c('Correctie: de naam van\u202E het initiatief'),
        c('Correctie: het startjaar van CEW'),
      ]).map((l) => l.subject),
    ).toEqual([undefined, 'Correctie: het startjaar van CEW']);
    expect(publishedSubject('Correctie: bel 06\u201112345678')).toBeUndefined();
    expect(publishedSubject('Klopt nog: CIV Water')).toBe('Klopt nog: CIV Water');
  });

  it('says why there is no history, for a shallow clone and without git', () => {
    expect(entryHistory(unavailable('shallow'), 'initiatives/a.yaml')).toMatchObject({
      available: false,
      reason: expect.stringMatching(/onvolledige kopie/),
    });
    expect(entryHistory(unavailable('no-git'), 'initiatives/a.yaml').reason).toMatch(/zonder Git/);
  });

  it('trims a subject at a word', () => {
    expect(trimSubject('kort')).toBe('kort');
    expect(trimSubject('een twee drie vier', 12)).toBe('een twee…');
  });
});

describe('the source of a quoted statement', () => {
  const list = { title: 'Bronlijst van de atlas: opmerkingen bij dit initiatief, uit de bronnen onder Bronnen' };
  it('shows a real address as it is', () => {
    expect(quoteSource({ url: 'https://a.nl/x', title: 'A' }, [], '/over/#bronlijst')).toEqual({
      href: 'https://a.nl/x',
      text: 'A',
      sourceList: false,
    });
  });
  it('replaces the source list by the one address the initiative lists', () => {
    expect(quoteSource(list, [{ url: 'https://b.nl/nieuws' }], '/over/#bronlijst')).toEqual({
      href: 'https://b.nl/nieuws',
      text: 'b.nl/nieuws',
      sourceList: false,
    });
  });
  it('explains the source list when the initiative lists several addresses', () => {
    const q = quoteSource(list, [{ url: 'https://b.nl/' }, { url: 'https://c.nl/' }], '/over/#bronlijst');
    expect(q).toMatchObject({ href: '/over/#bronlijst', sourceList: true });
    expect(isSourceListTitle(list.title)).toBe(true);
    expect(quoteSource({ title: 'Jaarverslag 2024' }, [], '/over/#bronlijst')).toEqual({ text: 'Jaarverslag 2024', sourceList: false });
  });
});

describe('the generated notes on organisations', () => {
  it('leaves what a person wrote and keeps the fact the sentence carried', () => {
    expect(organisationNotes("Uit de bronlijst als penvoerder van 'CIV Water'. Soort afgeleid uit de naam.")).toEqual({ kind: 'name' });
    expect(organisationNotes("Uit de bronlijst als penvoerder van 'Met Maritieme Techniek naar de Top!'.")).toEqual({});
    expect(organisationNotes('Samenwerking van twee scholen. Soort en vestigingsplaats afgeleid uit de naam.')).toEqual({
      text: 'Samenwerking van twee scholen.',
      kind: 'name',
      place: { from: 'name' },
    });
    // As YAML folds it: the sentence wraps over lines.
    expect(
      organisationNotes(
        "Onderdeel van ROC West-Brabant. Soort ingevuld door de redactie uit de naam en openbare kennis, niet uit\n  de bronlijst. Vestigingsplaats uit de bronlijst, die de organisatie noemt als\n  'Nova College (Haarlem)'.",
      ),
    ).toEqual({ text: 'Onderdeel van ROC West-Brabant.', kind: 'editors', place: { from: 'list', quote: 'Nova College (Haarlem)' } });
    expect(
      organisationNotes(
        'Soort ingevuld door de redactie uit de naam en openbare kennis, niet uit de bronlijst (die noemt alleen de naam). Vestigingsplaats afgeleid uit de naam.',
      ),
    ).toEqual({ kind: 'editors', place: { from: 'name' } });
    // A quote that holds a quote itself ends at the last "'.".
    expect(
      organisationNotes("Vestigingsplaats uit de bronlijst, die de organisatie noemt als 'ROC 't Gooi (Hilversum)'. Fuseerde."),
    ).toEqual({
      text: 'Fuseerde.',
      place: { from: 'list', quote: "ROC 't Gooi (Hilversum)" },
    });
    // Two quoted sentences in one note: each quote ends at its own sentence's end.
    expect(
      organisationNotes(
        "Uit de bronlijst als penvoerder van 'Met Maritieme Techniek naar de Top!'. Vestigingsplaats uit de bronlijst, die de organisatie noemt als 'Nova College (Haarlem)'. Fuseerde met 'X'.",
      ),
    ).toEqual({ text: "Fuseerde met 'X'.", place: { from: 'list', quote: 'Nova College (Haarlem)' } });
    // What the intake writes for an organisation a contributor proposed, with the place they gave.
    expect(
      organisationNotes("Aangemeld als nieuwe organisatie in het voorstel voor 'TechHub Woerden'. Coördinaten: Woerden (plaatsenlijst)."),
    ).toEqual({ text: 'Coördinaten: Woerden (plaatsenlijst).', place: { from: 'proposal', initiative: 'TechHub Woerden' } });
    expect(organisationNotes('Fuseerde in 2020.')).toEqual({ text: 'Fuseerde in 2020.' });
    expect(organisationNotes(undefined)).toEqual({});
  });

  it('removes every generated note of the real data, and nothing a person wrote', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { load } = await import('js-yaml');
    const dir = new URL('../../data/organisations/', import.meta.url);
    const left = readdirSync(dir)
      .map((f) => organisationNotes((load(readFileSync(new URL(f, dir), 'utf8')) as { notes?: string }).notes).text)
      .filter((t): t is string => !!t);
    for (const t of left) expect(t).not.toMatch(/bronlijst|afgeleid uit de naam/i);
  });
});

describe('the language of a commit subject', () => {
  it('takes a subject as Dutch only when its common words say so: in doubt it is not shown', () => {
    expect(isDutchSubject('Starter data: every fact traceable to the source list')).toBe(false);
    expect(isDutchSubject('Correctie: het startjaar van CEW is 2013')).toBe(true);
    // What the CMS and the issue forms write.
    expect(isDutchSubject('Bijgewerkt: initiatieven "cew"')).toBe(true);
    expect(isDutchSubject('Klopt nog: CIV Water')).toBe(true);
    expect(isDutchSubject('Aanmelding: TechHub Woerden')).toBe(true);
    // A form's prefix is Dutch whatever English name follows it.
    expect(isDutchSubject('Correctie: House of Aviation')).toBe(true);
    expect(isDutchSubject('Klopt nog: Verbonden in Veiligheid')).toBe(true);
    expect(isDutchSubject('Bijgewerkt: initiatieven "house-of-digital"')).toBe(true);
    // "in" is both languages' word: it tips nothing either way.
    expect(isDutchSubject('Verplaatst in de lijst')).toBe(true);
    expect(isDutchSubject('Fix a typo in the lead')).toBe(false);
    expect(isDutchSubject('CEW')).toBe(false);
    // Quoted words are the data's, not the subject's language.
    expect(isDutchSubject("Summaries: two read 'op het gebied van niet vermeld' (a missing theme); they now say the source")).toBe(false);
    expect(isDutchSubject('Notes: ‘de bron zegt het niet’ and “het is niet zo” dropped')).toBe(false);
    expect(isDutchSubject("Opmerkingen: de editors' notities van het startjaar")).toBe(true);
    expect(isDutchSubject("Notes: 'de auto's van het bedrijf' and 'de PPS'en van het oosten' dropped")).toBe(false);
    expect(isDutchSubject('Notes: „de bron zegt het niet“ and the other one')).toBe(false);
    expect(isDutchSubject('')).toBe(false);
  });
});
