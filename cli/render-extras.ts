/**
 * The render CLI's other views of a rendered claim: `--cost` (an itemised monthly estimate) and
 * `--format mermaid|dot` (a picture). Both show the converged design (rendered with simulated observed state until
 * nothing new appears), so resources that wait for observed status of others are included; with `--observed` the
 * given state is used instead. Printing only: the work is lib/cost, lib/diagram and lib/simulate.
 */
import { estimateMonthlyCost, formatCostTable } from '../lib/cost';
import { diagram, type DiagramFormat } from '../lib/diagram';
import { render, type KubeObject, type RenderInput, type RenderOutput } from '../lib/render';
import { renderConverged } from '../lib/simulate/converge';

export const OUTPUT_FORMATS = ['yaml', 'json', 'mermaid', 'dot'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const EXTRAS_USAGE = `  --format mermaid|dot  a diagram of the composed resources (grouped by zone and tier,
                      with the references between them) instead of the manifests
  --cost              the claim's itemised fixed monthly AWS cost instead of the manifests
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
 * is given, which is then used as it is).
 */
export function renderForView(input: RenderInput, req: ExtrasRequest): RenderOutput {
  return (wantsDesignView(req) || req.simulate) && !input.observed?.length ? renderConverged(input) : render(input);
}

/** The text of a design view of a rendered composite. */
export function formatDesignView(out: RenderOutput, req: ExtrasRequest, composite: KubeObject): string {
  const title = compositeTitle(composite);
  if (req.cost) return formatCostTable(estimateMonthlyCost(out.resources), `Estimated fixed monthly AWS cost of ${title}`);
  return diagram(out.resources, req.format as DiagramFormat, title);
}

function compositeTitle(xr: KubeObject): string {
  const claim = xr?.spec?.claimRef;
  const name = claim ? `${claim.namespace}/${claim.name}` : xr?.metadata?.name;
  return `${claim?.kind ?? xr?.kind} ${name}`;
}
