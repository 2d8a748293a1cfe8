import { PDOK_CSP } from './pdok';

/**
 * The Content Security Policy of /admin/. The CMS does not use the public layout: Decap needs
 * 'unsafe-eval' and inline styles (decap-cms#2138), so /admin/ gets its own, looser policy and
 * the public pages keep theirs (src/lib/security/csp.json).
 */
export function adminCsp(o: {
  authBaseUrl?: string | undefined;
  backend?: 'github' | 'forgejo' | undefined;
  apiRoot?: string | undefined;
  dev: boolean;
  pdok?: boolean | undefined;
}): string {
  // GitHub: its API, its avatar host, and the OAuth proxy (not raw.githubusercontent.com: the
  // atlas has no media files, and a contributor's image in a description made the editor fetch
  // from there, a review found). Forgejo: one origin for
  // the API, the PKCE token exchange (login/oauth/access_token) and avatars; the login page
  // itself is a navigation, which connect-src does not govern.
  const forge = o.backend === 'forgejo' && o.apiRoot ? new URL(o.apiRoot).origin : '';
  const auth = !forge && o.authBaseUrl ? new URL(o.authBaseUrl).origin : '';
  const api = forge || 'https://api.github.com';
  const images = forge || 'https://avatars.githubusercontent.com';
  // The local editing proxy exists only under `npm run cms` (the dev server); a published
  // /admin/ may talk to its forge (and GitHub's OAuth proxy) and nothing else.
  const local = o.dev ? 'http://127.0.0.1:* http://localhost:*' : '';
  // Only when the site config switches PDOK on (src/lib/cms/pdok.ts): its tiles and its search.
  const pdok = o.pdok ? PDOK_CSP : { img: '', connect: '' };
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${images} ${pdok.img}`.trim(),
    `connect-src 'self' ${api} ${auth} ${local} ${pdok.connect}`.replace(/\s+/g, ' ').trim(),
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    // A description may not plant a form in a reviewer's preview that posts anywhere.
    "form-action 'none'",
  ].join('; ');
}
