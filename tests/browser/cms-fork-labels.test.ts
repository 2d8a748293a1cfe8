import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type CmsSession } from '../helpers/cms-session';
import { ROOT } from '../helpers/fixtures';
import { skipBrowser } from '../helpers/site';

/**
 * A fork's own words (site configuration `vocabularyLabels`, here through ATLAS_CONFIG) in the
 * CMS's preview, through `npm run cms` as the README documents it: the preview shows what the
 * fork's pages show (src/components/cms/fork-labels.ts), not the schema's words.
 */
describe.skipIf(skipBrowser)("the CMS preview with a fork's words", () => {
  let s: CmsSession;
  const dir = mkdtempSync(join(tmpdir(), 'atlas-fork-labels-'));
  const CIV = 'Vakmanschapscentrum (vork)';
  // Every status gets the fork's word, so the test holds whatever status the entry has.
  const STATUS: Record<string, string> = {
    active: 'Loopt (vork)',
    in_development: 'In opbouw (vork)',
    ended: 'Gestopt (vork)',
    merged: 'Samengegaan (vork)',
    unknown: 'Nog na te gaan (vork)',
  };

  beforeAll(async () => {
    const config = join(dir, 'site.config.json');
    writeFileSync(config, JSON.stringify({ vocabularyLabels: { initiative_kind: { civ: CIV }, status: STATUS } }));
    s = await startCms({ ATLAS_CONFIG: config });
  }, 180_000);
  afterAll(async () => {
    await s?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows the fork's words where the schema's were", async () => {
    // civ-wind-op-zee is a CIV.
    const status = /^status: (\w+)$/m.exec(readFileSync(join(ROOT, 'data', 'initiatives', 'civ-wind-op-zee.yaml'), 'utf8'))![1]!;
    const page = await s.admin('#/collections/initiatives/entries/civ-wind-op-zee');
    const preview = page.frameLocator('iframe').first().locator('body');
    await expect.poll(() => preview.innerText(), { timeout: 20_000 }).toContain(CIV);
    const text = await preview.innerText();
    expect(text).toContain(STATUS[status]);
    expect(text).not.toContain('Centrum voor Innovatief Vakmanschap (CIV)');
    await page.close();
  }, 120_000);
});
