/**
 * `html`, a tagged template for the pages built most often (13,000 at 10,000 initiatives): the
 * same markup an Astro template makes, as one string, escaped the way Astro escapes.
 *
 * Why not an Astro template: Astro renders every expression of a template through its own
 * renderer and string objects, about 400 KB of allocations for a 30 KB detail page; at 10,000
 * initiatives the detail and organisation pages were most of the build's time (issue #28,
 * BENCHMARKS.md). A page's content made here is handed to Astro once (`set:html`).
 *
 * Why this is as safe as an Astro template, and safer than strings joined by hand:
 * - every value is escaped unless it is `Html`, which only this module makes: the tag,
 *   `attributes`, and `trustedHtml` (for the Markdown renderer's sanitised output, the structured
 *   data with every '<' escaped, Astro's rendered slots and the stylesheet links Astro writes);
 * - where a value goes is read from the markup around it: element text is escaped as Astro
 *   escapes text (html-escaper, the same package), a double-quoted attribute value as Astro
 *   escapes attribute values; inside a tag but outside a quoted value only `attributes(...)`
 *   stands (checked names, escaped values); a value in an unquoted or single-quoted attribute, a
 *   tag name, a comment, or a script, style or other raw-text element is refused when the
 *   template is first used, so a page cannot be built with it;
 * - `null`, `undefined` and `false` are nothing in text (as in Astro) and refused in an
 *   attribute, where Astro would drop the attribute and this tag cannot.
 * Whitespace in the template's own text collapses to one space, as Astro's `compressHTML` does,
 * so the pages are the same, byte for byte, as when Astro made them (checked by comparing builds).
 */
import { escape } from 'html-escaper';

/** Known only to this module: no other module can make markup that skips the escaping. */
const MADE_HERE = Symbol('made by the html tag');

