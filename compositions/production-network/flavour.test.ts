import { productionNetworkApi } from '.';

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
