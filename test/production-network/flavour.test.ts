import { productionNetworkApi } from '../../compositions/production-network';
import { namespacedFlavourUsing } from '../../compositions/production-network/flavour';

describe.each(['claim', 'namespaced'] as const)('%s flavour: data resources keep their cloud object from the base on', (flavour) => {
  const resources: any[] = productionNetworkApi(flavour).composition.spec.pipeline[0].input.resources;
  const patchedByDeletionPolicy = resources.filter((r) => (r.patches ?? []).some((p: any) => p.fromFieldPath === 'spec.parameters.storage.deletionPolicy'));

  it('every resource the storage deletion policy governs keeps its cloud object in the base itself', () => {
    // A patch that does not apply (a missing parameter, a function error) must not leave the CRD default: the
    // cluster-scoped CRDs default deletionPolicy to Delete, the namespaced ones managementPolicies to ["*"].
    expect(patchedByDeletionPolicy.length).toBeGreaterThanOrEqual(2);
    for (const r of patchedByDeletionPolicy) {
      const spec = r.base.spec;
      if (flavour === 'claim') expect({ name: r.name, deletionPolicy: spec.deletionPolicy }).toEqual({ name: r.name, deletionPolicy: 'Orphan' });
      else {
        expect({ name: r.name, deletionPolicy: spec.deletionPolicy }).toEqual({ name: r.name, deletionPolicy: undefined });
        expect({ name: r.name, managementPolicies: spec.managementPolicies }).toEqual({
          name: r.name,
          managementPolicies: ['Observe', 'Create', 'Update', 'LateInitialize'],
        });
      }
    }
  });

  it('resources outside the storage deletion policy keep the CRD default (deleted with the network)', () => {
    const others = resources.filter((r) => !patchedByDeletionPolicy.includes(r) && r.base.spec.managementPolicies === undefined);
    expect(others.length).toBeGreaterThan(0);
    for (const r of others) expect([r.name, r.base.spec.deletionPolicy]).toEqual([r.name, undefined]);
  });
});

/** Every description and validation message of an XRD, with where it is. */
function texts(node: any, at = ''): { at: string; text: string }[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => texts(n, `${at}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) =>
    (k === 'description' || k === 'message') && typeof v === 'string' ? [{ at: `${at}.${k}`, text: v }] : texts(v, `${at}.${k}`),
  );
}

describe('the namespaced XRD speaks of what a namespaced ProductionNetwork is', () => {
  it.each([
    ['ClusterProviderConfig', namespacedFlavourUsing('ClusterProviderConfig')],
    ['ProviderConfig', namespacedFlavourUsing('ProviderConfig')],
  ] as const)('no claims, and the provider configuration kind it really names (%s)', (kind, flavour) => {
    const api = productionNetworkApi(flavour);
    const all = texts(api.definition.spec);
    expect(all.filter((t) => /\bclaims?\b/i.test(t.text))).toEqual([]);
    const providerConfigName = all.filter((t) => t.at.endsWith('providerConfigName.description'));
    expect(providerConfigName.map((t) => t.text)).toEqual([expect.stringContaining(`${kind} (aws.m.upbound.io)`)]);
    expect(all.filter((t) => /ProviderConfig/.test(t.text) && !t.at.includes('providerConfigName'))).toEqual([]);
    // ...and the composed resources name that kind.
    const refs = api.composition.spec.pipeline[0].input.resources.map((r: any) => r.base.spec.providerConfigRef.kind);
    expect(new Set(refs)).toEqual(new Set([kind]));
  });

  it('the claim XRD names the cluster-scoped ProviderConfig', () => {
    const all = texts(productionNetworkApi('claim').definition.spec);
    expect(all.filter((t) => t.at.endsWith('providerConfigName.description')).map((t) => t.text)).toEqual([
      expect.stringContaining('ProviderConfig (aws.upbound.io'),
    ]);
  });
});

/**
 * Fourth review 2026-12-02, finding 1: every provider-upjet-aws v2.6.0 client is asynchronous, and for a kind whose
 * external name is the id AWS assigns (config/externalname.go IdentifierFromProvider) that name reaches the API
 * server only through the late-init update (crossplane-runtime v2.2.0 pkg/reconciler/managed/reconciler.go). The
 * bastion Instance and the NAT gateways' Elastic IPs therefore keep the default management policies in both
 * flavours (the third review's namespaced-only EIP policies are reverted); only sg-default leaves LateInitialize out,
 * harmless because its create adopts the VPC's one default group again.
 */
describe('management policies of kinds whose external name AWS assigns (fourth review 2026-12-02, finding 1)', () => {
  const { renderNetwork, claim, EXAMPLE_SSH_KEY } = require('../support/production-network');
  const { PITFALLS } = require('../../lib/aws-rules/pitfalls');
  const rule = PITFALLS.find((p: any) => p.id === 'async-provider-id-without-late-initialize');
  const render = (flavour: 'claim' | 'namespaced') =>
    renderNetwork(
      claim(
        {
          availabilityZones: ['a', 'b', 'c'],
          publicSubnetCidrs: ['10.0.1.0/24', '10.0.2.0/24', '10.0.3.0/24'],
          privateSubnetCidrs: ['10.0.10.0/24', '10.0.11.0/24', '10.0.12.0/24'],
          bastion: { sshPublicKey: EXAMPLE_SSH_KEY },
        },
        { flavour },
      ),
      flavour,
    ).managed;
  const nameOf = (r: any) => r.metadata.annotations['crossplane.io/composition-resource-name'];

  test.each(['claim', 'namespaced'] as const)('%s: the bastion and the NAT EIPs late-initialize; the pitfall rule finds nothing', (flavour) => {
    const managed = render(flavour);
    const found = managed.filter((r: any) => r.kind === 'EIP' || r.kind === 'Instance');
    expect(found.map(nameOf).sort()).toEqual(['bastion', 'eip-nat-a', 'eip-nat-b', 'eip-nat-c']);
    for (const r of found)
      expect({ name: nameOf(r), managementPolicies: r.spec.managementPolicies }).toEqual({ name: nameOf(r), managementPolicies: undefined });
    expect(rule.check(managed)).toEqual([]);
    // The one kind of this sort without LateInitialize is the allow-listed default group.
    const withoutLateInit = managed.filter(
      (r: any) => Array.isArray(r.spec.managementPolicies) && !r.spec.managementPolicies.some((p: string) => p === '*' || p === 'LateInitialize'),
    );
    expect(withoutLateInit.map((r: any) => r.kind)).toEqual(['DefaultSecurityGroup']);
  });

  test.each(['claim', 'namespaced'] as const)('%s: the rule would refuse the Instance and the EIPs with the policies the third review gave them', (flavour) => {
    const managed = render(flavour).map((r: any) =>
      r.kind === 'EIP' || r.kind === 'Instance' ? { ...r, spec: { ...r.spec, managementPolicies: ['Observe', 'Create', 'Update', 'Delete'] } } : r,
    );
    const findings = rule.check(managed);
    expect(findings.map((f: any) => nameOf(managed[f.index])).sort()).toEqual(['bastion', 'eip-nat-a', 'eip-nat-b', 'eip-nat-c']);
    expect(findings[0].message).toMatch(/provider restart/);
  });
});
