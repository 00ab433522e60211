import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdk8s';
import { parse } from 'yaml';
import { productionNetworkApi } from '../../compositions/production-network';
import { ArgoHealth, groupKindKey, HealthStatus } from '../support/argo-health';
import { ArgoCdConfigChart } from '../../gitops/argocd';
import { APPLICATION_HEALTH_KEY, applicationHealthLua, healthKey, healthLua } from '../../gitops/health';
import { runHealthLua51 } from '../support/lua51';
import { gitopsApps, userKinds } from '../../gitops/index';
import { crdsDir } from '../../compositions/production-network/crds';

interface HealthTest {
  name: string;
  input: Record<string, any>;
  expected: HealthStatus;
}

/** A health_test.yaml and its fixtures, as Argo CD's TestLuaHealthScript reads them. */
function readHealthTests(dir: string, prefix = ''): HealthTest[] {
  const spec = parse(fs.readFileSync(path.join(dir, 'health_test.yaml'), 'utf8')) as {
    tests: Array<{ inputPath: string; healthStatus: Partial<HealthStatus> }>;
  };
  return spec.tests.map((t) => ({
    name: path.posix.join(prefix, t.inputPath),
    input: parse(fs.readFileSync(path.join(dir, t.inputPath), 'utf8')),
    expected: { status: String(t.healthStatus.status), message: t.healthStatus.message ?? '' },
  }));
}

function findHealthDirs(root: string): string[] {
  return fs.readdirSync(root, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(root, e.name);
    if (!e.isDirectory()) return [];
    return [...(fs.existsSync(path.join(p, 'health.lua')) ? [p] : []), ...findHealthDirs(p)];
  });
}

const apis = (['claim', 'namespaced'] as const).map((f) => productionNetworkApi(f));
const argocdCm = (): Record<string, string> => {
  const [cm] = Testing.synth(new ArgoCdConfigChart(Testing.app(), 'cm', { namespace: 'argocd', kinds: userKinds(apis) }));
  return cm.data;
};

describe('ProductionNetwork health check, as Argo CD runs it from argocd-cm', () => {
  const ourTests = readHealthTests(path.join(__dirname, '..', '..', 'gitops', 'health'));
  let argo: ArgoHealth;
  beforeAll(async () => {
    argo = await ArgoHealth.create({ argocdCm: argocdCm(), builtInDir: path.join(crdsDir(), 'argo-cd-health') });
  });
  afterAll(() => argo.close());

  it('argocd-cm embeds the .lua file for the claim and for the namespaced XR', () => {
    const data = argocdCm();
    expect(data[healthKey('network.platform.example.org', 'ProductionNetwork')]).toBe(healthLua());
    expect(data[healthKey('m.network.platform.example.org', 'ProductionNetwork')]).toBe(healthLua());
    expect(data['application.resourceTrackingMethod']).toBe('annotation');
  });

  it('covers every state: Healthy, Degraded, Suspended and several kinds of Progressing, for both kinds', () => {
    expect(new Set(ourTests.map((t) => t.expected.status))).toEqual(new Set(['Healthy', 'Degraded', 'Progressing', 'Suspended']));
    expect(new Set(ourTests.map((t) => groupKindKey(t.input)))).toEqual(
      new Set(['network.platform.example.org/ProductionNetwork', 'm.network.platform.example.org/ProductionNetwork']),
    );
  });

  it.each(ourTests.map((t) => [t.name, t] as const))('%s', async (_name, t) => {
    // Our script is found through the argocd-cm key, ahead of any built-in, and runs without standard libraries.
    expect(argo.script(t.input)).toMatchObject({ origin: expect.stringMatching(/^argocd-cm resource\.customizations\.health\./), useOpenLibs: false });
    expect(await argo.health(t.input)).toEqual(t.expected);
  });

  it('is Healthy only when Ready is True', async () => {
    for (const t of ourTests) {
      const ready = (t.input.status?.conditions ?? []).find((c: any) => c.type === 'Ready');
      if (t.expected.status === 'Healthy') expect(ready?.status).toBe('True');
    }
  });
});

