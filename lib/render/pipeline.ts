/**
 * The offline pipeline runner: what `crossplane render` does for a Pipeline-mode Composition, with
 * function-patch-and-transform and function-cel-filter run in process instead of in Docker.
 *
 * Steps are dispatched by their input's kind (`pt.fn.crossplane.io` Resources, `cel.fn.crossplane.io`
 * Filters); any other step is an error rather than a silent skip, since skipping would misreport what gets
 * composed. Each step receives the observed state, the previous step's desired state and context, as
 * Crossplane's function runner passes them. A fatal result stops the pipeline.
 *
 * The output mirrors `crossplane render` (crossplane/cmd/crank/render): composed resources sorted by
 * composition resource name, each with `generateName: <xr>-`, the `crossplane.io/composition-resource-name`
 * annotation, the `crossplane.io/composite` label (plus claim labels when the XR has a claimRef) and a
 * controller reference to the XR; an observed resource keeps its name and namespace. The XR is what the pipeline
 * desires for it, as `crossplane render` prints it: the desired XR with the input's apiVersion, kind, name and
 * namespace, and a `Ready` condition (Available, or Creating with `Unready resources: a, b, c, and 2 more`); it has
 * no `Synced` condition, and a spec only when the pipeline wrote one (a cluster ignores it: a warning says so).
 */
import { runCelFilter } from './cel-filter';
import { runPatchAndTransform } from './patch-and-transform';
import { emptyState, type FunctionRequest, type FunctionResponse, type KubeObject, type ResourceState, type Result, type State } from './function-io';

import { ANNOTATION_RESOURCE_NAME, LABEL_CLAIM_NAME, LABEL_CLAIM_NAMESPACE, LABEL_COMPOSITE } from '../crossplane';
import { deepClone } from './govalue';
export { ANNOTATION_RESOURCE_NAME, LABEL_CLAIM_NAME, LABEL_CLAIM_NAMESPACE, LABEL_COMPOSITE };

/** Condition timestamps are noise in a preview; `crossplane render` pins them to this instant too. */
const CONDITION_TIME = '2024-01-01T00:00:00Z';

export interface RenderInput {
  /** The composite resource (XR), already defaulted; see `claimToComposite` for claims. */
  composite: KubeObject;
  /** An `apiextensions.crossplane.io/v1` Composition in Pipeline mode. */
  composition: KubeObject;
  /**
   * Observed composed resources, matched to templates by their `crossplane.io/composition-resource-name`
   * annotation. An optional `connectionDetails` string map on a document stands for the resource's
   * connection secret (plain strings, not base64) and is removed from the resource itself.
   */
  observed?: KubeObject[];
  /** Initial pipeline context, e.g. `{ 'apiextensions.crossplane.io/environment': {...} }`. */
  context?: Record<string, unknown>;
}

export interface RenderOutput {
  /** The XR as the pipeline desires it: apiVersion, kind, name, namespace and status with its Ready condition. */
  composite: KubeObject;
  /** Desired composed resources, sorted by composition resource name. */
  resources: KubeObject[];
  /** Every result in pipeline order, each with its step; a fatal one is last and also in `fatal`. */
  results: Result[];
  fatal?: Result;
  /** XR connection details the pipeline produced (plain strings). */
  connectionDetails: Record<string, string>;
  /** The context after the last step. */
  context: Record<string, unknown>;
}

type StepRunner = (req: FunctionRequest) => FunctionResponse;

/** Functions this renderer emulates, by the API group and kind of their input. */
const runners: Record<string, StepRunner> = {
  'pt.fn.crossplane.io/Resources': runPatchAndTransform,
  'cel.fn.crossplane.io/Filters': runCelFilter,
};

/** Renders a composition for an XR; problems with the inputs themselves throw, function failures return. */
export function render(input: RenderInput): RenderOutput {
  const xr = input.composite;
  const steps = pipelineOf(input.composition, xr);
  const observed = observedState(asObservedByFunctions(xr, input.composition), input.observed ?? []);
  let desired: State = emptyState();
  let context: Record<string, unknown> = structuredClone(input.context ?? {});
  const results: Result[] = [];

  for (const step of steps) {
    const run = runnerFor(step);
    const rsp = run({ observed, desired, context, input: step.input as KubeObject });
    for (const r of rsp.results) {
      const result = { ...r, step: step.step };
      if (r.severity === 'Fatal') {
        const fatal = { ...result, message: `pipeline step ${JSON.stringify(step.step)} returned a fatal result: ${r.message}` };
        return { composite: xr, resources: [], results: [...results, fatal], fatal, connectionDetails: {}, context };
      }
      results.push(result);
    }
    desired = rsp.desired;
    context = rsp.context;
  }

  const composite = renderComposite(xr, desired, results);
  const resources = [...desired.resources.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, r]) => composedWithMetadata(name, r, xr, observed.resources.get(name)));
  return { composite, resources, results, connectionDetails: desired.composite.connectionDetails ?? {}, context };
}

interface Step {
  step: string;
  functionRef?: { name?: string };
  input?: KubeObject;
}

