/**
 * docs/install.md, run: every route, for every variant (Crossplane 1.20 and 2, Secret, IRSA and Pod Identity, and
 * for Argo CD both ways of installing it), against the files it names, synthesized with the settings it exports.
 * What each claim needs is read from the Composition that serves it (install-routes.ts missingFor), so a kind the
 * Composition starts using is checked without touching this test.
 */
import * as fs from 'fs';
import * as path from 'path';
import { synth } from '../../app';
import { DEFAULT_GROUP, DEFAULT_INSTALLATION } from '../../compositions/production-network';
import { cachedSynth, inVariant, readRoutes, runRoute, Variant } from '../../gitops/install-routes';

const ROOT = path.join(__dirname, '..', '..');
const markdown = fs.readFileSync(path.join(ROOT, 'docs', 'install.md'), 'utf8');
const synthesized = cachedSynth((outdir) => synth({ outdir, group: DEFAULT_GROUP, flavours: ['claim', 'namespaced'], installation: DEFAULT_INSTALLATION }));
afterAll(() => synthesized.cleanup());

const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));

const run = (route: string, variant: Variant, md = markdown) => runRoute(md, route, variant, { synth: synthesized.synth, root: ROOT });

const variants = (route: string): Variant[] =>
  ['1.20', '2'].flatMap((crossplane) =>
    ['Secret', 'IRSA', 'Pod Identity'].flatMap((credentials) =>
      (route === 'argocd' ? ['Argo CD manifests', 'Argo CD Helm'] : ['-']).map((argocd) => ({ crossplane: `Crossplane ${crossplane}`, credentials, argocd })),
    ),
  );
const cases = (route: string) => variants(route).map((v) => [`${v.crossplane}, ${v.credentials}${v.argocd === '-' ? '' : `, ${v.argocd}`}`, v] as const);

describe('docs/install.md', () => {
  it('has the setup block and the three routes', () => {
    expect([...readRoutes(markdown).keys()].sort()).toEqual(['argocd', 'kubectl', 'package', 'setup']);
  });

  it('tags select variants: a dimension a tag names must match, dimensions it does not name always do', () => {
    const v = { crossplane: 'Crossplane 2', credentials: 'IRSA', argocd: '-' };
    expect(inVariant([], v)).toBe(true);
    expect(inVariant(['Crossplane 2'], v)).toBe(true);
    expect(inVariant(['IRSA', 'Pod Identity'], v)).toBe(true);
    expect(inVariant(['Crossplane 1.20'], v)).toBe(false);
    expect(inVariant(['Crossplane 2', 'Secret'], v)).toBe(false);
  });
});

describe.each(['kubectl', 'package', 'argocd'])('route %s', (route) => {
  it.each(cases(route))('%s: converges, and every claim finds what its Composition needs', (_name, variant) => {
    const result = run(route, variant);
    expect(result.errors).toEqual([]);
    // Claims of the claim flavour on every line; on Crossplane 2 the kubectl route also applies a namespaced one.
    expect(result.claims.length).toBeGreaterThan(0);
    expect(result.claims.filter((c) => c.missing.length > 0)).toEqual([]);
    const kinds = new Set(result.applied.map((o) => o.kind));
    if (variant.crossplane === 'Crossplane 2') expect(kinds.has('ManagedResourceActivationPolicy')).toBe(true);
    else expect(kinds.has('ManagedResourceActivationPolicy')).toBe(false);
  });
});

