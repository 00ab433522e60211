/**
 * What an audit looks at: every resource a composite will have once its resources exist. Resources that wait
 * for observed values (a bucket policy scoped to the account id an ARN reports) appear only in later renders,
 * so the claim is rendered to convergence with simulated observed resources.
 */
import { claimToComposite } from '../render';
import type { KubeObject, Result } from '../render/types';
import { renderConverged } from '../simulate/converge';

export interface Rendered {
  composite: KubeObject;
  resources: KubeObject[];
  results: Result[];
}

/** A claim (or XR) under its XRD, rendered to convergence; a fatal pipeline result throws. */
export function renderClaim(claim: KubeObject, xrd: KubeObject, composition: KubeObject): Rendered {
  const composite = claimToComposite(claim, xrd);
  const out = renderConverged({ composite, composition });
  if (out.fatal) throw new Error(`render failed: ${out.fatal.message}`);
  // The composite as it will be: its spec (what the claim asked for) with the status the pipeline reports.
  return { composite: { ...composite, status: out.composite.status }, resources: out.resources, results: out.results };
}
