/** What every command-line entry point shares: its I/O, usage errors, and argument parsing with --help. */
import { parseArgs } from 'util';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where relative paths are resolved (default: the current directory). */
  cwd?: string;
  /** Where the default dist/ files are looked for (default: the project root). */
  root?: string;
}

/** Bad arguments: reported with the usage text, exit code 2. */
export class UsageError extends Error {}

export interface FlagSpec {
  type: 'string' | 'boolean';
  short?: string;
  default?: string | boolean;
}

export type Parsed<V> = { values: V; positionals: string[] } | { exit: number };

/**
 * Parses `argv` against `flags` plus `-h/--help`. On a bad flag prints the error and usage (exit 2); on --help
 * prints the usage (exit 0). `V` is the shape of the flag values the caller declares.
 */
export function parseCli<V>(argv: string[], flags: Record<string, FlagSpec>, usage: string, io: CliIo): Parsed<V> {
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...flags, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      io.stdout(`${usage}\n`);
      return { exit: 0 };
    }
    return { values: values as V, positionals };
  } catch (err) {
    io.stderr(`error: ${(err as Error).message}\n\n${usage}\n`);
    return { exit: 2 };
  }
}

export function usageError(io: CliIo, message: string, usage: string): number {
  io.stderr(`error: ${message}\n\n${usage}\n`);
  return 2;
}

/** The process's own streams, for `if (require.main === module)`. */
export const processIo: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
