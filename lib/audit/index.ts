/**
 * Security and data-safety controls over rendered managed resources: the AWS Foundational Security Best
 * Practices (and CIS) controls that concern the objects the Upjet AWS provider manages, plus data safety and
 * least privilege. Generic: it knows provider kinds, never a product. See docs/security.md.
 */
import type { KubeObject, Result } from '../render/function-io';
import { CONTROLS, runAudit } from './engine';
import { renderClaim } from '../simulate/converge';
import type { AuditOptions, AuditReport, Control } from './control';

export { CONTROLS, runAudit } from './engine';
export { bucketNameProblem, deletesCloudObject } from './controls/safety';
export { HIGH_RISK_PORTS } from './controls/ec2';
export { ResourceSet, displayName } from './resources';
export type { AuditOptions, AuditReport, Control, ControlResult, Finding, KindRef, Outcome, ResourceResult } from './control';

/** What an audit looks at: every resource the composite will have once its resources exist. */
export interface Rendered {
  composite: KubeObject;
  resources: KubeObject[];
  results: Result[];
}

export interface ClaimAudit extends Rendered {
  report: AuditReport;
}

/**
 * Renders a claim to convergence and audits what it composes.
 * @param options what the claim asked for, or how to read it from the composite
 */
export function auditClaim(
  claim: KubeObject,
  api: { xrd: KubeObject; composition: KubeObject },
  options: AuditOptions | ((composite: KubeObject) => AuditOptions) = {},
  controls: Control[] = CONTROLS,
): ClaimAudit {
  // Rendered to convergence: resources that wait for observed values (a bucket policy scoped to the account id an
  // ARN reports) appear only in later renders.
  const out = renderClaim(claim, api.xrd, api.composition);
  if (out.fatal) throw new Error(`render failed: ${out.fatal.message}`);
  const rendered: Rendered = { composite: out.xr, resources: out.resources, results: out.results };
  const opts = typeof options === 'function' ? options(rendered.composite) : options;
  return { ...rendered, report: runAudit(rendered.resources, opts, controls) };
}
