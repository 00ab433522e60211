/**
 * Synth-time settings of the install and GitOps manifests. Every one has a placeholder default that synthesizes
 * a complete, valid set; a real installation overrides the repository (and usually the teams) through the
 * environment of `npm run synth`, documented in docs/install.md.
 */

export type AwsCredentialSource = 'Secret' | 'IRSA' | 'PodIdentity';
/**
 * Which provider configuration the namespaced flavour's managed resources name (Crossplane 2): one
 * `ClusterProviderConfig` every namespace can use, or a `ProviderConfig` in each team's namespace.
 */
export type NamespacedProviderConfigKind = 'ClusterProviderConfig' | 'ProviderConfig';

export interface GitOpsSettings {
  /** The Git repository Argo CD pulls `dist/` from. @default https://github.com/example-org/production-network.git (env PRODUCTION_NETWORK_REPO_URL) */
  repoURL: string;
  /** The branch, tag or commit Argo CD syncs. @default main (env PRODUCTION_NETWORK_REVISION) */
  revision: string;
  /** Where `dist/` is inside that repository. @default the synth output folder, e.g. dist (env PRODUCTION_NETWORK_REPO_PATH) */
  distPath: string;
  /** Argo CD's namespace: where argocd-cm, the AppProjects and the Applications live. @default argocd (env ARGOCD_NAMESPACE) */
  argocdNamespace: string;
  /** Crossplane's namespace: providers run there and the credentials Secret lives there. @default crossplane-system (env CROSSPLANE_NAMESPACE) */
  crossplaneNamespace: string;
  /**
   * Namespaces of the application teams: each gets a Namespace, a folder of claims under `dist/teams/` and an
   * Application syncing it. @default the namespaces of the example claims (env PRODUCTION_NETWORK_TEAMS=team-a,team-b)
   */
  teams?: string[];
  /** How the provider authenticates to AWS in the synthesized ProviderConfig. @default Secret (env PRODUCTION_NETWORK_AWS_CREDENTIALS) */
  awsCredentials: AwsCredentialSource;
  /**
   * The DeploymentRuntimeConfig every Provider references. With IRSA or Pod Identity it is synthesized under this
   * name (default `provider-aws`), running the providers as the ServiceAccount `provider-aws` that dist/install
   * creates; with a Secret it names one the platform team provides, if any.
   * @default provider-aws with IRSA and PodIdentity, none with Secret (env PRODUCTION_NETWORK_PROVIDER_RUNTIME_CONFIG)
   */
  providerRuntimeConfig?: string;
  /** IRSA only: the IAM role the providers' ServiceAccount is annotated with. Required for IRSA (env PRODUCTION_NETWORK_AWS_ROLE_ARN) */
  awsRoleArn?: string;
  /** The namespaced flavour's provider configuration kind. @default ClusterProviderConfig (env PRODUCTION_NETWORK_PROVIDER_CONFIG_KIND) */
  namespacedProviderConfigKind: NamespacedProviderConfigKind;
  /** The Argo CD release the kustomize overlay in dist/argocd/install/ installs. @default v3.5.1 (env ARGOCD_VERSION) */
  argocdVersion: string;
}

const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

export function gitopsSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): GitOpsSettings {
  const teams = env.PRODUCTION_NETWORK_TEAMS?.split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  for (const t of teams ?? []) if (!DNS_LABEL.test(t)) throw new Error(`PRODUCTION_NETWORK_TEAMS: "${t}" is not a valid namespace name`);
  const awsCredentials = (env.PRODUCTION_NETWORK_AWS_CREDENTIALS ?? 'Secret') as AwsCredentialSource;
  if (!['Secret', 'IRSA', 'PodIdentity'].includes(awsCredentials)) {
    throw new Error(`PRODUCTION_NETWORK_AWS_CREDENTIALS "${awsCredentials}" is not one of Secret, IRSA, PodIdentity`);
  }
  const awsRoleArn = env.PRODUCTION_NETWORK_AWS_ROLE_ARN || undefined;
  if (awsCredentials === 'IRSA' && !awsRoleArn) {
    throw new Error('PRODUCTION_NETWORK_AWS_CREDENTIALS=IRSA needs PRODUCTION_NETWORK_AWS_ROLE_ARN: the IAM role the providers assume');
  }
  if (awsRoleArn && !/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@\/-]+$/.test(awsRoleArn)) {
    throw new Error(`PRODUCTION_NETWORK_AWS_ROLE_ARN "${awsRoleArn}" is not an IAM role ARN (arn:aws:iam::<account>:role/<name>)`);
  }
  const namespacedProviderConfigKind = (env.PRODUCTION_NETWORK_PROVIDER_CONFIG_KIND ?? 'ClusterProviderConfig') as NamespacedProviderConfigKind;
  if (!['ClusterProviderConfig', 'ProviderConfig'].includes(namespacedProviderConfigKind)) {
    throw new Error(`PRODUCTION_NETWORK_PROVIDER_CONFIG_KIND "${namespacedProviderConfigKind}" is not one of ClusterProviderConfig, ProviderConfig`);
  }
  const argocdVersion = env.ARGOCD_VERSION ?? 'v3.5.1';
  if (!/^v\d+\.\d+\.\d+$/.test(argocdVersion)) throw new Error(`ARGOCD_VERSION "${argocdVersion}" is not a release tag such as v3.5.1`);
  const podRole = awsCredentials === 'IRSA' || awsCredentials === 'PodIdentity';
  return {
    repoURL: env.PRODUCTION_NETWORK_REPO_URL ?? 'https://github.com/example-org/production-network.git',
    revision: env.PRODUCTION_NETWORK_REVISION ?? 'main',
    // The path of dist/ in the Git repository Argo CD reads. A setting, not where this synth happens to write:
    // the manifests must not depend on the machine or folder they were synthesized in.
    distPath: (env.PRODUCTION_NETWORK_REPO_PATH ?? env.PRODUCTION_NETWORK_OUTDIR ?? 'dist').replace(/\/+$/, ''),
    argocdNamespace: env.ARGOCD_NAMESPACE ?? 'argocd',
    crossplaneNamespace: env.CROSSPLANE_NAMESPACE ?? 'crossplane-system',
    teams,
    awsCredentials,
    providerRuntimeConfig: env.PRODUCTION_NETWORK_PROVIDER_RUNTIME_CONFIG || (podRole ? 'provider-aws' : undefined),
    awsRoleArn,
    namespacedProviderConfigKind,
    argocdVersion,
  };
}
