/**
 * function-patch-and-transform, run in process: one pipeline step with a `pt.fn.crossplane.io/v1beta1`
 * Resources input. Follows upstream's RunFunction (fn.go, v0.10.x):
 *
 * 1. Decode the input as upstream's Go types do (unknown members are fatal, ./input-decoding), validate it; resolve PatchSets; load the environment from the context.
 * 2. Run `environment.patches` (observed XR → environment, environment → desired XR).
 * 3. For each resource template: start from `base` (or the resource a previous step produced); if an observed
 *    resource of that name exists, keep its name, collect its connection details and readiness; then run the
 *    patches in order.
 * 4. A patch whose source is missing is skipped (Optional), except that a `Required` patch to a resource that
 *    does not exist yet withholds the whole resource from desired state this time, with a warning, and marks the
 *    desired XR not ready (`Ready: READY_FALSE`). Any other
 *    patch error is fatal and names the resource, the patch type and index.
 * 5. For a Crossplane v2 XR (one with `spec.crossplane`), compose the XR's connection details into a Secret
 *    (`writeConnectionSecretToRef`, see ./connection-secret); a v1 XR returns them for Crossplane to write.
 */
import { getValue, isNotFound } from '../fieldpath';
import { extractConnectionDetails } from './connection';
import { composeConnectionSecret, connectionSecretResourceName, isModernComposite } from './connection-secret';
import {
  applyComposedPatch,
  applyEnvironmentPatch,
  isRequired,
  patchType,
  resolvePatchSets,
  toComposedResource,
  type ComposedTemplate,
  type Patch,
} from './patches';
import { boxNumbers, deepClone, toPlainJson } from './govalue';
import { resourcesInputDecodeError } from './input-decoding';
import { isReady } from './readiness';
import {
  ENVIRONMENT_CONTEXT_KEY,
  cloneState,
  type FunctionRequest,
  type FunctionResponse,
  type KubeObject,
  type ResourceState,
  type Result,
} from './function-io';
import { validateResourcesInput } from './input-validation';

/** The GVK upstream gives an environment that has none. */
const ENVIRONMENT_API_VERSION = 'internal.crossplane.io/v1alpha1';

/**
 * Boxed copies of observed state, by the state they were made from: every step of one render is given the same
 * observed state and only reads it (patch values are copied out, through toPlainJson), so each observed resource is
 * boxed once per render rather than once per step. Keyed weakly by the state object, which a render makes anew.
 */
const boxedObservedByState = new WeakMap<object, { composite: KubeObject; resources: Map<string, ResourceState> }>();
function boxedObserved(observed: FunctionRequest['observed']): { composite: KubeObject; resources: Map<string, ResourceState> } {
  let boxed = boxedObservedByState.get(observed);
  if (!boxed) boxedObservedByState.set(observed, (boxed = { composite: boxNumbers(observed.composite.resource) as KubeObject, resources: new Map() }));
  return boxed;
}

