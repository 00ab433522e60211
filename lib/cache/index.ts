/**
 * Where the tools keep what they derive from their inputs between runs (parsed YAML, the CRD that serves a kind,
 * compiled schema validators): node_modules/.cache/production-network, the convention build tools share, or
 * PRODUCTION_NETWORK_CACHE (empty: no cache). Every entry is keyed by a hash of what it was derived from, so an
 * edited input is never served stale; a cache that cannot be written only costs speed.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export const CACHE_ENV = 'PRODUCTION_NETWORK_CACHE';

/**
 * The project's root, found from this file (lib/cache/index.ts, or build/cli/<tool>.js in a bundle). The same as
 * compositions/production-network/crds.ts's, without loading anything else.
 */
export const projectRoot = path.resolve(__dirname, '..', '..');

/**
 * Where the identity of the running code is published: scripts/cli.js sets it to a hash of the bundle it runs.
 * Caches of what the code computes (not only parses) include it in their keys; see codeVersion.
 */
export const CODE_VERSION = Symbol.for('production-network.code-version');

/**
 * The identity of the running code, or undefined when it is not known (run from the TypeScript sources, as the
 * tests and tsx do): a cache of results that the code computes must then stay off, as it could not tell that a
 * source was edited.
 */
export function codeVersion(): string | undefined {
  const v = (globalThis as Record<symbol, unknown>)[CODE_VERSION];
  return typeof v === 'string' && v ? v : undefined;
}

/** The cache directory for one kind of entry, or undefined when caching is off. */
export function cacheDir(kind: string): string | undefined {
  const env = process.env[CACHE_ENV];
  if (env !== undefined) return env === '' ? undefined : path.join(env, kind);
  return path.join(projectRoot, 'node_modules', '.cache', 'production-network', kind);
}

/** A short hex digest of the given parts, for cache keys. */
export function digest(...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex').slice(0, 40);
}

export function readCache(dir: string | undefined, name: string): string | undefined {
  if (!dir) return undefined;
  try {
    return fs.readFileSync(path.join(dir, name), 'utf8');
  } catch {
    return undefined;
  }
}

export function readCacheBuffer(dir: string | undefined, name: string): Buffer | undefined {
  if (!dir) return undefined;
  try {
    return fs.readFileSync(path.join(dir, name));
  } catch {
    return undefined;
  }
}

/** Writes an entry atomically, so a concurrent reader never sees half of it; failures are ignored. */
export function writeCache(dir: string | undefined, name: string, text: string | Buffer): void {
  if (!dir) return;
  try {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, name);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch {
    // read-only checkout: no cache
  }
}
