/**
 * The two shapes this API is synthesized in, and every difference between them. Everything else (parameters,
 * resources, wiring, tags) is shared.
 *
 * - `claim`: an `apiextensions.crossplane.io/v1` XRD with claims, served by Crossplane 1.20 and 2.x. A v1 XR is
 *   cluster-scoped (LegacyCluster on Crossplane 2) and may compose only cluster-scoped `*.aws.upbound.io` kinds.
 * - `namespaced`: Crossplane 2's native form, an `apiextensions.crossplane.io/v2` XRD with `scope: Namespaced`,
 *   composing the namespaced `*.aws.m.upbound.io` kinds.
 */
import {
  ResourcesWriteConnectionSecretToRef,
  ResourcesWriteConnectionSecretToRefPatchesTransforms,
  ResourcesWriteConnectionSecretToRefPatchesType as ConnectionSecretPatchType,
} from '../../imports/pt.fn.crossplane.io';
import { fromComposite, Patch, transforms } from '../../lib/authoring/typed-patches';

export type FlavourName = 'claim' | 'namespaced';

export interface Flavour {
  readonly name: FlavourName;
  /** The API group this flavour serves, from the configured base group (the two can be installed side by side). */
  group(base: string): string;
  /** Composite fields that identify one claim (or namespaced XR) across the cluster: names derive from them. */
  readonly identity: { readonly namespace: string; readonly name: string };
  /**
   * Where a composite that may exist without a claim finds its own name: names derive from it when `identity` is
   * absent (a cluster-scoped XR created directly, which Crossplane 1.x allows). Undefined when identity always exists.
   */
  readonly compositeName?: string;
  /** Turns a base built with the cluster-scoped import classes into this flavour's kind. */
  adapt(base: Record<string, any>): Record<string, any>;
  /** Keeps or deletes a data bucket's cloud object when its composed resource is deleted. */
  deletionPolicy(): Patch;
  /**
   * Where the connection details go. A v1 XR writes its own connection secret (the claim's
   * `writeConnectionSecretToRef`); a v2 XR has none, so function-patch-and-transform composes a Secret.
   */
  readonly connectionSecret?: ResourcesWriteConnectionSecretToRef;
  /**
   * Where a v1 XR writes its own connection secret, from which Crossplane copies the details to the Secret a claim
   * names in `writeConnectionSecretToRef` (without it a claim's connection secret is never written).
   */
  readonly compositeSecretsNamespace?: string;
  /**
   * The provider configuration the composed resources name (`spec.providerConfigRef`), by `providerConfigName`:
   * its API group and kind, and how the XRD describes the parameter.
   */
  readonly providerConfig: { readonly group: string; readonly kind: string; readonly description: string };
}

const ORPHAN_POLICIES = ['Observe', 'Create', 'Update', 'LateInitialize'];

export const claimFlavour: Flavour = {
  name: 'claim',
  group: (base) => base,
  identity: { namespace: 'spec.claimRef.namespace', name: 'spec.claimRef.name' },
  compositeName: 'metadata.name',
  adapt: (base) => base,
  deletionPolicy: () => fromComposite('spec.parameters.storage.deletionPolicy', 'spec.deletionPolicy'),
  compositeSecretsNamespace: 'crossplane-system',
  providerConfig: {
    group: 'aws.upbound.io',
    kind: 'ProviderConfig',
    description:
      'The provider-aws ProviderConfig (aws.upbound.io, cluster-scoped) every composed resource uses. Default "default". Immutable: another one may reach another account, where the whole network would be created again.',
  },
};

/**
 * The namespaced flavour naming `kind` of provider configuration. provider-upjet-aws resolves the reference in the
 * managed resource's namespace, and a namespaced ProviderConfig's Secret is always read from that namespace too
 * (internal/clients/pc_resolver.go resolveProviderConfigModern, enrichLocalSecretRefs, v2.6.0): with
 * `ProviderConfig` a team can use only the credentials installed in its own namespace; with
 * `ClusterProviderConfig` any namespace can name any of them.
 */
export function namespacedFlavourUsing(kind: 'ClusterProviderConfig' | 'ProviderConfig'): Flavour {
  return { ...namespacedFlavour, providerConfig: namespacedProviderConfig(kind), adapt: (base) => adaptNamespaced(base, kind) };
}

function namespacedProviderConfig(kind: 'ClusterProviderConfig' | 'ProviderConfig'): Flavour['providerConfig'] {
  const description =
    kind === 'ProviderConfig'
      ? 'The provider-aws ProviderConfig (aws.m.upbound.io) in this namespace that every composed resource uses. Default "default". Immutable: another one may reach another account, where the whole network would be created again.'
      : 'The provider-aws ClusterProviderConfig (aws.m.upbound.io) every composed resource uses. Default "default". Immutable: another one may reach another account, where the whole network would be created again.';
  return { group: 'aws.m.upbound.io', kind, description };
}

function adaptNamespaced(base: Record<string, any>, providerConfigKind: string): Record<string, any> {
  const [group] = String(base.apiVersion).split('/');
  const { deletionPolicy, ...spec } = base.spec ?? {};
  // A base that keeps its cloud object (`deletionPolicy: Orphan`) keeps it here too, in the base itself and not
  // only through the flavour's patch: the namespaced CRDs default managementPolicies to ["*"], which deletes.
  const kept = deletionPolicy === 'Orphan' && spec.managementPolicies === undefined ? { managementPolicies: ORPHAN_POLICIES } : {};
  return {
    ...base,
    // The namespaced provider CRDs serve a single v1beta1 that already has the v1beta2 (object) shape.
    apiVersion: `${group.replace(/\.aws\.upbound\.io$/, '.aws.m.upbound.io')}/v1beta1`,
    spec: { ...spec, ...kept, providerConfigRef: { name: 'default', kind: providerConfigKind } },
  };
}

export const namespacedFlavour: Flavour = {
  name: 'namespaced',
  group: (base) => `m.${base}`,
  identity: { namespace: 'metadata.namespace', name: 'metadata.name' },
  adapt: (base) => adaptNamespaced(base, 'ClusterProviderConfig'),
  // Namespaced managed resources have no deletionPolicy: leaving Delete out of the management policies orphans.
  deletionPolicy: () =>
    fromComposite('spec.parameters.storage.deletionPolicy', 'spec.managementPolicies', {
      transforms: [transforms.map({ Orphan: ORPHAN_POLICIES, Delete: ['*'] })],
    }),
  // `<xr-name>-connection` in the XR's namespace, spelled out rather than left to the function's default.
  providerConfig: namespacedProviderConfig('ClusterProviderConfig'),
  connectionSecret: {
    patches: [
      {
        type: ConnectionSecretPatchType.FROM_COMPOSITE_FIELD_PATH,
        fromFieldPath: 'metadata.name',
        toFieldPath: 'name',
        // The secret-ref patches have their own generated transform type, identical in shape.
        transforms: [transforms.format('%s-connection') as unknown as ResourcesWriteConnectionSecretToRefPatchesTransforms],
      },
    ],
  },
};

export const FLAVOURS: Record<FlavourName, Flavour> = { claim: claimFlavour, namespaced: namespacedFlavour };
