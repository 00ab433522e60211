/**
 * The connection Secret function-patch-and-transform composes for a Crossplane v2 (modern) XR.
 *
 * What upstream does (crossplane-contrib/function-patch-and-transform, connection.go: `supportsConnectionDetails`,
 * `composeConnectionSecret`, `getConnectionSecretRef`, `getBaseConnectionSecretRef`,
 * `applyConnectionSecretPatches`; input/v1beta1/resources_connection.go `WriteConnectionSecretToRef`; tests in
 * connection_test.go), as read for this emulation:
 *
 * - v1 or v2: an observed XR with a `spec.crossplane` field is a v2 XR (`supportsConnectionDetails` is false);
 *   nothing else is consulted (not the apiVersion, not the scope, nothing in the request). A v1 XR keeps
 *   returning its connection details in the response for Crossplane core to write; `writeConnectionSecretToRef`
 *   is then ignored, silently (no result).
 * - No connection details (none extracted this step or earlier in the pipeline): no Secret at all.
 * - The Secret: `apiVersion: v1`, `kind: Secret`, `metadata.name`/`metadata.namespace` from the secret
 *   reference (an empty one is left out, as unstructured's SetName/SetNamespace do), `data` = the connection
 *   details (Go `[]byte` values, so base64 once serialized; never `stringData`),
 *   `type: connection.crossplane.io/v1alpha1` (crossplane-runtime `SecretTypeConnection`), no labels or
 *   annotations of its own, desired with `Ready: READY_TRUE`.
 * - The reference before patches: the XR's own `spec.writeConnectionSecretToRef` if it has one (XR authors add
 *   it to v2 schemas by hand); else the input's `{name, namespace}`, taken whole if either is set (so a name alone
 *   leaves the namespace empty, a namespace alone leaves the name empty); else `{xr-name}-connection` in the XR's
 *   namespace (empty for a cluster-scoped XR). Two upstream revisions of `getBaseConnectionSecretRef` exist:
 *   the earlier put the input before the XR's field, the later (crossplane apis/v2 imports) the XR's field first.
 *   This follows the later one; they differ only when the XR itself carries `spec.writeConnectionSecretToRef`.
 * - Patches, from the observed XR onto a scratch `{name, namespace}` object, in order: `FromCompositeFieldPath`
 *   (a failure is skipped when the policy is Optional, the default, and an error when Required),
 *   `CombineFromComposite` (any failure, a missing variable too, is an error), anything else an "unsupported
 *   patch type" error. Afterwards `name` and `namespace` are taken back if they are strings; whatever else a patch
 *   wrote is dropped. An error fails the function (see below).
 *
 * Where fn.go (`RunFunction`, v0.10.8) calls it: only when `!supportsConnectionDetails(oxr)` and the desired XR has
 * connection details (this step's and earlier steps'), whether or not the input sets `writeConnectionSecretToRef`;
 * the Secret is added to the desired composed resources under the composition resource name
 * `<xr-name>-connection-secret` ({@link connectionSecretResourceName}); an error is a Fatal result
 * `cannot compose connection secret: ...`; and the XR's connection details are still set on the desired XR
 * (`response.SetDesiredCompositeResource(rsp, dxr)`).
 *
 * A cluster-scoped v2 XR with no namespace from the input, the XR or a patch gets a Secret without a namespace:
 * upstream composes it regardless; Crossplane then cannot apply it.
 */
import { getValueOrThrow } from '../fieldpath';
import { applyCombinePatch, applyFromFieldPathPatch, isRequired, patchType, type Patch } from './patches';
import type { KubeObject } from './function-io';

/** fn.go `RunFunction` (P&T v0.10.8): `resource.Name(fmt.Sprintf("%s-connection-secret", oxr.Resource.GetName()))`. */
export function connectionSecretResourceName(xr: KubeObject): string {
  return `${xr.metadata?.name ?? ''}-connection-secret`;
}

/** crossplane-runtime `resource.SecretTypeConnection`. */
export const CONNECTION_SECRET_TYPE = 'connection.crossplane.io/v1alpha1';

/** The input's top-level `writeConnectionSecretToRef` (pt.fn.crossplane.io/v1beta1). */
export interface WriteConnectionSecretToRef {
  name?: string;
  namespace?: string;
  patches?: Patch[];
}

