import CSP from './csp.json';

/**
 * The Content-Security-Policy of a public page. The built site gets csp.json's policy
 * unchanged. Only the dev server (`npm run dev`, `npm run cms`) loosens it: Vite puts every
 * stylesheet into the page as an inline <style> there (which the strict style-src refuses,
 * leaving the pages unstyled) and its live reload talks over a websocket.
 */
export function publicCsp(dev: boolean): string {
  if (!dev) return CSP.publicPages;
  return CSP.publicPages
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", "connect-src 'self' ws://127.0.0.1:* ws://localhost:*");
}
