/**
 * The GitOps output as a whole: synthesizes the app into a temporary dist/ and checks what Argo CD would sync.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadAll } from 'js-yaml';
import { parseAllDocuments } from 'yaml';
import { synth } from '../../app';
import { DEFAULT_GROUP } from '../../compositions/production-network';
import { formatIssues, validateAgainstXrd, validateObject } from '../../lib/validate';
import { APPLICATION_WAVES, RETRY, ROOT_APPLICATION } from '../../gitops/argocd';
import { APPLICATION_HEALTH_KEY } from '../../gitops/health';
import { SKIP_DRY_RUN, SYNC_OPTIONS, waveOf, WAVES } from '../../gitops/sync';
import { crdsDir } from '../../compositions/production-network/crds';

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'gitops-'));
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));
const files = synth({ outdir, group: DEFAULT_GROUP, flavours: ['claim', 'namespaced'], installation: 'default' });
const read = (file: string): any[] =>
  parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map((d) => d.toJS())
    .filter(Boolean);
const under = (sub: string) => files.filter((f) => path.relative(outdir, f).startsWith(`${sub}/`));
const objectsIn = (folder: string) =>
  fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => read(path.join(folder, f)));

const argoObjects = under('argocd')
  .filter((f) => !f.endsWith('helm-values.yaml') && !f.endsWith('kustomization.yaml'))
  .flatMap(read);
const applications = argoObjects.filter((o) => o.kind === 'Application');
const app = (name: string, line: string) => read(path.join(outdir, 'argocd', 'apps', line, 'platform.yaml')).find((o) => o.metadata.name === name);
/** A source path of an Application, resolved against the repository root (where synth runs). */
const folderOf = (p: string) => path.resolve(process.cwd(), p);
const sourcesOf = (a: any): string[] => (a.spec.sources ?? [a.spec.source]).map((s: any) => folderOf(s.path));

/**
 * Argo CD's CRD files are not named <group>_<plural>.yaml, so the shared catalog does not find them: read the
 * schema from the file directly.
 */
const argoSchemas = new Map<string, any>();
const argoSchema = (kind: string) => {
  if (argoSchemas.has(kind)) return argoSchemas.get(kind);
  const file = path.join(crdsDir(), 'argo-cd', kind === 'Application' ? 'application-crd.yaml' : 'appproject-crd.yaml');
  const crd = (loadAll(fs.readFileSync(file, 'utf8')) as any[]).find((d) => d?.kind === 'CustomResourceDefinition' && d.spec.names.kind === kind);
  argoSchemas.set(kind, crd.spec.versions.find((v: any) => v.name === 'v1alpha1').schema.openAPIV3Schema);
  return argoSchemas.get(kind);
};

const group = (o: any) => (String(o.apiVersion).includes('/') ? String(o.apiVersion).split('/')[0] : '');
const crdFromCrossplaneOrProvider = (o: any) => /(^|\.)crossplane\.io$|\.upbound\.io$/.test(group(o)) || group(o).endsWith(DEFAULT_GROUP);

