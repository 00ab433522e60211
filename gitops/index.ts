/**
 * Install and GitOps output: the Configuration package, direct install manifests and Argo CD, as cdk8s apps
 * writing into folders of dist/ (docs/install.md says which route applies which, in which order):
 *
 *   package/                  crossplane.yaml + the claim flavour's XRD and Composition: a package root for
 *                             `crossplane xpkg build --package-root=dist/package`
 *   install/                  Providers, Functions, team Namespaces, the ProviderConfig (Crossplane 1.20 and 2.x);
 *                             with IRSA or Pod Identity also the providers' ServiceAccount and runtime config
 *   install/crossplane-v2/    the activation policy and the namespaced flavour's provider configuration
 *                             (a ClusterProviderConfig, or a ProviderConfig per team namespace): Crossplane 2 only
 *   install/credentials/      credentials Secret templates: never applied from Git
 *   argocd/install/           kustomize overlay of Argo CD's install.yaml with the argocd-cm entries
 *   argocd/helm-values.yaml   the same entries as values of Argo CD's Helm chart
 *   argocd/projects.yaml      AppProjects: the root's, the platform's, the teams'
 *   argocd/crossplane-v1|v2/  the root Application (app-of-apps) for each Crossplane line
 *   argocd/apps/              what the root syncs: the team Applications, and crossplane-v1|v2/ the platform one
 *   teams/<namespace>/        each team's claims, as its Application syncs them
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Chart, YamlOutputType } from 'cdk8s';
import { ManifestChart } from '../lib/authoring/manifest-chart';
import { stringify } from 'yaml';
import type { ProductionNetworkApi } from '../compositions/production-network';
import {
  ArgoCdConfigChart,
  ArgoCdKustomizationChart,
  argocdHelmValues,
  HealthKind,
  PlatformApplicationChart,
  PlatformScope,
  ProjectsChart,
  RootApplicationChart,
  TeamApplicationsChart,
} from './argocd';
import {
  activatedKinds,
  ActivationPolicyChart,
  ClusterProviderConfigChart,
  CredentialsTemplateChart,
  PackagesChart,
  ProviderConfigChart,
  RuntimeConfigChart,
  TeamClaimsChart,
  TeamNamespacesChart,
  TeamProviderConfigsChart,
  WaitListChart,
} from './install';
import { composedKinds, mrdName } from './dependencies';
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

/** Files that are not Kubernetes objects (Helm values), written as YAML when the app synthesizes. */
class PlainFilesApp extends App {
  constructor(
    private readonly dir: string,
    private readonly files: Record<string, unknown>,
  ) {
    super({ outdir: dir });
  }

  synth(): void {
    fs.mkdirSync(this.dir, { recursive: true });
    for (const [name, content] of Object.entries(this.files)) fs.writeFileSync(path.join(this.dir, name), stringify(content, { lineWidth: 0 }));
  }
}

/** What the objects are, by group and kind, split by scope (Namespace objects are cluster-scoped). */
function scopeOf(objects: Record<string, any>[], namespaces: string[]): PlatformScope {
  const kinds = (namespaced: boolean) => {
    const seen = new Map<string, HealthKind>();
    for (const o of objects) {
      if (Boolean(o.metadata?.namespace) !== namespaced) continue;
      const group = String(o.apiVersion).includes('/') ? String(o.apiVersion).split('/')[0] : '';
      seen.set(`${group}/${o.kind}`, { group, kind: o.kind });
    }
    return [...seen.values()].sort((a, b) => `${a.group}/${a.kind}`.localeCompare(`${b.group}/${b.kind}`));
  };
  return { clusterKinds: kinds(false), namespacedKinds: kinds(true), namespaces };
}

