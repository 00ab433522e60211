/**
 * The state a composition function sees and returns, shaped like Crossplane's RunFunctionRequest/Response
 * (apiextensions.fn.proto.v1) but with plain JSON objects, so each step of the pipeline can be run and tested
 * on its own.
 */
export type KubeObject = Record<string, any>;

/** Readiness a function reports for a desired composed resource (fn proto `Ready`). */
export type Readiness = 'READY_UNSPECIFIED' | 'READY_TRUE' | 'READY_FALSE';

export interface ResourceState {
  resource: KubeObject;
  /** Connection details as plain strings (upstream: bytes). */
  connectionDetails?: Record<string, string>;
  ready?: Readiness;
}

export interface State {
  composite: ResourceState;
  /** Composed resources by composition resource name, in the order they were added. */
  resources: Map<string, ResourceState>;
}

export type Severity = 'Fatal' | 'Warning' | 'Normal';

/** A function result. Fatal results stop the pipeline; the others are reported. */
export interface Result {
  severity: Severity;
  message: string;
  /** The pipeline step that produced it (filled in by the pipeline runner). */
  step?: string;
  /** The composition resource name concerned, when there is one. */
  resource?: string;
  /** The patch concerned, when there is one. */
  patch?: { index: number; type: string };
}

export interface FunctionRequest {
  observed: State;
  desired: State;
  /** The pipeline context; `apiextensions.crossplane.io/environment` holds the environment. */
  context: Record<string, unknown>;
  input: KubeObject;
}

export interface FunctionResponse {
  desired: State;
  context: Record<string, unknown>;
  results: Result[];
}

/** The context key of the Composition environment (function-sdk-go `KeyEnvironment`). */
export const ENVIRONMENT_CONTEXT_KEY = 'apiextensions.crossplane.io/environment';

export function emptyState(): State {
  return { composite: { resource: {} }, resources: new Map() };
}

/**
 * The state a function may change without touching its request's: a new composite entry and a new resource map.
 * The resources themselves are shared, not copied (copying every resource at every step was a fifth of a render):
 * a function replaces an entry when it changes a resource (patch-and-transform builds each templated resource
 * anew, from its base or from a boxed copy of the previous one), and never writes into one it was given.
 */
export function cloneState(s: State): State {
  return { composite: { ...s.composite }, resources: new Map(s.resources) };
}
