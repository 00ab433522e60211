/**
 * The render CLI's other views of a rendered claim: `--cost` (an itemised monthly estimate, as a table or JSON) and
 * `--format mermaid|dot` (a picture). Both show the converged design (rendered with simulated observed state until
 * nothing new appears), so resources that wait for observed status of others are included; with `--observed` the
 * given state is used instead. Both check the claim first: a claim the API server would refuse is reported
 * invalid, never priced or drawn as if it were fine. Printing only: the work is lib/cost, lib/diagram and
 * lib/simulate.
 */
import { estimateMonthlyCost, formatCostTable } from '../lib/cost';
import { diagram, type DiagramFormat } from '../lib/diagram';
import { render, type KubeObject, type RenderInput, type RenderOutput, type Result } from '../lib/render';
import { renderConverged } from '../lib/simulate/converge';
import { claimIssues, formatClaimIssue } from './claim-check';
import { objectId, shortenForHeader } from './common';

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
 * is given, which is then used as it is).
 */
export function renderForView(input: RenderInput, req: ExtrasRequest): RenderOutput {
  return (wantsDesignView(req) || req.simulate) && !input.observed?.length ? renderConverged(input) : render(input);
}

export interface DesignView {
  /** What to print, when there is a view. */
  text?: string;
  /** Why there is none: the claim is invalid, or the render failed. */
  error?: string;
  /** False when the estimate lacks a price (a region or an item): a script must not take it as the total. */
  complete: boolean;
  results: Result[];
}

/** The cost or diagram view of a claim: checked, rendered to convergence, then priced or drawn. */
export function designView(input: RenderInput & { claim: KubeObject; xrd: KubeObject }, req: ExtrasRequest): DesignView {
  const issues = claimIssues(input.claim, input.xrd);
  if (issues.length > 0) {
    const lines = issues.map((i) => `    ${formatClaimIssue(i)}`).join('\n');
    return {
      error: `${objectId(input.claim)} is invalid, so it is neither priced nor drawn (npm run validate says the same):\n${lines}`,
      complete: false,
      results: [],
    };
  }
  const out = renderForView(input, req);
  if (out.fatal) return { error: out.fatal.message, complete: false, results: out.results };
  const title = shortenForHeader(compositeTitle(input.composite));
  if (!req.cost) return { text: diagram(out.resources, req.format as DiagramFormat, title), complete: true, results: out.results };
  const estimate = estimateMonthlyCost(out.resources);
  const complete = estimate.unpriced === 0 && estimate.regionsWithoutPrices.length === 0;
  const text =
    req.format === 'json'
      ? `${JSON.stringify({ composite: compositeTitle(input.composite), complete, ...estimate }, null, 2)}\n`
      : formatCostTable(estimate, `Estimated fixed monthly AWS cost of ${title}`);
  return { text, complete, results: out.results };
}

function compositeTitle(xr: KubeObject): string {
  const claim = xr?.spec?.claimRef;
  const name = claim ? `${claim.namespace}/${claim.name}` : xr?.metadata?.name;
  return `${claim?.kind ?? xr?.kind} ${name}`;
}
