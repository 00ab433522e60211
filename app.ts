/**
 * The cdk8s app: one folder of `dist/` per concern, each installable on its own.
 *
 *   dist/claim/        XRD (v1, with claims) and Composition: Crossplane 1.20 and 2.x
 *   dist/namespaced/   XRD (v2, namespaced) and Composition: Crossplane 2 only
 *   dist/examples/     the files of examples/, same names, with the configured API group
 *   dist/render/       inputs for the real `crossplane render`: the examples as XRs, and the Functions
 *   dist/package, install, argocd, teams   package metadata, install manifests and GitOps (gitops/index.ts)
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, YamlOutputType } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import {
  DEFAULT_GROUP,
  DEFAULT_INSTALLATION,
  FlavourName,
  INSTALLATION_PATTERN,
  namespacedFlavourUsing,
  productionNetworkApi,
  type ProductionNetworkApi,
} from './compositions/production-network';
import { functionNames, functionPackage } from './gitops/dependencies';
import { Function as FunctionPackage } from './imports/pkg.crossplane.io';
import { ManifestChart } from './lib/authoring/manifest-chart';
import { claimToComposite } from './lib/render';
import { gitopsApps, gitopsSettingsFromEnv } from './gitops';

export interface SynthSettings {
  /** Where the manifests go. @default dist */
  outdir: string;
  /** The API group of the XRD. @default network.platform.example.org (env PRODUCTION_NETWORK_GROUP) */
  group: string;
  /** Which flavours to synthesize. @default both (env PRODUCTION_NETWORK_FLAVOURS=claim,namespaced) */
  flavours: FlavourName[];
  /**
   * This installation's id, part of every derived AWS name (buckets, IAM role and instance profile, key pair,
   * launch template), so clusters sharing an AWS account never adopt each other's objects. A DNS label; keep it
   * stable for the life of the installation (changing it renames, and so replaces, those objects).
   * @default default (env PRODUCTION_NETWORK_INSTALLATION)
   */
  installation: string;
}

export function settingsFromEnv(env = process.env): SynthSettings {
  const flavours = (env.PRODUCTION_NETWORK_FLAVOURS ?? 'claim,namespaced')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  // An empty list would synthesize a dist/ with no API at all, and the dist/ test would then pass on nothing.
  if (flavours.length === 0) throw new Error('PRODUCTION_NETWORK_FLAVOURS is empty: name at least one of claim, namespaced (or unset it for both)');
  for (const f of flavours)
    if (f !== 'claim' && f !== 'namespaced') throw new Error(`unknown flavour "${f}" in PRODUCTION_NETWORK_FLAVOURS (expected claim, namespaced)`);
  const group = env.PRODUCTION_NETWORK_GROUP ?? DEFAULT_GROUP;
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/.test(group)) {
    throw new Error(`PRODUCTION_NETWORK_GROUP "${group}" is not a DNS subdomain with at least one dot (e.g. network.example.org)`);
  }
  const installation = env.PRODUCTION_NETWORK_INSTALLATION ?? DEFAULT_INSTALLATION;
  if (!INSTALLATION_PATTERN.test(installation)) {
    throw new Error(`PRODUCTION_NETWORK_INSTALLATION "${installation}" is not a DNS label (lowercase letters, digits and '-', at most 63, e.g. prod-eu)`);
  }
  return { outdir: env.PRODUCTION_NETWORK_OUTDIR ?? 'dist', group, flavours: flavours as FlavourName[], installation };
}

function folder(outdir: string, sub: string): App {
  return new App({ outdir: path.join(outdir, sub), outputFileExtension: '.yaml', yamlOutputType: YamlOutputType.FILE_PER_CHART });
}

/** One file of examples/: its path under examples/ (which dist/examples/ keeps) and its claims. */
export interface ExampleFile {
  /** e.g. `minimal.yaml`, `namespaced/production-network.yaml` */
  file: string;
  claims: Record<string, any>[];
}

/** The files of examples/, their claims re-grouped to the configured API group. */
export function exampleFiles(group: string, root = __dirname): ExampleFile[] {
  const dir = path.join(root, 'examples');
  const files = [
    ...fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')),
    ...fs.readdirSync(path.join(dir, 'namespaced')).map((f) => path.join('namespaced', f)),
  ].sort((a, b) => (path.join(dir, a) < path.join(dir, b) ? -1 : 1));
  return files.map((file) => ({
    file,
    claims: parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8')).map((d) => {
      const doc = d.toJS();
      const [g, v] = String(doc.apiVersion).split('/');
      return { ...doc, apiVersion: `${g.replace(DEFAULT_GROUP, group)}/${v}` };
    }),
  }));
}

/** Example claims from examples/, re-grouped to the configured API group. */
export function exampleClaims(group: string, root = __dirname): Record<string, any>[] {
  return exampleFiles(group, root).flatMap((f) => f.claims);
}

export function synth(settings: SynthSettings): string[] {
  fs.rmSync(settings.outdir, { recursive: true, force: true });
  const gitops = gitopsSettingsFromEnv();
  // The namespaced flavour names the kind of provider configuration the platform installs (docs/install.md).
  const apis = settings.flavours.map((f) =>
    productionNetworkApi(f === 'namespaced' ? namespacedFlavourUsing(gitops.namespacedProviderConfigKind) : f, settings.group, settings.installation),
  );
  const examples = exampleFiles(settings.group);
  const claims = examples.flatMap((f) => f.claims);
  const apps: App[] = [];
  for (const api of apis) {
    const app = folder(settings.outdir, api.flavour.name);
    new ManifestChart(app, 'definition', [api.definition]);
    new ManifestChart(app, 'composition', [api.composition]);
    apps.push(app);
  }
  // dist/examples/ keeps the file names of examples/: one app per folder, one chart (file) per example file.
  for (const sub of [...new Set(examples.map((e) => path.dirname(e.file)))]) {
    const app = folder(settings.outdir, path.join('examples', sub));
    for (const e of examples.filter((x) => path.dirname(x.file) === sub)) new ManifestChart(app, path.basename(e.file, '.yaml'), e.claims);
    apps.push(app);
  }
  apps.push(renderInputs(settings.outdir, apis, claims));
  // Package metadata, install manifests and Argo CD (layout in gitops/index.ts).
  apps.push(...gitopsApps(settings.outdir, apis, claims, gitops));
  apps.forEach((a) => a.synth());
  return listFiles(settings.outdir);
}

/**
 * dist/render/: inputs for the real `crossplane render` (which takes an XR, not a claim, and a file of Function
 * objects only): each example as the XR Crossplane creates from it, and the Functions the compositions call.
 */
function renderInputs(outdir: string, apis: ProductionNetworkApi[], claims: Record<string, any>[]): App {
  const app = folder(outdir, 'render');
  const compositions = apis.map((a) => a.composition);
  new ManifestChart(
    app,
    'functions',
    functionNames(compositions).map((name) => {
      const ref = functionPackage(name);
      return FunctionPackage.manifest({ metadata: { name }, spec: { package: `${ref.repository}:${ref.version}` } });
    }),
  );
  for (const claim of claims) {
    const api = apis.find((a) => a.names.group === String(claim.apiVersion).split('/')[0]);
    if (api) new ManifestChart(app, `${claim.metadata.name}-${api.flavour.name}-xr`, [claimToComposite(claim, api.definition)]);
  }
  return app;
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}
