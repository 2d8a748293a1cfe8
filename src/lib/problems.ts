import { escapeForOutput } from './text/unsafe-characters';

/** A problem found in a data file, written for the person who has to fix it. */
export interface Problem {
  /** Path of the file relative to the repository root, e.g. `data/initiatives/cew.yaml`. */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Field path in dotted form (`partners[2].organisation`), or '' for the whole file. */
  field: string;
  /** What is wrong, in plain Dutch. */
  message: string;
  /** What would be right, when we can tell. */
  hint?: string;
  /** Errors stop the build; warnings are shown but do not. */
  severity: 'error' | 'warning';
}

/** Orders problems by file, then line, then column, so output is stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
  );
}

/**
 * One problem as a line a person reads: `file:line:column  field: message (hint)`.
 * Every part may echo contributor text, so each is escaped: no value can move the cursor,
 * clear the terminal or start a line of its own.
 */
export function formatProblem(p: Problem): string {
  return formatProblemAt(p, `${p.file}:${p.line}:${p.column}`);
}

/**
 * A problem told at a place of the caller's words: the import names a row of a table
 * ("lijst.csv, rij 3"), not a file position. (Its own function, not a second parameter of
 * formatProblem, which is passed to `map` and would take the index as the place.)
 */
export function formatProblemAt(p: Problem, place: string): string {
  const where = escapeForOutput(place);
  const level = p.severity === 'error' ? 'fout' : 'waarschuwing';
  const field = p.field ? `${escapeForOutput(p.field)}: ` : '';
  const hint = p.hint ? `\n    → ${escapeForOutput(p.hint)}` : '';
  return `${where}  ${level}  ${field}${escapeForOutput(p.message)}${hint}`;
}

/** GitHub workflow command so the problem shows as an annotation on the pull request's diff. */
export function formatGithubAnnotation(p: Problem): string {
  // GitHub's own escaping for % CR LF, after ours for every other control character.
  const escapeData = (s: string) => escapeForOutput(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
  const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const kind = p.severity === 'error' ? 'error' : 'warning';
  const title = p.field ? `Veld ${p.field}` : 'Bestand';
  const body = p.hint ? `${p.message} → ${p.hint}` : p.message;
  return `::${kind} file=${escapeProp(p.file)},line=${p.line},col=${p.column},title=${escapeProp(title)}::${escapeData(body)}`;
}

/** How many warnings of one kind the build shows one by one; more are told as one line. */
export const WARNINGS_SHOWN_EACH = 3;

/**
 * The build's warning lines: each warning as `npm run validate` tells it, except that a warning
 * said of more than `each` different files is one line that counts the files and names them. The data's
 * standing warnings (18 initiatives without any place) otherwise hid a contributor's own new one
 * among dozens of lines (a newcomer review); `npm run validate` still tells every one in full.
 */
export function warningLines(problems: readonly Problem[], each = WARNINGS_SHOWN_EACH): string[] {
  const warnings = problems.filter((p) => p.severity === 'warning');
  const byMessage = new Map<string, Problem[]>();
  for (const p of warnings) (byMessage.get(p.message) ?? byMessage.set(p.message, []).get(p.message)!).push(p);
  const told = new Set<string>();
  const lines: string[] = [];
  for (const p of warnings) {
    // Files, not warnings: one file that says the same thing four times is one file (a code review).
    const files = [...new Set(byMessage.get(p.message)!.map((x) => x.file))];
    if (files.length <= each) lines.push(formatProblem(p));
    else if (!told.has(p.message)) {
      told.add(p.message);
      lines.push(
        `${files.length} bestanden  waarschuwing  ${escapeForOutput(p.message)}\n    → Bestanden: ${files.map(escapeForOutput).join(', ')}. npm run validate zegt bij elk de regel en wat te doen.`,
      );
    }
  }
  return lines;
}

/** A short closing line: how many errors and warnings in how many files. */
export function summariseProblems(problems: readonly Problem[], fileCount: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file)).size;
  if (errors === 0) {
    return `${fileCount} bestanden gecontroleerd: geen fouten${warnings ? `, ${warnings} waarschuwing(en)` : ''}.`;
  }
  return `${fileCount} bestanden gecontroleerd: ${errors} fout(en) in ${files} bestand(en)${warnings ? `, ${warnings} waarschuwing(en)` : ''}.`;
}

/** The JSON pointer of a path of keys and indexes (`['partners', '2']` -> `/partners/2`), escaped as RFC 6901 says. */
export function pointerOf(path: readonly string[]): string {
  return path.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Turns a JSON pointer (`/partners/2/organisation`) into the dotted form editors read. */
export function pointerToField(pointer: string): string {
  if (!pointer) return '';
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}

/** The optional parts of a problem: a hint, a field, a severity other than error. */
export interface ProblemDetails {
  hint?: string;
  field?: string;
  severity?: Problem['severity'];
}

/**
 * A problem about a whole file (or a file with no positions to point at: a region file, the
 * site configuration, an issue form): line 1, column 1. One constructor, so every such
 * problem has the same shape and an error is the default.
 */
export function fileProblem(file: string, message: string, details: ProblemDetails = {}): Problem {
  return {
    file,
    line: 1,
    column: 1,
    field: details.field ?? '',
    severity: details.severity ?? 'error',
    message,
    ...(details.hint ? { hint: details.hint } : {}),
  };
}

/** The top-level field a problem's field path starts with: `partners[2].organisation` → `partners`; '' for the whole file. */
export function topField(field: string): string {
  return /^[^.[]*/.exec(field)![0];
}
