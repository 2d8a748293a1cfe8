/**
 * The history of the data files, from one `git log` over the whole data folder (read by
 * src/io/build-info.ts, parsed here): per file the commits that touched it, newest first, with the
 * date and the commit subject as "what changed". Pure: it parses text, so it is tested without
 * Git. Author names are never kept: the pages show what changed, not who (persons).
 */
import { unsafeCharacterIn } from './text/unsafe-characters';
import { personalDataIn } from './text/contact-details';

/** The arguments of the one `git log` run (in the data folder); its output is what parseGitLog reads. */
export const GIT_LOG_ARGS = ['log', '--no-renames', '--relative', '--name-status', `--format=%x1e%H%x1f%cI%x1f%s`, '--', '.'];

export type ChangeKind = 'added' | 'changed' | 'deleted';

/** One commit as the history keeps it. */
export interface Commit {
  hash: string;
  /** ISO date (JJJJ-MM-DD) and the full committer time (for the feed). */
  date: string;
  time: string;
  /** The commit subject, trimmed to a readable length. */
  subject: string;
  /** The data files it touched, relative to the data folder (`initiatives/<id>.yaml`). */
  files: { path: string; kind: ChangeKind }[];
}

/** One change of one file, as a page lists it. */
export interface FileChange {
  hash: string;
  date: string;
  time: string;
  subject: string;
  kind: ChangeKind;
}

export type DataHistory =
  | {
      available: true;
      /** Newest first. */
      commits: Commit[];
      /** Path relative to the data folder -> its changes, newest first. */
      byFile: ReadonlyMap<string, FileChange[]>;
    }
  | { available: false; reason: string };

/** Longest subject shown; longer ones end at a word with an ellipsis. */
export const SUBJECT_MAX = 140;

