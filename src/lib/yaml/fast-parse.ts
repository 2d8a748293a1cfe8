/**
 * A fast reader for the common case: a data file in the plain block form the CMS and
 * `npm run format:data` write (block mappings and lists, plain or quoted values folded over
 * lines, `>` and `|` blocks). It reads such a file five to seven times faster than the
 * positional parser (measured on 3,000 generated initiatives), and it gives up (returns undefined) on everything else, however valid: comments,
 * flow collections, anchors, tags, tabs, several documents, duplicate keys, escapes, deep
 * nesting, anything unusual. The caller then parses with js-yaml (parse-data-file.ts), which
 * reports the problem with its line, or reads the file. So this reader never refuses and
 * never reports: it only ever takes the fast road when the answer is certain.
 *
 * Scalars are typed by js-yaml's own core-schema resolver (except text that starts with a letter
 * no typed value can start with: resolvePlain), so `no`, `on`, `08`, dates and `.inf` read
 * exactly as the positional parser reads them. tests/unit/fast-parse.test.ts proves the two
 * agree on every fixture, every data file, a hostile corpus and mutations.
 */
import { CORE_SCHEMA } from 'js-yaml';

/** Keys that could reach Object.prototype; such a file goes to the positional parser. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Below this nesting the positional parser's depth limit (12) cannot be reached. */
const MAX_DEPTH = 8;

/**
 * Characters that make the text unusual: tabs, carriage returns and other control
 * characters, NEL, BOM, the Unicode line separators, non-characters, and lone surrogates.
 */
