/**
 * Argo CD: argocd-cm entries (annotation tracking, the health check), an AppProject and an Application for the
 * platform, and an AppProject and one Application per team for their claims. Repository, revision and paths are
 * synth-time settings (settings.ts); the Applications point at folders of `dist/`.
 */
import { Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { Application, AppProject } from '../imports/argoproj.io';
import { healthKey, healthLua } from './health';
import { GitOpsSettings } from './settings';
import { SKIP_DRY_RUN, SYNC_WAVE } from './sync';

const chartProps = { disableResourceNameHashes: true };
export const IN_CLUSTER = 'https://kubernetes.default.svc';
export const PLATFORM_PROJECT = 'production-network-platform';
export const TEAMS_PROJECT = 'production-network-teams';
export const PLATFORM_APPLICATION = 'production-network-platform';

/** A kind Argo CD needs the health check for: the claim, and on Crossplane 2 the namespaced XR. */
export interface HealthKind {
  group: string;
  kind: string;
}

/**
 * The argocd-cm entries. Apply over the existing argocd-cm (kubectl apply merges data keys) or copy them into
 * the Helm chart's `configs.cm`. Annotation tracking: label tracking copies the tracking label onto the XRs
 * and composed resources Crossplane creates, and Argo CD then prunes them as strays.
 */
export class ArgoCdConfigChart extends Chart {
  constructor(scope: Construct, id: string, namespace: string, kinds: HealthKind[]) {
    super(scope, id, chartProps);
    const lua = healthLua();
    const data: Record<string, string> = { 'application.resourceTrackingMethod': 'annotation' };
    for (const k of kinds) data[healthKey(k.group, k.kind)] = lua;
    new kplus.ConfigMap(this, 'argocd-cm', {
      // Argo CD only reads ConfigMaps carrying its part-of label.
      metadata: { name: 'argocd-cm', namespace, labels: { 'app.kubernetes.io/name': 'argocd-cm', 'app.kubernetes.io/part-of': 'argocd' } },
      data,
    });
  }
}

/** What the platform side installs: cluster-scoped only, nothing namespaced. */
export const PLATFORM_KINDS: ReadonlyArray<{ group: string; kind: string }> = [
  { group: 'pkg.crossplane.io', kind: 'Provider' },
  { group: 'pkg.crossplane.io', kind: 'Function' },
  { group: 'apiextensions.crossplane.io', kind: 'CompositeResourceDefinition' },
  { group: 'apiextensions.crossplane.io', kind: 'Composition' },
  { group: 'apiextensions.crossplane.io', kind: 'ManagedResourceActivationPolicy' },
  { group: 'aws.upbound.io', kind: 'ProviderConfig' },
  { group: 'aws.m.upbound.io', kind: 'ClusterProviderConfig' },
  { group: '', kind: 'Namespace' },
];

export class ProjectsChart extends Chart {
  constructor(scope: Construct, id: string, settings: GitOpsSettings, teams: string[], claimKinds: HealthKind[]) {
    super(scope, id, chartProps);
    const metadata = (name: string) => ({ name, namespace: settings.argocdNamespace });
    new AppProject(this, 'platform', {
      metadata: metadata(PLATFORM_PROJECT),
      spec: {
        description: 'ProductionNetwork platform: Crossplane packages, provider configuration, the API (XRD and Composition)',
        sourceRepos: [settings.repoURL],
        destinations: [{ server: IN_CLUSTER, namespace: settings.crossplaneNamespace }],
        clusterResourceWhitelist: PLATFORM_KINDS.map((k) => ({ ...k })),
        namespaceResourceBlacklist: [{ group: '*', kind: '*' }],
      },
    });
    new AppProject(this, 'teams', {
      metadata: metadata(TEAMS_PROJECT),
      spec: {
        description: 'ProductionNetwork claims of the application teams, each in its own namespace',
        sourceRepos: [settings.repoURL],
        destinations: teams.map((namespace) => ({ server: IN_CLUSTER, namespace })),
        // Nothing cluster-scoped: namespaces come from the platform side.
        clusterResourceWhitelist: [],
        namespaceResourceWhitelist: claimKinds.map((k) => ({ ...k })),
      },
    });
  }
}

const retry = { limit: 10, backoff: { duration: '30s', factor: 2, maxDuration: '5m' } };

/**
 * The platform Application: providers and functions, then the ProviderConfig, then the XRD and Composition, by
 * sync wave. `paths` are folders of dist/; the Crossplane 2 variant adds the Crossplane-2-only ones. Both
 * variants have the same name: applying the Crossplane 2 file after upgrading Crossplane replaces the first.
 * Automated pruning is off: removing an XRD from Git would delete every team's networks.
 */
export class PlatformApplicationChart extends Chart {
  constructor(scope: Construct, id: string, settings: GitOpsSettings, paths: string[]) {
    super(scope, id, chartProps);
    new Application(this, 'platform', {
      metadata: { name: PLATFORM_APPLICATION, namespace: settings.argocdNamespace, annotations: { [SYNC_WAVE]: '0' } },
      spec: {
        project: PLATFORM_PROJECT,
        sources: paths.map((p) => ({ repoUrl: settings.repoURL, targetRevision: settings.revision, path: `${settings.distPath}/${p}` })),
        destination: { server: IN_CLUSTER, namespace: settings.crossplaneNamespace },
        syncPolicy: { automated: { prune: false, selfHeal: true }, syncOptions: [SKIP_DRY_RUN], retry },
      },
    });
  }
}

/**
 * One Application per team, syncing `dist/teams/<namespace>`. Automated sync creates and updates claims;
 * deleting one (and its network) is a deliberate prune, not a side effect of a file disappearing.
 */
export class TeamApplicationsChart extends Chart {
  constructor(scope: Construct, id: string, settings: GitOpsSettings, teams: string[]) {
    super(scope, id, chartProps);
    for (const team of teams) {
      new Application(this, team, {
        metadata: { name: `production-network-${team}`, namespace: settings.argocdNamespace, annotations: { [SYNC_WAVE]: '1' } },
        spec: {
          project: TEAMS_PROJECT,
          source: { repoUrl: settings.repoURL, targetRevision: settings.revision, path: `${settings.distPath}/teams/${team}` },
          destination: { server: IN_CLUSTER, namespace: team },
          syncPolicy: { automated: { prune: false, selfHeal: true }, syncOptions: [SKIP_DRY_RUN], retry },
        },
      });
    }
  }
}
