import { parse, parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { attributes, html, Html, trustedHtml } from '../../src/lib/html/template';

/** Text and attributes of a parsed fragment, as a browser reads them. */
function parsed(markup: string) {
  const root = parseFragment(markup) as unknown as { childNodes: Node[] };
  type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };
  const elements: { name: string; attrs: Record<string, string>; text: string }[] = [];
  const textOf = (n: Node): string => (n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map(textOf).join(''));
  const walk = (n: Node) => {
    if (n.nodeName !== '#text' && n.nodeName !== '#comment') {
      elements.push({ name: n.nodeName, attrs: Object.fromEntries((n.attrs ?? []).map((a) => [a.name, a.value])), text: textOf(n) });
    }
    (n.childNodes ?? []).forEach(walk);
  };
  root.childNodes.forEach(walk);
  return elements;
}

/** What the URL parser reads as an http(s) address (as Astro asks it). */
function isWebAddress(s: string): boolean {
  try {
    return /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
}

/** The names of the elements a whole document parses into, below body and head. */
function elementsOf(markup: string): string[] {
  type Node = { nodeName: string; childNodes?: Node[] };
  const names: string[] = [];
  const walk = (n: Node) => {
    if (!n.nodeName.startsWith('#') && !['html', 'head', 'body'].includes(n.nodeName)) names.push(n.nodeName);
    (n.childNodes ?? []).forEach(walk);
  };
  walk(parse(markup) as unknown as Node);
  return names;
}

/** Seeded strings of the characters that matter to HTML, and some that do not. */
function hostileStrings(count: number): string[] {
  const alphabet = [
    '<',
    '>',
    '&',
    '"',
    "'",
    '`',
    '=',
    '/',
    ' ',
    '\n',
    'a',
    'é',
    '—',
    '<script>',
    '</p>',
    '&amp;',
    '&#34;',
    '<!--',
    '-->',
    'https://x.nl/?a=1&b=2',
  ];
  let seed = 2026;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
  );
}

