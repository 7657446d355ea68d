/**
 * Argument parsing shared by the commands (node:util parseArgs), and the
 * usage error that becomes exit status 2 with one line on stderr.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

type Config<O extends OptionSpec> = { args: string[]; options: O; allowPositionals: true; strict: true };

/** Parses `argv` against `options`; unknown flags and missing values are usage errors. */
export function parse<O extends OptionSpec>(argv: readonly string[], options: O): ReturnType<typeof parseArgs<Config<O>>> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
}

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

export function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number (got "${value}")`);
  return n;
}

/** A TCP port: 0 (any free port) to 65535. */
export function port(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 65535)) throw new UsageError(`--${name} must be a port number from 0 to 65535 (got "${value}")`);
  return n;
}
