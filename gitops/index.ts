/**
 * Install and GitOps output: the Configuration package, direct install manifests and Argo CD, as cdk8s apps
 * writing into folders of dist/:
 *
 *   package/                  crossplane.yaml + the claim flavour's XRD and Composition: a package root for
 *                             `crossplane xpkg build --package-root=dist/package`
 *   install/                  Providers, Functions, team Namespaces, the ProviderConfig (Crossplane 1.20 and 2.x)
 *   install/crossplane-v2/    the activation policy and the ClusterProviderConfig (Crossplane 2 only)
 *   install/credentials/      a credentials Secret template: never applied from Git
 *   argocd/                   argocd-cm entries, AppProjects, the teams' Applications
 *   argocd/crossplane-v1/     the platform Application for Crossplane 1.20 (install + claim)
 *   argocd/crossplane-v2/     the platform Application for Crossplane 2 (adds crossplane-v2 + namespaced)
 *   teams/<namespace>/        each team's claims, as its Application syncs them
 */
import * as path from 'path';
import { ApiObject, App, Chart, YamlOutputType } from 'cdk8s';
import type { ProductionNetworkApi } from '../compositions/production-network';
import { ArgoCdConfigChart, HealthKind, PlatformApplicationChart, ProjectsChart, TeamApplicationsChart } from './argocd';
import {
  ActivationPolicyChart,
  ClusterProviderConfigChart,
  CredentialsTemplateChart,
  PackagesChart,
  ProviderConfigChart,
  TeamClaimsChart,
  TeamNamespacesChart,
} from './install';
import { packageMetadata } from './package';
import { GitOpsSettings } from './settings';

export { gitopsSettingsFromEnv } from './settings';
export type { GitOpsSettings } from './settings';

/** The kinds users apply, by flavour: the claim (v1 XRD) and the namespaced XR (v2 XRD). */
export function userKinds(apis: ProductionNetworkApi[]): HealthKind[] {
  return apis.map((api) => ({ group: api.names.group, kind: api.names.claim?.kind ?? api.names.kind }));
}

/** The claims (claim flavour only: they work on Crossplane 1.20 and 2.x) of each team namespace. */
export function teamClaims(apis: ProductionNetworkApi[], claims: Record<string, any>[], teams?: string[]): Map<string, Record<string, any>[]> {
  const claimApi = apis.find((a) => a.flavour.name === 'claim');
  const own = claimApi ? claims.filter((c) => String(c.apiVersion).split('/')[0] === claimApi.names.group && c.kind === claimApi.names.claim?.kind) : [];
  const namespaces = teams ?? [...new Set(own.map((c) => String(c.metadata?.namespace)))].sort();
  return new Map(namespaces.map((ns) => [ns, own.filter((c) => c.metadata?.namespace === ns)]));
}

class ObjectsChart extends Chart {
  constructor(scope: App, id: string, objects: Record<string, any>[]) {
    super(scope, id, { disableResourceNameHashes: true });
    objects.forEach((o, i) => new ApiObject(this, `${o.kind}-${o.metadata?.name ?? i}`, o as any));
  }
}

export function gitopsApps(outdir: string, apis: ProductionNetworkApi[], claims: Record<string, any>[], settings: GitOpsSettings): App[] {
  const folder = (sub: string) => new App({ outdir: path.join(outdir, sub), outputFileExtension: '.yaml', yamlOutputType: YamlOutputType.FILE_PER_CHART });
  const claimApi = apis.find((a) => a.flavour.name === 'claim');
  const namespacedApi = apis.find((a) => a.flavour.name === 'namespaced');
  const compositions = apis.map((a) => a.composition);
  const teams = teamClaims(apis, claims, settings.teams);
  const providerConfig = { credentials: settings.awsCredentials, crossplaneNamespace: settings.crossplaneNamespace };
  const apps: App[] = [];

  if (claimApi) {
    const pkg = folder('package');
    new ObjectsChart(pkg, 'crossplane', [packageMetadata(claimApi.composition, { source: settings.repoURL.replace(/^https:\/\/|\.git$/g, '') })]);
    new ObjectsChart(pkg, 'definition', [claimApi.definition]);
    new ObjectsChart(pkg, 'composition', [claimApi.composition]);
    apps.push(pkg);
  }

  const install = folder('install');
  new PackagesChart(install, 'packages', compositions, settings.providerRuntimeConfig);
  new TeamNamespacesChart(install, 'namespaces', [...teams.keys()]);
  if (claimApi) new ProviderConfigChart(install, 'provider-config', providerConfig);
  const v2 = folder(path.join('install', 'crossplane-v2'));
  new ActivationPolicyChart(v2, 'activation-policy', compositions);
  if (namespacedApi) new ClusterProviderConfigChart(v2, 'cluster-provider-config', providerConfig);
  apps.push(install, v2);
  if (settings.awsCredentials === 'Secret') {
    const credentials = folder(path.join('install', 'credentials'));
    new CredentialsTemplateChart(credentials, 'aws-credentials', settings.crossplaneNamespace);
    apps.push(credentials);
  }

  const argocd = folder('argocd');
  new ArgoCdConfigChart(argocd, 'argocd-cm', settings.argocdNamespace, userKinds(apis));
  new ProjectsChart(argocd, 'projects', settings, [...teams.keys()], userKinds(apis));
  new TeamApplicationsChart(argocd, 'teams', settings, [...teams.keys()]);
  apps.push(argocd);
  if (claimApi) {
    const v1app = folder(path.join('argocd', 'crossplane-v1'));
    new PlatformApplicationChart(v1app, 'platform', settings, ['install', claimApi.flavour.name]);
    apps.push(v1app);
  }
  const v2app = folder(path.join('argocd', 'crossplane-v2'));
  // The flavour folders are written by app.ts, one per flavour, named after it.
  const v2paths = ['install', 'install/crossplane-v2', ...apis.map((a) => a.flavour.name)];
  new PlatformApplicationChart(v2app, 'platform', settings, v2paths);
  apps.push(v2app);

  for (const [team, own] of teams) {
    const t = folder(path.join('teams', team));
    new TeamClaimsChart(t, 'claims', own);
    apps.push(t);
  }
  return apps;
}
