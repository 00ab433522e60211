/**
 * What a synthesized Composition needs installed, read from the Composition itself: the managed resource kinds
 * its patch-and-transform step templates, the provider families serving them, and the functions its pipeline
 * calls. Everything the package metadata, the install manifests and the activation policy list comes from here,
 * so a resource added to the composition cannot be forgotten in them.
 */

/** One managed resource kind a composition templates. */
export interface ComposedKind {
  group: string;
  version: string;
  kind: string;
  /** The CRD's plural, and so the ManagedResourceDefinition's name is `<plural>.<group>`. */
  plural: string;
}

/** A Crossplane package: the OCI repository and the release this project is tested against. */
export interface PackageRef {
  /** Fully qualified repository, without tag: `xpkg.crossplane.io/crossplane-contrib/provider-aws-ec2`. */
  repository: string;
  /** The tested release: the lower bound in dependsOn (see majorRange), the tag in direct install manifests. */
  version: string;
}

export const REGISTRY = 'xpkg.crossplane.io/crossplane-contrib';

/** provider-upjet-aws v2: the first line serving both the cluster-scoped and the namespaced (`.m.`) kinds. */
export const AWS_PROVIDER_VERSION = 'v2.6.0';

/**
 * Function packages by the name the composition's `functionRef` uses. function-cel-filter: v0.2.0 is a published
 * release (after v0.1.0 and v0.1.1); no later tag was found when this was pinned.
 */
export const FUNCTION_PACKAGES: Readonly<Record<string, PackageRef>> = {
  'crossplane-contrib-function-patch-and-transform': { repository: `${REGISTRY}/function-patch-and-transform`, version: 'v0.10.8' },
  'crossplane-contrib-function-cel-filter': { repository: `${REGISTRY}/function-cel-filter`, version: 'v0.2.0' },
};

/** `ec2.aws.upbound.io` and `ec2.aws.m.upbound.io` are both served by the `provider-aws-ec2` family member. */
const AWS_GROUP = /^([a-z0-9]+)\.aws(\.m)?\.upbound\.io$/;

export interface ProviderFamily {
  /** The family member's short name: `ec2`. */
  service: string;
  /** The Provider object's name: the one Crossplane's dependency resolution gives it, so both paths agree. */
  name: string;
  package: PackageRef;
}

export function providerFamily(group: string): ProviderFamily {
  const m = AWS_GROUP.exec(group);
  if (!m) {
    throw new Error(`composed resources of API group "${group}" are served by no known provider package: add its family to gitops/dependencies.ts`);
  }
  const service = m[1];
  const repository = `${REGISTRY}/provider-aws-${service}`;
  return { service, name: dependencyName(repository), package: { repository, version: AWS_PROVIDER_VERSION } };
}

/**
 * The name Crossplane gives a package it installs as a dependency: the repository path without the registry,
 * `/` replaced by `-` (`crossplane-contrib-provider-aws-ec2`). Naming direct installs the same way means that
 * installing the Configuration package afterwards finds them instead of creating a second Provider per package.
 */
export function dependencyName(repository: string): string {
  return repository.split('/').slice(1).join('-');
}

/** Every managed resource kind the composition's patch-and-transform steps template, sorted, without repeats. */
export function composedKinds(composition: Record<string, any>): ComposedKind[] {
  const byKey = new Map<string, ComposedKind>();
  for (const step of composition.spec?.pipeline ?? []) {
    if (step.input?.apiVersion?.split('/')[0] !== 'pt.fn.crossplane.io') continue;
    for (const r of step.input.resources ?? []) {
      const [group, version] = String(r.base?.apiVersion ?? '').split('/');
      const kind = String(r.base?.kind ?? '');
      if (!group || !version || !kind) throw new Error(`composed resource "${r.name}" has no apiVersion or kind in its base`);
      byKey.set(`${group}/${version}/${kind}`, { group, version, kind, plural: plural(kind) });
    }
  }
  return [...byKey.values()].sort((a, b) => mrdName(a).localeCompare(mrdName(b)) || a.version.localeCompare(b.version));
}

/** The ManagedResourceDefinition (and CRD) name of a kind: `vpcs.ec2.aws.upbound.io`. */
export function mrdName(k: Pick<ComposedKind, 'group' | 'plural'>): string {
  return `${k.plural}.${k.group}`;
}

/** The provider families serving the composed kinds, one per family, sorted by name. */
export function providerFamilies(compositions: Record<string, any>[]): ProviderFamily[] {
  const byName = new Map<string, ProviderFamily>();
  for (const k of compositions.flatMap(composedKinds)) {
    const f = providerFamily(k.group);
    byName.set(f.name, f);
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The functions the compositions' pipelines call, by `functionRef.name`, sorted. */
export function functionNames(compositions: Record<string, any>[]): string[] {
  const names = new Set<string>();
  for (const c of compositions) for (const step of c.spec?.pipeline ?? []) if (step.functionRef?.name) names.add(step.functionRef.name);
  return [...names].sort();
}

/**
 * A dependency range from the tested release up to the next major version: `v2.6.0` → `>=v2.6.0, <v3.0.0`,
 * `v0.10.8` → `>=v0.10.8, <v1.0.0`. Comma-separated, the AND that Masterminds/semver v1.5.0 (Crossplane 1.20)
 * and v3 (Crossplane 2) both parse.
 */
export function majorRange(version: string): string {
  const m = /^v(\d+)\.\d+\.\d+$/.exec(version);
  if (!m) throw new Error(`"${version}" is not a release version vMAJOR.MINOR.PATCH`);
  return `>=${version}, <v${Number(m[1]) + 1}.0.0`;
}

export function functionPackage(name: string): PackageRef {
  const ref = FUNCTION_PACKAGES[name];
  if (!ref) throw new Error(`the composition calls function "${name}", which has no package in gitops/dependencies.ts`);
  return ref;
}

/**
 * The plural controller-gen (flect) gives a kind, lowercased: `VPC` → `vpcs`, `BucketPolicy` → `bucketpolicies`,
 * `BucketOwnershipControls` stays as it is. Tests check every composed kind against the real CRD's plural.
 */
export function plural(kind: string): string {
  const k = kind.toLowerCase();
  if (/(ss|x|z|ch|sh)$/.test(k)) return `${k}es`;
  if (k.endsWith('s')) return k;
  if (/[^aeiou]y$/.test(k)) return `${k.slice(0, -1)}ies`;
  return `${k}s`;
}
