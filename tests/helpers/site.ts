import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, startServer as start } from '../../scripts/lib/server';
import { ROOT } from './fixtures';

/** The site built by scripts/test.sh under a base path, as GitHub Pages serves a project site. */
export const SITE_DIR = join(ROOT, '.tmp', 'site-test');
export const BASE = '/atlas/';

/** True when browser tests must be skipped (no Chromium, announced loudly by scripts/test.sh). */
export const skipBrowser = process.env.ATLAS_SKIP_BROWSER === '1' || !existsSync(SITE_DIR);

export { freePort };

/** Serves the test site (or another built site) on a free port. */
export function startServer(dir = SITE_DIR, base = BASE): ReturnType<typeof start> {
  return start(dir, base);
}
