import { parseArgs, type ParseArgsConfig } from 'node:util';
import { dutchParseError, helpRequested } from './cli-options.mjs';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Command-line options for the atlas's scripts, parsed by Node's own `parseArgs` (no hand
 * parsing). `--help` prints the usage; an unknown or malformed option stops the script with the
 * reason and the usage line in Dutch and exit code 2, instead of being silently ignored
 * (scripts/lib/cli-options.mjs, shared with the scripts that run without TypeScript).
 */
export function cliArgs<const T extends Options>(options: T, usage: string, args = process.argv.slice(2)) {
  if (helpRequested(args)) {
    console.log(`Gebruik: ${usage}`);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    console.error(`${dutchParseError(e)}\nGebruik: ${usage}`);
    process.exit(2);
  }
}
