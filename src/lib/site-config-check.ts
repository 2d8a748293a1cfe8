import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileProblem, formatProblem, type Problem } from './problems';
import { CONFIG_SCHEMAS, VOCABULARIES_SCHEMA } from './schema/schemas';
import type { SiteConfig } from './schema/types.generated';
import { validateWithSchema } from './schema/validator';
import type { PositionIndex } from './yaml/parse-data-file';

/** Where the configuration came from: src/site.config.ts, and the ATLAS_CONFIG overlay if any. */
export interface ConfigSource {
  /** The overlay file and where its fields stand (JSON read as YAML), when there is one. */
  overlay?: { file: string; positions: PositionIndex };
}

const CONFIG_FILE = 'src/site.config.ts';

/**
 * Every problem with a site configuration: the schema (schemas/site-config.schema.json, through
 * the same ajv and the same Dutch messages as the data), then what a schema cannot say: bounds
 * the right way round, a theme file that exists, vocabulary words for vocabularies and values
 * that exist. A problem at a field the overlay sets names the overlay's line; the rest name
 * src/site.config.ts.
 */
export function siteConfigProblems(config: unknown, source: ConfigSource = {}): Problem[] {
  const located = source.overlay
    ? validateWithSchema(CONFIG_SCHEMAS.siteConfig, config, source.overlay.file, source.overlay.positions).map((p) =>
        // Line 1, column 1 is the overlay's root: the field is not in the overlay.
        p.line === 1 && p.column === 1 ? { ...p, file: CONFIG_FILE } : p,
      )
    : validateWithSchema(CONFIG_SCHEMAS.siteConfig, config, CONFIG_FILE);
  if (located.length) return located;
  const c = config as SiteConfig;
  const out: Problem[] = [];
  const b = c.map.bounds;
  if (!(b.west < b.east && b.south < b.north))
    out.push(fileProblem(CONFIG_FILE, 'West moet kleiner zijn dan east en south kleiner dan north.', { field: 'map.bounds' }));
  if (!existsSync(resolve(c.theme)))
    out.push(
      fileProblem(CONFIG_FILE, `Het themabestand '${c.theme}' bestaat niet.`, {
        field: 'theme',
        hint: 'Een pad vanaf de map van het project, bijvoorbeeld src/styles/tokens.css.',
      }),
    );
  // The Forgejo backend logs in through the forge's own OAuth2 application: it needs both.
  if (c.cms.backend === 'forgejo')
    for (const [field, example] of [
      ['apiRoot', 'https://codeberg.org/api/v1'],
      ['appId', 'de Client ID van de OAuth2-toepassing op de Forgejo'],
    ] as const)
      if (!c.cms[field])
        out.push(
          fileProblem(CONFIG_FILE, `Met backend 'forgejo' is cms.${field} nodig.`, {
            field: `cms.${field}`,
            hint: `Bijvoorbeeld ${example}. Zie README, Het invoerscherm.`,
          }),
        );
  const defs = VOCABULARIES_SCHEMA.$defs ?? {};
  for (const [name, labels] of Object.entries(c.vocabularyLabels ?? {})) {
    const values = defs[name]?.enum;
    if (!values) {
      out.push(
        fileProblem(CONFIG_FILE, `Onbekende vocabulaire '${name}'.`, {
          field: `vocabularyLabels.${name}`,
          hint: `Kies uit: ${Object.keys(defs).join(', ')}.`,
        }),
      );
      continue;
    }
    for (const value of Object.keys(labels))
      if (!values.includes(value))
        out.push(
          fileProblem(CONFIG_FILE, `Onbekende waarde '${value}'.`, {
            field: `vocabularyLabels.${name}.${value}`,
            hint: `Kies uit: ${values.join(', ')}.`,
          }),
        );
  }
  return out;
}

/** Checks the configuration when the build starts; throws one message naming every problem. */
export function checkSiteConfig(config: SiteConfig, source: ConfigSource = {}): SiteConfig {
  const problems = siteConfigProblems(config, source);
  if (problems.length)
    throw new Error(`De siteconfiguratie (src/site.config.ts of ATLAS_CONFIG) klopt niet:\n${problems.map(formatProblem).join('\n')}`);
  return config;
}