export function runPatchAndTransform(req: FunctionRequest): FunctionResponse {
  const results: Result[] = [];
  const desired = cloneState(req.desired);
  const context = structuredClone(req.context);
  const fatal = (message: string, extra: Partial<Result> = {}): FunctionResponse => ({
    desired: req.desired,
    context: req.context,
    results: [...results, { severity: 'Fatal', message, ...extra }],
  });
  const warn = (message: string, extra: Partial<Result> = {}) => results.push({ severity: 'Warning', message, ...extra });

  // An absent input is an empty one, which fails validation (upstream fn_test.go NoInput).
  const input = req.input ?? {};
  const undecodable = resourcesInputDecodeError(input);
  if (undecodable) return fatal(undecodable);
  const invalid = validateResourcesInput(input);
  if (invalid) return fatal(`invalid Function input: ${invalid}`);

  // function-sdk-go v0.5.0 request.Get*: resource.AsObject → SetUnstructuredContent(s.AsMap()), so every number
  // this function reads from its request is a float64 (./govalue). Boxed copies are made only of what this step
  // reads, and unboxed again before returning; resources it does not touch pass through as they came.
  const seen = (r: KubeObject) => boxNumbers(r) as KubeObject;
  const { composite: oxr, resources: observedSeen } = boxedObserved(req.observed);
  const observedResource = (name: string): ResourceState | undefined => {
    const r = req.observed.resources.get(name);
    if (r && !observedSeen.has(name)) observedSeen.set(name, { ...r, resource: seen(r.resource) });
    return observedSeen.get(name);
  };
  const dxr = (desired.composite.resource = seen(desired.composite.resource));
  const boxedResources = new Set<KubeObject>();
  dxr.apiVersion = oxr.apiVersion;
  dxr.kind = oxr.kind;

  let templates: ComposedTemplate[];
  try {
    templates = resolvePatchSets(input.patchSets, input.resources ?? []);
  } catch (err) {
    return fatal(`cannot resolve PatchSets: ${(err as Error).message}`);
  }

  for (const t of templates) {
    (t.readinessChecks ?? []).forEach((c, i) => {
      if (c?.type !== 'MatchInteger') return;
      // The renderer's own note: upstream merely never finds the resource ready (or warns once it is observed).
      warn(
        `(render) readiness check ${i} of composed resource ${JSON.stringify(t.name)} is MatchInteger, which can never pass in function-patch-and-transform v0.10.8: ` +
          `the function sees every observed number as a float64 (function-sdk-go resource.AsObject) and crossplane-runtime's GetInteger accepts only int64; ` +
          `check a condition (MatchCondition) or NonEmpty instead`,
        { resource: t.name },
      );
    });
  }

  const environment: KubeObject = seen((context[ENVIRONMENT_CONTEXT_KEY] as KubeObject | undefined) ?? {});
  environment.apiVersion ??= ENVIRONMENT_API_VERSION;
  environment.kind ??= 'Environment';

  const envPatches = input.environment?.patches ?? [];
  for (let i = 0; i < envPatches.length; i++) {
    const p = envPatches[i];
    try {
      applyEnvironmentPatch(p, environment, oxr, dxr);
    } catch (err) {
      if (isNotFound(err) && !isRequired(p)) continue;
      return fatal(`cannot apply the ${JSON.stringify(patchType(p))} environment patch at index ${i}: ${(err as Error).message}`, {
        patch: { index: i, type: patchType(p) },
      });
    }
  }

  const connectionDetails: Record<string, string> = { ...(desired.composite.connectionDetails ?? {}) };
  let withheldCount = 0;
  for (const t of templates) {
    const name = t.name;
    let dcd: KubeObject;
    if (t.base) {
      dcd = deepClone(t.base);
    } else {
      const previous = desired.resources.get(name);
      if (!previous)
        return fatal(`composed resource ${JSON.stringify(name)} has no base template, and was not produced by a previous Function in the pipeline`, {
          resource: name,
        });
      dcd = seen(previous.resource);
      boxedResources.add(dcd);
    }
    let ready = false;

    const observed = observedResource(name);
    if (observed) {
      const ocd = observed.resource;
      setOrDelete(dcd, 'namespace', ocd.metadata?.namespace);
      setOrDelete(dcd, 'name', ocd.metadata?.name);
      try {
        Object.assign(connectionDetails, extractConnectionDetails(ocd, observed.connectionDetails, t.connectionDetails));
      } catch (err) {
        warn(`cannot extract composite resource connection details from composed resource ${JSON.stringify(name)}: ${(err as Error).message}`, {
          resource: name,
        });
      }
      try {
        ready = isReady(ocd, t.readinessChecks);
      } catch (err) {
        warn(`cannot check readiness of composed resource ${JSON.stringify(name)}: ${(err as Error).message}`, { resource: name });
      }
    }

    let withheld = false;
    const patches = t.patches ?? [];
    for (let i = 0; i < patches.length; i++) {
      const p = patches[i];
      const where = { resource: name, patch: { index: i, type: patchType(p) } };
      try {
        applyComposedPatch(p, {
          observedComposed: observed?.resource,
          desiredComposed: dcd,
          observedComposite: oxr,
          desiredComposite: dxr,
          environment,
        });
        const misfit = floatFormatError(p, toComposedResource(p) ? dcd : patchType(p).includes('Environment') ? environment : dxr);
        if (misfit) {
          // The renderer's own note: upstream writes the Go format error into the resource without a word.
          warn(
            `(render) ${JSON.stringify(patchType(p))} patch at index ${i} of composed resource ${JSON.stringify(name)} writes ${JSON.stringify(misfit)}: ` +
              `numbers reach function-patch-and-transform as float64 (function-sdk-go resource.AsObject), so an integer verb such as %d never fits them; ` +
              `use %v, or convert to int64 first`,
            where,
          );
        }
      } catch (err) {
        const reason = (err as Error).message;
        if (!isNotFound(err)) {
          return fatal(`cannot render composed resource ${JSON.stringify(name)} ${JSON.stringify(patchType(p))} patch at index ${i}: ${reason}`, where);
        }
        if (!isRequired(p)) continue;
        if (toComposedResource(p) && !observed) {
          warn(
            `not adding new composed resource ${JSON.stringify(name)} to desired state because ${JSON.stringify(patchType(p))} patch at index ${i} has 'policy.fromFieldPath: Required': ${reason}`,
            where,
          );
          withheld = true;
          break;
        }
        warn(
          `cannot render composed resource ${JSON.stringify(name)} ${JSON.stringify(patchType(p))} patch at index ${i}: ignoring 'policy.fromFieldPath: Required' because 'to' resource already exists: ${reason}`,
          where,
        );
      }
    }
    if (withheld) {
      withheldCount++;
      continue;
    }
    desired.resources.set(name, { resource: dcd, ready: ready ? 'READY_TRUE' : 'READY_UNSPECIFIED' });
  }

  if (Object.keys(connectionDetails).length > 0) desired.composite.connectionDetails = connectionDetails;

  if (isModernComposite(oxr)) {
    let secret: KubeObject | undefined;
    try {
      secret = composeConnectionSecret(oxr, connectionDetails, input.writeConnectionSecretToRef);
    } catch (err) {
      return fatal(`cannot compose connection secret: ${(err as Error).message}`);
    }
    if (secret) {
      const secretResourceName = connectionSecretResourceName(oxr);
      desired.resources.set(secretResourceName, { resource: secret, ready: 'READY_TRUE' });
      // The renderer's own note, not an upstream result: upstream composes the Secret regardless.
      if (!secret.metadata.namespace && !oxr.metadata?.namespace) {
        warn(
          `(render) the connection Secret for cluster-scoped composite resource ${JSON.stringify(oxr.metadata?.name ?? '')} has no namespace: ` +
            `set writeConnectionSecretToRef.namespace (or patch it); function-patch-and-transform composes it anyway and Crossplane cannot apply a Secret without one`,
          { resource: secretResourceName },
        );
      }
    }
  }
  // fn.go RunFunction: SetDesiredCompositeResource(rsp, dxr) replaces the desired XR with one whose readiness is
  // the Go zero value (request.go GetDesiredCompositeResource never reads it), so an earlier step's readiness is
  // dropped; then `if skipped > 0 { rsp.GetDesired().GetComposite().Ready = fnv1.Ready_READY_FALSE }`.
  delete desired.composite.ready;
  if (withheldCount > 0) desired.composite.ready = 'READY_FALSE';
  context[ENVIRONMENT_CONTEXT_KEY] = toPlainJson(environment);
  // The response's Structs hold plain numbers again (function-sdk-go response.SetDesired* → AsStruct).
  desired.composite.resource = toPlainJson(dxr) as KubeObject;
  for (const r of desired.resources.values()) if (boxedResources.has(r.resource)) r.resource = toPlainJson(r.resource) as KubeObject;
  return { desired, context, results };
}

/** The value a formatting patch wrote, when it holds Go's "wrong verb for a float64" marker (`%!d(float64=3)`). */
function floatFormatError(p: Patch, target: KubeObject): string | undefined {
  const formats = p.combine?.string?.fmt !== undefined || (p.transforms ?? []).some((t) => t?.type === 'string' && (t.string?.type ?? 'Format') === 'Format');
  const path = p.toFieldPath ?? p.fromFieldPath;
  if (!formats || !path || path.includes('[*]')) return undefined;
  const written = getValue(target, path);
  return typeof written === 'string' && /%!\w\(float64=/.test(written) ? written : undefined;
}

/**
 * unstructured's SetName/SetNamespace: an empty value removes the field and never creates `metadata` (upstream
 * fn_test.go RequiredFieldPathNotFound: an observed resource without a name leaves no `metadata: {}` behind).
 */
function setOrDelete(o: KubeObject, key: 'name' | 'namespace', value: unknown): void {
  if (value === undefined || value === null || value === '') {
    if (o.metadata && typeof o.metadata === 'object') delete o.metadata[key];
  } else {
    (o.metadata ??= {})[key] = value;
  }
}