const UNUSUAL =
  /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Where the key that starts in `text` at `at` ends (the index of its colon), or -1 when there is
 * none there: a key as the form writes it is a plain word, `[A-Za-z_][A-Za-z0-9_-]*`, followed by
 * `:` and a space or the end of the line (a line break, or the end of the text); it is then
 * checked to resolve to itself as text.
 * Scanned by hand: a regular expression with its match array and a slice per line was a sixth of
 * reading a file (issue #28).
 */
function keyEnd(text: string, at: number): number {
  let i = at;
  let c = text.charCodeAt(i);
  // A letter or '_' first (c | 32 folds A-Z onto a-z).
  if (!(((c | 32) >= 97 && (c | 32) <= 122) || c === 95)) return -1;
  for (
    c = text.charCodeAt(++i);
    ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45;
    c = text.charCodeAt(++i)
  );
  if (c !== 58) return -1;
  const after = text.charCodeAt(i + 1);
  return after === 32 || after === 10 || Number.isNaN(after) ? i : -1;
}

/** Characters that start something other than a plain scalar (or need care) in block context, by code. */
const INDICATOR = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`') INDICATOR[c.charCodeAt(0)] = 1;

/** Thrown to leave the fast road; caught in fastParse only. */
class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

/** A plain scalar's text is safe to read alone: no comment, no mapping inside, no odd start. */
function plainOk(s: string): boolean {
  const c = s.charCodeAt(0);
  return (
    s.length > 0 &&
    c !== 32 &&
    // A dash followed by text is plain (`-5`); `- ` would be a list.
    (c >= 128 || INDICATOR[c] === 0 || (c === 45 && s.length > 1 && s.charCodeAt(1) !== 32)) &&
    !s.includes(': ') &&
    // '#' first: it is rare, a space is not, and a search runs fastest for a rare first character.
    !(s.includes('#') && s.includes(' #')) &&
    !s.endsWith(':') &&
    !s.endsWith(' ')
  );
}

/**
 * Types a plain scalar as js-yaml's core schema does. In the YAML 1.2 core schema only null (`~`,
 * `null`), booleans (`true`, `false`) and numbers (a digit, `+`, `-` or `.` first) are typed, in
 * the three spellings of the spec: text that starts with any other ASCII letter is text, and is
 * returned as it is without asking js-yaml (tests/unit/fast-parse.test.ts holds js-yaml to this).
 */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0) | 32;
  if (c >= 97 && c <= 122 && c !== 110 && c !== 116 && c !== 102) return s;
  return CORE_SCHEMA.resolveImplicitScalarTag(s).value;
}

/**
 * Keys known to read as themselves (a key like `true` or `1` would be typed), by the code of their
 * first character (an ASCII letter or '_'). Every file repeats the schema's few dozen keys: a line's
 * key is compared with those of its length where it stands, without cutting it out of the line,
 * typing it or looking it up by hash, which was a fifth of reading a file (issue #28). Only keys that passed
 * are kept, at most KNOWN_PER_CHARACTER per first character (files with many odd keys only make
 * later keys slower, never different), each as a copy of its own: a key cut from a file's text
 * would keep that whole text alive.
 */
const known: string[][] = Array.from({ length: 128 }, () => []);
const KNOWN_PER_CHARACTER = 64;

/** The known key that `text` holds from `at` to `end` (keyEnd), or undefined. */
function knownKey(text: string, at: number, end: number): string | undefined {
  const candidates = known[text.charCodeAt(at)];
  if (candidates === undefined) return undefined;
  const length = end - at;
  next: for (const key of candidates) {
    if (key.length !== length) continue;
    // Character by character: shorter than a call to startsWith for a word of a few letters.
    for (let k = 1; k < length; k++) if (key.charCodeAt(k) !== text.charCodeAt(at + k)) continue next;
    return key;
  }
  return undefined;
}

/** Whether a key not known yet reads as itself; if so it is known from now on. */
function readsAsItself(key: string): boolean {
  if (resolvePlain(key) !== key) return false;
  const same = known[key.charCodeAt(0)];
  if (same && same.length < KNOWN_PER_CHARACTER && !same.includes(key)) same.push(JSON.parse(JSON.stringify(key)) as string);
  return true;
}

/**
 * Reads the lines of one text where they stand: line j is text[starts[j], ends[j]) (the end is its
 * line break). Working on the one flat text, instead of on a string per line, made the character
 * scans (indents, keys) about twice as fast (issue #28).
 */
class Reader {
  private i = 0;
  private readonly n: number;
  constructor(
    private readonly text: string,
    private readonly starts: readonly number[],
    private readonly ends: readonly number[],
  ) {
    this.n = starts.length;
  }

  private empty(j: number): boolean {
    return this.starts[j] === this.ends[j];
  }

  /** The spaces that line j starts with. */
  private indent(j: number): number {
    const start = this.starts[j]!;
    let p = start;
    while (this.text.charCodeAt(p) === 32) p++;
    return p - start;
  }

  /** Line j from column `column` to its end. */
  private rest(j: number, column: number): string {
    return this.text.slice(this.starts[j]! + column, this.ends[j]);
  }

  /** The index of the next non-empty line from `from`, or the number of lines. */
  private nextContent(from: number): number {
    let j = from;
    while (j < this.n && this.empty(j)) j++;
    return j;
  }

  /** Reads the document: a mapping at column 0 that covers every line. */
  document(): Record<string, unknown> {
    this.i = this.nextContent(0);
    if (this.i >= this.n || keyEnd(this.text, this.starts[this.i]!) === -1) giveUp();
    const value = this.mapping(0, 1);
    if (this.nextContent(this.i) < this.n) giveUp();
    return value;
  }

  /**
   * A block mapping whose keys stand at column `indent`, starting at line i. `firstAt`: the
   * column where the mapping's first entry starts on line i, when that is a `- ` line.
   */
  private mapping(indent: number, depth: number, firstAt?: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) giveUp();
    const out: Record<string, unknown> = {};
    let at = firstAt;
    for (;;) {
      if (at === undefined) {
        const j = this.nextContent(this.i);
        if (j >= this.n) return out;
        const ind = this.indent(j);
        if (ind < indent) return out;
        if (ind > indent) giveUp();
        this.i = j;
        at = indent;
      }
      const from = this.starts[this.i]! + at;
      const end = keyEnd(this.text, from);
      if (end === -1) giveUp();
      let key = knownKey(this.text, from, end);
      if (key === undefined) {
        key = this.text.slice(from, end);
        if (FORBIDDEN_KEYS.has(key) || !readsAsItself(key)) giveUp();
      }
      if (Object.hasOwn(out, key)) giveUp();
      // After `key: ` (or nothing, when the line ends at the colon).
      out[key] = this.value(this.text.slice(end + 2, this.ends[this.i]), indent, depth);
      at = undefined;
    }
  }

  /**
   * The value after `key: ` (or `- `) on line i, whose parent stands at column `parent`.
   * Leaves i on the first line after the value.
   */
  private value(rest: string, parent: number, depth: number): unknown {
    if (rest === '') {
      // A nested block on the next lines, or an empty value.
      this.i++;
      const j = this.nextContent(this.i);
      const ind = j >= this.n ? -1 : this.indent(j);
      if (j >= this.n || ind <= parent) {
        // Nothing below: js-yaml reads null, unless a list follows at the parent's own column.
        if (j < this.n && ind === parent && this.text.startsWith('-', this.starts[j]! + ind)) giveUp();
        return null;
      }
      this.i = j;
      const at = this.starts[j]! + ind;
      if (this.text.startsWith('- ', at)) return this.sequence(ind, depth + 1);
      if (keyEnd(this.text, at) !== -1) return this.mapping(ind, depth + 1);
      return giveUp();
    }
    const c = rest[0]!;
    if (c === "'" || c === '"') return this.quoted(rest, parent);
    if (c === '>' || c === '|') return this.block(rest, parent);
    return this.plain(rest, parent);
  }

  /**
   * A quoted scalar, on one line or folded over lines indented deeper than its parent (each
   * line break a space, as js-yaml folds them). Single quotes double a quote inside; double
   * quotes without escapes only (a backslash is left to js-yaml).
   */
  private quoted(first: string, parent: number): string {
    const q = first[0]!;
    const parts = [first];
    let j = this.i;
    for (;;) {
      const joined = parts.join(' ');
      const inner = joined.slice(1);
      if (q === '"' && inner.includes('\\')) giveUp();
      // Where the scalar closes: the first quote that is not a doubled single quote.
      const close = q === '"' ? inner.indexOf('"') : inner.replace(/''/g, '\0\0').indexOf("'");
      if (close !== -1) {
        // Anything after the closing quote (a comment, a second scalar): left to js-yaml.
        if (close !== inner.length - 1) giveUp();
        this.i = j + 1;
        const text = inner.slice(0, -1);
        return q === "'" ? text.replace(/''/g, "'") : text;
      }
      j++;
      // An empty line inside (a line break) or the end of the file: left to js-yaml.
      if (j >= this.n || this.empty(j)) giveUp();
      const ind = this.indent(j);
      if (ind <= parent) giveUp();
      parts.push(this.rest(j, ind));
    }
  }

  /** A plain scalar, folded over continuation lines indented deeper than its parent. */
  private plain(first: string, parent: number): unknown {
    if (!plainOk(first)) giveUp();
    // Most values are one line: the text itself, without a list to join.
    let joined = first;
    let j = this.i + 1;
    for (; j < this.n && !this.empty(j); j++) {
      const ind = this.indent(j);
      if (ind <= parent) break;
      const text = this.rest(j, ind);
      if (!plainOk(text)) giveUp();
      joined += ` ${text}`;
    }
    // An empty line inside a plain scalar becomes a line break: rare, left to js-yaml.
    const k = this.nextContent(j);
    if (k > j && k < this.n && this.indent(k) > parent) giveUp();
    this.i = j;
    return resolvePlain(joined);
  }

  /** A `>` (folded) or `|` (literal) block, clipped or with `-` stripped; nothing else. */
  private block(header: string, parent: number): string {
    if (header !== '>' && header !== '|' && header !== '>-' && header !== '|-') giveUp();
    const folded = header[0] === '>';
    let j = this.i + 1;
    // Leading empty lines, or no deeper line at all: left to js-yaml.
    if (j >= this.n || this.empty(j)) giveUp();
    const indent = this.indent(j);
    if (indent <= parent) giveUp();
    const content: string[] = [];
    for (; j < this.n; j++) {
      if (this.empty(j)) {
        content.push('');
        continue;
      }
      const ind = this.indent(j);
      if (ind < indent) break;
      // A more-indented line in a folded block keeps its breaks: left to js-yaml.
      if (folded && ind > indent) giveUp();
      content.push(this.rest(j, indent));
    }
    while (content[content.length - 1] === '') content.pop();
    this.i = j;
    let text: string;
    if (!folded) text = content.join('\n');
    else {
      text = '';
      let blanks = 0;
      for (const line of content) {
        if (line === '') {
          blanks++;
          continue;
        }
        if (text !== '') text += blanks ? '\n'.repeat(blanks) : ' ';
        text += line;
        blanks = 0;
      }
    }
    return header.endsWith('-') ? text : `${text}\n`;
  }

  /** A block list whose dashes stand at column `indent`, starting at line i. */
  private sequence(indent: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) giveUp();
    const out: unknown[] = [];
    for (;;) {
      const j = this.nextContent(this.i);
      if (j >= this.n) return out;
      const ind = this.indent(j);
      if (ind < indent) return out;
      const dash = this.starts[j]! + ind;
      if (ind > indent || !this.text.startsWith('- ', dash)) giveUp();
      this.i = j;
      // Nothing after the dash (only its space), or more spaces: left to js-yaml.
      const next = this.text.charCodeAt(dash + 2);
      if (next === 10 || next === 32) giveUp();
      if (keyEnd(this.text, dash + 2) !== -1) out.push(this.mapping(ind + 2, depth + 1, ind + 2));
      else {
        const rest = this.rest(j, ind + 2);
        const c = rest[0]!;
        // Blocks and nested lists on a dash line: left to js-yaml.
        if (c === '>' || c === '|' || rest.startsWith('- ')) giveUp();
        out.push(this.value(rest, ind, depth));
      }
    }
  }
}

/**
 * Reads a data file on the fast road: the value exactly as the positional parser would read
 * it, or undefined when the file is not in the plain form (then nothing is known about it).
 */
export function fastParse(text: string): Record<string, unknown> | undefined {
  if (!text.endsWith('\n') || UNUSUAL.test(text)) return undefined;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    // A space at the end of a line: found here, instead of in a second pass over the text.
    if (end > start && text.charCodeAt(end - 1) === 32) return undefined;
    starts.push(start);
    ends.push(end);
    start = end + 1;
  }
  try {
    return new Reader(text, starts, ends).document();
  } catch (err) {
    if (err instanceof GiveUp) return undefined;
    throw err;
  }
}
