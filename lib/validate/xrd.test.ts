import { formatIssue } from '../schema/issue';
import { validateAgainstXrd, validateObject } from './index';
import { xrdSchemas } from './xrd';
import { pinnedCrds } from '../../compositions/production-network/crds';

const parameters = {
  type: 'object',
  required: ['region'],
  properties: {
    region: { type: 'string', default: 'us-west-2', 'x-kubernetes-validations': [{ rule: 'self == oldSelf', message: 'region is immutable' }] },
    vpcCidr: { type: 'string', default: '10.0.0.0/16', pattern: '^([0-9]{1,3}\\.){3}[0-9]{1,3}/(1[6-9]|2[0-8])$' },
    nat: { type: 'object', default: {}, properties: { mode: { type: 'string', enum: ['PerZone', 'Single', 'None'], default: 'PerZone' } } },
  },
};

const openAPIV3Schema = {
  type: 'object',
  'x-kubernetes-validations': [{ rule: 'false', message: 'root rules are dropped' }],
  properties: {
    spec: {
      type: 'object',
      required: ['parameters'],
      'x-kubernetes-validations': [{ rule: "!has(self.parameters.bastion) || self.parameters.nat.mode != 'None'", message: 'a bastion needs NAT' }],
      properties: {
        parameters: { ...parameters, properties: { ...parameters.properties, bastion: { type: 'object', properties: { enabled: { type: 'boolean' } } } } },
      },
    },
    status: { type: 'object', properties: { vpcId: { type: 'string' } } },
  },
};

const v1Xrd = {
  apiVersion: 'apiextensions.crossplane.io/v1',
  kind: 'CompositeResourceDefinition',
  metadata: { name: 'xnetworks.example.org' },
  spec: {
    group: 'example.org',
    names: { kind: 'XNetwork', plural: 'xnetworks' },
    claimNames: { kind: 'Network', plural: 'networks' },
    defaultCompositeDeletePolicy: 'Foreground',
    versions: [{ name: 'v1alpha1', served: true, referenceable: true, schema: { openAPIV3Schema } }],
  },
};

const v2Xrd = {
  ...v1Xrd,
  apiVersion: 'apiextensions.crossplane.io/v2',
  spec: { ...v1Xrd.spec, claimNames: undefined, scope: 'Namespaced' },
};

const claim = (spec: any) => ({ apiVersion: 'example.org/v1alpha1', kind: 'Network', metadata: { name: 'payments', namespace: 'team' }, spec });

describe('xrdSchemas', () => {
  it('generates the v1 claim with compositeDeletePolicy (defaulted from the XRD) and Crossplane status fields', () => {
    const { claim: generated, warnings } = xrdSchemas(v1Xrd);
    expect(generated).toMatchObject({ apiVersion: 'example.org/v1alpha1', kind: 'Network', scope: 'Namespaced' });
    const spec = generated!.schema.properties.spec;
    expect(spec.properties.compositeDeletePolicy).toEqual({ type: 'string', enum: ['Background', 'Foreground'], default: 'Foreground' });
    expect(spec.properties.writeConnectionSecretToRef.required).toEqual(['name']);
    expect(spec.properties.claimRef).toBeUndefined();
    expect(spec.required).toEqual(['parameters']);
    expect(spec['x-kubernetes-validations']).toHaveLength(1);
    expect(Object.keys(generated!.schema.properties.status.properties).sort()).toEqual(['claimConditionTypes', 'conditions', 'connectionDetails', 'vpcId']);
    expect(warnings).toEqual([expect.stringMatching(/^root x-kubernetes-validations are dropped by Crossplane/)]);
  });

  it('generates the v1 (LegacyCluster) XR with claimRef and the machinery directly under spec', () => {
    const { composite } = xrdSchemas(v1Xrd);
    expect(composite).toMatchObject({ kind: 'XNetwork', scope: 'Cluster', compositeScope: 'LegacyCluster' });
    const spec = composite.schema.properties.spec.properties;
    expect(spec.claimRef.required).toEqual(['apiVersion', 'kind', 'namespace', 'name']);
    for (const field of [
      'compositionRef',
      'compositionSelector',
      'compositionRevisionRef',
      'compositionRevisionSelector',
      'resourceRefs',
      'writeConnectionSecretToRef',
      'publishConnectionDetailsTo',
      'environmentConfigRefs',
    ]) {
      expect(spec[field]).toBeDefined();
    }
    expect(spec.compositionUpdatePolicy.default).toBe('Automatic');
    expect(composite.schema.properties.metadata.properties.name.maxLength).toBe(63);
  });

  it('generates a v2 Namespaced XR with the machinery under spec.crossplane and no claim', () => {
    const generated = xrdSchemas(v2Xrd);
    expect(generated.claim).toBeUndefined();
    expect(generated.composite).toMatchObject({ scope: 'Namespaced', compositeScope: 'Namespaced' });
    const spec = generated.composite.schema.properties.spec.properties;
    expect(spec.claimRef).toBeUndefined();
    expect(Object.keys(spec.crossplane.properties).sort()).toEqual([
      'compositionRef',
      'compositionRevisionRef',
      'compositionRevisionSelector',
      'compositionSelector',
      'compositionUpdatePolicy',
      'resourceRefs',
    ]);
    expect(spec.crossplane.properties.resourceRefs.items.properties.namespace).toBeUndefined();
    expect(generated.composite.schema.properties.status.properties.crossplane).toBeDefined();
  });
});

