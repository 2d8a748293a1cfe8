/**
 * The Content Security Policy of /admin/. The CMS does not use the public layout: Decap needs
 * 'unsafe-eval' and inline styles (decap-cms#2138), so /admin/ gets its own, looser policy and
 * the public pages keep theirs (src/lib/security/csp.json).
 */
export function adminCsp(o: { authBaseUrl?: string | undefined; dev: boolean }): string {
  const auth = o.authBaseUrl ? new URL(o.authBaseUrl).origin : '';
  // The local editing proxy exists only under `npm run cms` (the dev server); a published
  // /admin/ may talk to GitHub and the OAuth proxy and nothing else.
  const local = o.dev ? 'http://127.0.0.1:* http://localhost:*' : '';
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
    `connect-src 'self' https://api.github.com ${auth} ${local}`.replace(/\s+/g, ' ').trim(),
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    // A description may not plant a form in a reviewer's preview that posts anywhere.
    "form-action 'none'",
  ].join('; ');
}