describe("the harness reproduces Argo CD's own results on its upstream Crossplane checks and fixtures", () => {
  const root = path.join(crdsDir(), 'argo-cd-health');
  const upstream = findHealthDirs(root).flatMap((dir) => readHealthTests(dir, path.relative(root, dir)));
  let argo: ArgoHealth;
  beforeAll(async () => {
    argo = await ArgoHealth.create({ builtInDir: root });
  });
  afterAll(() => argo.close());

  it('finds the _.crossplane.io and _.upbound.io fixtures', () => {
    expect(upstream.map((t) => t.name)).toEqual(
      expect.arrayContaining(['_.crossplane.io/_/testdata/composition_healthy.yaml', '_.upbound.io/_/testdata/providerconfig_healthy.yaml']),
    );
  });

  // As TestLuaHealthScript: the script is looked up by the fixture's group and kind, not by the folder it sits in.
  it.each(upstream.map((t) => [t.name, t] as const))('%s', async (_name, t) => {
    expect(await argo.health(t.input)).toEqual(t.expected);
  });

  it('an exact group/Kind check wins over a wildcard: provider_degraded.yaml is judged by pkg.crossplane.io/Provider', async () => {
    const t = upstream.find((u) => u.name === '_.crossplane.io/_/testdata/provider_degraded.yaml')!;
    expect(argo.script(t.input)?.origin).toMatch(/pkg\.crossplane\.io\/Provider$/);
    // The wildcard script alone would call it Progressing: the fixture's expectation depends on the lookup.
    const wildcard = fs.readFileSync(path.join(root, '_.crossplane.io', '_', 'health.lua'), 'utf8');
    expect(await argo.run(t.input, { script: wildcard, useOpenLibs: true })).toEqual({ status: 'Progressing', message: 'Provisioning ...' });
  });

  it('argocd-cm overrides run without the standard libraries, built-ins with them', async () => {
    const uses = { script: 'return { status = string.upper("healthy") == "HEALTHY" and "Healthy" or "Degraded" }' };
    await expect(argo.run({}, { ...uses, useOpenLibs: false })).rejects.toThrow(/string/);
    expect(await argo.run({}, { ...uses, useOpenLibs: true })).toEqual({ status: 'Healthy', message: '' });
    expect(await argo.run({}, { script: 'return { status = "Fine" }', useOpenLibs: false })).toEqual({
      status: 'Unknown',
      message: 'Lua returned an invalid health status',
    });
  });
});

describe('app-of-apps: the Application health check in argocd-cm, and why retries must not run out', () => {
  let argo: ArgoHealth;
  beforeAll(async () => {
    argo = await ArgoHealth.create({ argocdCm: argocdCm(), builtInDir: path.join(crdsDir(), 'argo-cd-health') });
  });
  afterAll(() => argo.close());
  const application = (status?: Record<string, any>) => ({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'child' }, status });

  it('a child Application is as healthy as Argo CD computed it; Progressing until it has a health', async () => {
    expect(argo.script(application())?.origin).toBe(`argocd-cm ${APPLICATION_HEALTH_KEY}`);
    expect(await argo.health(application())).toEqual({ status: 'Progressing', message: 'Waiting for the Application to report its health' });
    expect(await argo.health(application({ sync: { status: 'Synced' } }))).toMatchObject({ status: 'Progressing' });
    for (const status of ['Healthy', 'Progressing', 'Degraded', 'Missing', 'Suspended']) {
      expect(await argo.health(application({ health: { status } }))).toEqual({ status, message: '' });
    }
    expect(await argo.health(application({ health: { status: 'Degraded', message: 'provider not ready' } }))).toEqual({
      status: 'Degraded',
      message: 'provider not ready',
    });
  });

  it("Argo CD's built-in Provider check calls an installing provider Degraded: a sync wave waiting on it fails and must be retried", async () => {
    const installing = {
      apiVersion: 'pkg.crossplane.io/v1',
      kind: 'Provider',
      metadata: { name: 'crossplane-contrib-provider-aws-ec2' },
      status: {
        conditions: [
          { type: 'Installed', status: 'True', reason: 'ActivePackageRevision' },
          { type: 'Healthy', status: 'Unknown', reason: 'UnknownPackageRevisionHealth' },
        ],
      },
    };
    expect(await argo.health(installing)).toMatchObject({ status: 'Degraded' });
  });
});

