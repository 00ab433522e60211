/**
 * Argo CD's resource health evaluation, reproduced for tests: picks the health script Argo CD would pick for an
 * object and runs it in a real Lua VM (wasmoon: Lua 5.4 compiled to WebAssembly; Argo CD embeds gopher-lua, a
 * Lua 5.1, so ./lua51 runs the same scripts on Lua 5.1 too and health scripts stay within what both accept). Follows argo-cd util/lua (lua.go, health_test.go):
 *
 * - Script lookup: an argocd-cm override for `group/Kind`, then a wildcard override, then the built-in
 *   `<group>/<Kind>/health.lua`, then a built-in directory whose `_` stands for the glob `*` (`_.crossplane.io/_`).
 * - Overrides run without the standard libraries unless `resource.customizations.useOpenLibs.<group_kind>` is
 *   "true"; only base, table and package are loaded (plus a safe os with time and date only, which no check here uses). Built-in
 *   scripts run with them.
 * - The object is the global `obj` (arrays become sequences, null becomes nil); the script returns a table whose
 *   status must be a known health status, else Unknown with "Lua returned an invalid health status".
 *
 * The VM runs in a worker thread: wasmoon loads its WebAssembly through a dynamic `import()`, which Jest's module
 * sandbox refuses without --experimental-vm-modules. Call close() when done.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';

export interface HealthStatus {
  status: string;
  message: string;
}

export interface HealthScript {
  script: string;
  useOpenLibs: boolean;
  /** Where it came from: `argocd-cm <key>` or `built-in <dir>`. */
  origin: string;
}

const HEALTH_PREFIX = 'resource.customizations.health.';
const OPEN_LIBS_PREFIX = 'resource.customizations.useOpenLibs.';
const STATUSES = new Set(['Unknown', 'Progressing', 'Suspended', 'Healthy', 'Degraded', 'Missing']);

/** `group/Kind`, or `Kind` for the core group, as Argo CD keys overrides and built-ins. */
export function groupKindKey(obj: { apiVersion?: string; kind?: string }): string {
  const apiVersion = String(obj.apiVersion ?? '');
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  return group ? `${group}/${obj.kind}` : String(obj.kind);
}

/** Argo CD's glob (gobwas/glob without separators): `*` matches any run of characters, dots and slashes included. */
function globMatch(pattern: string, text: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(text);
}

/** Lua source for a JSON value, converted the way Argo CD's decodeValue does. */
export function luaLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'nil';
  if (typeof value === 'string') return luaString(value);
  if (Array.isArray(value)) return `{${value.map(luaLiteral).join(', ')}}`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `[${luaString(k)}] = ${luaLiteral(v)}`)
      .join(', ')}}`;
  }
  throw new Error(`cannot pass a ${typeof value} to Lua`);
}

/** A Lua string literal of the UTF-8 bytes of `s`. */
export function luaString(s: string): string {
  const bytes = Buffer.from(s, 'utf8');
  let out = '"';
  for (const b of bytes) {
    if (b === 0x22) out += '\\"';
    else if (b === 0x5c) out += '\\\\';
    else if (b < 0x20 || b >= 0x7f) out += `\\${String(b).padStart(3, '0')}`;
    else out += String.fromCharCode(b);
  }
  return `${out}"`;
}

/** The health a script's returned table stands for: an unknown status is Unknown, as argo-cd lua.go `ExecuteHealthLua`. */
export function healthFromLuaTable(result: Record<string, unknown>): HealthStatus {
  const status = String(result.status ?? '');
  if (!STATUSES.has(status)) return { status: 'Unknown', message: 'Lua returned an invalid health status' };
  const message = result.message;
  return { status, message: message === undefined || message === null ? '' : String(message) };
}

export interface ArgoHealthOptions {
  /** The data of argocd-cm: its `resource.customizations.health.*` and `useOpenLibs.*` keys are used. */
  argocdCm?: Record<string, string>;
  /** A directory laid out as Argo CD's `resource_customizations/` (built-in checks). */
  builtInDir?: string;
}