function pipelineOf(composition: KubeObject, xr: KubeObject): Step[] {
  if (composition?.kind !== 'Composition' || !String(composition.apiVersion ?? '').startsWith('apiextensions.crossplane.io/')) {
    throw new Error(`expected an apiextensions.crossplane.io Composition, got ${composition?.apiVersion}/${composition?.kind}`);
  }
  const name = composition.metadata?.name ?? '(unnamed)';
  const spec = composition.spec ?? {};
  const mode = spec.mode ?? (spec.pipeline && !spec.resources ? 'Pipeline' : 'Resources');
  if (mode !== 'Pipeline') {
    throw new Error(`composition ${name} uses mode ${mode}; only mode: Pipeline can be rendered (Crossplane 2 removed Resources mode)`);
  }
  const ref = spec.compositeTypeRef ?? {};
  if (ref.apiVersion !== xr.apiVersion || ref.kind !== xr.kind) {
    throw new Error(`composition ${name} composes ${ref.apiVersion}/${ref.kind}, not ${xr.apiVersion}/${xr.kind}`);
  }
  if (!Array.isArray(spec.pipeline) || spec.pipeline.length === 0) throw new Error(`composition ${name} has no pipeline steps`);
  return spec.pipeline;
}

function runnerFor(step: Step): StepRunner {
  const input = step.input;
  const group = String(input?.apiVersion ?? '').split('/')[0];
  const run = runners[`${group}/${input?.kind}`];
  if (!run) {
    throw new Error(
      `pipeline step ${JSON.stringify(step.step)} (function ${step.functionRef?.name ?? '?'}) has input ${input?.apiVersion ?? 'none'}/${input?.kind ?? 'none'}; ` +
        `this renderer runs only function-patch-and-transform (pt.fn.crossplane.io Resources) and function-cel-filter (cel.fn.crossplane.io Filters)`,
    );
  }
  return run;
}

/**
 * The XR as functions observe it in a cluster. Crossplane 2 keeps a modern XR's machinery under
 * `spec.crossplane` and fills in `compositionRef` before the pipeline runs (crossplane v2.1.0
 * internal/controller/apiextensions/composite/api.go selects the Composition and calls `SetCompositionReference`,
 * which crossplane-runtime pkg/resource/unstructured/composite/composite.go writes to `spec.crossplane.compositionRef`
 * for a modern XR), so functions always see that field on a v2 XR (function-patch-and-transform tells v2 XRs apart
 * by it, connection.go `supportsConnectionDetails`). A namespaced XR is always a v2 XR; one given without
 * `spec.crossplane` gets the reference Crossplane would have set — here the renderer follows the cluster rather than
 * `crossplane render`, which passes the file as is. A cluster-scoped XR is taken as given: only its XRD's scope
 * says whether it is v2 or legacy. The rendered XR is not changed.
 */
function asObservedByFunctions(xr: KubeObject, composition: KubeObject): KubeObject {
  if (!xr.metadata?.namespace || xr.spec?.crossplane !== undefined) return xr;
  const copy = structuredClone(xr);
  copy.spec = { ...(copy.spec ?? {}), crossplane: { compositionRef: { name: composition.metadata?.name ?? '' } } };
  return copy;
}

function observedState(xr: KubeObject, docs: KubeObject[]): State {
  const resources = new Map<string, ResourceState>();
  for (const doc of docs) {
    const name = doc?.metadata?.annotations?.[ANNOTATION_RESOURCE_NAME];
    if (!name) {
      throw new Error(
        `observed resource ${doc?.kind ?? '?'} ${doc?.metadata?.name ?? '(unnamed)'} has no ${ANNOTATION_RESOURCE_NAME} annotation, so it matches no template`,
      );
    }
    const { connectionDetails, ...resource } = doc;
    resources.set(name, { resource, connectionDetails: connectionDetails ?? {} });
  }
  return { composite: { resource: xr, connectionDetails: {} }, resources };
}