describe('the platform Application can turn Healthy (the root waits for it before the teams)', () => {
  let argo: ArgoHealth;
  beforeAll(async () => {
    argo = await ArgoHealth.create({ argocdCm: argocdCm(), builtInDir: path.join(crdsDir(), 'argo-cd-health') });
  });
  afterAll(() => argo.close());

  /** Each kind as Crossplane reports it once converged (condition types from crossplane apis/.../conditions.go). */
  const converged: Record<string, Record<string, any> | undefined> = {
    Provider: {
      conditions: [
        { type: 'Installed', status: 'True', reason: 'ActivePackageRevision' },
        { type: 'Healthy', status: 'True', reason: 'HealthyPackageRevision' },
      ],
    },
    Function: {
      conditions: [
        { type: 'Installed', status: 'True' },
        { type: 'Healthy', status: 'True' },
      ],
    },
    ManagedResourceActivationPolicy: { conditions: [{ type: 'Healthy', status: 'True', reason: 'Running' }] },
    CompositeResourceDefinition: {
      conditions: [
        { type: 'Established', status: 'True' },
        { type: 'Offered', status: 'True' },
      ],
    },
  };

  it.each(['Secret', 'PodIdentity'] as const)('every kind the platform syncs is Healthy once converged, or has no check (%s)', async (credentials) => {
    const apps = gitopsApps('/nonexistent', apis, [], {
      repoURL: 'https://example.org/r.git',
      revision: 'main',
      distPath: 'dist',
      argocdNamespace: 'argocd',
      crossplaneNamespace: 'crossplane-system',
      teams: ['team-a'],
      awsCredentials: credentials,
      providerRuntimeConfig: credentials === 'Secret' ? undefined : 'provider-aws',
      namespacedProviderConfigKind: 'ClusterProviderConfig',
      argocdVersion: 'v3.5.1',
    });
    const objects = apps
      .filter((a) => /install(\/crossplane-v2)?$/.test(a.outdir))
      .flatMap((a) => a.charts.flatMap((c) => c.toJson()))
      .concat(apis.flatMap((a) => [a.definition, a.composition]));
    expect(objects.length).toBeGreaterThan(10);
    const unhealthy: string[] = [];
    for (const o of objects) {
      const status = converged[o.kind];
      const health = await argo.health({ ...o, status });
      if (health && health.status !== 'Healthy') unhealthy.push(`${o.kind} ${o.metadata.name}: ${health.status}`);
    }
    expect(unhealthy).toEqual([]);
  });
});

// Argo CD runs health checks in gopher-lua, a Lua 5.1 (argo-cd util/lua lua.go `VM.runLua`); the harness above is
// Lua 5.4. The same fixtures on a real Lua 5.1.5 VM make sure nothing passes that Lua 5.1 rejects.
describe('on Lua 5.1, the language of gopher-lua', () => {
  const ourTests = readHealthTests(path.join(__dirname, '..', '..', 'gitops', 'health'));

  it.each(ourTests.map((t) => [t.name, t] as const))('ProductionNetwork check, as an argocd-cm override (no open libs): %s', (_name, t) => {
    expect(runHealthLua51(t.input, { script: healthLua(), useOpenLibs: false })).toEqual(t.expected);
  });

  const root = path.join(crdsDir(), 'argo-cd-health');
  const builtIns = findHealthDirs(root).flatMap((dir) => readHealthTests(dir, path.relative(root, dir)));
  let argo: ArgoHealth;
  beforeAll(async () => {
    argo = await ArgoHealth.create({ builtInDir: root });
  });
  afterAll(() => argo.close());

  it.each(builtIns.map((t) => [t.name, t] as const))("Argo CD's own Crossplane check, looked up as Argo CD does: %s", (_name, t) => {
    expect(runHealthLua51(t.input, argo.script(t.input)!)).toEqual(t.expected);
  });

  it.each([
    ['floor division', 'return { status = (7 // 2 == 3) and "Healthy" or "Degraded" }', /unexpected symbol near '\/'/],
    ['goto', 'goto done ::done:: return { status = "Healthy" }', /'=' expected near 'done'/],
    ['bitwise and', 'return { status = (3 & 1 == 1) and "Healthy" or "Degraded" }', /'\)' expected near '&'/],
    ['table.unpack (5.2+)', 'local a = table.unpack({ "Healthy" }) return { status = a }', /attempt to call field 'unpack'/],
    ['string library without open libs', 'return { status = string.upper("healthy") }', /attempt to index global 'string'/],
    ['string methods without open libs', 'return { status = ("Healthy"):lower() }', /attempt to index a string value/],
  ])('Lua 5.1 rejects %s, which the Lua 5.4 harness would accept', (_what, script, error) => {
    expect(() => runHealthLua51({}, { script, useOpenLibs: false })).toThrow(error);
  });

  it('numbers are Lua 5.1 numbers: 3/1 prints as 3 (Lua 5.4 prints 3.0)', () => {
    expect(runHealthLua51({ spec: { n: 3 } }, { script: 'return { status = "Healthy", message = tostring(obj.spec.n / 1) }', useOpenLibs: false })).toEqual({
      status: 'Healthy',
      message: '3',
    });
  });
});

describe('the Application health check on Lua 5.1', () => {
  it.each(['Healthy', 'Degraded', 'Progressing'])('reports a child Application %s as Argo CD computed it', (status) => {
    const obj = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', status: { health: { status } } };
    expect(runHealthLua51(obj, { script: applicationHealthLua(), useOpenLibs: false })).toEqual({ status, message: '' });
  });
});
