/**
 * Writes the atlas's schemas as ajv standalone code: src/lib/schema/validators.generated.ts,
 * made by `npm run generate:types` and checked by `npm test`. Why: loading ajv and compiling
 * the schemas cost about half a second in every process and in every validation worker; the
 * generated module loads in a tenth of that and runs the same checks (ajv's own generated code,
 * the same error objects, in the same order).
 */
import { _ } from 'ajv/dist/compile/codegen/index.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { ajvSetupText, AJV_SCHEMAS } from '../../src/lib/schema/ajv-setup.ts';
import { createAtlasAjv } from '../../src/lib/schema/atlas-ajv.ts';

export const VALIDATORS_FILE = 'src/lib/schema/validators.generated.ts';

/**
 * What ajv's code reaches for at run time, which it writes as `require("...")`, and the name
 * ajv-runtime.ts exports it under: one module then serves Node, the bundles and Vitest alike.
 */
const RUNTIME: Record<string, string> = {
  'require("ajv-formats/dist/formats").fullFormats': 'fullFormats',
  'require("ajv/dist/runtime/equal").default': 'equal',
  'require("ajv/dist/runtime/ucs2length").default': 'ucs2length',
};

const HEADER = `/* eslint-disable */
// @ts-nocheck
// GENERATED FILE - DO NOT EDIT. Made by \`npm run generate:types\` from schemas/*.schema.json and
// src/lib/schema/ajv-setup.ts (ajv's standalone code); \`npm test\` fails when they drift apart,
// and src/lib/schema/validator.ts compiles the schemas itself while this file is out of date.
`;

/** The text of validators.generated.ts for the schemas and ajv setup as they are now. */
export function validatorsModule(): string {
  const ajv = createAtlasAjv({ source: true, esm: true, lines: true, formats: _`require("ajv-formats/dist/formats").fullFormats` });
  const names = Object.fromEntries(AJV_SCHEMAS.map((s, i) => [`validate_${i}`, String(s.$id)]));
  let code = standaloneCode(ajv, names).replace(/^"use strict";\n?/, '');
  const used = Object.keys(RUNTIME).filter((expr) => code.includes(expr));
  for (const expr of used) code = code.replaceAll(expr, RUNTIME[expr]!);
  const unknown = /require\([^)]*\)[.\w]*/.exec(code);
  if (unknown) throw new Error(`ajv's code needs ${unknown[0]}, which scripts/lib/validators-module.ts does not know yet`);
  return [
    HEADER,
    `import { ${used.map((expr) => RUNTIME[expr]).join(', ')} } from './ajv-runtime';`,
    '',
    '/** What these validators were compiled from (ajv-setup.ts ajvSetupText()). */',
    `export const GENERATED_FROM = ${JSON.stringify(ajvSetupText())};`,
    '',
    code,
    '',
    // Last: ajv's code exports each validator as a constant, which exists only after its line.
    '/** The validator of each schema, by its $id. */',
    `export const VALIDATORS = {${Object.entries(names)
      .map(([name, id]) => `${JSON.stringify(id)}: ${name}`)
      .join(', ')}};`,
    '',
  ].join('\n');
}
