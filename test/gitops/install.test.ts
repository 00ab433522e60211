import { Testing } from 'cdk8s';
import { productionNetworkApi } from '../../compositions/production-network';
import { formatIssues, validateObject } from '../../lib/validate';
import {
  ActivationPolicyChart,
  ClusterProviderConfigChart,
  CREDENTIALS_SECRET,
  CredentialsTemplateChart,
  PackagesChart,
  PROVIDER_SERVICE_ACCOUNT,
  ProviderConfigChart,
  RuntimeConfigChart,
  TeamClaimsChart,
  TeamNamespacesChart,
  TeamProviderConfigsChart,
} from '../../gitops/install';
import { SKIP_DRY_RUN, SYNC_OPTIONS } from '../../gitops/sync';
import { pinnedCrds } from '../../compositions/production-network/crds';

const claim = productionNetworkApi('claim');
const namespaced = productionNetworkApi('namespaced');
const compositions = [claim.composition, namespaced.composition];
const synth = <T>(make: (app: ReturnType<typeof Testing.app>) => T) => Testing.synth(make(Testing.app()) as any) as any[];

/** (group, kind) of every composed resource, read straight from the compositions. */
const composed = (cs: any[]) =>
  [
    ...new Set(
      cs.flatMap((c) => c.spec.pipeline.flatMap((s: any) => (s.input?.resources ?? []).map((r: any) => `${r.base.apiVersion.split('/')[0]}/${r.base.kind}`))),
    ),
  ].sort();

const expectValid = (objects: any[]) => expect(objects.flatMap((o) => formatIssues(o, validateObject(o, { catalog: pinnedCrds() })))).toEqual([]);

describe('Providers and Functions', () => {
  const objects = synth((app) => new PackagesChart(app, 'packages', { compositions }));

  it('installs one Provider per family the compositions use, named as dependency resolution names it', () => {
    expect(objects.filter((o) => o.kind === 'Provider').map((o) => [o.metadata.name, o.spec.package])).toEqual([
      ['crossplane-contrib-provider-aws-ec2', 'xpkg.crossplane.io/crossplane-contrib/provider-aws-ec2:v2.6.0'],
      ['crossplane-contrib-provider-aws-iam', 'xpkg.crossplane.io/crossplane-contrib/provider-aws-iam:v2.6.0'],
      ['crossplane-contrib-provider-aws-s3', 'xpkg.crossplane.io/crossplane-contrib/provider-aws-s3:v2.6.0'],
    ]);
  });

  it("names each Function exactly as the compositions' functionRef", () => {
    const refs = new Set(compositions.flatMap((c) => c.spec.pipeline.map((s: any) => s.functionRef.name)));
    expect(new Set(objects.filter((o) => o.kind === 'Function').map((o) => o.metadata.name))).toEqual(refs);
    expect(objects.find((o) => o.metadata.name === 'crossplane-contrib-function-patch-and-transform').spec.package).toBe(
      'xpkg.crossplane.io/crossplane-contrib/function-patch-and-transform:v0.10.8',
    );
  });

  it('validates against the pkg.crossplane.io CRDs', () => expectValid(objects));

  it('Providers can run with a DeploymentRuntimeConfig (IRSA, Pod Identity); Functions keep the default', () => {
    const withRuntime = synth((app) => new PackagesChart(app, 'p', { compositions, runtimeConfig: 'aws-irsa' }));
    expect(withRuntime.filter((o) => o.kind === 'Provider').map((o) => o.spec.runtimeConfigRef)).toEqual(Array(3).fill({ name: 'aws-irsa' }));
    expect(withRuntime.filter((o) => o.kind === 'Function').every((o) => o.spec.runtimeConfigRef === undefined)).toBe(true);
    expect(objects.every((o) => o.spec.runtimeConfigRef === undefined)).toBe(true);
    expectValid(withRuntime);
  });
});

