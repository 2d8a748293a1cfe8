import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseCli } from './cli-options.mjs';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Command-line options for the atlas's scripts, parsed by Node's own `parseArgs` (no hand
 * parsing). `--help` prints the usage; an unknown or malformed option stops the script with the
 * reason and the usage line in Dutch and exit code 2, instead of being silently ignored. The one
 * implementation is scripts/lib/cli-options.mjs (plain JavaScript, shared with the scripts that
 * run without TypeScript); this gives it the types of `parseArgs`.
 */
export function cliArgs<const T extends Options>(options: T, usage: string, args = process.argv.slice(2)) {
  return parseCli(options, usage, { args }) as ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>;
}