describe('validateAgainstXrd', () => {
  it('defaults, then validates a minimal claim', () => {
    expect(validateAgainstXrd(claim({ parameters: {} }), v1Xrd)).toEqual([]);
    expect(validateAgainstXrd(claim({}), v1Xrd).map(formatIssue)).toEqual([
      'spec.parameters: Required value',
      '<root>: some validation rules were not checked because the object was invalid; correct the existing errors to complete validation',
    ]);
  });

  it('reports patterns with the offending value, unknown fields, and spec-level CEL rules', () => {
    const issues = validateAgainstXrd(
      claim({ parameters: { vpcCidr: '10.0.0.0/33', bastion: { enabled: true }, nat: { mode: 'None' }, zonez: 2 }, compositeDeletePolicy: 'Foreground' }),
      v1Xrd,
    ).map(formatIssue);
    expect(issues).toEqual([
      'spec.parameters.zonez: unknown field "zonez"',
      'spec.parameters.vpcCidr: must match pattern ^([0-9]{1,3}\\.){3}[0-9]{1,3}/(1[6-9]|2[0-8])$ (got "10.0.0.0/33")',
      'spec: a bastion needs NAT',
    ]);
  });

  // Upstream: apiextensions-apiserver pkg/registry/customresource/strategy.go hasBlockingErr — NotSupported (enum),
  // Required, TooLong (maxLength), TooMany (maxItems/maxProperties) and TypeInvalid skip CEL; unknown fields do not.
  it('skips CEL rules after enum, maxLength and maxItems violations, but not after unknown fields', () => {
    const bad = { parameters: { bastion: { enabled: true }, nat: { mode: 'Nonee' } } };
    expect(validateAgainstXrd(claim(bad), v1Xrd).map(formatIssue)).toEqual([
      'spec.parameters.nat.mode: must be one of "PerZone", "Single", "None" (got "Nonee")',
      expect.stringMatching(/^<root>: some validation rules were not checked/),
    ]);
    const unknown = { parameters: { bastion: { enabled: true }, nat: { mode: 'None' }, extra: 1 } };
    expect(validateAgainstXrd(claim(unknown), v1Xrd).map(formatIssue)).toEqual(['spec.parameters.extra: unknown field "extra"', 'spec: a bastion needs NAT']);
  });

  it('runs transition rules against the old claim', () => {
    const old = claim({ parameters: { region: 'us-west-2' } });
    expect(validateAgainstXrd(claim({ parameters: { region: 'eu-west-1' } }), v1Xrd, { old }).map(formatIssue)).toEqual([
      'spec.parameters.region: region is immutable',
    ]);
    expect(validateAgainstXrd(claim({ parameters: {} }), v1Xrd, { old })).toEqual([]);
  });

  it('accepts the v2 XR with spec.crossplane and rejects the legacy placement', () => {
    const xr = (spec: any) => ({ apiVersion: 'example.org/v1alpha1', kind: 'XNetwork', metadata: { name: 'n', namespace: 'team' }, spec });
    expect(validateAgainstXrd(xr({ parameters: {}, crossplane: { compositionRef: { name: 'c' } } }), v2Xrd)).toEqual([]);
    expect(validateAgainstXrd(xr({ parameters: {}, compositionRef: { name: 'c' } }), v2Xrd).map(formatIssue)).toEqual([
      'spec.compositionRef: unknown field "compositionRef"',
    ]);
  });

  it('refuses kinds and versions the XRD does not define', () => {
    expect(validateAgainstXrd({ ...claim({}), kind: 'Netwerk' }, v1Xrd)[0]).toMatchObject({ kind: 'missing-crd' });
    expect(validateAgainstXrd({ ...claim({}), apiVersion: 'example.org/v1' }, v1Xrd)[0].message).toMatch(/serves example.org\/v1alpha1/);
  });

  it('validates an XRD itself against the Crossplane CRD', () => {
    expect(validateObject(v1Xrd, { catalog: pinnedCrds() })).toEqual([]);
    expect(
      validateObject({ ...v2Xrd, spec: { ...v2Xrd.spec, claimNames: { kind: 'Network', plural: 'networks' } } }, { catalog: pinnedCrds() }).map(formatIssue),
    ).toEqual(["spec: Claims aren't supported in apiextensions.crossplane.io/v2"]);
  });
});
