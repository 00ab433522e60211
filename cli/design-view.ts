/**
 * The cost and diagram views of a claim (`render --cost`, `render --format mermaid|dot`). Both check the claim first:
 * a claim the API server would refuse is reported invalid, never priced or drawn as if it were fine. Printing
 * only: the work is lib/cost, lib/diagram and lib/simulate.
 */
import { estimateMonthlyCost, formatCostTable } from '../lib/cost';
import { diagram, type DiagramFormat } from '../lib/diagram';
import type { KubeObject, RenderInput, Result } from '../lib/render';
import { awsRefusals, claimIssues, formatClaimIssue } from './claim-check';
import { objectId, shortenForHeader } from './common';
import { renderForView, type ExtrasRequest } from './render-extras';

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
export function designView(input: RenderInput & { claim: KubeObject; xrd?: KubeObject }, req: ExtrasRequest): DesignView {
  // An XR rendered without an XRD (as crossplane render takes it) has no schema to be checked against.
  const issues = input.xrd ? claimIssues(input.claim, input.xrd) : [];
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
  const refusals = awsRefusals(out.resources);
  if (refusals.length > 0)
    return {
      error: `AWS would refuse what ${objectId(input.claim)} composes, so it is neither priced nor drawn (npm run validate says the same):\n${refusals.map((r) => `    ${r}`).join('\n')}`,
      complete: false,
      results: out.results,
    };
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