export interface SecretReference {
  name: string;
  namespace: string;
}

/** Upstream `supportsConnectionDetails` negated: a v2 XR is one with `spec.crossplane`. */
export function isModernComposite(xr: KubeObject): boolean {
  try {
    getValueOrThrow(xr, 'spec.crossplane');
    return true;
  } catch {
    return false;
  }
}

/**
 * The Secret for a v2 XR's connection details (plain strings), or undefined when there are none. Throws, with
 * upstream's wording, when the reference cannot be patched.
 */
export function composeConnectionSecret(xr: KubeObject, details: Record<string, string>, ref: WriteConnectionSecretToRef | undefined): KubeObject | undefined {
  const keys = Object.keys(details).sort();
  if (keys.length === 0) return undefined;
  let secretRef: SecretReference;
  try {
    secretRef = connectionSecretRef(xr, ref);
  } catch (err) {
    throw new Error(`cannot generate connection secret reference: ${(err as Error).message}`);
  }
  const metadata: KubeObject = {};
  if (secretRef.name) metadata.name = secretRef.name;
  if (secretRef.namespace) metadata.namespace = secretRef.namespace;
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata,
    // Go marshals a map with sorted keys and []byte as base64.
    data: Object.fromEntries(keys.map((k) => [k, Buffer.from(details[k], 'utf8').toString('base64')])),
    type: CONNECTION_SECRET_TYPE,
  };
}

/**
 * Upstream `getConnectionSecretRef`: the base reference, then the input's patches. `existing` is a reference
 * already desired (a later upstream revision's third argument, connection_test.go ExistingRefProvidedNoInput and
 * ExistingRefWithPartialInputOverride): it is reused, with the input's name or namespace overriding it field by
 * field. The pinned v0.10.8 `getBaseConnectionSecretRef(xr, input)` has no such argument, so the runner passes none.
 */
export function connectionSecretRef(xr: KubeObject, input: WriteConnectionSecretToRef | undefined, existing?: SecretReference): SecretReference {
  const ref = baseRef(xr, input, existing);
  if (input?.patches?.length) {
    try {
      applyPatches(xr, ref, input.patches);
    } catch (err) {
      throw new Error(`cannot apply connection secret patches: ${(err as Error).message}`);
    }
  }
  return ref;
}

function baseRef(xr: KubeObject, input: WriteConnectionSecretToRef | undefined, existing: SecretReference | undefined): SecretReference {
  const own = xr.spec?.writeConnectionSecretToRef;
  if (own && typeof own === 'object') return { name: str(own.name), namespace: str(own.namespace) };
  if (existing) return { name: input?.name || existing.name, namespace: input?.namespace || existing.namespace };
  if (input && (input.name || input.namespace)) return { name: input.name ?? '', namespace: input.namespace ?? '' };
  return { name: `${xr.metadata?.name ?? ''}-connection`, namespace: xr.metadata?.namespace ?? '' };
}

function applyPatches(xr: KubeObject, ref: SecretReference, patches: Patch[]): void {
  // Upstream patches an unstructured object with a made-up GVK, then reads name and namespace back.
  const scratch: KubeObject = { apiVersion: 'v1', kind: 'SecretReference', name: ref.name, namespace: ref.namespace };
  patches.forEach((p, i) => {
    const type = patchType(p);
    switch (type) {
      case 'FromCompositeFieldPath':
        try {
          applyFromFieldPathPatch(p, xr, scratch);
        } catch (err) {
          if (!isRequired(p)) return;
          throw new Error(`cannot apply patch type ${type} at index ${i}: ${(err as Error).message}`);
        }
        return;
      case 'CombineFromComposite':
        try {
          if (!p.combine) throw new Error(`combine must be set for patch type ${type}`);
          applyCombinePatch(p, xr, scratch);
        } catch (err) {
          throw new Error(`cannot apply patch type ${type} at index ${i}: ${(err as Error).message}`);
        }
        return;
      default:
        throw new Error(`unsupported patch type ${type} at index ${i}`);
    }
  });
  if (typeof scratch.name === 'string') ref.name = scratch.name;
  if (typeof scratch.namespace === 'string') ref.namespace = scratch.namespace;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
