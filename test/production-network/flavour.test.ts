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
 * Third review 2026-12-01, finding 4: the NAT gateways' Elastic IPs late-initialize the gateway's network interface.
 * The namespaced flavour leaves LateInitialize out; the claim flavour keeps the default, because its migration keeps
 * every network object through `deletionPolicy: Orphan`, which non-default policies holding Delete override
 * (crossplane-runtime v2.2.0 pkg/reconciler/managed/policies.go LegacyManagementPoliciesResolver.ShouldDelete;
 * test/gitops/migration.test.ts replays the migration).
 */
describe('the NAT gateways’ Elastic IPs (third review 2026-12-01, finding 4)', () => {
  const { renderNetwork, claim } = require('../support/production-network');
  const eips = (flavour: 'claim' | 'namespaced') =>
    renderNetwork(
      claim(
        {
          availabilityZones: ['a', 'b', 'c'],
          publicSubnetCidrs: ['10.0.1.0/24', '10.0.2.0/24', '10.0.3.0/24'],
          privateSubnetCidrs: ['10.0.10.0/24', '10.0.11.0/24', '10.0.12.0/24'],
        },
        { flavour },
      ),
      flavour,
    ).managed.filter((r: any) => r.kind === 'EIP');

  test('namespaced: every one without LateInitialize, and still deleted with the XR', () => {
    const found = eips('namespaced');
    expect(found.map((r: any) => r.metadata.annotations['crossplane.io/composition-resource-name']).sort()).toEqual(['eip-nat-a', 'eip-nat-b', 'eip-nat-c']);
    for (const r of found) expect(r.spec.managementPolicies).toEqual(['Observe', 'Create', 'Update', 'Delete']);
  });

  test('claim: the default policies, so the migration’s deletionPolicy: Orphan keeps the addresses', () => {
    const found = eips('claim');
    expect(found).toHaveLength(3);
    for (const r of found) expect(r.spec.managementPolicies).toBeUndefined();
  });
});
