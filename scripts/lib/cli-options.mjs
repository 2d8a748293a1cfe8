/**
 * What every script of the atlas says about its command line, in one place (plain JavaScript, so
 * the scripts that run without TypeScript, `npm run preview` and `npm run cms`, share it with the
 * others through scripts/lib/args.ts). Node's parseArgs reads the options; its refusals are told
 * in Dutch, never as a stack trace (a newcomer review found `--help` ending in one).
 */
import { parseArgs } from 'node:util';

/** True when the command line asks for the usage (`--help` or `-h` before any `--`). */
export function helpRequested(args) {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** Node's reason for refusing a command line, in Dutch. */
export function dutchParseError(error) {
  const message = String(error?.message ?? error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  switch (error?.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Onbekende optie '${quoted}'.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Onverwacht argument '${quoted}': deze opdracht neemt geen losse argumenten.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(message)
        ? `De optie '${quoted.split(' ')[0]}' neemt geen waarde.`
        : `De optie '${quoted.split(' ')[0]}' vraagt een waarde.`;
    default:
      return `De opdracht is niet te lezen: ${message}`;
  }
}

/**
 * The options and positionals of a command line, strictly: `--help` prints the usage and stops
 * (exit 0); an unknown or malformed option stops the script with the reason and the usage in
 * Dutch (exit 2), before it does anything.
 */
export function parseCli(options, usage, { positionals = true, args = process.argv.slice(2) } = {}) {
  if (helpRequested(args)) {
    console.log(`Gebruik: ${usage}`);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true });
  } catch (e) {
    console.error(`${dutchParseError(e)}\nGebruik: ${usage}`);
    process.exit(2);
  }
}
