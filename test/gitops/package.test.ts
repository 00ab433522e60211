import { productionNetworkApi } from '../../compositions/production-network';
import { formatIssues, validateObject } from '../../lib/validate';
import { composedKinds, dependencyName, majorRange, plural, providerFamily } from '../../gitops/dependencies';
import { satisfies } from '../../gitops/masterminds-semver';
import { CROSSPLANE_VERSION, packageMetadata } from '../../gitops/package';
import * as fs from 'fs';
import * as path from 'path';
import { crdsDir, pinnedCrds } from '../../compositions/production-network/crds';

const claim = productionNetworkApi('claim');
const namespaced = productionNetworkApi('namespaced');

/** The families and functions read straight from the composition, independently of dependencies.ts. */
function usedByComposition(composition: any) {
  const steps = composition.spec.pipeline as any[];
  const groups = new Set<string>();
  for (const s of steps) for (const r of s.input?.resources ?? []) groups.add(r.base.apiVersion.split('/')[0]);
  return {
    services: [...groups].map((g) => g.split('.')[0]).sort(),
    functions: steps.map((s) => s.functionRef.name).sort(),
  };
}

describe('package metadata (crossplane.yaml)', () => {
  const meta = packageMetadata(claim.composition);

  it('depends on exactly the provider families and functions the composition uses', () => {
    const used = usedByComposition(claim.composition);
    const providers = meta.spec.dependsOn.filter((d: any) => d.kind === 'Provider').map((d: any) => d.package);
    const functions = meta.spec.dependsOn.filter((d: any) => d.kind === 'Function').map((d: any) => d.package);
    expect(providers).toEqual(used.services.map((s) => `xpkg.crossplane.io/crossplane-contrib/provider-aws-${s}`));
    // Crossplane names a dependency <org>-<repository>: the names the composition's functionRefs use.
    expect(functions.map((f: string) => f.split('/').slice(-2).join('-')).sort()).toEqual(used.functions);
    expect(used.services).toEqual(['ec2', 'iam', 's3']);
  });

  it('bounds each dependency to the tested major version, on fully qualified packages, in the non-deprecated form', () => {
    const p = (name: string) => `xpkg.crossplane.io/crossplane-contrib/${name}`;
    expect(meta.spec.dependsOn).toEqual([
      { apiVersion: 'pkg.crossplane.io/v1', kind: 'Provider', package: p('provider-aws-ec2'), version: '>=v2.6.0, <v3.0.0' },
      { apiVersion: 'pkg.crossplane.io/v1', kind: 'Provider', package: p('provider-aws-iam'), version: '>=v2.6.0, <v3.0.0' },
      { apiVersion: 'pkg.crossplane.io/v1', kind: 'Provider', package: p('provider-aws-s3'), version: '>=v2.6.0, <v3.0.0' },
      { apiVersion: 'pkg.crossplane.io/v1', kind: 'Function', package: p('function-cel-filter'), version: '>=v0.2.0, <v1.0.0' },
      { apiVersion: 'pkg.crossplane.io/v1', kind: 'Function', package: p('function-patch-and-transform'), version: '>=v0.10.8, <v1.0.0' },
    ]);
    expect(() => majorRange('v2.6')).toThrow(/not a release version/);
  });

  // Both semver libraries Crossplane links decide, as each does (masterminds-semver.ts says where the rules are).
  it.each(['v1.5.0', 'v3.4.0'] as const)('dependency ranges pick releases of the tested major only (Masterminds/semver %s)', (lib) => {
    for (const dep of meta.spec.dependsOn) {
      const tested = dep.version.split(',')[0].slice(2);
      const [major] = tested.slice(1).split('.');
      expect([tested, `v${major}.99.0`].map((v) => satisfies(dep.version, v, lib))).toEqual([true, true]);
      expect([`v${Number(major) + 1}.0.0`, `v${Number(major) + 1}.0.0-rc.1`, 'v0.0.1'].map((v) => satisfies(dep.version, v, lib))).toEqual([
        false,
        false,
        false,
      ]);
    }
    // The space-separated form parses only in v3: on Crossplane 1.20 the package would never install.
    if (lib === 'v1.5.0') expect(() => satisfies('>=v2.6.0 <v3.0.0', 'v2.6.0', lib)).toThrow(/improper constraint/);
    else expect(satisfies('>=v2.6.0 <v3.0.0', 'v2.6.0', lib)).toBe(true);
  });

  // Cases of Masterminds/semver v3.4.0 constraints_test.go (TestConstraintCheck, TestConstraintsCheck) whose
  // comparators name full versions, the only kind this project writes: the port agrees with the library.
  it.each([
    ['=2.0.0', '1.2.3', false],
    ['=2.0.0', '2.0.0', true],
    ['>0.0.0-0', '0.0.0-alpha', true],
    ['>1.2.3-alpha.1', '1.2.3-alpha.2', true],
    ['>1.2.3-alpha.1', '1.3.3-alpha.2', true],
    ['>=0.0.0-0', '0.0.0-alpha', true],
    ['>=0.0.0-0', '1.2.3', true],
    ['>=0.0.0-0', '3.4.5-beta.1', true],
    ['>= 1.0.0  <= 2.0.0-beta', '1.0.1-beta', true],
    ['>= 1.0.0  <= 2.0.0-beta', '1.0.1', true],
    ['>= 1.0.0  <= 2.0.0-beta', '3.0.0', false],
    ['>= 1.0.0-0  <= 2.0.0', '1.0.1-beta', true],
  ] as const)('Masterminds/semver v3.4.0: %s with %s is %s', (constraint, version, expected) => {
    expect(satisfies(constraint, version, 'v3.4.0')).toBe(expected);
  });

  it.each(['v1.5.0', 'v3.4.0'] as const)(
    'the Crossplane range admits 1.20 and 2.x builds, pre-release suffixes included, and nothing older or 3.x (%s)',
    (lib) => {
      // `-0` is the lowest pre-release of 1.20.0: its release candidates are admitted too, 1.19 builds are not.
      const admitted = ['v1.20.0', 'v1.20.11', 'v2.0.0', 'v2.3.4', 'v2.3.0-up.1', 'v2.4.0-rc.0', 'v1.20.0-rc.0', 'v1.20.3+build.7', 'v2.99.0'];
      const refused = ['v1.19.9', 'v1.19.9-up.1', 'v3.0.0', 'v3.0.0-rc.1', 'v0.14.0'];
      expect(admitted.filter((v) => !satisfies(CROSSPLANE_VERSION, v, lib))).toEqual([]);
      expect(refused.filter((v) => satisfies(CROSSPLANE_VERSION, v, lib))).toEqual([]);
      // Without the -0 suffixes a distribution's build is refused by both libraries: the reason for them.
      expect(satisfies('>=v1.20.0, <v3.0.0', 'v2.3.0-up.1', lib)).toBe(false);
    },
  );

  it('validates strictly against the meta.pkg.crossplane.io Configuration schema', () => {
    expect(formatIssues(meta, validateObject(meta, { catalog: pinnedCrds() }))).toEqual([]);
  });

  it('a composition using a new family or function changes dependsOn; an unknown one is an error', () => {
    const extended = structuredClone(claim.composition);
    extended.spec.pipeline[0].input.resources.push({ name: 'log-group', base: { apiVersion: 'cloudwatchlogs.aws.upbound.io/v1beta1', kind: 'Group' } });
    expect(
      packageMetadata(extended)
        .spec.dependsOn.filter((d: any) => d.kind === 'Provider')
        .map((d: any) => d.package),
    ).toContain('xpkg.crossplane.io/crossplane-contrib/provider-aws-cloudwatchlogs');
    extended.spec.pipeline[0].input.resources.push({ name: 'o', base: { apiVersion: 'kubernetes.crossplane.io/v1alpha2', kind: 'Object' } });
    expect(() => packageMetadata(extended)).toThrow(/kubernetes\.crossplane\.io.*no known provider package/);
    const fn = structuredClone(claim.composition);
    fn.spec.pipeline.push({ step: 'ready', functionRef: { name: 'function-auto-ready' } });
    expect(() => packageMetadata(fn)).toThrow(/function-auto-ready/);
  });
});

