/**
 * Which initiative and organisation pages Astro itself renders. In a build only the first of
 * each: the build writes all of them (src/integrations/entry-pages.ts), and checks that its page
 * for the first is the same, byte for byte, as the one Astro made. Under `astro dev` Astro makes
 * each page as it is asked for.
 * @param production whether this is a build (`import.meta.env.PROD`)
 */
export function pagesAstroRenders(ids: readonly string[], production: boolean): string[] {
  return production ? ids.slice(0, 1) : [...ids];
}
