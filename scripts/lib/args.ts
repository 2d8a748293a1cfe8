import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Command-line options for the atlas's scripts, parsed by Node's own `parseArgs` (no hand
 * parsing). An unknown or malformed option stops the script with the usage line in Dutch and
 * exit code 2, instead of being silently ignored.
 */
export function cliArgs<const T extends Options>(options: T, usage: string, args = process.argv.slice(2)) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    console.error(`${(e as Error).message}\nGebruik: ${usage}`);
    process.exit(2);
  }
}
