import { claimToComposite, stableSuffix, generatedName } from './claim-to-composite';

const xrd = {
  apiVersion: 'apiextensions.crossplane.io/v1',
  kind: 'CompositeResourceDefinition',
  metadata: { name: 'xnetworks.example.org' },
  spec: {
    group: 'example.org',
    names: { kind: 'XNetwork', plural: 'xnetworks' },
    claimNames: { kind: 'Network', plural: 'networks' },
    versions: [
      {
        name: 'v1alpha1',
        served: true,
        referenceable: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: {
                type: 'object',
                properties: {
                  parameters: {
                    type: 'object',
                    properties: {
                      region: { type: 'string', default: 'us-west-2' },
                      bastion: { type: 'object', default: {}, properties: { enabled: { type: 'boolean', default: true } } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    ],
  },
};

const claim = {
  apiVersion: 'example.org/v1alpha1',
  kind: 'Network',
  metadata: {
    name: 'payments',
    namespace: 'team-payments',
    labels: { team: 'payments', 'app.kubernetes.io/name': 'x' },
    annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}', note: 'n' },
  },
  spec: { parameters: {}, compositeDeletePolicy: 'Foreground', writeConnectionSecretToRef: { name: 's' }, compositionRef: { name: 'c' } },
};

describe('claimToComposite', () => {
  const xr = claimToComposite(claim, xrd);
  it('builds the XR the claim reconciler would', () => {
    expect(xr).toEqual({
      apiVersion: 'example.org/v1alpha1',
      kind: 'XNetwork',
      metadata: {
        name: `payments-${stableSuffix('team-payments/payments')}`,
        labels: { team: 'payments', 'crossplane.io/claim-name': 'payments', 'crossplane.io/claim-namespace': 'team-payments' },
        annotations: { note: 'n' },
      },
      spec: {
        parameters: { region: 'us-west-2', bastion: { enabled: true } },
        compositionRef: { name: 'c' },
        claimRef: { apiVersion: 'example.org/v1alpha1', kind: 'Network', name: 'payments', namespace: 'team-payments' },
      },
    });
  });
  it('names deterministically with five generateName characters', () => {
    expect(xr.metadata.name).toMatch(/^payments-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(claimToComposite(claim, xrd).metadata.name).toBe(xr.metadata.name);
  });
  it('takes an XR as is, defaulted', () => {
    const given = { apiVersion: 'example.org/v1alpha1', kind: 'XNetwork', metadata: { name: 'x' }, spec: { parameters: { region: 'eu-west-1' } } };
    expect(claimToComposite(given, xrd).spec.parameters).toEqual({ region: 'eu-west-1', bastion: { enabled: true } });
  });
  it('rejects other kinds', () =>
    expect(() => claimToComposite({ ...claim, kind: 'Other' }, xrd)).toThrow(/neither the claim kind Network nor the composite kind XNetwork/));
  it('a v2 XRD has no claims', () => {
    const v2 = { ...xrd, apiVersion: 'apiextensions.crossplane.io/v2', spec: { ...xrd.spec, claimNames: undefined, scope: 'Namespaced' } };
    expect(() => claimToComposite(claim, v2)).toThrow(/offers no claim/);
  });
});

describe('the XR name of a claim', () => {
  test('is the claim name, a dash and five characters, cut to 63 like the API server cuts a generateName', () => {
    expect(generatedName('payments-', 'team/payments')).toMatch(/^payments-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    const long = generatedName(`${'n'.repeat(63)}-`, `team/${'n'.repeat(63)}`);
    expect(long).toHaveLength(63);
    expect(long.startsWith('n'.repeat(58))).toBe(true);
  });
});
