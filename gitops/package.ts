/**
 * The Configuration package metadata (`crossplane.yaml`). Only the claim flavour is packaged: its v1 XRD is served
 * by Crossplane 1.20 and 2.x, while a package holding the v2 (namespaced) XRD would fail to install on 1.20.
 */
import { Configuration } from '../imports/meta.pkg.crossplane.io';
import { functionNames, functionPackage, majorRange, providerFamilies } from './dependencies';

/**
 * Crossplane 1.20 (claims, Pipeline mode, function v1) up to, not including, 3.0. The `-0` suffixes admit builds
 * whose version carries a pre-release part (a distribution's `v2.3.0-up.1`, a release candidate): Crossplane checks
 * its own version against this range with Masterminds/semver (1.20: v1.5.0, which skips a pre-release version
 * unless the comparator itself names one, constraints.go constraintGreaterThanEqual/constraintLessThan; 2.x:
 * v3.4.0 through crossplane-runtime pkg/version InConstraints, which admits them when any comparator of the AND
 * group names one). The comma is the AND both versions parse: v1.5.0 splits AND groups on "," only.
 */
export const CROSSPLANE_VERSION = '>=v1.20.0-0, <v3.0.0-0';

export interface PackageOptions {
  /** The package's name. @default production-network */
  name?: string;
  /** Where the source lives, for `meta.crossplane.io/source`. */
  source?: string;
}

/**
 * `dependsOn` uses `apiVersion` + `kind` + `package`, the form Crossplane reads since 1.19 (crossplane
 * internal/controller/pkg/revision/dependency.go Resolve, v1.20); the `provider:` / `function:` fields are
 * deprecated on both 1.20 and 2.x (apis/pkg/meta/v1/meta.go). Each range stays within the major version this
 * project is tested against (`>=v2.6.0, <v3.0.0`): a new major of a provider or function can remove or change
 * the fields the Composition writes. The provider family package (provider-family-aws) is not listed: every family
 * member depends on it, so Crossplane installs it anyway.
 */
export function packageMetadata(composition: Record<string, any>, options: PackageOptions = {}): Record<string, any> {
  const providers = providerFamilies([composition]).map((f) => ({
    apiVersion: 'pkg.crossplane.io/v1',
    kind: 'Provider',
    package: f.package.repository,
    version: majorRange(f.package.version),
  }));
  const functions = functionNames([composition]).map((name) => {
    const ref = functionPackage(name);
    return { apiVersion: 'pkg.crossplane.io/v1', kind: 'Function', package: ref.repository, version: majorRange(ref.version) };
  });
  return Configuration.manifest({
    metadata: {
      name: options.name ?? 'production-network',
      annotations: {
        'meta.crossplane.io/maintainer': 'Platform Team',
        'meta.crossplane.io/source': options.source ?? 'github.com/example-org/production-network',
        'meta.crossplane.io/license': 'Apache-2.0',
        'meta.crossplane.io/description': 'A production-grade AWS network (VPC, subnets, NAT, bastion, log and backup buckets, flow logs) as one claim.',
      },
    },
    spec: { crossplane: { version: CROSSPLANE_VERSION }, dependsOn: [...providers, ...functions] },
  });
}