describe('the html tag', () => {
  it('escapes text as Astro does (html-escaper) and attribute values as Astro does', () => {
    expect(html`<p>${`<script>&"'`}</p>`.text).toBe('<p>&lt;script&gt;&amp;&quot;&#39;</p>');
    expect(html`<a title="${'x" onmouseover="y'}">t</a>`.text).toBe('<a title="x&#34; onmouseover=&#34;y">t</a>');
    expect(html`<a title="${'a & b'}">t</a>`.text).toBe('<a title="a &#38; b">t</a>');
    // Astro leaves the & of a web address as it is; a " is escaped all the same.
    expect(html`<a href="${'https://x.nl/?a=1&b=2'}">t</a>`.text).toBe('<a href="https://x.nl/?a=1&b=2">t</a>');
    expect(html`<a href="${'https://x.nl/?a=1&b="2'}">t</a>`.text).toBe('<a href="https://x.nl/?a=1&b=&#34;2">t</a>');
    expect(html`<a href="${'mailto:a@b.nl?subject=a&body=b'}">t</a>`.text).toBe('<a href="mailto:a@b.nl?subject=a&#38;body=b">t</a>');
  });

  it('every value reads back as exactly what went in, in text and in an attribute, and adds no element', () => {
    for (const s of hostileStrings(3000)) {
      const out = html`<p title="${s}" class="${`k-${s}`}">${s}</p><span>${[s, s]}</span>`.text;
      const elements = parsed(out);
      expect(elements.map((e) => e.name)).toEqual(['p', 'span']);
      expect(Object.keys(elements[0]!.attrs)).toEqual(['title', 'class']);
      expect(elements[0]!.attrs.class).toBe(`k-${s}`);
      // As in Astro, a web address with a '&' keeps it as written, so one that holds a character
      // reference ('&amp;') reads back decoded; never more than the one attribute.
      if (!(s.includes('&') && isWebAddress(s))) expect(elements[0]!.attrs.title).toBe(s);
      expect(elements[0]!.text).toBe(s);
      expect(elements[1]!.text).toBe(s + s);
    }
  });

  it('passes markup from the tag and trustedHtml as it is, joins arrays, and writes nothing for false, null and undefined', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}</p>`.text).toBe('<p><b>&lt;i&gt;</b></p>');
    expect(html`<p>${trustedHtml('<em>x</em>')}</p>`.text).toBe('<p><em>x</em></p>');
    expect(html`<ul>${['a', html`<li>b</li>`, ['c', 'd']]}</ul>`.text).toBe('<ul>a<li>b</li>cd</ul>');
    expect(html`<p>${false}${null}${undefined}${0}${1.5}</p>`.text).toBe('<p>01.5</p>');
    expect(() => html`<p>${true as unknown as string}</p>`).toThrow(/cannot put boolean/);
  });

  it('collapses the template’s own whitespace to one space, as Astro’s compressHTML does, and never a value’s', () => {
    expect(
      html`<div>
        <p>a   b</p>
      </div>`.text,
    ).toBe('<div> <p>a b</p> </div>');
    expect(html`<p>${'a\n\n  b'}</p>`.text).toBe('<p>a\n\n  b</p>');
  });

  it('takes optional attributes only from attributes(), written as Astro writes them', () => {
    expect(
      html`<a href="${'/x'}"${attributes({ 'aria-current': 'page', 'data-ids': undefined, hidden: true, alt: '', n: 3 })}>t</a>`.text,
    ).toBe('<a href="/x" aria-current="page" hidden alt n="3">t</a>');
    expect(html`<a href="/x"${attributes({ title: '"><script>' })}>t</a>`.text).toBe('<a href="/x" title="&#34;><script>">t</a>');
    expect(() => attributes({ 'on click': 'x' })).toThrow(/not an attribute name/);
    expect(() => attributes({ 'x"y': 'x' })).toThrow(/not an attribute name/);
    // A text or markup value inside a tag is refused, not written.
    expect(() => html`<a href="/x" ${'onclick=alert(1)'}>t</a>`).toThrow(/only attributes/);
    expect(() => html`<a href="/x" ${html`onclick="alert(1)"`}>t</a>`).toThrow(/only attributes/);
  });

  it('refuses a value where it cannot be escaped, before anything is written', () => {
    const x = 'x';
    expect(() => html`<a href=${x}>t</a>`).toThrow(/inside a tag must follow a space/);
    expect(() => html`<a title='${x}'>t</a>`).toThrow(/single-quoted/);
    expect(() => html`<${x}>t</p>`).toThrow(/right after '<'/);
    expect(() => html`<script>${x}</script>`).toThrow(/raw-text/);
    expect(() => html`<style>${x}</style>`).toThrow(/raw-text/);
    expect(() => html`<!-- ${x} -->`).toThrow(/inside a comment/);
    expect(() => html`<a href="${x}`).toThrow(/ends inside a tag/);
    // A comment of the template's own, and an SVG or HTML title, are fine.
    expect(html`<!-- a note --><svg><title>${'<x>'}</title></svg>`.text).toBe('<!-- a note --><svg><title>&lt;x&gt;</title></svg>');
  });

  it('refuses markup a template author could get wrong (a review of the tag)', () => {
    const v = '"><img src=x onerror=alert(1)>';
    // A '"' that does not follow '=' opens no attribute value this tag knows.
    expect(() => html`<p class=x "${v}">t</p>`).toThrow(/does not open an attribute value/);
    expect(() => html`<p title=a"${v}">t</p>`).toThrow(/does not open an attribute value/);
    // A value after '=' and a space is an unquoted value to a browser.
    expect(() => html`<a href= ${attributes({ title: v })}>t</a>`).toThrow(/not an '='/);
    // Attributes belong inside a tag, never in text.
    expect(() => html`<p>${attributes({ title: v })}</p>`).toThrow(/inside a tag, not in text/);
    // No event handlers, styles or inline documents through attributes().
    for (const name of ['onclick', 'onmouseover', 'style', 'srcdoc'])
      expect(() => attributes({ [name]: 'x' })).toThrow(/not an attribute name/);
    // Markup is made here only: another module cannot wrap a string as markup.
    expect(() => new Html('<b>x</b>', Symbol('made by the html tag'))).toThrow(/made by html/);
  });

  it('reads title and textarea content as text up to their end tag, and the short comments as comments', () => {
    // In a title a '<' starts no element: what looks like an attribute there is text, escaped as text.
    const out = html`<title><b title="${'</title><script>x</script>'}"></title><p>${'<i>'}</p>`.text;
    expect(out).toBe('<title><b title="&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;"></title><p>&lt;i&gt;</p>');
    expect(elementsOf(out)).toEqual(['title', 'p']);
    expect(html`<textarea>${'</textarea><b>'}</textarea>`.text).toBe('<textarea>&lt;/textarea&gt;&lt;b&gt;</textarea>');
    expect(html`<!--><p>${'<i>'}</p>`.text).toBe('<!--><p>&lt;i&gt;</p>');
    expect(html`<!---><p>${'<i>'}</p>`.text).toBe('<!---><p>&lt;i&gt;</p>');
    expect(() => html`<title>${'x'}`).toThrow(/ends inside a tag or a title/);
  });

  it('refuses a value in an attribute that is not text or a number', () => {
    expect(() => html`<a href="${undefined as unknown as string}">t</a>`).toThrow(/attribute value must be text or a number/);
    expect(() => html`<a href="${html`<b>` as unknown as string}">t</a>`).toThrow(/attribute value must be text or a number/);
  });
});