/** Runs one script in a fresh Lua state per call, as Argo CD does for every evaluation; the result is the returned value. */
const WORKER_SOURCE = (wasmoon: string) => `
const { parentPort } = require('worker_threads');
const { LuaFactory } = require(${JSON.stringify(wasmoon)});
const factory = new LuaFactory();
parentPort.on('message', async ({ id, script, objLiteral, useOpenLibs }) => {
  let engine;
  try {
    engine = await factory.createEngine({ openStandardLibs: useOpenLibs, enableProxy: false, injectObjects: false });
    if (!useOpenLibs) for (const lib of ['_G', 'table', 'package']) engine.global.loadLibrary(lib);
    engine.doStringSync('obj = ' + objLiteral);
    const result = await engine.doString(script);
    const type = result === undefined || result === null ? 'nil' : typeof result === 'object' ? 'table' : typeof result;
    parentPort.postMessage({ id, type, result: type === 'table' ? result : null });
  } catch (e) {
    parentPort.postMessage({ id, error: String((e && e.message) || e) });
  } finally {
    if (engine) engine.global.close();
  }
});
`;

interface LuaReply {
  id: number;
  type?: string;
  result?: Record<string, unknown> | null;
  error?: string;
}

export class ArgoHealth {
  private readonly overrides = new Map<string, HealthScript>();
  private readonly builtIns: Array<{ key: string; dir: string }> = [];
  private readonly worker: Worker;
  private readonly pending = new Map<number, (reply: LuaReply) => void>();
  private nextId = 0;

  constructor(options: ArgoHealthOptions = {}) {
    this.worker = new Worker(WORKER_SOURCE(require.resolve('wasmoon')), { eval: true });
    this.worker.unref();
    this.worker.on('message', (reply: LuaReply) => {
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
    for (const [key, value] of Object.entries(options.argocdCm ?? {})) {
      if (!key.startsWith(HEALTH_PREFIX)) continue;
      const groupKind = key.slice(HEALTH_PREFIX.length);
      const parts = groupKind.split('_');
      if (parts.length > 2 || !groupKind) throw new Error(`argocd-cm key "${key}" is not resource.customizations.health.<group_kind>`);
      const overrideKey = parts.length === 2 ? `${parts[0]}/${parts[1]}` : groupKind;
      const useOpenLibs = options.argocdCm?.[`${OPEN_LIBS_PREFIX}${groupKind}`] === 'true';
      this.overrides.set(overrideKey, { script: value, useOpenLibs, origin: `argocd-cm ${key}` });
    }
    if (options.builtInDir) {
      for (const group of fs.readdirSync(options.builtInDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
        for (const kind of fs.readdirSync(path.join(options.builtInDir, group.name), { withFileTypes: true }).filter((e) => e.isDirectory())) {
          if (fs.existsSync(path.join(options.builtInDir, group.name, kind.name, 'health.lua'))) {
            this.builtIns.push({ key: `${group.name}/${kind.name}`, dir: path.join(options.builtInDir, group.name, kind.name) });
          }
        }
      }
      this.builtIns.sort((a, b) => a.key.localeCompare(b.key));
    }
  }

  static async create(options: ArgoHealthOptions = {}): Promise<ArgoHealth> {
    return new ArgoHealth(options);
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  /** The script Argo CD would run for the object, or undefined when it has no health check for it. */
  script(obj: { apiVersion?: string; kind?: string }): HealthScript | undefined {
    const key = groupKindKey(obj);
    const exact = this.overrides.get(key);
    if (exact) return exact;
    for (const [pattern, s] of this.overrides) if (pattern.includes('*') && globMatch(pattern, key)) return s;
    const read = (dir: string): HealthScript => ({
      script: fs.readFileSync(path.join(dir, 'health.lua'), 'utf8'),
      useOpenLibs: true,
      origin: `built-in ${dir}`,
    });
    const builtIn = this.builtIns.find((b) => b.key === key);
    if (builtIn) return read(builtIn.dir);
    const wildcard = this.builtIns.find((b) => b.key.includes('_') && globMatch(b.key.replace(/_/g, '*'), key));
    return wildcard ? read(wildcard.dir) : undefined;
  }

  /** The health Argo CD would report for the object through its Lua check (undefined: no check applies). */
  async health(obj: Record<string, any>): Promise<HealthStatus | undefined> {
    const s = this.script(obj);
    return s ? this.run(obj, s) : undefined;
  }

  /** Runs one script against the object in a fresh Lua state, as Argo CD does for every evaluation. */
  async run(obj: Record<string, any>, s: Pick<HealthScript, 'script' | 'useOpenLibs'>): Promise<HealthStatus> {
    const id = this.nextId++;
    const reply = await new Promise<LuaReply>((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ id, script: s.script, objLiteral: luaLiteral(obj), useOpenLibs: s.useOpenLibs });
    });
    if (reply.error) throw new Error(reply.error);
    if (reply.type !== 'table' || !reply.result || Array.isArray(reply.result)) {
      throw new Error(`expect table output from Lua script, not ${reply.type}`);
    }
    return healthFromLuaTable(reply.result);
  }
}
