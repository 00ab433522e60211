/**
 * Renders a composite as Crossplane would see it after its resources exist: render, simulate the observed state
 * of what was desired, render again with it (and the status the last render reported), until nothing new appears.
 * Resources that wait on observed values (a Required patch from the XR's status) appear in the later rounds.
 */
import { claimToComposite, render, RenderInput, RenderOutput, type KubeObject } from '../render';
import { simulateObserved, SimulateOptions } from './upjet';

export function renderConverged(input: RenderInput, options: SimulateOptions & { maxRounds?: number } = {}): RenderOutput {
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
