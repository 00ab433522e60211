import { renderConverged } from './converge';

const xr = () => ({
  apiVersion: 'example.org/v1',
  kind: 'XApp',
  metadata: { name: 'app-abcde', uid: 'u-1' },
  spec: { size: 'small' },
});

/** A bucket, and a policy that waits (Required) for the bucket's ARN: it appears in the second round. */
const composition = () => ({
  apiVersion: 'apiextensions.crossplane.io/v1',
  kind: 'Composition',
  metadata: { name: 'app' },
  spec: {
    compositeTypeRef: { apiVersion: 'example.org/v1', kind: 'XApp' },
    mode: 'Pipeline',
    pipeline: [
      {
        step: 'patch-and-transform',
        functionRef: { name: 'function-patch-and-transform' },
        input: {
          apiVersion: 'pt.fn.crossplane.io/v1beta1',
          kind: 'Resources',
          resources: [
            {
              name: 'bucket',
              base: { apiVersion: 's3.aws.upbound.io/v1beta1', kind: 'Bucket', spec: { forProvider: { region: 'eu-west-1' } } },
              patches: [
                { fromFieldPath: 'spec.size', toFieldPath: 'metadata.labels[example.org/size]' },
                { type: 'ToCompositeFieldPath', fromFieldPath: 'status.atProvider.arn', toFieldPath: 'status.bucketArn' },
              ],
            },
            {
              name: 'policy',
              base: { apiVersion: 's3.aws.upbound.io/v1beta1', kind: 'BucketPolicy', spec: { forProvider: { region: 'eu-west-1' } } },
              patches: [{ fromFieldPath: 'status.bucketArn', toFieldPath: 'spec.forProvider.policy', policy: { fromFieldPath: 'Required' } }],
            },
          ],
        },
      },
    ],
  },
});

const names = (out: { resources: any[] }) => out.resources.map((r) => r.metadata.annotations['crossplane.io/composition-resource-name']);

describe('renderConverged', () => {
  test('renders until resources waiting on observed state appear', () => {
    const out = renderConverged({ composite: xr(), composition: composition() });
    expect(names(out)).toEqual(['bucket', 'policy']);
    expect(out.resources[1].spec.forProvider.policy).toMatch(/^arn:aws:s3:::/);
  });

  test('the same input again gives an equal result that the caller may change freely', () => {
    const first = renderConverged({ composite: xr(), composition: composition() });
    first.resources[0].metadata.labels['example.org/size'] = 'changed by the caller';
    first.resources.pop();
    const again = renderConverged({ composite: xr(), composition: composition() });
    expect(names(again)).toEqual(['bucket', 'policy']);
    expect(again.resources[0].metadata.labels['example.org/size']).toBe('small');
  });

  test('an input changed in place is rendered anew, never answered from an earlier render', () => {
    const input = { composite: xr(), composition: composition() };
    expect(renderConverged(input).resources[0].metadata.labels['example.org/size']).toBe('small');
    input.composite.spec.size = 'large';
    expect(renderConverged(input).resources[0].metadata.labels['example.org/size']).toBe('large');
    (input.composition.spec.pipeline[0].input.resources as unknown[]).pop();
    expect(names(renderConverged(input))).toEqual(['bucket']);
    expect(names(renderConverged(input, { maxRounds: 1 }))).toEqual(['bucket']);
  });

  test('options are part of what a render is made from', () => {
    const input = { composite: xr(), composition: composition() };
    expect(names(renderConverged(input, { maxRounds: 1 }))).toEqual(['bucket']);
    expect(names(renderConverged(input))).toEqual(['bucket', 'policy']);
  });
});
