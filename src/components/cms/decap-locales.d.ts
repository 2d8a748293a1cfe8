/** decap-cms-locales ships no types; a locale is a tree of phrases. */
declare module 'decap-cms-locales/dist/esm/nl/index.js' {
  const phrases: { [key: string]: unknown };
  export default phrases;
}
