/**
 * Test support for the upstream ports (upstream-fn, upstream-cel-filter): upstream's RunFunctionRequest and
 * RunFunctionResponse fixtures, written as plain JSON shaped like the fn proto (`observed`, `desired`, `context`,
 * `results`), translated to and from this renderer's FunctionRequest/FunctionResponse.
 *
 * Comparison is of a canonical form with protobuf's "unset" semantics: an empty State, Resource, map or Struct is
 * the same as an absent one, and `READY_UNSPECIFIED` is the same as no readiness. Results are compared by
 * severity and message (upstream's fixtures set nothing else). Response metadata (tag, TTL) has no counterpart.
 */
import { emptyState, type FunctionRequest, type FunctionResponse, type KubeObject, type Readiness, type State } from './function-io';

export interface PbResource {
  resource?: KubeObject;
  /** Upstream: bytes; here plain strings. */
  connectionDetails?: Record<string, string>;
  ready?: Readiness;
}

export interface PbState {
  composite?: PbResource;
  resources?: Record<string, PbResource>;
}

export type PbSeverity = 'SEVERITY_FATAL' | 'SEVERITY_WARNING' | 'SEVERITY_NORMAL';

export interface PbRequest {
  input?: KubeObject;
  observed?: PbState;
  desired?: PbState;
  context?: Record<string, unknown>;
}

export interface PbResponse {
  desired?: PbState;
  results?: { severity: PbSeverity; message: string }[];
  context?: Record<string, unknown>;
}

export const ENVIRONMENT_GVK = { apiVersion: 'internal.crossplane.io/v1alpha1', kind: 'Environment' };

/** Upstream fn_test.go `contextWithEnvironment`: the environment as Crossplane sends it, with its made-up GVK. */
export function contextWithEnvironment(data: Record<string, unknown> | null): Record<string, unknown> {
  return { 'apiextensions.crossplane.io/environment': { ...(data ?? {}), ...ENVIRONMENT_GVK } };
}

export function toState(s: PbState | undefined): State {
  const state = emptyState();
  if (s?.composite) state.composite = toResource(s.composite);
  for (const [name, r] of Object.entries(s?.resources ?? {})) state.resources.set(name, toResource(r));
  return state;
}

function toResource(r: PbResource) {
  return {
    resource: structuredClone(r.resource ?? {}),
    ...(r.connectionDetails ? { connectionDetails: { ...r.connectionDetails } } : {}),
    ...(r.ready ? { ready: r.ready } : {}),
  };
}

export function toRequest(pb: PbRequest): FunctionRequest {
  return {
    observed: toState(pb.observed),
    desired: toState(pb.desired),
    context: structuredClone(pb.context ?? {}),
    input: structuredClone(pb.input) as KubeObject,
  };
}

const severities: Record<string, PbSeverity> = { Fatal: 'SEVERITY_FATAL', Warning: 'SEVERITY_WARNING', Normal: 'SEVERITY_NORMAL' };

/** The response in canonical form, to compare with {@link canonical} of upstream's expected response. */
export function fromResponse(rsp: FunctionResponse): unknown {
  return canonicalOf(
    rsp.desired,
    rsp.context,
    rsp.results.map((r) => ({ severity: severities[r.severity], message: r.message })),
  );
}

export function canonical(pb: PbResponse): unknown {
  return canonicalOf(toState(pb.desired), pb.context ?? {}, pb.results ?? []);
}

function canonicalOf(desired: State, context: Record<string, unknown>, results: { severity: PbSeverity; message: string }[]): unknown {
  const out: Record<string, unknown> = {};
  const state = canonicalState(desired);
  if (state) out.desired = state;
  const ctx = withoutEnvironmentGvk(context);
  if (Object.keys(ctx).length > 0) out.context = ctx;
  if (results.length > 0) out.results = results;
  return out;
}

/**
 * The context with the environment's made-up GVK taken out. The stored fn_test.go revisions predate fn.go's
 * defaulting of that GVK (`internalEnvironmentGVK`) and expect an empty environment Struct, while the fn.go this
 * renderer follows always returns it; the GVK is compared separately.
 */
function withoutEnvironmentGvk(context: Record<string, unknown>): Record<string, unknown> {
  const key = 'apiextensions.crossplane.io/environment';
  const env = context[key] as Record<string, unknown> | undefined;
  if (!env || typeof env !== 'object') return context;
  const { apiVersion, kind, ...rest } = env;
  if (apiVersion !== ENVIRONMENT_GVK.apiVersion || kind !== ENVIRONMENT_GVK.kind) return context;
  return { ...context, [key]: rest };
}

function canonicalState(s: State): unknown {
  const out: Record<string, unknown> = {};
  const composite = canonicalResource(s.composite);
  if (composite) out.composite = composite;
  if (s.resources.size > 0) out.resources = Object.fromEntries([...s.resources].map(([k, v]) => [k, canonicalResource(v) ?? {}]));
  return Object.keys(out).length > 0 ? out : undefined;
}

function canonicalResource(r: { resource: KubeObject; connectionDetails?: Record<string, string>; ready?: Readiness }): unknown {
  const out: Record<string, unknown> = {};
  if (r.resource && Object.keys(r.resource).length > 0) out.resource = r.resource;
  if (r.connectionDetails && Object.keys(r.connectionDetails).length > 0) out.connectionDetails = r.connectionDetails;
  if (r.ready && r.ready !== 'READY_UNSPECIFIED') out.ready = r.ready;
  return Object.keys(out).length > 0 ? out : undefined;
}
