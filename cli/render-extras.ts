/**
 * The render CLI's other views of a rendered claim: `--cost` (an itemised monthly estimate, as a table or JSON) and
 * `--format mermaid|dot` (a picture). Both show the converged design (rendered with simulated observed state until
 * nothing new appears), so resources that wait for observed status of others are included; with `--observed` the
 * given state is used instead. The views themselves are in design-view.ts, loaded only when asked for: they need
 * the validator, which plain rendering does not.
 */
import { type RenderInput, type RenderOutput } from '../lib/render';
import { renderKept } from '../lib/simulate/converge';

export const OUTPUT_FORMATS = ['yaml', 'json', 'mermaid', 'dot'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const EXTRAS_USAGE = `  --format mermaid|dot  a diagram of the composed resources (grouped by zone and tier,
                      with the references between them) instead of the manifests
  --cost              the claim's itemised fixed monthly AWS cost instead of the manifests
                      (with --format json: the estimate as JSON; "complete": false when a region
                      or an item has no price, and the exit code is then 1)
  --simulate          render as if the composed resources existed (simulated observed state, until nothing
                      new appears): the XR's status and readiness, and resources that wait for observed values`;

export function isOutputFormat(f: unknown): f is OutputFormat {
  return (OUTPUT_FORMATS as readonly unknown[]).includes(f);
}

export interface ExtrasRequest {
  cost?: boolean;
  format?: string;
  simulate?: boolean;
}

/** Whether the request asks for a view of the design rather than the manifests. */
export function wantsDesignView(req: ExtrasRequest): boolean {
  return !!req.cost || req.format === 'mermaid' || req.format === 'dot';
}

/**
 * The render to show: the converged design for the cost and diagram views and for --simulate (unless observed state
 * is given, which is then used as it is), else one pass. Kept on disk in the bundled tools (renderKept).
 */
export function renderForView(input: RenderInput, req: ExtrasRequest): RenderOutput {
  return renderKept(input, (wantsDesignView(req) || req.simulate) && !input.observed?.length ? 'converged' : 'once');
}