/** A subject cut at a word boundary to at most `max` characters. */
export function trimSubject(subject: string, max = SUBJECT_MAX): string {
  const s = subject.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(-]+$/, '')}…`;
}

const ENGLISH = new Set([
  'the',
  'and',
  'of',
  'a',
  'an',
  'with',
  'for',
  'is',
  'are',
  'to',
  'on',
  'from',
  'by',
  'its',
  'every',
  'add',
  'update',
  'fix',
]);
const DUTCH = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'met',
  'voor',
  'is',
  'zijn',
  'op',
  'uit',
  'bij',
  'naar',
  'niet',
  'nieuw',
  'bijgewerkt',
  'gewijzigd',
  'toegevoegd',
  'verwijderd',
  'correctie',
  'aanmelding',
  'bevestiging',
  'klopt',
  'nog',
  // What a contributor writes about a correction ("Tikfout in beschrijving … verbeterd"; a maintainer review).
  'verbeterd',
  'aangepast',
  'aangevuld',
  'aanvulling',
  'beschrijving',
  'tikfout',
  'samenvatting',
  'naam',
  'bron',
  'bronnen',
  'samengevoegd',
  'nieuwe',
]);

/**
 * Whether a commit subject is Dutch, from its common words: only then does a page or the feed
 * show it. Subjects come from two kinds of commits: a contributor's proposal (the CMS and the
 * issue forms write Dutch subjects: "Bijgewerkt: …", "Correctie: …") and the developers' own
 * (English, as the code). The site speaks Dutch, so a subject is shown only when it is positively
 * Dutch; in doubt ("CEW", a bare id) it is left out and the change keeps its date and kind.
 */
export function isDutchSubject(subject: string): boolean {
  // What the CMS and the issue forms write is Dutch whatever name follows ("Correctie: House of Aviation").
  if (/^(Nieuw|Bijgewerkt|Verwijderd|Correctie|Aanmelding|Klopt nog):/.test(subject)) return true;
  let en = 0;
  let nl = 0;
  // A quoted passage is the data's own words (an English subject quoting a Dutch summary): it says
  // nothing about the language of the subject. A quote opens after a space or bracket, so a
  // possessive ("editors' notes") opens none.
  // A quote may hold an apostrophe ("auto's"): it closes at the first quote mark followed by the
  // end, a space or punctuation; „…“ closes with “.
  const unquoted = subject.replace(/(^|[\s([])(['"‘“„]).*?['"’”“](?=$|[\s).,;:\]])/g, '$1');
  for (const w of unquoted.toLowerCase().split(/[^a-zà-ÿ]+/)) {
    if (ENGLISH.has(w)) en++;
    if (DUTCH.has(w)) nl++;
  }
  return nl > en;
}

/**
 * The subject as a page and the feed may show it, or undefined: only a Dutch one
 * (isDutchSubject), and never one with contact details or characters the data may not hold. A
 * commit's subject is written by whoever made the commit and is not a data field, so validate
 * never saw it (a hostile review published "bel Jan op 06-…" from a proposal's commit);
 * `npm run review` lists the subjects a proposal would publish.
 */
export function publishedSubject(subject: string): string | undefined {
  return subjectVerdict(subject) === 'shown' ? subject : undefined;
}

/** Whether the site shows a commit subject, and if not, why (publishedSubject; npm run review says it). */
export function subjectVerdict(subject: string): 'shown' | 'not-dutch' | 'contact' | 'hidden-characters' {
  if (personalDataIn(subject)) return 'contact';
  if (unsafeCharacterIn(subject, false)) return 'hidden-characters';
  return isDutchSubject(subject) ? 'shown' : 'not-dutch';
}

const KINDS: Record<string, ChangeKind> = { A: 'added', M: 'changed', D: 'deleted', T: 'changed' };

/** Parses the output of `git log` run with GIT_LOG_ARGS. Unknown lines are skipped, never guessed. */
export function parseGitLog(text: string): Commit[] {
  const commits: Commit[] = [];
  for (const block of text.split('\x1e')) {
    if (!block.trim()) continue;
    const newline = block.indexOf('\n');
    const head = newline === -1 ? block : block.slice(0, newline);
    const [hash, time, ...rest] = head.split('\x1f');
    if (!hash || !/^[0-9a-f]{7,64}$/.test(hash) || !time || !/^\d{4}-\d{2}-\d{2}T/.test(time)) continue;
    const files: Commit['files'] = [];
    if (newline !== -1) {
      for (const line of block.slice(newline + 1).split('\n')) {
        const m = /^([AMDT])\t(.+)$/.exec(line);
        if (m) files.push({ path: m[2]!, kind: KINDS[m[1]!]! });
      }
    }
    commits.push({ hash, time, date: time.slice(0, 10), subject: trimSubject(rest.join('\x1f')), files });
  }
  return commits;
}

/** The history from parsed commits: each file's changes, newest first (git log's own order). */
export function historyOf(commits: Commit[]): DataHistory {
  const byFile = new Map<string, FileChange[]>();
  for (const c of commits) {
    for (const f of c.files) {
      const change: FileChange = { hash: c.hash, date: c.date, time: c.time, subject: c.subject, kind: f.kind };
      const list = byFile.get(f.path);
      if (list) list.push(change);
      else byFile.set(f.path, [change]);
    }
  }
  return { available: true, commits, byFile };
}

/** Why there is no history, as a page says it. */
export function unavailable(reason: 'no-git' | 'shallow'): DataHistory {
  return {
    available: false,
    reason:
      reason === 'shallow'
        ? 'De geschiedenis is niet beschikbaar: deze versie van de site is gebouwd uit een onvolledige kopie van de repository.'
        : 'De geschiedenis is niet beschikbaar: deze versie van de site is gebouwd zonder Git.',
  };
}

/** What an entry's page shows of its history: the last change and the newest `limit` changes. */
export interface EntryHistory {
  available: boolean;
  /** Why not, when not available. */
  reason?: string;
  lastChanged?: string;
  changes: FileChange[];
  /** How many older changes are not listed. */
  more: number;
}

export function entryHistory(history: DataHistory, path: string, limit = 10): EntryHistory {
  if (!history.available) return { available: false, reason: history.reason, changes: [], more: 0 };
  const all = history.byFile.get(path) ?? [];
  return {
    available: true,
    ...(all[0] ? { lastChanged: all[0].date } : {}),
    changes: all.slice(0, limit),
    more: Math.max(0, all.length - limit),
  };
}

/** One line of an entry's history as its page shows it: changes a reader cannot tell apart are one line. */
export interface HistoryLine {
  date: string;
  kind: ChangeKind;
  /** The commit's description, only when it may be shown (publishedSubject). */
  subject?: string;
  /** How many changes the line stands for. */
  times: number;
}

/**
 * The page's lines for a file's changes (newest first). A change shows only its day, its kind and
 * a Dutch description, so two commits on one day with English descriptions read the same: such
 * neighbours become one line with a count ("2 keer gewijzigd") instead of the same line twice.
 */
export function historyLines(changes: readonly FileChange[]): HistoryLine[] {
  const lines: HistoryLine[] = [];
  for (const c of changes) {
    const subject = publishedSubject(c.subject);
    const last = lines.at(-1);
    if (last && last.date === c.date && last.kind === c.kind && last.subject === subject) last.times++;
    else lines.push({ date: c.date, kind: c.kind, ...(subject ? { subject } : {}), times: 1 });
  }
  return lines;
}
