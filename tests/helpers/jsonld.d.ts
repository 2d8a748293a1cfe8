/** The part of jsonld.js (which ships no types) the metadata test uses. */
declare module 'jsonld' {
  interface Options {
    documentLoader?: (url: string) => Promise<unknown>;
    /** Fail on anything JSON-LD would otherwise drop silently (an unmapped term). */
    safe?: boolean;
    format?: string;
  }
  const jsonld: { toRDF(input: object, options?: Options): Promise<unknown> };
  export default jsonld;
}
