/**
 * The one accessor of the site model: pages, data files, the search index and the build's
 * validation step all call getSite(). An impure edge like dataset.ts: it reads data/, asks git
 * when the data last changed, and knows the build's base URL; everything it returns is built by
 * the pure buildSiteModel (src/lib/site-model.ts).
 *
 * Why the one cache lives on globalThis: Astro evaluates this module twice in one build, once
 * where it loads astro.config.mjs and its integrations (the validation step) and once in the
 * bundle it renders pages from. A module variable would give each its own copy, and the
 * 10,000-file dataset would be read, validated and indexed twice (measured: +6 s at 10,000).
 * An Astro content-layer collection was measured as the alternative and rejected
 * (BENCHMARKS.md, "Site model"). So the model is kept under one process-wide key, by this
 * function only; nothing else reads or writes it.
 */
import { dataHistory, dataLastChanged } from './build-info';
import { DatasetError, dataDir, loadDataset } from './dataset';
import { buildSiteModel, type SiteModel } from '../lib/site-model';
import { siteConfig } from '../site.config';
import { defaultCacheFile, openValidateCache, validatorFingerprint } from './validate-cache';

const SITE_KEY = Symbol.for('samenwerkingsatlas.site');
type Store = { [SITE_KEY]?: Promise<SiteModel> };

/**
 * The site model of this build: the dataset loaded, validated and modelled once per process.
 * Rejects with a DatasetError (every problem listed) when the data has errors; warnings travel
 * on `site.dataset.problems`.
 */
export function getSite(): Promise<SiteModel> {
  const store = globalThis as Store;
  store[SITE_KEY] ??= (async () => {
    // The per-file results `npm run validate` keeps (src/io/validate-cache.ts), shared with the
    // build: CI, `npm test` and maintainers validate right before they build, so every unchanged
    // file's result is reused instead of parsed again (seconds at 10,000 initiatives). Same
    // fingerprint (schemas, validator code, data folder, day) and the rules between files run
    // every time, so it hides no error; what the build checked is kept for the next run. The
    // project root is the folder Astro and npm run in.
    const root = process.cwd();
    const dir = dataDir();
    const today = new Date().toISOString().slice(0, 10);
    const cache = openValidateCache(defaultCacheFile(root), validatorFingerprint(root, dir, today));
    const dataset = await loadDataset(dir, cache);
    cache.save();
    if (dataset.problems.some((p) => p.severity === 'error')) throw new DatasetError(dataset);
    return buildSiteModel(dataset, {
      base: siteConfig.base,
      lastChanged: dataLastChanged(),
      map: siteConfig.map,
      today,
      checkMaxAgeMonths: siteConfig.checks.maxAgeMonths,
      history: dataHistory(dir),
    });
  })();
  return store[SITE_KEY];
}
