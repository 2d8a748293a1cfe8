import { Marked, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Raw HTML a contributor typed becomes its text: the tags go, the words they enclosed stay
 * (escaped). Letting the HTML parser see a `<div>` or `<form>` inside a paragraph closed that
 * paragraph early and left a stray, empty `<p></p>` where the tag ended; dropping the block
 * would lose what was typed inside it. Script and style contents are not words and go.
 */
function textOfHtml(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
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
  const html = parser.parse(md, { async: false });
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
    // Headings in a description sit under the page's own h2 sections. A link a contributor
    // wrote says so to search engines (rel ugc, nofollow: no ranking passed on from a public
    // atlas to a page nobody but the contributor vouched for).
    transformTags: {
      h1: 'h3',
      h2: 'h3',
      h5: 'h4',
      h6: 'h4',
      a: (tagName, attribs) => ({ tagName, attribs: { ...(attribs.href ? { href: attribs.href } : {}), rel: 'nofollow ugc' } }),
    },
  });
}