describe('the model catches what the issue found', () => {
  const v2 = { crossplane: 'Crossplane 2', credentials: 'Secret', argocd: '-' };
  const without = (line: RegExp, md = markdown) =>
    md
      .split('\n')
      .filter((l) => !line.test(l))
      .join('\n');

  it('a package route without the activation policy leaves the composed kinds inactive on Crossplane 2', () => {
    const result = run('package', v2, without(/kubectl apply -f dist\/install\/crossplane-v2\/activation-policy\.yaml/));
    expect(result.errors.join('\n')).toMatch(/never becomes Established/);
  });

  it('Crossplane-2-only objects on Crossplane 1.20 are refused', () => {
    const md = markdown.replace('kubectl apply -f dist/namespaced/  # [Crossplane 2]', 'kubectl apply -f dist/namespaced/');
    expect(run('kubectl', { ...v2, crossplane: 'Crossplane 1.20' }, md).errors.join('\n')).toMatch(
      /CompositeResourceDefinition \S+: no matches for its kind yet \(needs Crossplane 2\)/,
    );
  });

  it('without the namespaces the claims have nowhere to go', () => {
    const md = markdown.replace('kubectl apply -f dist/install/namespaces.yaml\n', '');
    expect(run('package', v2, md).errors.join('\n')).toMatch(/namespace team-\w+ not found/);
  });

  it('waiting on a CRD nothing has created yet exits with NotFound', () => {
    const md = without(/until kubectl get -f dist\/install\/waits\/crossplane-v2\.yaml/);
    expect(run('kubectl', v2, md).errors.join('\n')).toMatch(/may not exist yet: kubectl wait exits with NotFound/);
  });

  it('kubectl wait --for=create -f does not wait (the NotFound comes back in an aggregate): the earlier docs fail', () => {
    const poll = /until kubectl get -f (\S+) >\/dev\/null 2>&1; do sleep 5; done/g;
    const md = markdown.replace(poll, 'kubectl wait --for=create --timeout=10m -f $1');
    for (const route of ['kubectl', 'package']) {
      expect(run(route, v2, md).errors.join('\n')).toMatch(/kubectl wait --for=create -f does not wait: \S+ \S+ is missing/);
      expect(run(route, { ...v2, crossplane: 'Crossplane 1.20' }, md).errors.join('\n')).toMatch(/--for=create -f does not wait/);
    }
    // A single object named kind/name is polled for: the Argo CD route's wait for the platform Application works.
    expect(markdown).toMatch(/kubectl -n argocd wait --for=create --timeout=5m applications\.argoproj\.io\/production-network-platform/);
    expect(run('argocd', { ...v2, argocd: 'Argo CD manifests' }).errors).toEqual([]);
    // Two named objects, both missing: an aggregate again; one is polled for.
    const poll2 = 'until kubectl get -f dist/install/waits/crossplane-v2.yaml >/dev/null 2>&1; do sleep 5; done';
    const named = (crds: string) => markdown.replace(poll2, `kubectl wait --for=create --timeout=10m ${crds}`);
    expect(run('kubectl', v2, named('crd/providerconfigs.aws.upbound.io crd/vpcs.ec2.aws.upbound.io')).errors.join('\n')).toMatch(
      /several missing objects does not wait/,
    );
    expect(run('kubectl', v2, named('crd/providerconfigs.aws.upbound.io')).errors.join('\n')).not.toMatch(/does not wait/);
  });

  it('claims right after Established, without Offered, find no claim CRD', () => {
    const md = without(/--for=condition=Offered/);
    expect(run('kubectl', v2, md).errors.join('\n')).toMatch(/ProductionNetwork \S+: no matches for its kind yet \(needs offered xrd/);
  });

  it('Argo CD installed without the entries has no Application health check: the root would not wait', () => {
    const argo = { ...v2, argocd: 'Argo CD Helm' };
    expect(run('argocd', argo).errors).toEqual([]);
    const md = markdown.replace('-f dist/argocd/helm-values.yaml', '');
    expect(run('argocd', argo, md).errors.join('\n')).toMatch(/no Application health check/);
  });

  it('Applications whose unlimited retries stay on the failed commit are reported (retry.refresh)', () => {
    const argo = { ...v2, argocd: 'Argo CD manifests' };
    const withoutRefresh = cachedSynth((outdir) => {
      synth({ outdir, group: DEFAULT_GROUP, flavours: ['claim', 'namespaced'], installation: DEFAULT_INSTALLATION });
      for (const f of walk(path.join(outdir, 'argocd'))) fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(/^(\s+)refresh: true\n/gm, ''));
    });
    try {
      const errors = runRoute(markdown, 'argocd', argo, { synth: withoutRefresh.synth, root: ROOT }).errors.join('\n');
      expect(errors).toMatch(/production-network-platform: retries stay on a failed commit \(retry\.refresh not set\)/);
    } finally {
      withoutRefresh.cleanup();
    }
  });

  it('retry.refresh needs Argo CD 3.2+: an older release, or an unpinned Helm chart, is reported', () => {
    const argo = { ...v2, argocd: 'Argo CD manifests' };
    const older = runRoute(markdown, 'argocd', argo, { synth: (env) => synthesized.synth({ ...env, ARGOCD_VERSION: 'v3.1.9' }), root: ROOT });
    expect(older.errors.join('\n')).toMatch(/retry\.refresh needs Argo CD 3\.2\+, the route installs v3\.1\.9/);
    const helm = { ...v2, argocd: 'Argo CD Helm' };
    const unpinned = runRoute(markdown, 'argocd', helm, {
      synth: (env) => {
        const dist = synthesized.synth(env);
        const copy = fs.mkdtempSync(path.join(dist, '..', 'unpinned-'));
        fs.cpSync(dist, copy, { recursive: true });
        const values = path.join(copy, 'argocd', 'helm-values.yaml');
        fs.writeFileSync(values, fs.readFileSync(values, 'utf8').replace(/^global:\n(\s+.*\n)+/m, ''));
        return copy;
      },
      root: ROOT,
    });
    expect(unpinned.errors.join('\n')).toMatch(/installs whatever Argo CD release the chart ships/);
    const noChartVersion = markdown.replace(' --version 10.1.1 -f dist/argocd/helm-values.yaml', ' -f dist/argocd/helm-values.yaml');
    expect(noChartVersion).not.toEqual(markdown);
    expect(run('argocd', helm, noChartVersion).errors.join('\n')).toMatch(/installs whatever chart version is newest/);
  });

  it('IRSA without the runtime config: the providers would run without the role', () => {
    const md = markdown.replace('kubectl apply -f dist/install/runtime-config.yaml  # [IRSA, Pod Identity]\n', '');
    const { claims } = run('kubectl', { ...v2, credentials: 'IRSA' }, md);
    expect(claims.flatMap((c) => c.missing)).toContainEqual(expect.stringMatching(/runtime config running it as a ServiceAccount created beforehand/));
  });

  it('a route that applies claims before waiting for the providers is reported', () => {
    const md = without(/--for=condition=Healthy --timeout=10m -f dist\/install\/packages\.yaml/);
    const { claims } = run('kubectl', v2, md);
    expect(claims.flatMap((c) => c.missing)).toContainEqual(expect.stringMatching(/a wait for Provider crossplane-contrib-provider-aws-ec2 to be Healthy/));
  });
});