describe('dist/ layout', () => {
  it('writes the package, install, Argo CD and team folders', () => {
    const rel = files.map((f) => path.relative(outdir, f)).filter((f) => !/^(claim|namespaced|examples|render)\//.test(f));
    expect(rel).toEqual([
      'argocd/apps/crossplane-v1/platform.yaml',
      'argocd/apps/crossplane-v2/platform.yaml',
      'argocd/apps/teams.yaml',
      'argocd/crossplane-v1/root.yaml',
      'argocd/crossplane-v2/root.yaml',
      'argocd/helm-values.yaml',
      'argocd/install/argocd-cm.yaml',
      'argocd/install/kustomization.yaml',
      'argocd/projects.yaml',
      'install/credentials/aws-credentials.yaml',
      'install/crossplane-v2/activation-policy.yaml',
      'install/crossplane-v2/provider-config.yaml',
      'install/namespaces.yaml',
      'install/packages.yaml',
      'install/provider-config.yaml',
      'install/waits/crossplane-v1.yaml',
      'install/waits/crossplane-v2.yaml',
      'package/composition.yaml',
      'package/crossplane.yaml',
      'package/definition.yaml',
      'teams/team-payments/claims.yaml',
      'teams/team-platform/claims.yaml',
    ]);
  });

  it('the package root holds crossplane.yaml and the claim flavour, identical to dist/claim', () => {
    expect(read(path.join(outdir, 'package', 'definition.yaml'))).toEqual(read(path.join(outdir, 'claim', 'definition.yaml')));
    expect(read(path.join(outdir, 'package', 'composition.yaml'))).toEqual(read(path.join(outdir, 'claim', 'composition.yaml')));
  });

  it('nothing Crossplane-2-only is in a folder a Crossplane 1.20 install applies', () => {
    const v1 = sourcesOf(app('production-network-platform', 'crossplane-v1')).flatMap(objectsIn);
    expect(v1.filter((o) => o.kind === 'ManagedResourceActivationPolicy' || group(o).includes('.m.') || o.apiVersion.endsWith('/v2'))).toEqual([]);
  });
});

describe('Argo CD objects', () => {
  it('every Application and AppProject validates strictly against the Argo CD CRDs', () => {
    const crdObjects = argoObjects.filter((o) => o.apiVersion === 'argoproj.io/v1alpha1');
    expect(crdObjects.map((o) => o.kind).sort()).toEqual([
      'AppProject',
      'AppProject',
      'AppProject',
      ...Array(6).fill('Application'), // root and platform for each Crossplane line, two teams
    ]);
    expect(crdObjects.flatMap((o) => formatIssues(o, validateObject(o, { schema: argoSchema(o.kind) })))).toEqual([]);
  });

  it("the shared Application CRD knows retry.refresh (Argo CD 3.2+), so strict validation checks it and older CRDs' lack of it is a real refusal", () => {
    const retry = argoSchema('Application').properties.spec.properties.syncPolicy.properties.retry;
    expect(retry.properties.refresh).toEqual(expect.objectContaining({ type: 'boolean' }));
    // A CRD from before 3.2 (no refresh in its schema) refuses the field: what strict validation reports.
    const older = structuredClone(argoSchema('Application'));
    delete older.properties.spec.properties.syncPolicy.properties.retry.properties.refresh;
    expect(formatIssues(applications[0], validateObject(applications[0], { schema: older })).join('\n')).toMatch(/refresh/);
  });

  it('argocd-cm: annotation tracking, the health checks (both kinds, and Application for the root), the label Argo CD selects ConfigMaps by', () => {
    const [cm] = read(path.join(outdir, 'argocd', 'install', 'argocd-cm.yaml'));
    expect(cm).toMatchObject({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'argocd-cm', namespace: 'argocd', labels: { 'app.kubernetes.io/part-of': 'argocd' } },
    });
    expect(Object.keys(cm.data).sort()).toEqual([
      'application.resourceTrackingMethod',
      APPLICATION_HEALTH_KEY,
      `resource.customizations.health.m.${DEFAULT_GROUP}_ProductionNetwork`,
      `resource.customizations.health.${DEFAULT_GROUP}_ProductionNetwork`,
    ]);
    expect(cm.data['application.resourceTrackingMethod']).toBe('annotation');
  });

  it('the entries survive Argo CD upgrades: a kustomize overlay patching the release, and the same entries as Helm values', () => {
    const [cm] = read(path.join(outdir, 'argocd', 'install', 'argocd-cm.yaml'));
    const [kustomization] = read(path.join(outdir, 'argocd', 'install', 'kustomization.yaml'));
    expect(kustomization).toMatchObject({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', namespace: 'argocd' });
    expect(kustomization.resources).toEqual(['https://raw.githubusercontent.com/argoproj/argo-cd/v3.5.1/manifests/install.yaml']);
    // The patch is a file beside the kustomization (kustomize refuses paths outside its root).
    expect(kustomization.patches).toEqual([{ path: 'argocd-cm.yaml' }]);
    // argo-helm charts/argo-cd: every key of configs.cm but create/annotations becomes a data key of argocd-cm.
    const [values] = read(path.join(outdir, 'argocd', 'helm-values.yaml'));
    // The chart runs the release the overlay installs (global.image.tag overrides the chart's appVersion).
    expect(values).toEqual({ global: { image: { tag: 'v3.5.1' } }, configs: { cm: cm.data } });
  });

  it('every Application source is a synthesized folder of dist/ holding manifests', () => {
    for (const a of applications) for (const folder of sourcesOf(a)) expect(objectsIn(folder).length).toBeGreaterThan(0);
  });

  it('the credentials template is in no folder an Application or `kubectl apply -f dist/install` reads', () => {
    const synced = new Set(applications.flatMap(sourcesOf));
    expect(synced.has(path.join(outdir, 'install', 'credentials'))).toBe(false);
    expect(fs.readdirSync(path.join(outdir, 'install')).filter((f) => f.endsWith('.yaml'))).not.toContain('aws-credentials.yaml');
  });

  it('the platform project allows exactly the kinds the platform Application syncs; the teams project only claims', () => {
    const v2 = sourcesOf(app('production-network-platform', 'crossplane-v2')).flatMap(objectsIn);
    const synced = new Set(v2.map((o) => `${group(o)}/${o.kind}`));
    const platform = argoObjects.find((o) => o.kind === 'AppProject' && o.metadata.name === 'production-network-platform');
    const allowed = [...platform.spec.clusterResourceWhitelist, ...(platform.spec.namespaceResourceWhitelist ?? [])];
    expect(new Set(allowed.map((k: any) => `${k.group}/${k.kind}`))).toEqual(synced);
    // With the default Secret credentials nothing namespaced is synced: the project refuses namespaced kinds.
    expect(platform.spec.namespaceResourceBlacklist).toEqual([{ group: '*', kind: '*' }]);
    const teams = argoObjects.find((o) => o.kind === 'AppProject' && o.metadata.name === 'production-network-teams');
    const claims = applications
      .filter((a) => a.spec.project === 'production-network-teams')
      .flatMap(sourcesOf)
      .flatMap(objectsIn);
    expect(new Set(claims.map((o) => `${group(o)}/${o.kind}`))).toEqual(new Set([`${DEFAULT_GROUP}/ProductionNetwork`]));
    expect(teams.spec.namespaceResourceWhitelist).toContainEqual({ group: DEFAULT_GROUP, kind: 'ProductionNetwork' });
    expect(teams.spec.clusterResourceWhitelist).toEqual([]);
    expect(new Set(teams.spec.destinations.map((d: any) => d.namespace))).toEqual(new Set(claims.map((c) => c.metadata.namespace)));
  });
});

describe('sync order and dry run', () => {
  const platform = sourcesOf(app('production-network-platform', 'crossplane-v2')).flatMap(objectsIn);
  const claims = applications
    .filter((a) => a.spec.project === 'production-network-teams')
    .flatMap(sourcesOf)
    .flatMap(objectsIn);
  const waves = (pred: (o: any) => boolean, objects = platform) => [...new Set(objects.filter(pred).map(waveOf))];

  it('providers and functions < ProviderConfig < XRD and Composition < claims', () => {
    const packages = waves((o) => o.kind === 'Provider' || o.kind === 'Function');
    const configs = waves((o) => /ProviderConfig$/.test(o.kind));
    const api = waves((o) => o.kind === 'CompositeResourceDefinition' || o.kind === 'Composition');
    const claimWaves = waves(() => true, claims);
    expect([packages, configs, api, claimWaves]).toEqual([[WAVES.packages], [WAVES.providerConfig], [WAVES.api], [WAVES.claims]]);
    expect(Math.max(...packages)).toBeLessThan(Math.min(...configs));
    expect(Math.max(...configs)).toBeLessThan(Math.min(...api));
    expect(Math.max(...api)).toBeLessThan(Math.min(...claimWaves));
    // Crossplane 1.20's platform Application orders the same objects the same way.
    const v1 = sourcesOf(app('production-network-platform', 'crossplane-v1')).flatMap(objectsIn);
    expect(waves((o) => o.kind === 'ProviderConfig', v1)).toEqual([WAVES.providerConfig]);
  });

  it('SkipDryRunOnMissingResource on every object whose CRD comes from Crossplane or a provider, and on every Application', () => {
    const ours = [...platform, ...claims].filter((o) => crdFromCrossplaneOrProvider(o));
    // XRDs and Compositions come from app.ts, unannotated: their CRDs ship with Crossplane itself, so they exist
    // before any sync; the Application-level option below covers them too.
    const annotated = ours.filter((o) => o.kind !== 'CompositeResourceDefinition' && o.kind !== 'Composition');
    expect(annotated.filter((o) => o.metadata.annotations?.[SYNC_OPTIONS] !== SKIP_DRY_RUN).map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([]);
    expect(new Set(annotated.map((o) => o.kind))).toEqual(
      new Set(['Provider', 'Function', 'ProviderConfig', 'ClusterProviderConfig', 'ManagedResourceActivationPolicy', 'ProductionNetwork']),
    );
    for (const a of applications) expect(a.spec.syncPolicy.syncOptions).toContain(SKIP_DRY_RUN);
  });

  it("every team claim is valid against the claim flavour's XRD, annotations included", () => {
    const xrd = read(path.join(outdir, 'claim', 'definition.yaml'))[0];
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.flatMap((c) => formatIssues(c, validateAgainstXrd(c, xrd)))).toEqual([]);
  });

  it('Applications sync automatically with self-heal and unlimited retries, never pruning networks or APIs on their own', () => {
    for (const a of applications) {
      expect(a.spec.syncPolicy.automated).toEqual({ prune: false, selfHeal: true });
      // A negative limit never runs out (argo-cd controller/appcontroller.go: Retry.Limit < 0).
      expect(a.spec.syncPolicy.retry).toEqual(RETRY);
      expect(a.spec.syncPolicy.retry.limit).toBe(-1);
      // Each retry takes the latest revision, so a fixing commit ends a retry loop on a bad one (Argo CD 3.2+).
      expect(a.spec.syncPolicy.retry.refresh).toBe(true);
      expect(a.metadata.finalizers).toBeUndefined();
    }
  });

  it.each(['crossplane-v1', 'crossplane-v2'])(
    'app-of-apps (%s): the root syncs the platform Application before the teams, same name for both lines',
    (line) => {
      const [root] = read(path.join(outdir, 'argocd', line, 'root.yaml'));
      expect(root.metadata.name).toBe(ROOT_APPLICATION);
      const children = sourcesOf(root).flatMap(objectsIn);
      expect(children.every((c) => c.kind === 'Application')).toBe(true);
      const platform = children.filter((c) => c.spec.project === 'production-network-platform');
      const teams = children.filter((c) => c.spec.project === 'production-network-teams');
      expect(platform).toHaveLength(1);
      expect(platform[0]).toEqual(app('production-network-platform', line));
      expect(teams.length).toBeGreaterThan(0);
      expect(waveOf(platform[0])).toBe(APPLICATION_WAVES.platform);
      expect(teams.every((t) => waveOf(t) === APPLICATION_WAVES.teams)).toBe(true);
      expect(APPLICATION_WAVES.platform).toBeLessThan(APPLICATION_WAVES.teams);
      // The root may create Applications in Argo CD's namespace and nothing else.
      const project = argoObjects.find((o) => o.kind === 'AppProject' && o.metadata.name === root.spec.project);
      expect(project.spec.namespaceResourceWhitelist).toEqual([{ group: 'argoproj.io', kind: 'Application' }]);
      expect(project.spec.clusterResourceWhitelist).toEqual([]);
    },
  );
});
