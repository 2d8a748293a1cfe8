/**
 * Stands in for atlas-ajv.ts in the CMS's script when the generated validators are current
 * (src/integrations/cms-script.ts): ajv's compiler is only validator.ts's fallback for schemas
 * changed since `npm run generate:types`, and it is about 42 KB (gzip) of every contributor's
 * download. validator.ts makes the same comparison in the browser, so this is never called; if
 * it ever were, it says so instead of validating against nothing.
 */
export function createAtlasAjv(): never {
  throw new Error(
    "Het CMS-script is gebundeld zonder ajv's compiler, maar de gegenereerde validators horen niet bij de schema's: bouw opnieuw (npm run build).",
  );
}
