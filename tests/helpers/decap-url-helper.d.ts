/** decap-cms-core's URL helpers (the function that makes file names); its subpaths ship no types. */
declare module 'decap-cms-core/dist/esm/lib/urlHelper.js' {
  export function sanitizeSlug(str: string, options?: Record<string, unknown>, preserveSlashes?: boolean): string;
}
