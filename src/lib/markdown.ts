import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Renders a contributor's Markdown to safe HTML: no raw HTML, scripts, styles or
 * event handlers survive; links are http(s) only, open in the same tab and carry rel="nofollow ugc".
 */
export function renderMarkdown(md: string): string {
  const html = marked.parse(md, { async: false, gfm: true });
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
