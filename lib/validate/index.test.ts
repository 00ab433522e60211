import { formatIssue } from '../schema/issue';
import { formatIssues, validateObject } from './index';
import { pinnedCrds } from '../../compositions/production-network/crds';

const vpc = (forProvider: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'ec2.aws.upbound.io/v1beta1',
  kind: 'VPC',
  metadata: { name: 'main', labels: { 'networks.example.org/role': 'vpc' } },
  spec: { forProvider, ...extra },
});

describe('validateObject against the provider CRDs', () => {
  it('passes a valid minimal VPC', () => {
    expect(
      validateObject(vpc({ region: 'us-west-2', cidrBlock: '10.0.0.0/16', enableDnsSupport: true, tags: { Name: 'main' } }), { catalog: pinnedCrds() }),
    ).toEqual([]);
  });

  it('reports a misspelt field in spec.forProvider with its path', () => {
    const issues = validateObject(vpc({ region: 'us-west-2', cidrBlock: '10.0.0.0/16', tagz: { Name: 'main' } }), { catalog: pinnedCrds() });
    expect(issues).toEqual([
      {
        kind: 'unknown-field',
        reason: 'FieldValueNotSupported',
        path: 'spec.forProvider.tagz',
        message: 'unknown field "tagz" (did you mean "tags"?)',
      },
    ]);
  });

  it('reports a VPC without region (required by the CRD)', () => {
    expect(validateObject(vpc({ cidrBlock: '10.0.0.0/16' }), { catalog: pinnedCrds() }).map(formatIssue)).toEqual(['spec.forProvider.region: Required value']);
  });

  it("fails a KeyPair without publicKey by the CRD's own CEL rule, which relies on the defaulted managementPolicies", () => {
    const keyPair = { apiVersion: 'ec2.aws.upbound.io/v1beta1', kind: 'KeyPair', metadata: { name: 'k' }, spec: { forProvider: { region: 'us-west-2' } } };
    const issues = validateObject(keyPair, { catalog: pinnedCrds() });
    expect(issues).toEqual([expect.objectContaining({ kind: 'cel', path: 'spec', message: 'spec.forProvider.publicKey is a required parameter' })]);
    expect(issues[0].rule).toMatch(/has\(self.forProvider.publicKey\)/);
    // With observe-only management the rule does not apply.
    expect(validateObject({ ...keyPair, spec: { ...keyPair.spec, managementPolicies: ['Observe'] } }, { catalog: pinnedCrds() })).toEqual([]);
  });

  it('checks the namespaced .m. kinds too, with their providerConfigRef kind', () => {
    const mvpc = {
      apiVersion: 'ec2.aws.m.upbound.io/v1beta1',
      kind: 'VPC',
      metadata: { name: 'main', namespace: 'team' },
      spec: { forProvider: { region: 'us-west-2' }, providerConfigRef: { name: 'default', kind: 'ClusterProviderConfig' }, deletionPolicy: 'Delete' },
    };
    expect(validateObject(mvpc, { catalog: pinnedCrds() }).map(formatIssue)).toEqual(['spec.deletionPolicy: unknown field "deletionPolicy"']);
  });

  it('treats an object without a CRD as an issue, not a pass', () => {
    expect(validateObject({ apiVersion: 'ec2.aws.upbound.io/v1beta1', kind: 'Vpc', metadata: { name: 'x' } }, { catalog: pinnedCrds() })).toEqual([
      expect.objectContaining({ kind: 'missing-crd', message: expect.stringContaining('no CRD for Vpc in API group "ec2.aws.upbound.io"') }),
    ]);
    expect(validateObject({ apiVersion: 'ec2.aws.upbound.io/v1beta9', kind: 'VPC' }, { catalog: pinnedCrds() })[0].message).toMatch(/its CRD serves v1beta1/);
  });

  it('names the object in formatted issues', () => {
    const bad = vpc({ region: 'us-west-2', tagz: {} });
    expect(formatIssues(bad, validateObject(bad, { catalog: pinnedCrds() }))).toEqual([
      'VPC main: spec.forProvider.tagz: unknown field "tagz" (did you mean "tags"?)',
    ]);
  });

  it('validates 100 provider objects in milliseconds once compiled', () => {
    const objects = Array.from({ length: 100 }, (_, i) => vpc({ region: 'us-west-2', cidrBlock: `10.${i}.0.0/16`, tags: { Name: `n${i}` } }));
    validateObject(objects[0], { catalog: pinnedCrds() });
    const start = performance.now();
    for (const o of objects) expect(validateObject(o, { catalog: pinnedCrds() })).toEqual([]);
    expect(performance.now() - start).toBeLessThan(250);
  });
});

describe('every CEL rule in the shared CRDs', () => {
  it('is found in the catalog and compiles with the Kubernetes library', () => {
    // Covered exhaustively (and evaluated) in cel-upstream.test.ts; this one proves the catalog path works.
    const schema = pinnedCrds().schema('ec2.aws.upbound.io/v1beta1', 'KeyPair');
    expect(schema.properties.spec['x-kubernetes-validations']).toHaveLength(1);
  });
});

describe('core kinds a composition may compose', () => {
  const { validateObject: validate } = require('./index');
  test('a connection Secret with base64 data validates; unknown fields and non-base64 data do not', () => {
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'x-connection', namespace: 'team' },
      type: 'connection.crossplane.io/v1alpha1',
      data: { vpcId: Buffer.from('vpc-1').toString('base64') },
    };
    expect(validate(secret)).toEqual([]);
    expect(validate({ ...secret, dta: {} }).map((i: any) => i.path)).toEqual(['dta']);
    expect(validate({ ...secret, data: { vpcId: 'not base64!' } }).length).toBeGreaterThan(0);
  });
});

test('the caller names the CRDs: a managed kind without a schema or a catalog is a usage error, not a finding', () => {
  expect(() => validateObject({ apiVersion: 'ec2.aws.upbound.io/v1beta1', kind: 'VPC', metadata: { name: 'x' } })).toThrow(/give its schema, or a CRD catalog/);
});
