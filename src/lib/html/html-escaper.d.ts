/** html-escaper (the escaping Astro itself uses for text in templates) ships no types. */
declare module 'html-escaper' {
  /** `&`, `<`, `>`, `'` and `"` as character references. */
  export function escape(text: string): string;
}
