/**
 * Renders a composite as Crossplane would see it after its resources exist: render, simulate the observed state
 * of what was desired, render again with it (and the status the last render reported), until nothing new appears.
 * Resources that wait on observed values (a Required patch from the XR's status) appear in the later rounds.
 */
import { digest } from '../cache';
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

/** The one way every tool renders a claim (or XR) under its XRD: as its composite, to convergence. */
export function renderClaim(claim: KubeObject, xrd: KubeObject, composition: KubeObject, options?: SimulateOptions): RenderedClaim {
  const composite = claimToComposite(claim, xrd);
  const out = renderConverged({ composite, composition }, options);
  return { ...out, xr: { ...composite, status: out.composite.status } };
}
