/**
 * One typed place for everything a fork changes: names, language, addresses, repository,
 * CMS backend, map defaults, region sets and vocabulary labels. A fork edits this file and
 * data/, and nothing else. For tests and benchmarks, `ATLAS_CONFIG=<file.json>` overlays a
 * JSON file with the same keys; every value is checked when the build starts.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_MAX_AGE_MONTHS } from './lib/checks';
import { NL_BOUNDS } from './lib/map/projection';
import { applyLabelOverrides } from './lib/schema/schemas';
import type { SiteConfig } from './lib/schema/types.generated';
import { checkSiteConfig, type ConfigSource } from './lib/site-config-check';
import { parseDataFile } from './lib/yaml/parse-data-file';

/**
 * The shape of the configuration is schemas/site-config.schema.json; its type is generated from
 * it (npm run generate:types), so the documentation of every field lives there, once.
 */
export type { SiteConfig };

const defaults: SiteConfig = {
  title: 'Samenwerkingsatlas',
  tagline: 'Regionale samenwerking in het beroepsonderwijs, open en met bronnen',
  lang: 'nl',
  site: process.env.ATLAS_SITE || 'https://samenwerkingsatlas.github.io',
  base: process.env.ATLAS_BASE || '/',
  repository: process.env.ATLAS_REPOSITORY || 'samenwerkingsatlas/samenwerkingsatlas',
  owner: { name: 'Redactie Samenwerkingsatlas', email: 'redactie@samenwerkingsatlas.nl' },
  // The organisation behind the atlas as far as the project knows it: the GitHub organisation
  // that owns the repository (publiccode.yml, legal.repoOwner). A fork names its own.
  publisher: { name: 'Samenwerkingsatlas (open project)', url: 'https://github.com/samenwerkingsatlas' },
  // What the open data covers (its descriptions for data portals) and which country's places the
  // CMS's place picker and the intake know.
  coverage: {
    name: 'Nederland',
    country: 'NLD',
    placesCountry: 'NL',
    keywords: ['beroepsonderwijs', 'mbo', 'hbo', 'publiek-private samenwerking'],
  },
  checks: { maxAgeMonths: DEFAULT_MAX_AGE_MONTHS },
  cms: {
    // GitHub (with an OAuth proxy) or Forgejo (Codeberg or self-hosted, PKCE login): README, Het invoerscherm.
    ...(process.env.ATLAS_CMS_BACKEND ? { backend: process.env.ATLAS_CMS_BACKEND as 'github' | 'forgejo' } : {}),
    branch: 'main',
    ...(process.env.ATLAS_CMS_AUTH_URL ? { authBaseUrl: process.env.ATLAS_CMS_AUTH_URL } : {}),
    ...(process.env.ATLAS_CMS_API_ROOT ? { apiRoot: process.env.ATLAS_CMS_API_ROOT } : {}),
    ...(process.env.ATLAS_CMS_APP_ID ? { appId: process.env.ATLAS_CMS_APP_ID } : {}),
    localPort: Number(process.env.ATLAS_CMS_PORT ?? 8081),
  },
  map: {
    // A fork about another area writes its own [[west, south], [east, north]] here, and removes
    // the NL_BOUNDS import above (the linter refuses an unused import).
    bounds: NL_BOUNDS,
    aggregateAbove: 400,
  },
  theme: 'src/styles/tokens.css',
};

/** The ATLAS_CONFIG overlay, with where its fields stand so a problem can name its line. */
function overlay(): { values: Partial<SiteConfig>; source: ConfigSource } {
  const file = process.env.ATLAS_CONFIG;
  if (!file) return { values: {}, source: {} };
  const text = readFileSync(file, 'utf8');
  let values: Partial<SiteConfig>;
  try {
    values = JSON.parse(text) as Partial<SiteConfig>;
  } catch (err) {
    throw new Error(`ATLAS_CONFIG ${file} is geen geldige JSON: ${(err as Error).message}`, { cause: err });
  }
  // JSON is YAML: the data files' parser gives the positions.
  return { values, source: { overlay: { file, positions: parseDataFile(text, file).positions } } };
}

const { values: extra, source } = overlay();
export const siteConfig: SiteConfig = checkSiteConfig(
  {
    ...defaults,
    ...extra,
    owner: { ...defaults.owner, ...extra.owner },
    publisher: { ...defaults.publisher, ...extra.publisher },
    coverage: { ...defaults.coverage, ...extra.coverage },
    checks: { ...defaults.checks, ...extra.checks },
    cms: { ...defaults.cms, ...extra.cms },
    map: { ...defaults.map, ...extra.map },
  },
  source,
);

// The fork's own labels, applied as soon as the configuration loads, so every page, the CMS
// configuration and the published schemas use them.
applyLabelOverrides(siteConfig.vocabularyLabels);
