/**
 * A composed resource as the composition's parts describe it: a stable name (part of the API: renaming it
 * deletes and recreates the cloud object), a typed base, patches, and the conditions under which it exists.
 */
import {
  ResourcesResourcesConnectionDetails as ConnectionDetail,
  ResourcesResourcesReadinessChecks as ReadinessCheck,
} from '../../imports/pt.fn.crossplane.io';
import { Patch } from './typed-patches';

export type { ConnectionDetail, ReadinessCheck };

/** A CEL expression over function-cel-filter's variables that must hold for a resource to be composed. */
export interface Condition {
  /** e.g. `observed.composite.resource.spec.parameters.bastion.enabled` */
  readonly cel: string;
  /** Says in words when the resource exists, for docs and reports. */
  readonly description: string;
}

export interface ComposedResource {
  readonly name: string;
  /** Built with a generated import class's `manifest()`, so the compiler checks its fields. */
  readonly base: Record<string, any>;
  readonly patches?: Patch[];
  readonly readinessChecks?: ReadinessCheck[];
  readonly connectionDetails?: ConnectionDetail[];
  /** Composed only when every condition holds; default: always. */
  readonly when?: Condition[];
}

export function and(conditions: Condition[]): Condition {
  if (conditions.length === 1) return conditions[0];
  return { cel: conditions.map((c) => `(${c.cel})`).join(' && '), description: conditions.map((c) => c.description).join(' and ') };
}
