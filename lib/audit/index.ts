/**
 * Security and data-safety controls over rendered managed resources: the AWS Foundational Security Best
 * Practices (and CIS) controls that concern the objects the Upjet AWS provider manages, plus data safety and
 * least privilege. Generic: it knows provider kinds, never a product. See docs/security.md.
 */
import type { KubeObject } from '../render/types';
import { CONTROLS, runAudit } from './engine';
import { renderClaim, type Rendered } from './render';
import type { AuditOptions, AuditReport, Control } from './types';

export { CONTROLS, runAudit } from './engine';
export { renderClaim, type Rendered } from './render';
export { bucketNameProblem, deletesCloudObject } from './controls/safety';
export { HIGH_RISK_PORTS } from './controls/ec2';
export { ResourceSet, displayName } from './resources';
export type { AuditOptions, AuditReport, Control, ControlResult, Finding, KindRef, Outcome, ResourceResult } from './types';

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
  const rendered = renderClaim(claim, api.xrd, api.composition);
  const opts = typeof options === 'function' ? options(rendered.composite) : options;
  return { ...rendered, report: runAudit(rendered.resources, opts, controls) };
}
