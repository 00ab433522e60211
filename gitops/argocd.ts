/**
 * Argo CD: the argocd-cm entries (annotation tracking, the health checks), AppProjects, and an app-of-apps: a root
 * Application that syncs the platform Application (wave 0) and one Application per team (wave 1). Repository,
 * revision and paths are synth-time settings (settings.ts); the Applications point at folders of `dist/`.
 *
 * Why it converges: inside the platform Application, sync waves order providers, provider configuration and the
 * API. Across Applications, the root waits for the platform Application to be Healthy before it creates the
 * teams' (that needs the Application health check in argocd-cm: Argo CD removed its own in 1.8). While providers
 * install, Argo CD's built-in Provider check reports Degraded (resource_customizations/pkg.crossplane.io/Provider
 * /health.lua), which fails the running sync (gitops-engine pkg/sync/sync_context.go); every Application therefore
 * retries without limit (`retry.limit: -1`, controller/appcontroller.go: `Retry.Limit < 0` never runs out), so a
 * sync that fails while the cluster catches up is retried until it succeeds, never left for the next commit.
 */
import { ApiObject, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { Application, AppProject } from '../imports/argoproj.io';
import { APPLICATION_HEALTH_KEY, applicationHealthLua, healthKey, healthLua } from './health';
import { GitOpsSettings } from './settings';
import { SKIP_DRY_RUN, SYNC_WAVE } from './sync';

const chartProps = { disableResourceNameHashes: true };
export const IN_CLUSTER = 'https://kubernetes.default.svc';
export const PLATFORM_PROJECT = 'production-network-platform';
export const TEAMS_PROJECT = 'production-network-teams';
export const ROOT_PROJECT = 'production-network';
export const PLATFORM_APPLICATION = 'production-network-platform';
export const ROOT_APPLICATION = 'production-network';
/** Application waves inside the root: the platform first, the teams once it is Healthy. */
export const APPLICATION_WAVES = { platform: 0, teams: 1 } as const;

/** A kind Argo CD needs the health check for: the claim, and on Crossplane 2 the namespaced XR. */
export interface HealthKind {
  group: string;
  kind: string;
}

/** The argocd-cm data this project needs. */
export function argocdCmData(kinds: HealthKind[]): Record<string, string> {
  const lua = healthLua();
  // Annotation tracking: label tracking copies the tracking label onto the XRs and composed resources Crossplane
  // creates, and Argo CD then prunes them as strays.
  const data: Record<string, string> = { 'application.resourceTrackingMethod': 'annotation', [APPLICATION_HEALTH_KEY]: applicationHealthLua() };
  for (const k of kinds) data[healthKey(k.group, k.kind)] = lua;
  return data;
}

const argocdCmMetadata = (namespace: string) => ({
  name: 'argocd-cm',
  namespace,
  // Argo CD only reads ConfigMaps carrying its part-of label.
  labels: { 'app.kubernetes.io/name': 'argocd-cm', 'app.kubernetes.io/part-of': 'argocd' },
});

/**
 * The argocd-cm entries as a ConfigMap holding only them: the strategic-merge patch of the kustomize overlay
 * (ArgoCdKustomizationChart). Argo CD installed from its manifests gets them by applying the overlay: upgrading
 * Argo CD is changing the release in the overlay and applying it again, so the entries are part of every apply
 * instead of being dropped by the next `install.yaml`.
 */
export interface ArgoCdConfigChartProps {
  /** Argo CD's namespace. */
  readonly namespace: string;
  /** The kinds users apply, whose health checks the entries hold. */
  readonly kinds: HealthKind[];
}

export class ArgoCdConfigChart extends Chart {
  constructor(scope: Construct, id: string, { namespace, kinds }: ArgoCdConfigChartProps) {
    super(scope, id, chartProps);
    new kplus.ConfigMap(this, 'argocd-cm', { metadata: argocdCmMetadata(namespace), data: argocdCmData(kinds) });
  }
}

/** The kustomization next to the patch: the Argo CD release and its namespace (argo-cd docs/operator-manual/installation.md). */
export interface ArgoCdKustomizationChartProps {
  /** The GitOps settings: Argo CD's namespace and release. */
  readonly settings: GitOpsSettings;
}

export class ArgoCdKustomizationChart extends Chart {
  constructor(scope: Construct, id: string, { settings }: ArgoCdKustomizationChartProps) {
    super(scope, id, chartProps);
    const ns = settings.argocdNamespace;
    new ApiObject(this, 'kustomization', {
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      metadata: { name: 'argocd' },
      namespace: ns,
      resources: [`https://raw.githubusercontent.com/argoproj/argo-cd/${settings.argocdVersion}/manifests/install.yaml`],
      patches: [
        { path: 'argocd-cm.yaml' },
        // Outside the namespace `argocd`, the ClusterRoleBindings must name the service accounts where they are.
        ...(ns === 'argocd' ? [] : [{ patch: `- op: replace\n  path: /subjects/0/namespace\n  value: ${ns}`, target: { kind: 'ClusterRoleBinding' } }]),
      ],
    });
  }
}

/**
 * Argo CD installed with its Helm chart (argo-helm charts/argo-cd): the same entries as `configs.cm` values, and the
 * Argo CD release the kustomize overlay installs as `global.image.tag` (the chart's values.yaml: "Overrides the
 * global Argo CD image tag whose default is the chart appVersion"), so both routes run the same Argo CD whatever
 * chart version is installed. The chart's CRDs still come from the chart: docs/install.md says which to pick.
 */
export function argocdHelmValues(kinds: HealthKind[], argocdVersion: string): Record<string, any> {
  return { global: { image: { tag: argocdVersion } }, configs: { cm: argocdCmData(kinds) } };
}

/** What the platform Application syncs, for its AppProject's allow lists: derived from the synthesized objects. */
export interface PlatformScope {
  clusterKinds: HealthKind[];
  namespacedKinds: HealthKind[];
  /** Namespaces the platform writes into: Crossplane's, and the teams' when each gets its own ProviderConfig. */
  namespaces: string[];
}

export interface ProjectsChartProps {
  /** The GitOps settings: repository and Argo CD's namespace. */
  readonly settings: GitOpsSettings;
  /** The team namespaces the teams' project may sync into. */
  readonly teams: string[];
  /** The kinds the teams may sync: their claims. */
  readonly claimKinds: HealthKind[];
  /** What the platform Application syncs. */
  readonly platform: PlatformScope;
}

export class ProjectsChart extends Chart {
  constructor(scope: Construct, id: string, { settings, teams, claimKinds, platform }: ProjectsChartProps) {
    super(scope, id, chartProps);
    const metadata = (name: string) => ({ name, namespace: settings.argocdNamespace });
    const destination = (namespace: string) => ({ server: IN_CLUSTER, namespace });
    new AppProject(this, 'root', {
      metadata: metadata(ROOT_PROJECT),
      spec: {
        description: 'ProductionNetwork root: the platform and team Applications, nothing else',
        sourceRepos: [settings.repoURL],
        destinations: [destination(settings.argocdNamespace)],
        clusterResourceWhitelist: [],
        namespaceResourceWhitelist: [{ group: 'argoproj.io', kind: 'Application' }],
      },
    });
    new AppProject(this, 'platform', {
      metadata: metadata(PLATFORM_PROJECT),
      spec: {
        description: 'ProductionNetwork platform: Crossplane packages, provider configuration, the API (XRD and Composition)',
        sourceRepos: [settings.repoURL],
        destinations: platform.namespaces.map(destination),
        clusterResourceWhitelist: platform.clusterKinds.map((k) => ({ ...k })),
        // An absent namespace whitelist allows every namespaced kind (app_project_types.go
        // IsGroupKindNamePermitted): with nothing namespaced to sync, refuse them all explicitly.
        ...(platform.namespacedKinds.length > 0
          ? { namespaceResourceWhitelist: platform.namespacedKinds.map((k) => ({ ...k })) }
          : { namespaceResourceBlacklist: [{ group: '*', kind: '*' }] }),
      },
    });
    new AppProject(this, 'teams', {
      metadata: metadata(TEAMS_PROJECT),
      spec: {
        description: 'ProductionNetwork claims of the application teams, each in its own namespace',
        sourceRepos: [settings.repoURL],
        destinations: teams.map(destination),
        // Nothing cluster-scoped: namespaces come from the platform side.
        clusterResourceWhitelist: [],
        namespaceResourceWhitelist: claimKinds.map((k) => ({ ...k })),
      },
    });
  }
}

/**
 * Retry without limit, backing off to five minutes: a sync that fails while providers install is tried again. With
 * `refresh`, each retry syncs the latest revision instead of the one the failed sync started with: without it, an
 * unlimited retry of a commit that can never sync keeps the operation running forever, and auto-sync of a fixing
 * commit is skipped while an operation runs (argo-cd v3.5.1 controller/appcontroller.go processRequestedAppOperation
 * clears `Sync.Revision(s)` when `Retry.Refresh`; the field is in pkg/apis/application/v1alpha1/types.go
 * RetryStrategy since v3.2.0, so the GitOps route needs Argo CD 3.2+).
 */
export const RETRY = { limit: -1, refresh: true, backoff: { duration: '30s', factor: 2, maxDuration: '5m' } };

const syncPolicy = { automated: { prune: false, selfHeal: true }, syncOptions: [SKIP_DRY_RUN], retry: RETRY };

/**
 * The platform Application: providers and functions, then the provider configuration, then the XRD and
 * Composition, by sync wave. `paths` are folders of dist/; the Crossplane 2 variant adds the Crossplane-2-only
 * ones. Both variants have the same name: the Crossplane 2 root replaces the first after upgrading Crossplane.
 * Automated pruning is off: removing an XRD from Git would delete every team's networks.
 */
export interface ApplicationChartProps {
  /** The GitOps settings: repository, revision, dist/ path and namespaces. */
  readonly settings: GitOpsSettings;
  /** The folders of dist/ the Application syncs. */
  readonly paths: string[];
}

export class PlatformApplicationChart extends Chart {
  constructor(scope: Construct, id: string, { settings, paths }: ApplicationChartProps) {
    super(scope, id, chartProps);
    new Application(this, 'platform', {
      metadata: { name: PLATFORM_APPLICATION, namespace: settings.argocdNamespace, annotations: { [SYNC_WAVE]: String(APPLICATION_WAVES.platform) } },
      spec: {
        project: PLATFORM_PROJECT,
        sources: paths.map((p) => ({ repoUrl: settings.repoURL, targetRevision: settings.revision, path: `${settings.distPath}/${p}` })),
        destination: { server: IN_CLUSTER, namespace: settings.crossplaneNamespace },
        syncPolicy,
      },
    });
  }
}

/**
 * One Application per team, syncing `dist/teams/<namespace>`. Automated sync creates and updates claims;
 * deleting one (and its network) is a deliberate prune, not a side effect of a file disappearing.
 */
export interface TeamApplicationsChartProps {
  /** The GitOps settings: repository, revision, dist/ path and Argo CD's namespace. */
  readonly settings: GitOpsSettings;
  /** The team namespaces, one Application each. */
  readonly teams: string[];
}

export class TeamApplicationsChart extends Chart {
  constructor(scope: Construct, id: string, { settings, teams }: TeamApplicationsChartProps) {
    super(scope, id, chartProps);
    for (const team of teams) {
      new Application(this, team, {
        metadata: { name: `production-network-${team}`, namespace: settings.argocdNamespace, annotations: { [SYNC_WAVE]: String(APPLICATION_WAVES.teams) } },
        spec: {
          project: TEAMS_PROJECT,
          source: { repoUrl: settings.repoURL, targetRevision: settings.revision, path: `${settings.distPath}/teams/${team}` },
          destination: { server: IN_CLUSTER, namespace: team },
          syncPolicy,
        },
      });
    }
  }
}

/**
 * The root of the app-of-apps: syncs the folders holding the platform and team Applications (`paths`, folders of
 * dist/). One per Crossplane line, with the same name: applying the Crossplane 2 root after upgrading Crossplane
 * switches the platform Application to its Crossplane 2 variant.
 */
export class RootApplicationChart extends Chart {
  constructor(scope: Construct, id: string, { settings, paths }: ApplicationChartProps) {
    super(scope, id, chartProps);
    new Application(this, 'root', {
      metadata: { name: ROOT_APPLICATION, namespace: settings.argocdNamespace },
      spec: {
        project: ROOT_PROJECT,
        sources: paths.map((p) => ({ repoUrl: settings.repoURL, targetRevision: settings.revision, path: `${settings.distPath}/${p}` })),
        destination: { server: IN_CLUSTER, namespace: settings.argocdNamespace },
        syncPolicy,
      },
    });
  }
}