export function gitopsApps(outdir: string, apis: ProductionNetworkApi[], claims: Record<string, any>[], settings: GitOpsSettings): App[] {
  const folder = (sub: string) => new App({ outdir: path.join(outdir, sub), outputFileExtension: '.yaml', yamlOutputType: YamlOutputType.FILE_PER_CHART });
  const claimApi = apis.find((a) => a.flavour.name === 'claim');
  const namespacedApi = apis.find((a) => a.flavour.name === 'namespaced');
  const compositions = apis.map((a) => a.composition);
  const teams = teamClaims(apis, claims, settings.teams);
  const teamNamespaces = [...teams.keys()];
  const providerConfig = { credentials: settings.awsCredentials, crossplaneNamespace: settings.crossplaneNamespace };
  const perTeamProviderConfigs = namespacedApi !== undefined && settings.namespacedProviderConfigKind === 'ProviderConfig';
  const apps: App[] = [];

  if (claimApi) {
    const pkg = folder('package');
    new ManifestChart(pkg, 'crossplane', [packageMetadata(claimApi.composition, { source: settings.repoURL.replace(/^https:\/\/|\.git$/g, '') })]);
    new ManifestChart(pkg, 'definition', [claimApi.definition]);
    new ManifestChart(pkg, 'composition', [claimApi.composition]);
    apps.push(pkg);
  }

  const install = folder('install');
  const platformCharts: Chart[] = [];
  if (settings.awsCredentials !== 'Secret') {
    platformCharts.push(
      new RuntimeConfigChart(install, 'runtime-config', {
        name: settings.providerRuntimeConfig ?? 'provider-aws',
        crossplaneNamespace: settings.crossplaneNamespace,
        credentials: settings.awsCredentials,
        roleArn: settings.awsRoleArn,
      }),
    );
  }
  platformCharts.push(new PackagesChart(install, 'packages', { compositions, runtimeConfig: settings.providerRuntimeConfig }));
  platformCharts.push(new TeamNamespacesChart(install, 'namespaces', { teams: teamNamespaces }));
  if (claimApi) platformCharts.push(new ProviderConfigChart(install, 'provider-config', providerConfig));
  const v2 = folder(path.join('install', 'crossplane-v2'));
  platformCharts.push(new ActivationPolicyChart(v2, 'activation-policy', { compositions }));
  if (perTeamProviderConfigs) platformCharts.push(new TeamProviderConfigsChart(v2, 'provider-config', { teams: teamNamespaces, ...providerConfig }));
  else if (namespacedApi) platformCharts.push(new ClusterProviderConfigChart(v2, 'provider-config', providerConfig));
  const waits = folder(path.join('install', 'waits'));
  if (claimApi) {
    new WaitListChart(waits, 'crossplane-v1', { crds: ['providerconfigs.aws.upbound.io', ...composedKinds(claimApi.composition).map(mrdName)], mrds: [] });
  }
  const v2ProviderConfigCrds = [
    ...(claimApi ? ['providerconfigs.aws.upbound.io'] : []),
    ...(namespacedApi ? [perTeamProviderConfigs ? 'providerconfigs.aws.m.upbound.io' : 'clusterproviderconfigs.aws.m.upbound.io'] : []),
  ];
  new WaitListChart(waits, 'crossplane-v2', { crds: v2ProviderConfigCrds, mrds: activatedKinds(compositions) });
  apps.push(install, v2, waits);
  if (settings.awsCredentials === 'Secret') {
    const credentials = folder(path.join('install', 'credentials'));
    new CredentialsTemplateChart(credentials, 'aws-credentials', {
      namespaces: [settings.crossplaneNamespace, ...(perTeamProviderConfigs ? teamNamespaces : [])],
    });
    apps.push(credentials);
  }

  const argocd = folder('argocd');
  const kinds = userKinds(apis);
  const apiObjects = apis.flatMap((a) => [a.definition, a.composition]);
  const platformNamespaces = [settings.crossplaneNamespace, ...(perTeamProviderConfigs ? teamNamespaces : [])];
  const platform = scopeOf([...platformCharts.flatMap((c) => c.toJson()), ...apiObjects], platformNamespaces);
  new ProjectsChart(argocd, 'projects', { settings, teams: teamNamespaces, claimKinds: kinds, platform });
  const argocdInstall = folder(path.join('argocd', 'install'));
  new ArgoCdKustomizationChart(argocdInstall, 'kustomization', { settings });
  new ArgoCdConfigChart(argocdInstall, 'argocd-cm', { namespace: settings.argocdNamespace, kinds });
  const teamApps = folder(path.join('argocd', 'apps'));
  new TeamApplicationsChart(teamApps, 'teams', { settings, teams: teamNamespaces });
  apps.push(
    argocd,
    argocdInstall,
    teamApps,
    new PlainFilesApp(path.join(outdir, 'argocd'), { 'helm-values.yaml': argocdHelmValues(kinds, settings.argocdVersion) }),
  );

  // The flavour folders are written by app.ts, one per flavour, named after it.
  const lines: Array<{ line: string; paths: string[] }> = [];
  if (claimApi) lines.push({ line: 'crossplane-v1', paths: ['install', claimApi.flavour.name] });
  lines.push({ line: 'crossplane-v2', paths: ['install', 'install/crossplane-v2', ...apis.map((a) => a.flavour.name)] });
  for (const { line, paths } of lines) {
    const platformApp = folder(path.join('argocd', 'apps', line));
    new PlatformApplicationChart(platformApp, 'platform', { settings, paths });
    const root = folder(path.join('argocd', line));
    new RootApplicationChart(root, 'root', { settings, paths: ['argocd/apps', `argocd/apps/${line}`] });
    apps.push(platformApp, root);
  }

  for (const [team, own] of teams) {
    const t = folder(path.join('teams', team));
    new TeamClaimsChart(t, 'claims', { claims: own });
    apps.push(t);
  }
  return apps;
}
