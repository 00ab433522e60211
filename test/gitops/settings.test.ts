import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { synth } from '../../app';
import { DEFAULT_GROUP, DEFAULT_INSTALLATION } from '../../compositions/production-network';
import { cachedSynth, runRoute } from '../../gitops/install-routes';
import { gitopsSettingsFromEnv } from '../../gitops/settings';

describe('synth-time settings', () => {
  it('IRSA needs the role ARN; a malformed ARN, kind or Argo CD version is refused with the setting named', () => {
    expect(() => gitopsSettingsFromEnv({ PRODUCTION_NETWORK_AWS_CREDENTIALS: 'IRSA' })).toThrow(/PRODUCTION_NETWORK_AWS_ROLE_ARN/);
    expect(() => gitopsSettingsFromEnv({ PRODUCTION_NETWORK_AWS_CREDENTIALS: 'IRSA', PRODUCTION_NETWORK_AWS_ROLE_ARN: 'my-role' })).toThrow(
      /not an IAM role ARN/,
    );
    expect(() => gitopsSettingsFromEnv({ PRODUCTION_NETWORK_PROVIDER_CONFIG_KIND: 'Cluster' })).toThrow(/PRODUCTION_NETWORK_PROVIDER_CONFIG_KIND/);
    expect(() => gitopsSettingsFromEnv({ ARGOCD_VERSION: 'stable' })).toThrow(/ARGOCD_VERSION/);
  });

  it('IRSA and Pod Identity get the runtime config provider-aws by default; a Secret none', () => {
    const arn = 'arn:aws:iam::123456789012:role/crossplane-provider-aws';
    expect(gitopsSettingsFromEnv({ PRODUCTION_NETWORK_AWS_CREDENTIALS: 'IRSA', PRODUCTION_NETWORK_AWS_ROLE_ARN: arn }).providerRuntimeConfig).toBe(
      'provider-aws',
    );
    expect(gitopsSettingsFromEnv({ PRODUCTION_NETWORK_AWS_CREDENTIALS: 'PodIdentity' }).providerRuntimeConfig).toBe('provider-aws');
    expect(gitopsSettingsFromEnv({}).providerRuntimeConfig).toBeUndefined();
    expect(gitopsSettingsFromEnv({}).namespacedProviderConfigKind).toBe('ClusterProviderConfig');
  });
});

describe('per-team ProviderConfigs (PRODUCTION_NETWORK_PROVIDER_CONFIG_KIND=ProviderConfig)', () => {
  const synthesized = cachedSynth((outdir) => synth({ outdir, group: DEFAULT_GROUP, flavours: ['claim', 'namespaced'], installation: DEFAULT_INSTALLATION }));
  afterAll(() => synthesized.cleanup());
  const dist = synthesized.synth({ PRODUCTION_NETWORK_PROVIDER_CONFIG_KIND: 'ProviderConfig' });
  const read = (f: string) =>
    parseAllDocuments(fs.readFileSync(path.join(dist, f), 'utf8'))
      .map((d) => d.toJS())
      .filter(Boolean);
  const teams = ['team-payments', 'team-platform'];

  it('the namespaced Composition names a ProviderConfig; each team namespace gets one, with its own Secret template', () => {
    const [composition] = read('namespaced/composition.yaml');
    const kinds = composition.spec.pipeline[0].input.resources.map((r: any) => r.base.spec.providerConfigRef.kind);
    expect(new Set(kinds)).toEqual(new Set(['ProviderConfig']));
    expect(read('install/crossplane-v2/provider-config.yaml').map((o) => [o.kind, o.metadata.namespace])).toEqual(teams.map((t) => ['ProviderConfig', t]));
    expect(read('install/credentials/aws-credentials.yaml').map((o) => o.metadata.namespace)).toEqual(['crossplane-system', ...teams]);
    expect(read('install/waits/crossplane-v2.yaml').map((o) => o.metadata.name)).toContain('providerconfigs.aws.m.upbound.io');
  });

  it('the platform project may write ProviderConfigs into the team namespaces', () => {
    const platform = read('argocd/projects.yaml').find((o) => o.metadata.name === 'production-network-platform');
    expect(platform.spec.destinations.map((d: any) => d.namespace)).toEqual(['crossplane-system', ...teams]);
    expect(platform.spec.namespaceResourceWhitelist).toEqual([{ group: 'aws.m.upbound.io', kind: 'ProviderConfig' }]);
  });

  it('the kubectl route converges once each team namespace has its credentials Secret, and not before', () => {
    const markdown = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'install.md'), 'utf8');
    const withOption = markdown.replace('npm run synth\n', 'export PRODUCTION_NETWORK_PROVIDER_CONFIG_KIND=ProviderConfig\nnpm run synth\n');
    const variant = { crossplane: 'Crossplane 2', credentials: 'Secret', argocd: '-' };
    const options = { synth: synthesized.synth, root: path.join(__dirname, '..', '..') };
    const without = runRoute(withOption, 'kubectl', variant, options);
    expect(without.errors).toEqual([]);
    expect(without.claims.flatMap((c) => c.missing)).toEqual([`Secret team-platform/aws-credentials`]);
    const secrets = teams.map((t) => `kubectl -n ${t} create secret generic aws-credentials --from-file=credentials=team.ini  # [Secret]`).join('\n');
    // After the namespaces exist: the model refuses a Secret in a namespace not created yet.
    const namespaces = 'kubectl apply -f dist/install/packages.yaml -f dist/install/namespaces.yaml\n';
    const withSecrets = withOption.replace(namespaces, `${namespaces}${secrets}\n`);
    const run = runRoute(withSecrets, 'kubectl', variant, options);
    expect([run.errors, run.claims.flatMap((c) => c.missing)]).toEqual([[], []]);
  });
});