/** Markup that needs no escaping: made by `html`, or passed through `trustedHtml`. */
export class Html {
  readonly text: string;
  constructor(text: string, made: symbol) {
    if (made !== MADE_HERE) throw new TypeError('html: markup is made by html`…`, attributes(…) or trustedHtml(…) only');
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
}

/** Attributes made by `attributes`: the only value a template takes inside a tag, outside a quoted value. */
export class Attributes extends Html {}

/** What a template takes in element text: arrays are joined, `null`/`undefined`/`false` are nothing. */
export type HtmlValue = Html | string | number | false | null | undefined | readonly HtmlValue[];

/**
 * Markup made elsewhere that is already safe: the Markdown renderer's sanitised output, JSON for
 * a script, a slot Astro rendered. Every call is a place to review; keep them few.
 */
export function trustedHtml(text: string): Html {
  return new Html(text, MADE_HERE);
}

type Context = 'text' | 'attribute' | 'tag';
interface Prepared {
  /** The template's own text, whitespace collapsed. */
  chunks: string[];
  /** Where each value goes. */
  contexts: Context[];
}

const prepared = new WeakMap<TemplateStringsArray, Prepared>();
// Elements whose content HTML reads as raw text, where escaped text is not what it seems (title and
// textarea read character references, so escaped text is right there, and in an SVG too).
const RAW_TEXT_ELEMENT = /^<(script|style|xmp|iframe|noembed|noframes|noscript|plaintext)\b/i;

/**
 * Reads the template's own text once (a template literal's strings are the same object on every
 * call) and finds where each value goes. Throws on a value in a place this tag cannot escape.
 */
function prepare(strings: TemplateStringsArray): Prepared {
  let state: 'text' | 'tag' | 'double' | 'rcdata' = 'text';
  // The start tag being read, and for title and textarea (whose content is text up to their end
  // tag, where a '<' starts no element) the end tag that closes it.
  let tagName = '';
  let rcdataEnd = '';
  const contexts: Context[] = [];
  const where = (n: number, s: string) => `(template part ${n}: ${JSON.stringify(s)})`;
  /** The last character before position k that is not whitespace ('' at the start of the part). */
  const before = (s: string, k: number) => s.slice(0, k).trimEnd().slice(-1);
  strings.forEach((s, n) => {
    for (let k = 0; k < s.length; k++) {
      const c = s[k]!;
      if (state === 'text') {
        if (c !== '<') continue;
        if (s.startsWith('<!--', k)) {
          // A comment of the template's own, closed before any value: passed on as written
          // ('<!-->' and '<!--->' are whole comments too).
          const end = s.startsWith('<!-->', k) ? k + 2 : s.startsWith('<!--->', k) ? k + 3 : s.indexOf('-->', k + 4);
          if (end < 0) throw new Error(`html: a value inside a comment ${where(n, s)}`);
          k = end + 2;
          continue;
        }
        if (RAW_TEXT_ELEMENT.test(s.slice(k)))
          throw new Error(`html: script, style and other raw-text elements are not supported ${where(n, s)}`);
        if (/[a-zA-Z/]/.test(s[k + 1] ?? '')) {
          state = 'tag';
          tagName = (/^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(s.slice(k)) ?? ['', ''])[1]!.toLowerCase();
        } else if (k === s.length - 1) throw new Error(`html: a value right after '<' ${where(n, s)}`);
      } else if (state === 'rcdata') {
        if (s.slice(k, k + rcdataEnd.length).toLowerCase() === rcdataEnd) {
          state = 'tag';
          tagName = '';
          k += rcdataEnd.length - 1;
        }
      } else if (state === 'tag') {
        if (c === '"') {
          // A quoted value only right after '=': any other '"' in a tag is not markup this tag knows.
          if (before(s, k) !== '=') throw new Error(`html: a '"' in a tag that does not open an attribute value ${where(n, s)}`);
          state = 'double';
        } else if (c === "'") throw new Error(`html: single-quoted attributes are not supported ${where(n, s)}`);
        else if (c === '>') {
          state = tagName === 'title' || tagName === 'textarea' ? 'rcdata' : 'text';
          rcdataEnd = `</${tagName}`;
        }
      } else if (c === '"') state = 'tag';
    }
    if (n === strings.length - 1) {
      if (state !== 'text') throw new Error(`html: the template ends inside a tag or a title ${where(n, s)}`);
      return;
    }
    // Inside a tag, outside a quoted value, only `attributes(...)` is taken (checked as the value
    // comes): after a space or a quoted value, never right after an '=' (an unquoted value).
    if (state === 'tag' && ((!/\s$/.test(s) && !/"$/.test(s)) || before(s, s.length) === '=')) {
      throw new Error(`html: a value inside a tag must follow a space or a quoted value, not an '=' ${where(n, s)}`);
    }
    contexts.push(state === 'double' ? 'attribute' : state === 'tag' ? 'tag' : 'text');
  });
  return { chunks: strings.map((s) => s.replace(/\s+/g, ' ')), contexts };
}

/** A value in element text, as Astro renders a child: escaped text, markup as it is, arrays joined. */
function textValue(value: HtmlValue): string {
  if (value instanceof Attributes) throw new TypeError('html: attributes(...) stand inside a tag, not in text');
  if (value instanceof Html) return value.text;
  if (typeof value === 'string') return escape(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    let out = '';
    for (const v of value as readonly HtmlValue[]) out += textValue(v);
    return out;
  }
  if (value === null || value === undefined || value === false) return '';
  throw new TypeError(`html: cannot put ${typeof value} ${String(value)} in text`);
}

/**
 * A value in a double-quoted attribute, as Astro escapes one (`&` and `"` as `&#38;` and `&#34;`;
 * a web address with `&` in it keeps its `&` there, as in Astro; a `"` is escaped everywhere,
 * which Astro does not do for such an address: the schema's address formats have none anyway).
 */
function attributeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string')
    throw new TypeError(`html: an attribute value must be text or a number, not ${value === null ? 'null' : typeof value}`);
  if (value.includes('&') && /^https?:$/.test(protocolOf(value))) return value.replace(/"/g, '&#34;');
  return value.replace(/&/g, '&#38;').replace(/"/g, '&#34;');
}

function protocolOf(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}

/**
 * Attributes that are there only sometimes, for inside a tag (`<a href="${h}"${attributes({ 'data-ids': ids })}>`),
 * as Astro writes them: `null`, `undefined` and `false` leave the attribute out, `true` and `''`
 * write its name alone, anything else its escaped value. Names are checked, values escaped.
 */
export function attributes(values: Record<string, string | number | boolean | null | undefined>): Attributes {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    // No event handlers, styles or inline documents: nothing here runs or styles what a value says.
    if (!/^[a-z][a-z0-9-]*$/.test(name) || /^on|^style$|^srcdoc$/.test(name))
      throw new Error(`html: '${name}' is not an attribute name this tag writes`);
    if (value === null || value === undefined || value === false) continue;
    out += value === true || value === '' ? ` ${name}` : ` ${name}="${attributeValue(value)}"`;
  }
  return new Attributes(out, MADE_HERE);
}

/** A value inside a tag: only attributes made by `attributes`. */
function tagValue(value: HtmlValue): string {
  if (value instanceof Attributes) return value.text;
  if (value === null || value === undefined || value === false) return '';
  throw new TypeError('html: inside a tag only attributes(...) can stand, not a text or markup value');
}

/** Markup from a template: each value escaped for where it stands (see above). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let p = prepared.get(strings);
  if (!p) {
    p = prepare(strings);
    prepared.set(strings, p);
  }
  let out = p.chunks[0]!;
  for (let n = 0; n < values.length; n++) {
    const context = p.contexts[n];
    out += context === 'attribute' ? attributeValue(values[n]) : context === 'tag' ? tagValue(values[n]!) : textValue(values[n]!);
    out += p.chunks[n + 1]!;
  }
  return new Html(out, MADE_HERE);
}