function renderComposite(xr: KubeObject, desired: State, results: Result[]): KubeObject {
  const dxr = structuredClone(desired.composite.resource);
  const ignored = Object.keys(dxr).filter((k) => !['apiVersion', 'kind', 'metadata', 'status'].includes(k));
  if (ignored.length > 0) {
    // A cluster applies only the desired status: crossplane v2.1.0 internal/controller/apiextensions/composite/
    // composition_functions.go patches the desired XR through the status subresource (`Status().Patch`).
    results.push({
      severity: 'Warning',
      message: `the pipeline set ${ignored.join(', ')} on the composite resource; Crossplane applies only the status a pipeline desires for its XR, so a cluster ignores these`,
    });
  }
  // crossplane cmd/crank/render/render.go `Render`: READY_FALSE on the desired XR is Creating without a message;
  // unspecified readiness with unready resources is Creating naming them; anything else (READY_TRUE too) Available.
  const unready = [...desired.resources].filter(([, r]) => r.ready !== 'READY_TRUE').map(([name]) => name);
  const xrReady = desired.composite.ready ?? 'READY_UNSPECIFIED';
  const creating = { type: 'Ready', status: 'False', reason: 'Creating', lastTransitionTime: CONDITION_TIME };
  const readyCondition =
    xrReady === 'READY_FALSE'
      ? creating
      : xrReady === 'READY_UNSPECIFIED' && unready.length > 0
        ? { ...creating, message: `Unready resources: ${stableNAndSomeMore(3, unready)}` }
        : { type: 'Ready', status: 'True', reason: 'Available', lastTransitionTime: CONDITION_TIME };
  // render.go prints the desired XR as the pipeline returned it (`xfn.FromStruct`), spec and metadata included, with
  // apiVersion, kind, name and namespace taken from the input XR; `SetConditions` replaces a Ready condition where
  // it stands unless it is Equal (crossplane-runtime v2.1.0 apis/common/condition.go SetConditions), or appends one.
  const status = isPlainObject(dxr.status) ? dxr.status : {};
  const conditions: any[] = Array.isArray(status.conditions) ? status.conditions : [];
  const sameCondition = (c: any) => ['status', 'reason', 'message', 'observedGeneration'].every((k) => (c?.[k] ?? '') === ((readyCondition as any)[k] ?? ''));
  status.conditions = conditions.some((c: any) => c?.type === 'Ready')
    ? conditions.map((c: any) => (c?.type === 'Ready' && !sameCondition(c) ? readyCondition : c))
    : [...conditions, readyCondition];
  const metadata: Record<string, any> = { ...(isPlainObject(dxr.metadata) ? dxr.metadata : {}), name: xr.metadata?.name };
  if (xr.metadata?.namespace) metadata.namespace = xr.metadata.namespace;
  else delete metadata.namespace;
  // Keys in the order crossplane render prints them (sigs.k8s.io/yaml sorts map keys): apiVersion, kind, metadata, spec, status.
  const { apiVersion: _a, kind: _k, metadata: _m, status: _s, ...rest } = dxr;
  return { apiVersion: xr.apiVersion, kind: xr.kind, metadata, ...rest, status };
}

function isPlainObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** crossplane-runtime's StableNAndSomeMore: sorted, the first n, then ", and N more". */
export function stableNAndSomeMore(n: number, names: string[]): string {
  const sorted = [...names].sort();
  return sorted.length > n ? `${sorted.slice(0, n).join(', ')}, and ${sorted.length - n} more` : sorted.join(', ');
}

/**
 * Composed resource metadata as `crossplane render` sets it (SetComposedResourceMetadata, mirroring the composition
 * controller's RenderComposedResourceMetadata): an observed resource keeps its name, namespace and generateName;
 * a resource with neither name nor generateName gets `<prefix>-`, where the prefix is the XR's
 * `crossplane.io/composite` label (a nested XR's root) or else its name; a namespaced XR's resources are in its
 * namespace; claim labels come from the XR's labels, or else its claimRef; the XR is the controller.
 */
function composedWithMetadata(name: string, r: ResourceState, xr: KubeObject, observed: ResourceState | undefined): KubeObject {
  const cd = deepClone(r.resource);
  const meta = (cd.metadata ??= {});
  const xrName = xr.metadata?.name ?? '';
  if (observed) {
    for (const field of ['namespace', 'name', 'generateName'] as const) {
      if (observed.resource.metadata?.[field]) meta[field] = observed.resource.metadata[field];
      else delete meta[field];
    }
  }
  const xrLabels = xr.metadata?.labels ?? {};
  const prefix = xrLabels[LABEL_COMPOSITE] || xrName;
  if (!meta.name && !meta.generateName) meta.generateName = `${prefix}-`;
  if (xr.metadata?.namespace) meta.namespace = xr.metadata.namespace;
  meta.annotations = { ...(meta.annotations ?? {}), [ANNOTATION_RESOURCE_NAME]: name };
  meta.labels = { ...(meta.labels ?? {}), [LABEL_COMPOSITE]: prefix };
  const claim =
    xrLabels[LABEL_CLAIM_NAME] && xrLabels[LABEL_CLAIM_NAMESPACE]
      ? { name: xrLabels[LABEL_CLAIM_NAME], namespace: xrLabels[LABEL_CLAIM_NAMESPACE] }
      : xr.spec?.claimRef;
  if (claim) {
    meta.labels[LABEL_CLAIM_NAMESPACE] = claim.namespace;
    meta.labels[LABEL_CLAIM_NAME] = claim.name;
  }
  const owner = { apiVersion: xr.apiVersion, kind: xr.kind, name: xrName, uid: xr.metadata?.uid ?? '', controller: true, blockOwnerDeletion: true };
  const refs: any[] = Array.isArray(meta.ownerReferences) ? meta.ownerReferences : [];
  const otherController = refs.find((o) => o?.controller && o.uid !== owner.uid);
  if (otherController) {
    throw new Error(
      `cannot set composite resource ${JSON.stringify(xrName)} as controller ref of composed resource ${JSON.stringify(name)}: it is already controlled by ${otherController.kind} ${otherController.name}`,
    );
  }
  meta.ownerReferences = [...refs.filter((o) => o?.uid !== owner.uid), owner];
  return cd;
}
