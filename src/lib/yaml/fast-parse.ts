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
 * Scalars are typed by js-yaml's own core-schema resolver, so `no`, `on`, `08`, dates and
 * `.inf` read exactly as the positional parser reads them. tests/unit/fast-parse.test.ts
 * proves the two agree on every fixture, every data file, a hostile corpus and mutations.
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

/** A key as the form writes it: a plain word (then checked to resolve to itself as text). */
const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: |$)/;

/** Characters that start something other than a plain scalar (or need care) in block context. */
const INDICATOR = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);

/** Thrown to leave the fast road; caught in fastParse only. */
class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

const indentOf = (line: string) => {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
};

/** A plain scalar's text is safe to read alone: no comment, no mapping inside, no odd start. */
function plainOk(s: string): boolean {
  const c = s[0];
  return (
    c !== undefined &&
    c !== ' ' &&
    // A dash followed by text is plain (`-5`); `- ` would be a list.
    (!INDICATOR.has(c) || (c === '-' && s.length > 1 && s[1] !== ' ')) &&
    !s.includes(': ') &&
    !s.includes(' #') &&
    !s.endsWith(':') &&
    !s.endsWith(' ')
  );
}

/** Types a plain scalar as js-yaml's core schema does. */
const resolvePlain = (s: string): unknown => CORE_SCHEMA.resolveImplicitScalarTag(s).value;

/**
 * Keys known to read as themselves (a key like `true` or `1` would be typed). Every file repeats
 * the schema's few dozen keys, and typing each anew was a tenth of reading a file (issue #28).
 * Only keys that passed are kept, the first KNOWN_KEYS_MAX of them (files with many odd keys
 * only make later keys slower, never different), each as a copy of its own: a key cut from a
 * file's text would keep that whole text alive.
 */
const knownKeys = new Set<string>();
const KNOWN_KEYS_MAX = 2000;
function readsAsItself(key: string): boolean {
  if (knownKeys.has(key)) return true;
  if (resolvePlain(key) !== key) return false;
  if (knownKeys.size < KNOWN_KEYS_MAX) knownKeys.add(JSON.parse(JSON.stringify(key)) as string);
  return true;
}

class Reader {
  private i = 0;
  constructor(private readonly lines: string[]) {}

  /** The index of the next non-empty line from `i`, or lines.length. */
  private nextContent(from: number): number {
    let j = from;
    while (j < this.lines.length && this.lines[j] === '') j++;
    return j;
  }

  /** Reads the document: a mapping at column 0 that covers every line. */
  document(): Record<string, unknown> {
    this.i = this.nextContent(0);
    if (this.i >= this.lines.length || !KEY.test(this.lines[this.i]!)) giveUp();
    const value = this.mapping(0, 1);
    if (this.nextContent(this.i) < this.lines.length) giveUp();
    return value;
  }

  /**
   * A block mapping whose keys stand at column `indent`, starting at line i. `first`: the
   * rest of a `- ` line that holds the mapping's first entry.
   */
  private mapping(indent: number, depth: number, first?: string): Record<string, unknown> {
    if (depth > MAX_DEPTH) giveUp();
    const out: Record<string, unknown> = {};
    let entry = first;
    for (;;) {
      if (entry === undefined) {
        const j = this.nextContent(this.i);
        if (j >= this.lines.length) return out;
        const line = this.lines[j]!;
        const ind = indentOf(line);
        if (ind < indent) return out;
        if (ind > indent) giveUp();
        this.i = j;
        entry = line.slice(indent);
      }
      const m = KEY.exec(entry) ?? giveUp();
      const key = m[1]!;
      if (FORBIDDEN_KEYS.has(key) || Object.hasOwn(out, key) || !readsAsItself(key)) giveUp();
      out[key] = this.value(entry.slice(m[0].length), indent, depth);
      entry = undefined;
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
      const line = this.lines[j];
      const ind = line === undefined ? -1 : indentOf(line);
      if (line === undefined || ind <= parent) {
        // Nothing below: js-yaml reads null, unless a list follows at the parent's own column.
        if (line !== undefined && ind === parent && line.startsWith('-', ind)) giveUp();
        return null;
      }
      this.i = j;
      const body = line.slice(ind);
      if (body.startsWith('- ')) return this.sequence(ind, depth + 1);
      if (KEY.test(body)) return this.mapping(ind, depth + 1);
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
      const line = this.lines[j];
      // An empty line inside (a line break) or the end of the file: left to js-yaml.
      if (line === undefined || line === '') giveUp();
      const ind = indentOf(line!);
      if (ind <= parent) giveUp();
      parts.push(line!.slice(ind));
    }
  }

  /** A plain scalar, folded over continuation lines indented deeper than its parent. */
  private plain(first: string, parent: number): unknown {
    if (!plainOk(first)) giveUp();
    const parts = [first];
    let j = this.i + 1;
    for (;;) {
      const line = this.lines[j];
      if (line === undefined || line === '') break;
      const ind = indentOf(line);
      if (ind <= parent) break;
      const text = line.slice(ind);
      if (!plainOk(text)) giveUp();
      parts.push(text);
      j++;
    }
    // An empty line inside a plain scalar becomes a line break: rare, left to js-yaml.
    const k = this.nextContent(j);
    if (k > j && k < this.lines.length && indentOf(this.lines[k]!) > parent) giveUp();
    this.i = j;
    return resolvePlain(parts.join(' '));
  }

  /** A `>` (folded) or `|` (literal) block, clipped or with `-` stripped; nothing else. */
  private block(header: string, parent: number): string {
    if (header !== '>' && header !== '|' && header !== '>-' && header !== '|-') giveUp();
    const folded = header[0] === '>';
    let j = this.i + 1;
    const first = this.lines[j];
    // Leading empty lines, or no deeper line at all: left to js-yaml.
    if (first === undefined || first === '') giveUp();
    const indent = indentOf(first!);
    if (indent <= parent) giveUp();
    const content: string[] = [];
    for (; j < this.lines.length; j++) {
      const line = this.lines[j]!;
      if (line === '') {
        content.push('');
        continue;
      }
      const ind = indentOf(line);
      if (ind < indent) break;
      // A more-indented line in a folded block keeps its breaks: left to js-yaml.
      if (folded && ind > indent) giveUp();
      content.push(line.slice(indent));
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
      if (j >= this.lines.length) return out;
      const line = this.lines[j]!;
      const ind = indentOf(line);
      if (ind < indent) return out;
      if (ind > indent || !line.startsWith('- ', ind)) giveUp();
      this.i = j;
      const rest = line.slice(ind + 2);
      if (rest === '' || rest[0] === ' ') giveUp();
      if (KEY.test(rest)) out.push(this.mapping(ind + 2, depth + 1, rest));
      else {
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
  if (!text.endsWith('\n') || UNUSUAL.test(text) || / \n/.test(text)) return undefined;
  try {
    return new Reader(text.slice(0, -1).split('\n')).document();
  } catch (err) {
    if (err instanceof GiveUp) return undefined;
    throw err;
  }
}
