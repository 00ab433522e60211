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

/**
 * Entries one cache directory keeps at most. Entries are keyed by content and never go stale, but nothing else
 * removes them: every validated claim shape, render and CEL expression adds one. The oldest go first.
 */
export const MAX_CACHE_ENTRIES = 2000;
/** Writes between two counts of a directory's entries (a count is a readdir: cheap, but not free). */
const WRITES_BETWEEN_COUNTS = 50;
const writesSinceCount = new Map<string, number>();

/**
 * Writes an entry atomically, so a concurrent reader never sees half of it; failures are ignored. A directory
 * that has grown past `maxEntries` loses its oldest entries (by modification time) down to three quarters of it.
 */
export function writeCache(dir: string | undefined, name: string, text: string | Buffer, maxEntries = MAX_CACHE_ENTRIES): void {
  if (!dir) return;
  try {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, name);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch {
    return; // read-only checkout: no cache
  }
  const writes = writesSinceCount.get(dir);
  if (writes !== undefined && writes < WRITES_BETWEEN_COUNTS) {
    writesSinceCount.set(dir, writes + 1);
    return;
  }
  writesSinceCount.set(dir, 0);
  trimCache(dir, maxEntries);
}

export function trimCache(dir: string, maxEntries: number): void {
  try {
    const names = fs.readdirSync(dir).filter((n) => !n.endsWith('.tmp'));
    if (names.length <= maxEntries) return;
    const byAge = names
      .map((n) => {
        try {
          return { n, t: fs.statSync(path.join(dir, n)).mtimeMs };
        } catch {
          return { n, t: 0 }; // removed meanwhile
        }
      })
      .sort((a, b) => a.t - b.t);
    for (const { n } of byAge.slice(0, names.length - Math.floor(maxEntries * 0.75))) fs.rmSync(path.join(dir, n), { force: true });
  } catch {
    // another process trimmed it, or it is not ours to trim: the cache only costs disk
  }
}
