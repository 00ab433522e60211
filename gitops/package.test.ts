import { productionNetworkApi } from '../compositions/production-network';
import { formatIssues, validateObject } from '../lib/validate';
import { composedKinds, dependencyName, plural, providerFamily } from './dependencies';
import { CROSSPLANE_VERSION, packageMetadata } from './package';
import * as fs from 'fs';
import * as path from 'path';
import { crdsDir } from '../lib/crds';

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
    const providers = meta.spec.dependsOn.filter((d: any) => d.provider).map((d: any) => d.provider);
    const functions = meta.spec.dependsOn.filter((d: any) => d.function).map((d: any) => d.function);
    expect(providers).toEqual(used.services.map((s) => `xpkg.crossplane.io/crossplane-contrib/provider-aws-${s}`));
    // Crossplane names a dependency <org>-<repository>: the names the composition's functionRefs use.
    expect(functions.map((f: string) => f.split('/').slice(-2).join('-')).sort()).toEqual(used.functions);
    expect(used.services).toEqual(['ec2', 'iam', 's3']);
  });

  it('pins minimum versions on fully qualified packages', () => {
    expect(meta.spec.dependsOn).toEqual([
      { provider: 'xpkg.crossplane.io/crossplane-contrib/provider-aws-ec2', version: '>=v2.6.0' },
      { provider: 'xpkg.crossplane.io/crossplane-contrib/provider-aws-iam', version: '>=v2.6.0' },
      { provider: 'xpkg.crossplane.io/crossplane-contrib/provider-aws-s3', version: '>=v2.6.0' },
      { function: 'xpkg.crossplane.io/crossplane-contrib/function-cel-filter', version: '>=v0.2.0' },
      { function: 'xpkg.crossplane.io/crossplane-contrib/function-patch-and-transform', version: '>=v0.10.8' },
    ]);
    expect(CROSSPLANE_VERSION).toBe('>=v1.20.0');
  });

  it('validates strictly against the meta.pkg.crossplane.io Configuration schema', () => {
    expect(formatIssues(meta, validateObject(meta))).toEqual([]);
  });

  it('a composition using a new family or function changes dependsOn; an unknown one is an error', () => {
    const extended = structuredClone(claim.composition);
    extended.spec.pipeline[0].input.resources.push({ name: 'log-group', base: { apiVersion: 'cloudwatchlogs.aws.upbound.io/v1beta1', kind: 'Group' } });
    expect(
      packageMetadata(extended)
        .spec.dependsOn.map((d: any) => d.provider)
        .filter(Boolean),
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
