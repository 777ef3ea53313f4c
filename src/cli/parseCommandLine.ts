import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError } from './CliError';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `--name value` options strictly; unknown or malformed options become a CliError. */
export function parseCommandLine(
  args: string[],
  options: Options,
  command: string,
): Record<string, string | boolean | undefined> {
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0) {
      throw new CliError(
        `unexpected argument "${positionals[0]}" for ${command}: options take the form --name value.`,
      );
    }
    const result: Record<string, string | boolean | undefined> = {};
    for (const [key, value] of Object.entries(values)) {
      if (typeof value === 'string' || typeof value === 'boolean') result[key] = value;
    }
    return result;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const unknown = /^Unknown option '([^']*)'/.exec(message);
    const dashed = /^Option '(--[^']*)' argument is ambiguous/.exec(message);
    if (dashed) {
      // A value that starts with a dash ("-x") reads like an option: it must be joined with =.
      throw new CliError(
        `the value after ${dashed[1]} starts with "-": write it as ${dashed[1]}=VALUE (for example ${dashed[1]}="-x").`,
      );
    }
    const what = unknown
      ? `unknown option ${unknown[1]} for ${command}`
      : message.replace(/\.$/, '');
    throw new CliError(`${what}. Run \`npm run tokenscope -- help\` for usage.`);
  }
}

/** The value of a required string option. */
export function requireOption(
  values: Record<string, string | boolean | undefined>,
  name: string,
  command: string,
): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') {
    throw new CliError(`${command} needs --${name}. Run \`npm run tokenscope -- help\` for usage.`);
  }
  return value;
}

/** Reads a numeric option, checking it with `valid`; `rule` says what is allowed. */
export function numberOption(
  values: Record<string, string | boolean | undefined>,
  name: string,
  fallback: number,
  valid: (n: number) => boolean,
  rule: string,
): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  if (!valid(n)) throw new CliError(`--${name} must be ${rule}, got "${String(raw)}".`);
  return n;
}
