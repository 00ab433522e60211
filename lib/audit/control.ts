/**
 * The vocabulary of the audit: controls, the findings they report per resource, and the results per control.
 * Generic: a control speaks about AWS objects as the Upjet provider kinds express them, never about a product.
 */
import type { KubeObject } from '../render/function-io';
import type { ResourceSet } from './resources';

/** PASS and FAIL as Security Hub uses them; EXCEPTION is a failure accepted for a stated reason. */
export type Outcome = 'PASS' | 'FAIL' | 'EXCEPTION' | 'N/A';

/** A kind a control applies to: the provider family (`ec2`, `s3`, `iam`) and the kind, in either scope. */
export interface KindRef {
  service: string;
  kind: string;
}

export interface Finding {
  /** The object the finding is about. */
  resource: KubeObject;
  outcome: Exclude<Outcome, 'EXCEPTION'>;
  reason: string;
}

/** What the claim asked for that changes what a control expects. */
export interface AuditOptions {
  /**
   * Set when the claim explicitly asked for its data to be deleted with it: the reason shown for accepting
   * buckets and their protections without Orphan.
   */
  dataDeletionRequested?: string;
  /** The KMS key the claim asked the data buckets to be encrypted with (S3.17). */
  kmsKeyArn?: string;
}

export interface AuditContext {
  resources: ResourceSet;
  options: AuditOptions;
}

export interface Control {
  /** Security Hub (AWS Foundational Security Best Practices) id where there is one, e.g. `EC2.2`. */
  id: string;
  /** What the control requires, as a sentence. */
  title: string;
  /** Where the requirement comes from. */
  source: 'AWS FSBP' | 'AWS FSBP / CIS' | 'data safety' | 'least privilege' | 'vendor support';
  appliesTo: KindRef[];
  /** One finding per checked resource; none when nothing applies. */
  check(ctx: AuditContext): Finding[];
  /** Why a failing resource is acceptable, or undefined when it is not. */
  accept?(finding: Finding, ctx: AuditContext): string | undefined;
}

export interface ResourceResult {
  /** `Kind/composition-resource-name` (or the object's name when it has none). */
  resource: string;
  outcome: Outcome;
  reason: string;
}

export interface ControlResult {
  id: string;
  title: string;
  source: Control['source'];
  outcome: Outcome;
  /** Per checked resource, in the order the control reported them. */
  resources: ResourceResult[];
  /** Why the control is not applicable, when it is not. */
  note?: string;
}

export interface AuditReport {
  controls: ControlResult[];
  /** True when any control failed. */
  failed: boolean;
}