describe('ManagedResourceActivationPolicy (Crossplane 2)', () => {
  it('activates exactly the managed resource kinds the compositions template, by MRD name', () => {
    for (const cs of [[claim.composition], [namespaced.composition], compositions]) {
      const [mrap] = synth((app) => new ActivationPolicyChart(app, 'mrap', { compositions: cs }));
      const activated: string[] = mrap.spec.activate;
      expect(activated).toEqual([...new Set(activated)].sort());
      expect(activated.every((a) => !a.includes('*'))).toBe(true);
      // Each name is <plural>.<group>; the plural was checked against the CRDs in package.test.ts.
      const groups = activated.map((a) => a.slice(a.indexOf('.') + 1));
      expect([...new Set(groups)].sort()).toEqual([...new Set(composed(cs).map((k) => k.split('/')[0]))].sort());
      expect(activated).toHaveLength(composed(cs).length);
      expectValid([mrap]);
    }
  });

  it('the claim flavour activates only cluster-scoped kinds, the namespaced flavour only .m. kinds', () => {
    const [c] = synth((app) => new ActivationPolicyChart(app, 'c', { compositions: [claim.composition] }));
    const [n] = synth((app) => new ActivationPolicyChart(app, 'n', { compositions: [namespaced.composition] }));
    expect(c.spec.activate.every((a: string) => a.endsWith('.aws.upbound.io'))).toBe(true);
    expect(n.spec.activate.every((a: string) => a.endsWith('.aws.m.upbound.io'))).toBe(true);
    expect(c.spec.activate).toContain('vpcs.ec2.aws.upbound.io');
  });
});

describe('provider configuration', () => {
  it.each(['Secret', 'IRSA', 'PodIdentity'] as const)('%s: a ProviderConfig and a ClusterProviderConfig named default, valid', (credentials) => {
    const options = { credentials, crossplaneNamespace: 'crossplane-system' };
    const [pc] = synth((app) => new ProviderConfigChart(app, 'pc', options));
    const [cpc] = synth((app) => new ClusterProviderConfigChart(app, 'cpc', options));
    expect([pc.apiVersion, pc.kind, cpc.apiVersion, cpc.kind]).toEqual([
      'aws.upbound.io/v1beta1',
      'ProviderConfig',
      'aws.m.upbound.io/v1beta1',
      'ClusterProviderConfig',
    ]);
    for (const o of [pc, cpc]) {
      expect(o.metadata.name).toBe('default');
      expect(o.spec.credentials.source).toBe(credentials);
      expect(o.spec.credentials.secretRef).toEqual(
        credentials === 'Secret' ? { namespace: 'crossplane-system', name: CREDENTIALS_SECRET.name, key: CREDENTIALS_SECRET.key } : undefined,
      );
      expect(o.metadata.annotations[SYNC_OPTIONS]).toBe(SKIP_DRY_RUN);
    }
    expectValid([pc, cpc]);
  });

  it('the composed resources name the ProviderConfig that is synthesized', () => {
    const bases = namespaced.composition.spec.pipeline[0].input.resources.map((r: any) => r.base.spec.providerConfigRef);
    expect(new Set(bases.map((r: any) => `${r.kind}/${r.name}`))).toEqual(new Set(['ClusterProviderConfig/default']));
  });
});

