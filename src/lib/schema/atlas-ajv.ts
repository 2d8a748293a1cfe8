/**
 * An ajv with the atlas's setup (ajv-setup.ts) and every schema added, each compiled on first
 * use. Loaded only to generate the validators (`npm run generate:types`) and, at run time, when
 * the generated ones are out of date (validator.ts): ajv itself and compiling the schemas cost
 * about half a second in every process and worker thread.
 */
import Ajv2020, { type Options } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { AJV_FORMATS, AJV_OPTIONS, AJV_SCHEMAS, ANNOTATION_KEYWORDS } from './ajv-setup';

/** A new ajv with the atlas's setup; `code`: ajv's code options, for the generator. */
export function createAtlasAjv(code?: Options['code']): Ajv2020 {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, ...(code ? { code } : {}) });
  addFormats(ajv, [...AJV_FORMATS]);
  for (const [keyword, schemaType] of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword, schemaType });
  for (const s of AJV_SCHEMAS) ajv.addSchema(s as object);
  return ajv;
}
