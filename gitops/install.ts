/**
 * Manifests that install what the Composition needs, without the Configuration package: the provider family
 * members and functions, a ProviderConfig, the teams' namespaces and, for Crossplane 2 only, the activation
 * policy and the ClusterProviderConfig of the namespaced flavour. Everything listed is derived from the
 * synthesized compositions (see dependencies.ts).
 */
import { ApiObject, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { ManagedResourceActivationPolicy } from '../imports/apiextensions.crossplane.io';
import {
  ClusterProviderConfig,
  ClusterProviderConfigSpecCredentialsSource,
  ProviderConfig as NamespacedProviderConfig,
  ProviderConfigSpecCredentialsSource as NamespacedProviderConfigSpecCredentialsSource,
} from '../imports/aws.m.upbound.io';
import { ProviderConfig, ProviderConfigSpecCredentialsSource } from '../imports/aws.upbound.io';
import { Function as FunctionPackage, Provider } from '../imports/pkg.crossplane.io';
import { composedKinds, functionNames, functionPackage, mrdName, providerFamilies } from './dependencies';
import { AwsCredentialSource } from './settings';
import { syncAnnotations, WAVES } from './sync';

/** The ProviderConfig every composed resource names by default (`spec.parameters.providerConfigName`). */
export const PROVIDER_CONFIG_NAME = 'default';
/** The Secret the `Secret` credential source reads, and its key (an AWS shared-credentials file). */
export const CREDENTIALS_SECRET = { name: 'aws-credentials', key: 'credentials' };
/** The ServiceAccount every provider runs as with IRSA or Pod Identity: created here, not by Crossplane. */
export const PROVIDER_SERVICE_ACCOUNT = 'provider-aws';

const chartProps = { disableResourceNameHashes: true };

/** Provider objects for each family member and Function objects named as the compositions' `functionRef`s. */
export interface PackagesChartProps {
  /** The compositions whose provider families and functions are installed. */
  readonly compositions: Record<string, any>[];
  /** The DeploymentRuntimeConfig the Providers run with (IRSA, Pod Identity). @default none */
  readonly runtimeConfig?: string;
}

export class PackagesChart extends Chart {
  constructor(scope: Construct, id: string, { compositions, runtimeConfig }: PackagesChartProps) {
    super(scope, id, chartProps);
    const annotations = syncAnnotations(WAVES.packages, true);
    // Each family member depends on provider-family-aws (which serves ProviderConfig): Crossplane installs it.
    for (const f of providerFamilies(compositions)) {
      new Provider(this, f.name, {
        metadata: { name: f.name, annotations },
        spec: { package: `${f.package.repository}:${f.package.version}`, runtimeConfigRef: runtimeConfig ? { name: runtimeConfig } : undefined },
      });
    }
    for (const name of functionNames(compositions)) {
      const ref = functionPackage(name);
      new FunctionPackage(this, name, { metadata: { name, annotations }, spec: { package: `${ref.repository}:${ref.version}` } });
    }
  }
}

export interface ProviderConfigOptions {
  credentials: AwsCredentialSource;
  /** Where the credentials Secret lives (source `Secret`). */
  crossplaneNamespace: string;
}

/** The `credentials` block for a source. IRSA and Pod Identity need no Secret: the provider's pod gets the role. */
function credentials(o: ProviderConfigOptions) {
  if (o.credentials === 'Secret') {
    return {
      source: ProviderConfigSpecCredentialsSource.SECRET,
      secretRef: { namespace: o.crossplaneNamespace, name: CREDENTIALS_SECRET.name, key: CREDENTIALS_SECRET.key },
    };
  }
  return { source: o.credentials === 'IRSA' ? ProviderConfigSpecCredentialsSource.IRSA : ProviderConfigSpecCredentialsSource.POD_IDENTITY };
}

/** The cluster-scoped ProviderConfig (`aws.upbound.io`) the claim flavour's managed resources use. */
export class ProviderConfigChart extends Chart {
  constructor(scope: Construct, id: string, options: ProviderConfigOptions) {
    super(scope, id, chartProps);
    new ProviderConfig(this, 'provider-config', {
      metadata: { name: PROVIDER_CONFIG_NAME, annotations: syncAnnotations(WAVES.providerConfig, true) },
      spec: { credentials: credentials(options) },
    });
  }
}

/** Crossplane 2: the ClusterProviderConfig (`aws.m.upbound.io`) the namespaced flavour's managed resources use. */
export class ClusterProviderConfigChart extends Chart {
  constructor(scope: Construct, id: string, options: ProviderConfigOptions) {
    super(scope, id, chartProps);
    const c = credentials(options);
    new ClusterProviderConfig(this, 'cluster-provider-config', {
      metadata: { name: PROVIDER_CONFIG_NAME, annotations: syncAnnotations(WAVES.providerConfig, true) },
      spec: { credentials: { ...c, source: c.source as unknown as ClusterProviderConfigSpecCredentialsSource } },
    });
  }
}

/**
 * Crossplane 2: activates exactly the managed resource kinds the compositions template, by MRD name
 * (`vpcs.ec2.aws.upbound.io`). It narrows anything only if Crossplane's default policy (which activates `*`) is
 * turned off: Helm `--set provider.defaultActivations={}` (docs/install.md).
 */
export interface ActivationPolicyChartProps {
  /** The compositions whose composed kinds are activated. */
  readonly compositions: Record<string, any>[];
  /** The policy's name. @default 'production-network' */
  readonly name?: string;
}

export class ActivationPolicyChart extends Chart {
  constructor(scope: Construct, id: string, { compositions, name = 'production-network' }: ActivationPolicyChartProps) {
    super(scope, id, chartProps);
    new ManagedResourceActivationPolicy(this, 'mrap', {
      metadata: { name, annotations: syncAnnotations(WAVES.packages, true) },
      spec: { activate: activatedKinds(compositions) },
    });
  }
}

export function activatedKinds(compositions: Record<string, any>[]): string[] {
  return [...new Set(compositions.flatMap(composedKinds).map(mrdName))].sort();
}

export interface RuntimeConfigOptions {
  /** The DeploymentRuntimeConfig's name: the one every Provider's `runtimeConfigRef` names. */
  name: string;
  crossplaneNamespace: string;
  credentials: 'IRSA' | 'PodIdentity';
  /** IRSA: the role the ServiceAccount is annotated with. */
  roleArn?: string;
}

/**
 * IRSA and Pod Identity: one ServiceAccount, created here, that every provider runs as, and the
 * DeploymentRuntimeConfig naming it in the deployment template. Crossplane then leaves the ServiceAccount alone:
 * it creates (and owns) a ServiceAccount only when the deployment runs as the one it named itself
 * (crossplane internal/controller/pkg/runtime/runtime_provider.go ProviderHooks.Post; 1.20:
 * internal/controller/pkg/revision/runtime_provider.go), and binds each provider revision's RBAC to whatever
 * ServiceAccount its deployment runs as (internal/controller/rbac/provider/binding/reconciler.go). A
 * ServiceAccount Crossplane created from `serviceAccountTemplate.metadata.name` instead would be shared by three
 * provider revisions, each taking controller ownership of it, and deleting one provider could garbage-collect the
 * account the others run as (crossplane issues 4552, 5458).
 */
export class RuntimeConfigChart extends Chart {
  constructor(scope: Construct, id: string, o: RuntimeConfigOptions) {
    super(scope, id, chartProps);
    new kplus.ServiceAccount(this, 'service-account', {
      metadata: {
        name: PROVIDER_SERVICE_ACCOUNT,
        namespace: o.crossplaneNamespace,
        // IRSA: EKS's pod identity webhook injects the role for pods running as an annotated ServiceAccount.
        annotations: { ...(o.credentials === 'IRSA' ? { 'eks.amazonaws.com/role-arn': o.roleArn! } : {}), ...syncAnnotations(WAVES.runtime, false) },
      },
      automountToken: true,
    });
    new ApiObject(this, 'runtime-config', {
      apiVersion: 'pkg.crossplane.io/v1beta1',
      kind: 'DeploymentRuntimeConfig',
      metadata: { name: o.name, annotations: syncAnnotations(WAVES.runtime, false) },
      spec: {
        deploymentTemplate: {
          // selector and template are required by the CRD (a DeploymentSpec); Crossplane fills in the selector.
          // `package-runtime` is the container Crossplane merges the template into (runtime.go ContainerName).
          spec: { selector: {}, template: { spec: { serviceAccountName: PROVIDER_SERVICE_ACCOUNT, containers: [{ name: 'package-runtime' }] } } },
        },
      },
    });
  }
}

/**
 * Crossplane 2, option `PRODUCTION_NETWORK_PROVIDER_CONFIG_KIND=ProviderConfig`: a namespaced ProviderConfig
 * `default` in each team's namespace. provider-upjet-aws reads a namespaced ProviderConfig's Secret from the managed
 * resource's own namespace, whatever `secretRef.namespace` says (internal/clients/pc_resolver.go
 * enrichLocalSecretRefs, v2.6.0): each team's credentials Secret lives in its namespace.
 */
export interface TeamProviderConfigsChartProps extends ProviderConfigOptions {
  /** The team namespaces that each get a ProviderConfig. */
  readonly teams: string[];
}

export class TeamProviderConfigsChart extends Chart {
  constructor(scope: Construct, id: string, { teams, ...options }: TeamProviderConfigsChartProps) {
    super(scope, id, chartProps);
    for (const team of teams) {
      const c = credentials({ ...options, crossplaneNamespace: team });
      new NamespacedProviderConfig(this, team, {
        metadata: { name: PROVIDER_CONFIG_NAME, namespace: team, annotations: syncAnnotations(WAVES.providerConfig, true) },
        spec: { credentials: { ...c, source: c.source as unknown as NamespacedProviderConfigSpecCredentialsSource } },
      });
    }
  }
}

/**
 * A template of the credentials Secret, with placeholders. It is written to its own folder, which neither
 * `kubectl apply -f dist/install/` nor Argo CD reads: synced from Git, placeholders would overwrite real keys.
 */
export interface CredentialsTemplateChartProps {
  /** Where a Secret is read: Crossplane's namespace, and each team's with namespaced ProviderConfigs. */
  readonly namespaces: string[];
}

export class CredentialsTemplateChart extends Chart {
  constructor(scope: Construct, id: string, { namespaces }: CredentialsTemplateChartProps) {
    super(scope, id, chartProps);
    for (const namespace of namespaces) {
      new kplus.Secret(this, `secret-${namespace}`, {
        metadata: { name: CREDENTIALS_SECRET.name, namespace },
        stringData: {
          [CREDENTIALS_SECRET.key]: '[default]\naws_access_key_id = REPLACE_WITH_ACCESS_KEY_ID\naws_secret_access_key = REPLACE_WITH_SECRET_ACCESS_KEY\n',
        },
      });
    }
  }
}

/** A Namespace per application team, created by the platform before the teams' claims arrive. */
export interface TeamNamespacesChartProps {
  /** The application teams' namespaces. */
  readonly teams: string[];
}

export class TeamNamespacesChart extends Chart {
  constructor(scope: Construct, id: string, { teams }: TeamNamespacesChartProps) {
    super(scope, id, chartProps);
    for (const team of teams) {
      new kplus.Namespace(this, team, {
        metadata: { name: team, labels: { 'app.kubernetes.io/part-of': 'production-network' }, annotations: syncAnnotations(WAVES.packages, false) },
      });
    }
  }
}

/** A team's claims, annotated for Argo CD: their CRD appears only once Crossplane has established the XRD. */
export interface TeamClaimsChartProps {
  /** The team's claims, as written in examples/. */
  readonly claims: Record<string, any>[];
}

export class TeamClaimsChart extends Chart {
  constructor(scope: Construct, id: string, { claims }: TeamClaimsChartProps) {
    super(scope, id, chartProps);
    for (const claim of claims) {
      const metadata = claim.metadata ?? {};
      new ApiObject(this, `${claim.kind}-${metadata.name}`, {
        ...(claim as { apiVersion: string; kind: string }),
        metadata: { ...metadata, annotations: { ...metadata.annotations, ...syncAnnotations(WAVES.claims, true) } },
      });
    }
  }
}

/**
 * What `kubectl wait` waits for before the provider configuration and the API are applied: never applied itself
 * (its folder is read by neither `kubectl apply -f dist/install/` nor Argo CD), only named with `kubectl wait -f`.
 * The provider configuration CRDs come from provider-family-aws, which Crossplane installs as a dependency, so
 * their names are not in packages.yaml; on Crossplane 2 each composed kind is a ManagedResourceDefinition that
 * turns Established once the activation policy activated it and its CRD is established (crossplane
 * internal/controller/apiextensions/managed/reconciler.go); on 1.20 the providers create the CRDs directly.
 */
export interface WaitListChartProps {
  /** CustomResourceDefinitions to wait for, by name. */
  readonly crds: string[];
  /** ManagedResourceDefinitions to wait for, by name (Crossplane 2). */
  readonly mrds: string[];
}

export class WaitListChart extends Chart {
  constructor(scope: Construct, id: string, { crds, mrds }: WaitListChartProps) {
    super(scope, id, chartProps);
    for (const name of crds)
      new ApiObject(this, `crd-${name}`, { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name } });
    for (const name of mrds) {
      new ApiObject(this, `mrd-${name}`, { apiVersion: 'apiextensions.crossplane.io/v1alpha1', kind: 'ManagedResourceDefinition', metadata: { name } });
    }
  }
}