describe('dependency derivation', () => {
  it('maps cluster-scoped and namespaced groups to the same family member', () => {
    expect(providerFamily('ec2.aws.upbound.io').name).toBe('crossplane-contrib-provider-aws-ec2');
    expect(providerFamily('ec2.aws.m.upbound.io').name).toBe('crossplane-contrib-provider-aws-ec2');
    expect(dependencyName('xpkg.crossplane.io/crossplane-contrib/function-cel-filter')).toBe('crossplane-contrib-function-cel-filter');
  });

  it("every composed kind's plural is its CRD's plural, in both flavours", () => {
    // Upstream names each CRD file <group>_<plural>.yaml; its names block confirms kind and plural (read as text:
    // parsing every provider CRD takes seconds).
    const files = new Map(listFiles(crdsDir()).map((f) => [path.basename(f), f]));
    for (const k of [...composedKinds(claim.composition), ...composedKinds(namespaced.composition)]) {
      const file = files.get(`${k.group}_${k.plural}.yaml`);
      expect(`${k.kind}: ${file ? path.basename(file) : 'no CRD file'}`).toBe(`${k.kind}: ${k.group}_${k.plural}.yaml`);
      const text = fs.readFileSync(file!, 'utf8');
      expect(text).toMatch(new RegExp(`\\n    kind: ${k.kind}\\n[\\s\\S]*?\\n    plural: ${k.plural}\\n`));
    }
    expect(plural('BucketPolicy')).toBe('bucketpolicies');
    expect(plural('BucketOwnershipControls')).toBe('bucketownershipcontrols');
  });
});

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
