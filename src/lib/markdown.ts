import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Renders a contributor's Markdown to safe HTML: no raw HTML, scripts, styles or
 * event handlers survive; links are http(s) only and open in the same tab.
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
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['http', 'https'],
    // Headings in a description sit under the page's own h2 sections.
    transformTags: { h1: 'h3', h2: 'h3', h5: 'h4', h6: 'h4' },
  });
}
