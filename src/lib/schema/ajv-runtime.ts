/**
 * ajv's run-time helpers, as the generated validators (validators.generated.ts) use them. ajv's
 * own code reaches them with `require(...)`; an ES module imports them, and the same import has
 * to work in Node, in the tools' and the CMS's esbuild bundles and in Vitest.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';
import * as equalModule from 'ajv/dist/runtime/equal.js';
import * as ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';

/**
 * The function a CommonJS module sets as `exports.default`. Node and esbuild hand an importer
 * module.exports as the default (so the function is one level further down), Vitest hands it
 * `exports.default` itself.
 */
function commonJsDefault<T>(ns: { default: unknown }): T {
  const d = ns.default as T | { default: T };
  return (typeof d === 'function' ? d : (d as { default: T }).default) as T;
}

export { fullFormats };
/** Deep equality (fast-deep-equal), for `uniqueItems` and `const`/`enum` of objects. */
export const equal = commonJsDefault<typeof equalModule.default>(equalModule);
/** ajv's own count of a string's code points, which walks the string in JavaScript. */
export const ajvUcs2length = commonJsDefault<typeof ucs2lengthModule.default>(ucs2lengthModule);

/** A high surrogate followed by a low one: one code point written as two UTF-16 units. */
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * A string's length in code points, as `minLength`/`maxLength` count it: the same count as ajv's
 * (each well-formed pair is one, a lone surrogate is one; tests/unit/ajv-runtime.test.ts compares
 * them), from a native search for pairs instead of a JavaScript loop over every character. The
 * loop was a twentieth of checking a file, most of it on descriptions (issue #28).
 */
export function ucs2length(s: string): number {
  const pairs = s.match(SURROGATE_PAIR);
  return pairs ? s.length - pairs.length : s.length;
}
