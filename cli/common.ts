/**
 * What every command-line entry point shares: its I/O, usage and setup errors, argument parsing with --help, and
 * reading the user's input files (`-` for standard input) as Kubernetes objects.
 *
 * Exit codes, for every tool: 0 all well, 1 findings (an invalid claim, a failed control, an incomplete
 * estimate), 2 usage and setup errors (a bad flag, a missing or unreadable file, a file that holds no Kubernetes
 * object, inputs that do not fit together). A setup error names the option or file at fault.
 */
import * as fs from 'fs';
import { parseArgs } from 'util';
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../lib/render';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where relative paths are resolved (default: the current directory). */
  cwd?: string;
  /** Where the default dist/ files are looked for (default: the project root). */
  root?: string;
  /** Standard input, read when a file argument is `-` (default: the process's). */
  stdin?: () => string;
}

/** Bad arguments: reported with the usage text, exit code 2. */
export class UsageError extends Error {}

/** A file or option that cannot be used as given (missing, unreadable, holds the wrong thing): exit code 2. */
export class SetupError extends Error {}

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

/**
 * Reports an error a command stopped on and returns its exit code: usage errors (2, with the usage text), setup
 * errors (2), anything else (1). Never a stack trace.
 */
export function reportError(io: CliIo, err: unknown, usage: string): number {
  if (err instanceof UsageError) return usageError(io, err.message, usage);
  io.stderr(`error: ${errorMessage(err)}\n`);
  return err instanceof SetupError ? 2 : 1;
}

/** An error's message, with JavaScript's own wording for runaway recursion replaced by what it means here. */
export function errorMessage(err: unknown): string {
  if (err instanceof RangeError && /call stack/.test(err.message)) return 'input nested too deeply to process';
  return err instanceof Error ? err.message : String(err);
}

/** The process's own streams, for `if (require.main === module)`. */
export const processIo: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

/** How a file argument is named in messages: `-` is standard input. */
export function inputLabel(file: string): string {
  return file === '-' ? 'standard input' : file;
}

/** A file argument's text: `-` reads standard input. A missing or unreadable file is a setup error naming it. */
export function readInputText(file: string, io: CliIo, resolve: (f: string) => string = (f) => f, option?: string): string {
  const what = option ? `${option} ${file}` : file;
  if (file === '-') {
    try {
      return io.stdin ? io.stdin() : fs.readFileSync(0, 'utf8');
    } catch (err) {
      throw new SetupError(`cannot read standard input: ${(err as Error).message}`);
    }
  }
  try {
    return fs.readFileSync(resolve(file), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : (err as Error).message;
    throw new SetupError(`cannot read ${what}: ${why}`);
  }
}

/** Whether a value is a Kubernetes object: a map with a string apiVersion and kind. */
export function isKubeObject(v: unknown): v is KubeObject {
  const o = v as KubeObject;
  return !!o && typeof o === 'object' && !Array.isArray(o) && typeof o.apiVersion === 'string' && !!o.apiVersion && typeof o.kind === 'string' && !!o.kind;
}

/**
 * Every Kubernetes object of a YAML (or JSON) stream; a `List` gives its items. Setup errors, naming the file and
 * the document: a syntax error, a document that is not a Kubernetes object (a list, a scalar, binary), input nested
 * too deeply to read, and a stream with no object at all (empty, only comments): a glob that matched the wrong file
 * must not pass as "nothing to check".
 */
export function parseKubeObjects(text: string, label: string): KubeObject[] {
  const objects: KubeObject[] = [];
  let documents;
  try {
    documents = parseAllDocuments(text);
  } catch (err) {
    throw new SetupError(`${label}: ${errorMessage(err)}`);
  }
  const list = Array.isArray(documents) ? documents : [documents];
  list.forEach((doc, i) => {
    const where = `document ${i + 1} of ${label}`;
    if (doc.errors.length > 0) {
      const first = doc.errors[0].message.split('\n')[0];
      throw new SetupError(
        `${where}: ${/call stack/.test(first) ? `nested too deeply to read (${first.replace(/^.*?exceeded\s*/, '').replace(/:$/, '')})` : first}`,
      );
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 1000 });
    } catch (err) {
      throw new SetupError(`${where}: ${errorMessage(err)}`);
    }
    if (value === null || value === undefined) return; // an empty document, as kubectl skips it
    if (isKubeObject(value) && value.kind === 'List' && Array.isArray(value.items)) {
      value.items.forEach((item: unknown, j: number) => {
        if (!isKubeObject(item)) throw new SetupError(`item ${j + 1} of ${where} is not a Kubernetes object (no apiVersion/kind)`);
        objects.push(item);
      });
      return;
    }
    if (!isKubeObject(value)) throw new SetupError(`${where} is not a Kubernetes object (no apiVersion/kind)`);
    objects.push(value);
  });
  if (objects.length === 0) throw new SetupError(`${label} holds no Kubernetes object (it is empty or only comments)`);
  return objects;
}

/** A file argument (or `-`) read as Kubernetes objects; see parseKubeObjects. */
export function readKubeObjects(file: string, io: CliIo, resolve?: (f: string) => string, option?: string): KubeObject[] {
  const label = option ? `${option} ${inputLabel(file)}` : inputLabel(file);
  return parseKubeObjects(readInputText(file, io, resolve, option), label);
}

/** `Kind namespace/name`, the way the tools name an object in their reports. */
export function objectId(o: KubeObject): string {
  return `${o.kind} ${[o.metadata?.namespace, o.metadata?.name ?? o.metadata?.generateName].filter(Boolean).join('/')}`.trim();
}

/**
 * A name short enough for a report's header line: names may be up to 253 characters, which would push the
 * verdict off the screen. The middle gives way, so the start and the end (often a distinguishing suffix) stay.
 */
export function shortenForHeader(text: string, max = 80): string {
  if (text.length <= max) return text;
  const keep = max - 1;
  const head = Math.ceil(keep / 2);
  return `${text.slice(0, head)}…${text.slice(text.length - (keep - head))}`;
}
