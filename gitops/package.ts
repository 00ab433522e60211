/**
 * The Configuration package metadata (`crossplane.yaml`). Only the claim flavour is packaged: its v1 XRD is served
 * by Crossplane 1.20 and 2.x, while a package holding the v2 (namespaced) XRD would fail to install on 1.20.
 */
import { Configuration } from '../imports/meta.pkg.crossplane.io';
import { functionNames, functionPackage, providerFamilies } from './dependencies';

/** Crossplane 1.20 (claims, Pipeline mode, function v1) onwards, 2.x included. */
export const CROSSPLANE_VERSION = '>=v1.20.0';

export interface PackageOptions {
  /** The package's name. @default production-network */
  name?: string;
  /** Where the source lives, for `meta.crossplane.io/source`. */
  source?: string;
}

/**
 * `dependsOn` uses the `provider:` / `function:` fields: Crossplane 2.3 accepts them (deprecated in favour of
 * `apiVersion` + `kind` + `package`), and Crossplane 1.20 understands only them. The provider family package
 * (provider-family-aws) is not listed: every family member depends on it, so Crossplane installs it anyway.
 */
export function packageMetadata(composition: Record<string, any>, options: PackageOptions = {}): Record<string, any> {
  const providers = providerFamilies([composition]).map((f) => ({ provider: f.package.repository, version: `>=${f.package.version}` }));
  const functions = functionNames([composition]).map((name) => {
    const ref = functionPackage(name);
    return { function: ref.repository, version: `>=${ref.version}` };
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
