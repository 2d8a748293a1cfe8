import { Marked, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** A private-use mark for a line break that must survive stripping the tags around it. */
const BREAK = '\uE000';
/** Tags that end a line or a block: they leave a space, so the words on either side stay apart. */
const BLOCK_TAG =
  /<\/?(?:p|div|li|ul|ol|h[1-6]|tr|td|th|table|thead|tbody|section|article|aside|header|footer|blockquote|pre|summary|details|dl|dt|dd|hr)\b[^>]*>/gi;

/**
 * Raw HTML a contributor typed becomes its text: the tags go, the words they enclosed stay
 * (escaped), a <br> stays a line break and a block tag leaves a space (so "<p>A</p><p>B</p>"
 * does not read "AB"). Letting the HTML parser see a `<div>` or `<form>` inside a paragraph
 * closed that paragraph early and left a stray, empty `<p></p>`; dropping the block would lose
 * what was typed inside it. Script and style contents are not words and go (renderMarkdown).
 */
function textOfHtml(html: string): string {
  const marked = html.replace(/<br\s*\/?>/gi, BREAK).replace(BLOCK_TAG, ' ');
  return sanitizeHtml(marked, { allowedTags: [], allowedAttributes: {} }).replaceAll(BREAK, '<br>');
}

const parser = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html({ text, block }: Tokens.HTML | Tokens.Tag): string {
      const words = textOfHtml(text).trim();
      if (!block) return textOfHtml(text);
      return words ? `<p>${words}</p>\n` : '';
    },
  },
});

/**
 * Renders a contributor's Markdown to safe HTML: no raw HTML, scripts, styles or
 * event handlers survive; links are http(s) only, open in the same tab and carry rel="nofollow ugc".
 * The sanitiser stays behind the renderer as the second line: it alone decides which tags,
 * attributes and link schemes a page may carry.
 */
export function renderMarkdown(md: string): string {
  const tokens = parser.lexer(md);
  // What an inline <script> or <style> a contributor typed holds reaches the tokens as text of its
  // own (Markdown gives each inline tag a token): it is no text of the description, so it goes.
  let inCode = false;
  parser.walkTokens(tokens, (token) => {
    if (token.type === 'html' && !(token as Tokens.HTML).block) {
      if (/^<(?:script|style)\b/i.test(token.raw)) inCode = true;
      else if (/^<\/(?:script|style)\s*>/i.test(token.raw)) inCode = false;
    } else if (inCode && token.type === 'text') {
      (token as Tokens.Text).text = '';
      delete (token as Tokens.Text).tokens;
    }
  });
  const html = parser.parser(tokens);
  return sanitizeHtml(html, {
    allowedTags: [
      'p',
      'br',
      'strong',
      'em',
      'ul',
      'ol',
      'li',
      'a',
      'h3',
      'h4',
      'blockquote',
      'code',
      'pre',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
    ],
    allowedAttributes: { a: ['href', 'rel'] },
    allowedSchemes: ['http', 'https'],
    // "//evil.example/p" has no scheme but leaves the site all the same (a hostile review).
    allowProtocolRelative: false,
    // Headings in a description sit under the page's own h2 sections. A link a contributor
    // wrote says so to search engines (rel ugc, nofollow: no ranking passed on from a public
    // atlas to a page nobody but the contributor vouched for).
    transformTags: {
      h1: 'h3',
      h2: 'h3',
      h5: 'h4',
      h6: 'h4',
      // Only a whole http(s) address stays a link: a relative one ("../admin/") would point into
      // the atlas from a text about something else.
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...(attribs.href && /^https?:\/\/[^/]/i.test(attribs.href) ? { href: attribs.href } : {}), rel: 'nofollow ugc' },
      }),
    },
  });
}
