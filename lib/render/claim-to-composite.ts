/**
 * Claim → composite resource, as Crossplane's claim reconciler builds the XR (claim/configure.go), so a
 * claim can be rendered offline.
 *
 * - kind and apiVersion come from the XRD (`spec.names.kind`, the group and the referenceable version);
 * - `metadata.name` is `<claim-name>-<suffix>`: in a cluster the suffix is random (generateName); here it is
 *   five characters of Kubernetes' generateName alphabet derived from a SHA-256 of `<namespace>/<name>`, so
 *   renders are reproducible;
 * - the claim's labels and annotations are copied except Kubernetes-reserved ones (`*.kubernetes.io/`,
 *   `*.k8s.io/`), plus `crossplane.io/claim-name` and `crossplane.io/claim-namespace` labels;
 * - `spec` is the claim's spec without the claim-only fields (`compositeDeletePolicy`, `resourceRef`,
 *   `writeConnectionSecretToRef`, `compositionRevisionRef`), plus `spec.claimRef`;
 * - the XRD version's schema defaults are applied.
 *
 * An input that already is the XR (its kind is the XRD's composite kind) is taken as is, still defaulted. A
 * v2 XRD has no claims: its input must be the XR.
 */
import * as crypto from 'crypto';
import { LABEL_CLAIM_NAME, LABEL_CLAIM_NAMESPACE } from '../crossplane';
import { applyDefaults } from '../schema/defaults';
import type { KubeObject } from './function-io';

const CLAIM_ONLY_FIELDS = ['compositeDeletePolicy', 'resourceRef', 'writeConnectionSecretToRef', 'compositionRevisionRef'];
const GENERATE_NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export function isXrd(doc: KubeObject | undefined): boolean {
  return doc?.kind === 'CompositeResourceDefinition' && String(doc.apiVersion ?? '').startsWith('apiextensions.crossplane.io/');
}

/** The composite resource for a claim (or an XR) under the given XRD, defaulted by the XRD's schema. */
export function claimToComposite(input: KubeObject, xrd: KubeObject): KubeObject {
  if (!isXrd(xrd)) throw new Error(`expected a CompositeResourceDefinition, got ${xrd?.apiVersion}/${xrd?.kind}`);
  const group: string = xrd.spec?.group;
  const [inputGroup] = String(input.apiVersion ?? '').split('/');
  if (inputGroup !== group) throw new Error(`${input.kind} ${input.metadata?.name} is in API group ${inputGroup}, but the XRD defines ${group}`);

  if (input.kind === xrd.spec?.names?.kind) return defaulted(input, xrd);

  const claimKind = xrd.spec?.claimNames?.kind;
  if (!claimKind) throw new Error(`${input.kind} is not the XRD's composite kind ${xrd.spec?.names?.kind}, and the XRD ${xrd.metadata?.name} offers no claim`);
  if (input.kind !== claimKind) {
    throw new Error(`${input.kind} is neither the claim kind ${claimKind} nor the composite kind ${xrd.spec.names.kind} of XRD ${xrd.metadata?.name}`);
  }
  const claimName: string = input.metadata?.name;
  const claimNamespace: string = input.metadata?.namespace ?? 'default';
  if (!claimName) throw new Error(`the ${claimKind} claim has no metadata.name`);

  const version = referenceableVersion(xrd);
  const spec = Object.fromEntries(Object.entries(input.spec ?? {}).filter(([k]) => !CLAIM_ONLY_FIELDS.includes(k)));
  const xr: KubeObject = {
    apiVersion: `${group}/${version.name}`,
    kind: xrd.spec.names.kind,
    metadata: {
      name: generatedName(`${claimName}-`, `${claimNamespace}/${claimName}`),
      labels: {
        ...withoutReserved(input.metadata?.labels),
        [LABEL_CLAIM_NAME]: claimName,
        [LABEL_CLAIM_NAMESPACE]: claimNamespace,
      },
    },
    spec: {
      ...structuredClone(spec),
      claimRef: { apiVersion: input.apiVersion, kind: input.kind, name: claimName, namespace: claimNamespace },
    },
  };
  const annotations = withoutReserved(input.metadata?.annotations);
  if (Object.keys(annotations).length > 0) xr.metadata.annotations = annotations;
  return defaulted(xr, xrd);
}

function referenceableVersion(xrd: KubeObject): KubeObject {
  const versions: KubeObject[] = xrd.spec?.versions ?? [];
  const v = versions.find((x) => x.referenceable) ?? versions.find((x) => x.served) ?? versions[0];
  if (!v) throw new Error(`XRD ${xrd.metadata?.name} has no versions`);
  return v;
}

function defaulted(xr: KubeObject, xrd: KubeObject): KubeObject {
  const version = String(xr.apiVersion).split('/')[1];
  const v = (xrd.spec?.versions ?? []).find((x: KubeObject) => x.name === version);
  if (!v) throw new Error(`XRD ${xrd.metadata?.name} does not serve version ${version} of ${xr.kind}`);
  const schema = v.schema?.openAPIV3Schema;
  return schema ? applyDefaults(schema, structuredClone(xr)) : structuredClone(xr);
}

function withoutReserved(entries: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(entries ?? {}).filter(([k]) => !/(^|\.)(kubernetes\.io|k8s\.io)\//.test(k)));
}

/**
 * The name the API server generates from `generateName`, made reproducible: Kubernetes cuts the prefix to 58
 * characters so the name never exceeds 63 (apiserver's SimpleNameGenerator), then appends five random characters;
 * here they are derived from the claim's identity. Crossplane names a claim's XR with `generateName: <claim>-`.
 */
export function generatedName(prefix: string, identity: string): string {
  return `${prefix.slice(0, MAX_GENERATED_PREFIX)}${stableSuffix(identity)}`;
}
const MAX_GENERATED_PREFIX = 63 - 5;

/** Five characters of Kubernetes' generateName alphabet, derived from the claim's identity. */
export function stableSuffix(identity: string): string {
  const digest = crypto.createHash('sha256').update(identity).digest();
  return [...digest.subarray(0, 5)].map((b) => GENERATE_NAME_ALPHABET[b % GENERATE_NAME_ALPHABET.length]).join('');
}
