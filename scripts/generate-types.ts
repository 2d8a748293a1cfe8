/**
 * Generates from the JSON Schemas src/lib/schema/types.generated.ts (the TypeScript types) and
 * src/lib/schema/validators.generated.ts (the compiled validators, scripts/lib/validators-module.ts).
 * `--check` exits 1 when a committed file differs from what the schemas produce.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';
import { CONFIG_SCHEMAS, ENTITY_SCHEMAS, SCHEMAS } from '../src/lib/schema/schemas.ts';
import { cliArgs } from './lib/args.ts';
import { validatorsModule, VALIDATORS_FILE } from './lib/validators-module.ts';

const OUT = 'src/lib/schema/types.generated.ts';
const HEADER = `/* eslint-disable */
// GENERATED FILE - DO NOT EDIT. Made by \`npm run generate:types\` from schemas/*.schema.json;
// \`npm test\` fails when this file and the schemas drift apart.
`;

/** English type names for the object shapes inside the entities (schema titles are Dutch). */
const ITEM_NAMES: Record<string, string> = {
  partners: 'Partner',
  locations: 'Location',
  funding: 'Funding',
  figures: 'Figure',
  relations: 'Relation',
};

/**
 * Inlines every $ref so the generator needs no file access. Dutch titles are dropped
 * (identifiers are English); the shared source shape becomes one `Source` type.
 */
function inline(node: unknown, base: Record<string, unknown>, key = ''): unknown {
  if (Array.isArray(node)) return node.map((n) => inline(n, base));
  if (!node || typeof node !== 'object') return node;
  const obj = node as Record<string, unknown>;
  if (typeof obj.$ref === 'string') {
    if (obj.$ref.endsWith('#/$defs/source')) return { tsType: 'Source' };
    const [file, frag = ''] = obj.$ref.split('#');
    const root = file ? (SCHEMAS.find((s) => String(s.$id).endsWith(`/${file}`)) as Record<string, unknown>) : base;
    let target: unknown = root;
    for (const seg of frag.split('/').filter(Boolean)) target = (target as Record<string, unknown>)[seg];
    const { $ref: _r, ...rest } = obj;
    return inline({ ...(target as object), ...rest }, root, key);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === '$defs' || k === 'examples' || k === 'x-enum-labels' || k === 'title' || k === '$id' || k === '$schema') continue;
    if (k === 'properties') {
      out[k] = Object.fromEntries(Object.entries(v as object).map(([pk, pv]) => [pk, inline(pv, base, pk)]));
    } else if (k === 'items' && ITEM_NAMES[key]) {
      out[k] = { ...(inline(v, base) as object), title: ITEM_NAMES[key] };
    } else {
      out[k] = inline(v, base);
    }
  }
  return out;
}

/**
 * The vocabularies by name, each with its values: every `$defs` entry of vocabularies.schema.json
 * that has an `enum`. `vocabulary('typo')` then fails the type check instead of the build.
 */
function vocabularyTypes(): string {
  const vocabularies = SCHEMAS.find((s) => String(s.$id).endsWith('/vocabularies.schema.json'))!;
  const rows = Object.entries(vocabularies.$defs ?? {})
    .filter(([, def]) => def.enum)
    .map(([name, def]) => `  ${name}: ${def.enum!.map((v) => JSON.stringify(v).replaceAll('"', "'")).join(' | ')};`);
  return [
    '/**',
    ' * The vocabularies of vocabularies.schema.json by name, each with the union of its values.',
    ' */',
    'export interface Vocabularies {',
    ...rows,
    '}',
    '/**',
    ' * The name of a vocabulary (`initiative_kind`, ...): what vocabulary() and label() accept.',
    ' */',
    'export type VocabularyName = keyof Vocabularies;',
    '',
  ].join('\n');
}

async function generate(): Promise<string> {
  const parts = [HEADER, vocabularyTypes()];
  const source = ENTITY_SCHEMAS.initiative.$defs!.source!;
  parts.push(
    await compile(
      { ...(inline(source, ENTITY_SCHEMAS.initiative as Record<string, unknown>) as object), title: 'Source' } as never,
      'Source',
      { bannerComment: '', additionalProperties: false, format: true },
    ),
  );
  for (const [kind, schema] of Object.entries(ENTITY_SCHEMAS)) {
    const name = kind.charAt(0).toUpperCase() + kind.slice(1);
    const inlined = { ...(inline(schema, schema as Record<string, unknown>) as object), title: name, description: schema.description };
    const ts = await compile(inlined as never, name, {
      bannerComment: '',
      additionalProperties: false,
      strictIndexSignatures: true,
      format: true,
      ignoreMinAndMaxItems: true,
    });
    parts.push(ts);
  }
  // The site configuration's type, from its schema: a fork's configuration is checked against
  // the same file its type comes from.
  const config = CONFIG_SCHEMAS.siteConfig;
  parts.push(
    await compile(
      { ...(inline(config, config as Record<string, unknown>) as object), title: 'SiteConfig', description: config.description } as never,
      'SiteConfig',
      {
        bannerComment: '',
        additionalProperties: false,
        format: true,
        ignoreMinAndMaxItems: true,
      },
    ),
  );
  return parts.join('\n');
}

/** Every file generated from the schemas, with its text as the schemas and ajv setup make it now. */
const outputs: [file: string, text: string][] = [
  [OUT, await generate()],
  [VALIDATORS_FILE, validatorsModule()],
];
if (cliArgs({ check: { type: 'boolean', default: false } }, 'npm run generate:types [-- --check]').values.check) {
  let drift = false;
  for (const [file, text] of outputs) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      /* missing counts as drift */
    }
    if (current !== text) {
      console.error(`${file} is niet bijgewerkt na een schemawijziging. Draai: npm run generate:types`);
      drift = true;
    } else console.log(`${file} klopt met de schema's.`);
  }
  if (drift) process.exit(1);
} else {
  for (const [file, text] of outputs) {
    writeFileSync(file, text);
    console.log(`${file} geschreven.`);
  }
}
