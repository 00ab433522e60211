/**
 * Renders a composite as Crossplane would see it after its resources exist: render, simulate the observed state
 * of what was desired, render again with it (and the status the last render reported), until nothing new appears.
 * Resources that wait on observed values (a Required patch from the XR's status) appear in the later rounds.
 */
import { cacheDir, codeVersion, digest, readCache, writeCache } from '../cache';
import { claimToComposite, render, RenderInput, RenderOutput, type KubeObject } from '../render';
import { simulateObserved, SimulateOptions } from './upjet';

type ConvergeOptions = SimulateOptions & { maxRounds?: number };

/**
 * Converged renders already made in this process, by a digest of everything they were made from. A render is a
 * pure function of its input, and one run often renders the same claim again: a transition check renders the new
 * claim as a validation of it alone did, an audit of a folder meets the same claim twice, a test renders a claim
 * it has validated. Keyed by content (never by object identity, which a caller may have changed since), bounded,
 * and handed out as copies, so a caller may change what it gets.
 */
const converged = new Map<string, RenderOutput>();
const MEMO_ENTRIES = 64;

export function renderConverged(input: RenderInput, options: ConvergeOptions = {}): RenderOutput {
  const key = digest(JSON.stringify(input), JSON.stringify(options));
  let out = converged.get(key);
  if (out) {
    converged.delete(key); // least recently used goes first
  } else {
    out = converge(input, options);
    if (converged.size >= MEMO_ENTRIES) converged.delete(converged.keys().next().value!);
  }
  converged.set(key, out);
  return structuredClone(out);
}

function converge(input: RenderInput, options: ConvergeOptions): RenderOutput {
  let out = render(input);
  for (let round = 1; round < (options.maxRounds ?? 8) && !out.fatal; round++) {
    const before = out.resources.length;
    const status = out.composite.status;
    out = render({ ...input, composite: { ...input.composite, status }, observed: simulateObserved(out.resources, options) });
    if (out.resources.length === before && JSON.stringify(out.composite.status) === JSON.stringify(status)) break;
  }
  return out;
}

/** A claim (or XR) rendered to convergence, with the composite it becomes. */
export interface RenderedClaim extends RenderOutput {
  /** The composite as it will be: its spec (what the claim asked for) with the status the pipeline reports. */
  xr: KubeObject;
}

/**
 * The one way every tool renders a claim (or XR) under its XRD: as its composite, to convergence, kept on disk
 * (renderKept): `npm run validate` and `npm run audit` render the same claim in up to eight rounds on every run,
 * most of their work after loading.
 */
export function renderClaim(claim: KubeObject, xrd: KubeObject, composition: KubeObject, options?: SimulateOptions): RenderedClaim {
  const composite = claimToComposite(claim, xrd);
  const out = renderKept({ composite, composition }, 'converged', options);
  return { ...out, xr: { ...composite, status: out.composite.status } };
}

/**
 * A render, one pass or to convergence, kept on disk: keyed by everything it is computed from (the whole input:
 * XR, Composition, observed state, context; the mode; the simulation options) and by the code's identity (lib/cache
 * codeVersion). Nothing is kept when the code's identity is unknown (run from the sources: an edited renderer must
 * never be served an old render). The tools then read back what they rendered before: the claim `validate` and
 * `audit` check, and what `npm run render` shows, in a loop or a CI job.
 */
export function renderKept(input: RenderInput, mode: 'once' | 'converged', options?: ConvergeOptions): RenderOutput {
  const dir = cacheDir('render');
  const code = codeVersion();
  const name = dir && code ? `${digest('render/2', code, mode, JSON.stringify(input), JSON.stringify(options ?? {}))}.json` : undefined;
  const cached = name ? fromRenderCache(readCache(dir, name)) : undefined;
  if (cached) return cached;
  const out = mode === 'converged' ? renderConverged(input, options) : render(input);
  // Kept only when JSON gives back exactly this value.
  if (name && jsonExact(out)) writeCache(dir, name, JSON.stringify(out));
  return out;
}

/** A kept render, or undefined when the entry is not one (corrupt, truncated, foreign). */
function fromRenderCache(text: string | undefined): RenderOutput | undefined {
  if (text === undefined) return undefined;
  try {
    const r = JSON.parse(text);
    const isObject = (x: unknown) => !!x && typeof x === 'object' && !Array.isArray(x);
    const ok =
      isObject(r) &&
      isObject(r.composite) &&
      Array.isArray(r.resources) &&
      r.resources.every(isObject) &&
      Array.isArray(r.results) &&
      isObject(r.connectionDetails) &&
      isObject(r.context) &&
      (r.fatal === undefined || isObject(r.fatal));
    return ok ? r : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether JSON.parse(JSON.stringify(v)) is equal to `v`: plain objects, arrays, strings, booleans, null and
 * finite numbers other than -0, and no field whose value is undefined (JSON would drop it, and `'status' in obj`
 * tells the two apart).
 */
function jsonExact(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!(i in v) || !jsonExact(v[i])) return false; // a hole would become null
    return true;
  }
  if (typeof v !== 'object' || Object.prototype.toString.call(v) !== '[object Object]') return false;
  for (const k in v) if (!Object.prototype.hasOwnProperty.call(v, k)) return false;
  return Object.values(v).every(jsonExact);
}