describe('IRSA and Pod Identity: one ServiceAccount of our own, named in the runtime config', () => {
  it.each(['IRSA', 'PodIdentity'] as const)('%s', (credentials) => {
    const roleArn = 'arn:aws:iam::123456789012:role/crossplane-provider-aws';
    const objects = synth((app) => new RuntimeConfigChart(app, 'rc', { name: 'provider-aws', crossplaneNamespace: 'crossplane-system', credentials, roleArn }));
    const sa = objects.find((o) => o.kind === 'ServiceAccount');
    const drc = objects.find((o) => o.kind === 'DeploymentRuntimeConfig');
    expect(sa.metadata).toMatchObject({ name: PROVIDER_SERVICE_ACCOUNT, namespace: 'crossplane-system' });
    expect(sa.metadata.annotations['eks.amazonaws.com/role-arn']).toBe(credentials === 'IRSA' ? roleArn : undefined);
    expect(drc.apiVersion).toBe('pkg.crossplane.io/v1beta1');
    // The deployment runs as our ServiceAccount: Crossplane then creates none (runtime_provider.go Post compares
    // the deployment's serviceAccountName with the one it would create) and no revision owns ours.
    const pod = drc.spec.deploymentTemplate.spec.template.spec;
    expect(pod.serviceAccountName).toBe(sa.metadata.name);
    expect(pod.containers).toEqual([{ name: 'package-runtime' }]);
    // The CRD requires selector and template of a DeploymentSpec (crossplane cluster/crds, v2.3.4).
    expect(drc.spec.deploymentTemplate.spec.selector).toEqual({});
    // Not through serviceAccountTemplate: a name there makes Crossplane create one account all providers share.
    expect(drc.spec.serviceAccountTemplate).toBeUndefined();
    // Before the Providers that name it.
    expect([sa, drc].map((o) => Number(o.metadata.annotations['argocd.argoproj.io/sync-wave']))).toEqual([-3, -3]);
  });
});

describe('per-team ProviderConfigs (Crossplane 2 option)', () => {
  it.each(['Secret', 'IRSA', 'PodIdentity'] as const)('%s: a namespaced ProviderConfig default in each team namespace, valid', (credentials) => {
    const objects = synth(
      (app) => new TeamProviderConfigsChart(app, 'pc', { teams: ['team-a', 'team-b'], credentials, crossplaneNamespace: 'crossplane-system' }),
    );
    expect(objects.map((o) => [o.apiVersion, o.kind, o.metadata.namespace, o.metadata.name])).toEqual([
      ['aws.m.upbound.io/v1beta1', 'ProviderConfig', 'team-a', 'default'],
      ['aws.m.upbound.io/v1beta1', 'ProviderConfig', 'team-b', 'default'],
    ]);
    // The provider reads the Secret in the managed resource's namespace (pc_resolver.go enrichLocalSecretRefs): say so.
    if (credentials === 'Secret') expect(objects.map((o) => o.spec.credentials.secretRef.namespace)).toEqual(['team-a', 'team-b']);
    expectValid(objects);
  });
});

describe('core objects (no CRD here: checked structurally)', () => {
  it('the credentials Secret template holds a placeholder shared-credentials file in the Crossplane namespace', () => {
    const [secret] = synth((app) => new CredentialsTemplateChart(app, 's', { namespaces: ['crossplane-system'] }));
    expect(secret).toMatchObject({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'aws-credentials', namespace: 'crossplane-system' } });
    expect(secret.stringData.credentials).toMatch(/^\[default\]\naws_access_key_id = REPLACE_WITH_ACCESS_KEY_ID\naws_secret_access_key = REPLACE/);
    expect(secret.data).toBeUndefined();
  });

  it('a Namespace per team, before anything else', () => {
    const objects = synth((app) => new TeamNamespacesChart(app, 'ns', { teams: ['team-a', 'team-b'] }));
    expect(objects.map((o) => [o.apiVersion, o.kind, o.metadata.name, o.metadata.annotations['argocd.argoproj.io/sync-wave']])).toEqual([
      ['v1', 'Namespace', 'team-a', '-2'],
      ['v1', 'Namespace', 'team-b', '-2'],
    ]);
  });

  it("a team's claims keep their content and gain the sync annotations", () => {
    const input = {
      apiVersion: `${claim.names.group}/v1alpha1`,
      kind: 'ProductionNetwork',
      metadata: { name: 'n', namespace: 'team-a', annotations: { x: 'y' } },
      spec: { parameters: { region: 'us-west-2' } },
    };
    const [out] = synth((app) => new TeamClaimsChart(app, 'claims', { claims: [input] }));
    expect(out).toEqual({
      ...input,
      metadata: { ...input.metadata, annotations: { x: 'y', 'argocd.argoproj.io/sync-wave': '1', [SYNC_OPTIONS]: SKIP_DRY_RUN } },
    });
  });
});
