import { CORE_SCHEMA, EVENT_ID, constructFromEvents, getScalarValue, parseEvents, type Event } from 'js-yaml';
import { fileProblem, pointerToField as fieldOf, type Problem } from '../problems';
import { fastParse } from './fast-parse';

/** Limits for a data file. A real initiative file is a few KB; these stop abuse, not content. */
export const PARSE_LIMITS = {
  maxBytes: 256 * 1024,
  maxDepth: 12,
} as const;

/** Keys that could reach Object.prototype when data is merged or copied carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface Position {
  line: number;
  column: number;
}

/** Where each field of a parsed file stands, keyed by JSON pointer (`/partners/0/role`). */
export interface PositionIndex {
  /** Position of the key (for mapping members) or of the item (for sequence items). */
  keys: Map<string, Position>;
  /** Position of the value itself. */
  values: Map<string, Position>;
}

export interface ParsedFile {
  value: unknown;
  positions: PositionIndex;
  problems: Problem[];
}

/** Translates byte offsets to 1-based line and column, in O(log n) per look-up. */
export function makeLocator(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Finds the position of a pointer, or of its nearest ancestor that has one. */
export function positionOf(index: PositionIndex, pointer: string, prefer: 'key' | 'value' = 'key'): Position {
  let p = pointer;
  for (;;) {
    const hit = prefer === 'key' ? (index.keys.get(p) ?? index.values.get(p)) : (index.values.get(p) ?? index.keys.get(p));
    if (hit) return hit;
    if (!p) return { line: 1, column: 1 };
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

/**
 * Decodes bytes as UTF-8 and refuses what is not text. Kept separate from parsing so the
 * browser (CMS) and Node share the same text-level checks.
 */
export function decodeDataFile(bytes: Uint8Array, file: string): { text?: string; problems: Problem[] } {
  const problem = (message: string, hint?: string): Problem => fileProblem(file, message, hint ? { hint } : {});
  if (bytes.length > PARSE_LIMITS.maxBytes) {
    return {
      problems: [
        problem(
          `Het bestand is ${Math.round(bytes.length / 1024)} KB; het maximum is ${PARSE_LIMITS.maxBytes / 1024} KB.`,
          'Kort de beschrijving in of verdeel de inhoud.',
        ),
      ],
    };
  }
  const binary = () => ({
    problems: [problem('Dit is geen tekstbestand (het bevat NUL-bytes).', 'Sla het bestand op als platte tekst in UTF-8 (YAML).')],
  });
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    // NUL bytes first, whatever else is wrong: such a file is no text at all.
    return bytes.includes(0)
      ? binary()
      : { problems: [problem('Het bestand is geen geldige UTF-8-tekst.', 'Sla het bestand op als UTF-8.')] };
  }
  // A NUL byte is valid UTF-8: found in the text, by the string search (faster than in the bytes).
  if (text.includes('\0')) return binary();
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, problems: [] };
}

/** One decoder for every file: decode() without `stream` starts afresh each time. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Offset of the `---` line that starts a second document (the first one may open with `---` too). */
function secondDocumentStart(text: string): number {
  const markers = [...text.matchAll(/^---(?=\s|$)/gm)].map((m) => m.index!);
  const firstContent = text.search(/^(?!---|#|\s*$)/m);
  const second = markers.find((i) => i > firstContent);
  return second ?? text.length - 1;
}

interface Frame {
  kind: 'document' | 'mapping' | 'sequence';
  pointer: string;
  depth: number;
  expectingKey: boolean;
  pendingKey?: string;
  index: number;
  seenKeys?: Set<string>;
}

/**
 * Walks the events once, recording where every key and value stands and every safety problem
 * (aliases, anchors, duplicate or prototype keys, complex keys, several documents).
 */
function walkEvents(
  text: string,
  events: Event[],
  file: string,
  at: (offset: number) => Position,
): { positions: PositionIndex; problems: Problem[] } {
  const positions: PositionIndex = { keys: new Map(), values: new Map() };
  const problems: Problem[] = [];
  const add = (offset: number, field: string, message: string, hint?: string) => {
    const { line, column } = at(Math.max(0, offset));
    problems.push({ file, line, column, field, message, severity: 'error', ...(hint ? { hint } : {}) });
  };
  const stack: Frame[] = [];
  let documents = 0;

  for (const ev of events) {
    if (ev.type === EVENT_ID.DOCUMENT) {
      documents++;
      // A document event carries no offset: report at the '---' that opens the second one.
      if (documents > 1)
        add(
          secondDocumentStart(text),
          '',
          'Het bestand bevat meer dan één YAML-document (---).',
          'Zet één initiatief of organisatie per bestand.',
        );
      stack.push({ kind: 'document', pointer: '', depth: 0, expectingKey: false, index: 0 });
      continue;
    }
    if (ev.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    const start = ev.type === EVENT_ID.SCALAR ? ev.valueStart : ev.type === EVENT_ID.ALIAS ? ev.anchorStart : ev.start;
    const top = stack[stack.length - 1];
    if (!top) continue;
    let pointer = top.pointer;

    // Where this node sits, for messages about anchors and aliases on a value.
    const here = top.kind === 'mapping' && !top.expectingKey ? `${top.pointer}/${escapePointer(top.pendingKey ?? '')}` : top.pointer;
    if (ev.type === EVENT_ID.ALIAS) {
      add(start, fieldOf(here), 'Verwijzingen (*alias) zijn niet toegestaan in databestanden.', 'Schrijf de waarde gewoon uit.');
      if (top.kind === 'mapping') top.expectingKey = !top.expectingKey;
      continue;
    }
    if (ev.anchorStart >= 0) {
      add(
        ev.anchorStart,
        fieldOf(here),
        'Ankers (&naam) zijn niet toegestaan in databestanden.',
        'Haal het anker weg en schrijf waarden uit.',
      );
    }

    if (top.kind === 'mapping' && top.expectingKey) {
      if (ev.type !== EVENT_ID.SCALAR) {
        add(start, fieldOf(top.pointer), 'Een veldnaam moet gewone tekst zijn.', 'Schrijf `veldnaam: waarde`.');
        // Skip the complex key's value bookkeeping by treating it as an anonymous key.
        top.pendingKey = `#complex${top.index++}`;
        top.expectingKey = false;
        stack.push({
          kind: ev.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence',
          pointer: `${top.pointer}/${top.pendingKey}`,
          depth: top.depth + 1,
          expectingKey: true,
          index: 0,
          seenKeys: new Set(),
        });
        continue;
      }
      const key = getScalarValue(text, ev);
      const keyPointer = `${top.pointer}/${escapePointer(key)}`;
      if (FORBIDDEN_KEYS.has(key)) {
        add(start, fieldOf(keyPointer), `De veldnaam '${key}' is niet toegestaan.`, 'Gebruik alleen de velden uit het schema.');
      } else if (top.seenKeys!.has(key)) {
        add(start, fieldOf(keyPointer), `Het veld '${key}' staat twee keer in dit blok.`, 'Houd één van de twee en verwijder de andere.');
      }
      top.seenKeys!.add(key);
      if (!positions.keys.has(keyPointer)) positions.keys.set(keyPointer, at(start));
      top.pendingKey = key;
      top.expectingKey = false;
      continue;
    }

    if (top.kind === 'mapping') {
      pointer = `${top.pointer}/${escapePointer(top.pendingKey ?? '')}`;
      top.expectingKey = true;
    } else if (top.kind === 'sequence') {
      pointer = `${top.pointer}/${top.index++}`;
      positions.keys.set(pointer, at(start));
    }
    if (!positions.values.has(pointer)) positions.values.set(pointer, at(start));
    if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) {
      stack.push({
        kind: ev.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence',
        pointer,
        depth: top.depth + 1,
        expectingKey: ev.type === EVENT_ID.MAPPING,
        index: 0,
        ...(ev.type === EVENT_ID.MAPPING ? { seenKeys: new Set<string>() } : {}),
      });
    }
  }

  return { positions, problems };
}

/**
 * The same safety checks as walkEvents without building positions: most files are clean,
 * and for them positions are never needed (they only place messages).
 */
function isClean(text: string, events: Event[]): boolean {
  const keys: (Set<string> | null)[] = [];
  const expectingKey: boolean[] = [];
  let documents = 0;
  for (const ev of events) {
    if (ev.type === EVENT_ID.DOCUMENT) {
      if (++documents > 1) return false;
      keys.push(null);
      expectingKey.push(false);
      continue;
    }
    if (ev.type === EVENT_ID.POP) {
      keys.pop();
      expectingKey.pop();
      continue;
    }
    if (ev.type === EVENT_ID.ALIAS || ev.anchorStart >= 0) return false;
    const top = keys.length - 1;
    const inMapping = keys[top] !== null && keys[top] !== undefined;
    if (inMapping && expectingKey[top]) {
      if (ev.type !== EVENT_ID.SCALAR) return false;
      const key = getScalarValue(text, ev);
      if (FORBIDDEN_KEYS.has(key) || keys[top]!.has(key)) return false;
      keys[top]!.add(key);
      expectingKey[top] = false;
      continue;
    }
    if (inMapping) expectingKey[top] = true;
    if (ev.type === EVENT_ID.MAPPING) {
      keys.push(new Set());
      expectingKey.push(true);
    } else if (ev.type === EVENT_ID.SEQUENCE) {
      keys.push(null);
      expectingKey.push(false);
    }
  }
  return true;
}

/**
 * A position index built on first use. A class, not an object literal with getters: every file
 * gets one, and V8 makes a literal's getters anew for each object (issue #28).
 */
class LazyIndex implements PositionIndex {
  #index: PositionIndex | undefined;
  constructor(private readonly build: () => PositionIndex) {}
  get keys() {
    return (this.#index ??= this.build()).keys;
  }
  get values() {
    return (this.#index ??= this.build()).values;
  }
}

/** A position index built on first use. */
export function lazyIndex(build: () => PositionIndex): PositionIndex {
  return new LazyIndex(build);
}

/**
 * Parses one YAML data file safely: YAML 1.2 core schema (so `yes` and dates stay strings),
 * one document, no anchors or aliases, no duplicate or prototype keys, limited depth.
 * Never throws: every problem comes back with file, line and column. `fast: false` skips the
 * fast reader (for the test that compares the two).
 */
export function parseDataFile(text: string, file: string, { fast = true }: { fast?: boolean } = {}): ParsedFile {
  const empty: PositionIndex = { keys: new Map(), values: new Map() };
  const problems: Problem[] = [];
  // Built lazily: most files never need a line number.
  let locator: ((offset: number) => Position) | undefined;
  const at = (offset: number) => (locator ??= makeLocator(text))(offset);
  const add = (offset: number, field: string, message: string, hint?: string) => {
    const { line, column } = at(Math.max(0, offset));
    problems.push({ file, line, column, field, message, severity: 'error', ...(hint ? { hint } : {}) });
  };
  if (text.trim() === '') {
    add(0, '', 'Het bestand is leeg.', 'Vul minstens de verplichte velden in, of verwijder het bestand.');
    return { value: undefined, positions: empty, problems };
  }
  if (text.length > PARSE_LIMITS.maxBytes) {
    add(0, '', `Het bestand is te groot; het maximum is ${PARSE_LIMITS.maxBytes / 1024} KB.`);
    return { value: undefined, positions: empty, problems };
  }

  // The common case first: a file in the plain form is read without events, and its positions
  // are built from them only if a message needs one (fast-parse.ts says why this is safe).
  const value = fast ? fastParse(text) : undefined;
  if (value !== undefined)
    return {
      value,
      positions: lazyIndex(() => {
        try {
          return walkEvents(text, parseEvents(text, { filename: file, maxDepth: PARSE_LIMITS.maxDepth }), file, makeLocator(text))
            .positions;
        } catch {
          // Unreachable while both readers agree (tests/unit/fast-parse.test.ts); a message without a line is still a message.
          return empty;
        }
      }),
      problems,
    };

  let events: Event[];
  try {
    events = parseEvents(text, { filename: file, maxDepth: PARSE_LIMITS.maxDepth });
  } catch (err) {
    const e = err as { reason?: string; mark?: { position: number }; message?: string };
    const reason = e.reason ?? e.message ?? String(err);
    const depth = /depth/i.test(reason);
    add(
      e.mark?.position ?? 0,
      '',
      depth
        ? `Het bestand is te diep genest (meer dan ${PARSE_LIMITS.maxDepth} niveaus).`
        : `Dit is geen geldige YAML: ${dutchReason(reason)}.`,
      depth
        ? `Gebruik hooguit ${PARSE_LIMITS.maxDepth} niveaus.`
        : 'Controleer inspringing, dubbele punten, haakjes en aanhalingstekens op deze regel of de regel ervoor (een niet gesloten haakje of aanhalingsteken valt pas daarna op).',
    );
    return { value: undefined, positions: empty, problems };
  }

  const clean = isClean(text, events);
  const walked = clean ? undefined : walkEvents(text, events, file, at);
  if (walked) problems.push(...walked.problems);
  const positions = walked?.positions ?? lazyIndex(() => walkEvents(text, events, file, makeLocator(text)).positions);
  if (problems.length > 0) return { value: undefined, positions, problems };

  try {
    const [value] = constructFromEvents(events, { source: text, filename: file, schema: CORE_SCHEMA, maxAliases: 0 });
    // A file of only comments or `---` holds no document: as empty as an empty file.
    if (value === undefined || value === null)
      add(0, '', 'Het bestand is leeg.', 'Vul minstens de verplichte velden in, of verwijder het bestand.');
    return { value: problems.length ? undefined : value, positions, problems };
  } catch (err) {
    const e = err as { reason?: string; mark?: { position: number }; message?: string };
    add(e.mark?.position ?? 0, '', `Dit is geen geldige YAML: ${dutchReason(e.reason ?? e.message ?? String(err))}.`);
    return { value: undefined, positions, problems };
  }
}

/**
 * The YAML reader's reasons in Dutch, for the ones contributors meet (a maintainer review found
 * them English in otherwise Dutch messages); any other stays as the reader gives it.
 */
const REASONS: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  [
    /^bad indentation of a mapping entry/,
    "de inspringing van dit veld klopt niet, of de waarde bevat zelf een dubbele punt met een spatie (zet zo'n waarde tussen aanhalingstekens)",
  ],
  [/^tab characters must not be used in indentation/, 'er staat een tab in de inspringing (spring in met spaties)'],
  [/^a whitespace character is expected after the key-value separator/, 'na de dubbele punt hoort een spatie'],
  [/^unexpected end of the (?:document|stream) within a (?:double|single) quoted scalar/, 'een aanhalingsteken wordt niet gesloten'],
  [/^unexpected end of the stream within a flow collection/, 'een haakje ([ of {) wordt niet gesloten'],
  [/^missed comma between flow collection entries/, 'tussen de waarden binnen de haakjes ontbreekt een komma'],
  [
    /^(?:unknown escape sequence|expected hexadecimal character)/,
    'een \\ tussen dubbele aanhalingstekens is geen geldige code (schrijf \\\\, of zet de tekst tussen enkele aanhalingstekens)',
  ],
  [/^a line break is expected/, 'hier hoort een nieuwe regel te beginnen'],
  [/^expected the node content, but found/, 'hier hoort een waarde te staan'],
  [/^bad indentation of a sequence entry/, 'de inspringing van deze lijstregel (met -) klopt niet'],
  [/^deficient indentation/, 'deze regel springt te weinig in'],
  [
    /^end of the stream or a document separator is expected/,
    'hier had het bestand moeten eindigen (staat er iets na een afgesloten waarde, of ontbreekt een dubbele punt)',
  ],
  [/^can not read a block mapping entry/, 'dit veld is niet te lezen (loopt de veldnaam over meer regels, of ontbreekt de dubbele punt)'],
  [
    /^unknown (?:scalar |mapping |sequence )?tag (\S+)/,
    (m) => `de YAML-tag ${m[1]} is niet toegestaan (tags met ! gebruikt de atlas niet)`,
  ],
  [/^the stream contains non-printable characters/, 'het bestand bevat onzichtbare stuurtekens'],
  [/^null byte is not allowed/, 'het bestand bevat een NUL-teken'],
];
export function dutchReason(reason: string): string {
  for (const [pattern, dutch] of REASONS) {
    const m = pattern.exec(reason);
    if (m) return typeof dutch === 'string' ? dutch : dutch(m);
  }
  return reason;
}

/**
 * Where the text holds YAML comments (`# ...` outside any value), as 1-based lines. The
 * canonical form (the form the CMS writes) has no comments, so formatting would lose them.
 */
export function findComments(text: string): number[] {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: PARSE_LIMITS.maxDepth });
  } catch {
    return [];
  }
  // Scalar contents, in order: a '#' inside one ("a # b", a block of Markdown) is text.
  const ranges = events
    .filter((e): e is Extract<Event, { valueStart: number }> => e.type === EVENT_ID.SCALAR)
    .map((e) => [e.valueStart, e.valueEnd] as const);
  const lines: number[] = [];
  let r = 0;
  let locate: ((offset: number) => Position) | undefined;
  for (let i = text.indexOf('#'); i !== -1; i = text.indexOf('#', i + 1)) {
    while (r < ranges.length && ranges[r]![1] <= i) r++;
    if (r < ranges.length && ranges[r]![0] <= i) continue;
    const before = i === 0 ? '\n' : text[i - 1]!;
    if (before !== ' ' && before !== '\t' && before !== '\n' && before !== '\r') continue;
    const { line } = (locate ??= makeLocator(text))(i);
    if (lines[lines.length - 1] !== line) lines.push(line);
    // The rest of the line is the comment.
    const eol = text.indexOf('\n', i);
    if (eol === -1) break;
    i = eol;
  }
  return lines;
}
