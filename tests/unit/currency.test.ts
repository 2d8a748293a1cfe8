/**
 * How current an entry is (issue #23): check states and figures (src/lib/checks.ts) and the
 * Git history parsed from one `git log` (src/lib/history.ts), on tiny inputs.
 */
import { describe, expect, it } from 'vitest';
import { checkFigures, checkSentence, checkState, monthsBefore } from '../../src/lib/checks';
import { entryHistory, historyOf, parseGitLog, trimSubject, unavailable } from '../../src/lib/history';

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
