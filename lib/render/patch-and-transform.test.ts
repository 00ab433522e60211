import { runPatchAndTransform } from './patch-and-transform';
import { ENVIRONMENT_CONTEXT_KEY, emptyState, type FunctionRequest, type KubeObject, type ResourceState } from './function-io';

const xr = {
  apiVersion: 'example.org/v1',
  kind: 'XNet',
  metadata: { name: 'net-1' },
  spec: { region: 'us-west-2', cidr: '10.0.0.0/16', tags: { Owner: 'ops' }, zones: ['a', 'b'], size: 3 },
};

function request(input: KubeObject, opts: { observed?: Record<string, ResourceState>; context?: Record<string, unknown> } = {}): FunctionRequest {
  const observed = emptyState();
  observed.composite = { resource: xr };
  for (const [k, v] of Object.entries(opts.observed ?? {})) observed.resources.set(k, v);
  return { observed, desired: emptyState(), context: opts.context ?? {}, input: { apiVersion: 'pt.fn.crossplane.io/v1beta1', kind: 'Resources', ...input } };
}

const vpcBase = { apiVersion: 'ec2.example.org/v1', kind: 'VPC', spec: { forProvider: { tags: { ManagedBy: 'crossplane' } } } };

function one(input: KubeObject, opts?: Parameters<typeof request>[1]) {
  const rsp = runPatchAndTransform(request(input, opts));
  return { rsp, vpc: rsp.desired.resources.get('vpc')?.resource, xr: rsp.desired.composite.resource };
}

describe('patch types', () => {
  it('FromCompositeFieldPath, with toFieldPath defaulting to fromFieldPath', () => {
    const { vpc } = one({
      resources: [
        {
          name: 'vpc',
          base: vpcBase,
          patches: [
            { fromFieldPath: 'spec.region', toFieldPath: 'spec.forProvider.region' },
            { type: 'FromCompositeFieldPath', fromFieldPath: 'spec.cidr' },
          ],
        },
      ],
    });
    expect(vpc?.spec.forProvider.region).toBe('us-west-2');
    expect(vpc?.spec.cidr).toBe('10.0.0.0/16');
  });

  it('CombineFromComposite formats with Go verbs', () => {
    const { vpc } = one({
      resources: [
        {
          name: 'vpc',
          base: vpcBase,
          patches: [
            {
              type: 'CombineFromComposite',
              combine: { variables: [{ fromFieldPath: 'metadata.name' }, { fromFieldPath: 'spec.size' }], strategy: 'string', string: { fmt: '%s-%v' } },
              toFieldPath: 'metadata.annotations[crossplane.io/external-name]',
            },
          ],
        },
      ],
    });
    expect(vpc?.metadata.annotations['crossplane.io/external-name']).toBe('net-1-3');
  });

  it('%d of an XR number is a Go format error: the function sees a float64 (function-sdk-go resource.AsObject)', () => {
    const { vpc } = one({
      resources: [
        {
          name: 'vpc',
          base: vpcBase,
          patches: [
            {
              type: 'CombineFromComposite',
              combine: { variables: [{ fromFieldPath: 'metadata.name' }, { fromFieldPath: 'spec.size' }], strategy: 'string', string: { fmt: '%s-%d' } },
              toFieldPath: 'metadata.annotations[crossplane.io/external-name]',
            },
          ],
        },
      ],
    });
    expect(vpc?.metadata.annotations['crossplane.io/external-name']).toBe('net-1-%!d(float64=3)');
  });

  it('CombineFromComposite with a missing variable is skipped', () => {
    const { vpc } = one({
      resources: [
        {
          name: 'vpc',
          base: vpcBase,
          patches: [
            {
              type: 'CombineFromComposite',
              combine: { variables: [{ fromFieldPath: 'spec.nope' }], strategy: 'string', string: { fmt: '%s' } },
              toFieldPath: 'spec.x',
            },
          ],
        },
      ],
    });
    expect(vpc?.spec.x).toBeUndefined();
  });

  it('ToCompositeFieldPath and CombineToComposite read the observed resource into the desired XR status', () => {
    const observed = { vpc: { resource: { ...vpcBase, metadata: { name: 'net-1-abcde' }, status: { atProvider: { id: 'vpc-123', arn: 'arn:x' } } } } };
    const { xr: dxr, vpc } = one(
      {
        resources: [
          {
            name: 'vpc',
            base: vpcBase,
            patches: [
              { type: 'ToCompositeFieldPath', fromFieldPath: 'status.atProvider.id', toFieldPath: 'status.vpcId' },
              {
                type: 'CombineToComposite',
                combine: {
                  variables: [{ fromFieldPath: 'status.atProvider.id' }, { fromFieldPath: 'status.atProvider.arn' }],
                  strategy: 'string',
                  string: { fmt: '%s|%s' },
                },
                toFieldPath: 'status.both',
              },
            ],
          },
        ],
      },
      { observed },
    );
    expect(dxr.status).toEqual({ vpcId: 'vpc-123', both: 'vpc-123|arn:x' });
    expect(dxr.apiVersion).toBe('example.org/v1');
    expect(vpc?.metadata.name).toBe('net-1-abcde');
  });

  it('ToComposite patches do nothing before the resource exists', () => {
    const { xr: dxr, vpc } = one({
      resources: [{ name: 'vpc', base: vpcBase, patches: [{ type: 'ToCompositeFieldPath', fromFieldPath: 'status.id', toFieldPath: 'status.vpcId' }] }],
    });
    expect(dxr.status).toBeUndefined();
    expect(vpc).toBeDefined();
  });

  it('PatchSet patches are inlined where referenced', () => {
    const { vpc } = one({
      patchSets: [{ name: 'common', patches: [{ fromFieldPath: 'spec.region', toFieldPath: 'spec.forProvider.region' }] }],
      resources: [{ name: 'vpc', base: vpcBase, patches: [{ type: 'PatchSet', patchSetName: 'common' }] }],
    });
    expect(vpc?.spec.forProvider.region).toBe('us-west-2');
  });

  it('an unknown PatchSet is fatal', () => {
    const { rsp } = one({ resources: [{ name: 'vpc', base: vpcBase, patches: [{ type: 'PatchSet', patchSetName: 'nope' }] }] });
    expect(rsp.results).toEqual([{ severity: 'Fatal', message: 'cannot resolve PatchSets: cannot find PatchSet by name nope' }]);
  });

  it('environment patch types read and write the context environment', () => {
    const env = { network: { tier: 'gold' } };
    const {
      rsp,
      vpc,
      xr: dxr,
    } = one(
      {
        environment: {
          patches: [
            { type: 'ToEnvironmentFieldPath', fromFieldPath: 'spec.region', toFieldPath: 'region' },
            { type: 'FromEnvironmentFieldPath', fromFieldPath: 'network.tier', toFieldPath: 'status.tier' },
          ],
        },
        resources: [
          {
            name: 'vpc',
            base: vpcBase,
            patches: [
              { type: 'FromEnvironmentFieldPath', fromFieldPath: 'region', toFieldPath: 'spec.forProvider.region' },
              {
                type: 'CombineFromEnvironment',
                combine: { variables: [{ fromFieldPath: 'network.tier' }, { fromFieldPath: 'region' }], strategy: 'string', string: { fmt: '%s/%s' } },
                toFieldPath: 'spec.label',
              },
              { type: 'ToEnvironmentFieldPath', fromFieldPath: 'status.id', toFieldPath: 'vpcId' },
              {
                type: 'CombineToEnvironment',
                combine: { variables: [{ fromFieldPath: 'status.id' }], strategy: 'string', string: { fmt: 'id=%s' } },
                toFieldPath: 'vpcLabel',
              },
            ],
          },
        ],
      },
      { context: { [ENVIRONMENT_CONTEXT_KEY]: env }, observed: { vpc: { resource: { ...vpcBase, status: { id: 'vpc-9' } } } } },
    );
    expect(vpc?.spec.forProvider.region).toBe('us-west-2');
    expect(vpc?.spec.label).toBe('gold/us-west-2');
    expect(dxr.status.tier).toBe('gold');
    expect(rsp.context[ENVIRONMENT_CONTEXT_KEY]).toEqual({
      apiVersion: 'internal.crossplane.io/v1alpha1',
      kind: 'Environment',
      network: { tier: 'gold' },
      region: 'us-west-2',
      vpcId: 'vpc-9',
      vpcLabel: 'id=vpc-9',
    });
  });

  // Upstream patches_test.go: a wildcard expands only over fields that exist; nothing to expand is an error.
  it('writes through [*] wildcards to every existing element', () => {
    const base = {
      ...vpcBase,
      spec: {
        rules: [
          { port: 1, region: '' },
          { port: 2, region: '' },
        ],
      },
    };
    const rsp = runPatchAndTransform(
      request({ resources: [{ name: 'sg', base, patches: [{ fromFieldPath: 'spec.region', toFieldPath: 'spec.rules[*].region' }] }] }),
    );
    expect(rsp.desired.resources.get('sg')?.resource.spec.rules).toEqual([
      { port: 1, region: 'us-west-2' },
      { port: 2, region: 'us-west-2' },
    ]);
    const missing = runPatchAndTransform(
      request({ resources: [{ name: 'sg', base: vpcBase, patches: [{ fromFieldPath: 'spec.region', toFieldPath: 'spec.rules[*].region' }] }] }),
    );
    expect(missing.results[0].message).toMatch(/patch at index 0: cannot expand ToFieldPath spec.rules\[\*\].region$/);
  });
});

describe('policies', () => {
  it('Optional (default) skips a missing source', () => {
    const { rsp, vpc } = one({ resources: [{ name: 'vpc', base: vpcBase, patches: [{ fromFieldPath: 'spec.nope', toFieldPath: 'spec.x' }] }] });
    expect(rsp.results).toEqual([]);
    expect(vpc?.spec.x).toBeUndefined();
  });

  // fn.go: a Required patch to a resource that does not exist yet withholds it from desired state, with a warning.
  it('Required withholds a new resource and warns', () => {
    const { rsp, vpc } = one({
      resources: [
        { name: 'vpc', base: vpcBase, patches: [{ fromFieldPath: 'spec.nope', toFieldPath: 'spec.x', policy: { fromFieldPath: 'Required' } }] },
        { name: 'other', base: vpcBase },
      ],
    });
    expect(vpc).toBeUndefined();
    expect([...rsp.desired.resources.keys()]).toEqual(['other']);
    expect(rsp.results).toEqual([
      {
        severity: 'Warning',
        resource: 'vpc',
        patch: { index: 0, type: 'FromCompositeFieldPath' },
        message:
          'not adding new composed resource "vpc" to desired state because "FromCompositeFieldPath" patch at index 0 has \'policy.fromFieldPath: Required\': spec.nope: no such field',
      },
    ]);
  });

  it('Required on an existing resource only warns and skips the patch', () => {
    const { rsp, vpc } = one(
      { resources: [{ name: 'vpc', base: vpcBase, patches: [{ fromFieldPath: 'spec.nope', toFieldPath: 'spec.x', policy: { fromFieldPath: 'Required' } }] }] },
      { observed: { vpc: { resource: vpcBase } } },
    );
    expect(vpc).toBeDefined();
    expect(rsp.results[0].severity).toBe('Warning');
    expect(rsp.results[0].message).toMatch(/ignoring 'policy.fromFieldPath: Required' because 'to' resource already exists/);
  });

  it.each([
    ['Replace', { Owner: 'ops' }],
    ['MergeObjects', { ManagedBy: 'crossplane', Owner: 'ops' }],
    ['ForceMergeObjects', { ManagedBy: 'crossplane', Owner: 'ops' }],
  ])('toFieldPath %s', (policy, want) => {
    const { vpc } = one({
      resources: [
        { name: 'vpc', base: vpcBase, patches: [{ fromFieldPath: 'spec.tags', toFieldPath: 'spec.forProvider.tags', policy: { toFieldPath: policy } }] },
      ],
    });
    expect(vpc?.spec.forProvider.tags).toEqual(want);
  });

  it('MergeObjectsAppendArrays appends arrays', () => {
    const base = { ...vpcBase, spec: { zones: ['z'] } };
    const { vpc } = one({
      resources: [{ name: 'vpc', base, patches: [{ fromFieldPath: 'spec.zones', policy: { toFieldPath: 'MergeObjectsAppendArrays' } }] }],
    });
    expect(vpc?.spec.zones).toEqual(['z', 'a', 'b']);
  });

  it('a transform error is fatal and names resource, patch and reason', () => {
    const { rsp } = one({
      resources: [
        { name: 'vpc', base: vpcBase, patches: [{ fromFieldPath: 'spec.region', toFieldPath: 'spec.x', transforms: [{ type: 'map', map: { eu: 'x' } }] }] },
      ],
    });
    expect(rsp.results).toEqual([
      {
        severity: 'Fatal',
        resource: 'vpc',
        patch: { index: 0, type: 'FromCompositeFieldPath' },
        message:
          'cannot render composed resource "vpc" "FromCompositeFieldPath" patch at index 0: transform at index 0 returned error: map transform could not resolve: key us-west-2 is not found in map',
      },
    ]);
  });

  it('reading through a scalar is fatal, not skipped', () => {
    const { rsp } = one({ resources: [{ name: 'vpc', base: vpcBase, patches: [{ fromFieldPath: 'spec.region.x', toFieldPath: 'spec.x' }] }] });
    expect(rsp.results[0].severity).toBe('Fatal');
    expect(rsp.results[0].message).toMatch(/spec.region: not an object$/);
  });

  it('an invalid input is fatal before anything is composed', () => {
    const { rsp } = one({ resources: [{ name: 'vpc', base: vpcBase, patches: [{ type: 'CombineFromComposite', toFieldPath: 'x' }] }] });
    expect(rsp.results[0].message).toBe(
      'invalid Function input: resources[0].patches[0].combine: Required value: combine must be set for patch type CombineFromComposite',
    );
  });
});

describe('templates without base', () => {
  it('patch a resource a previous step produced', () => {
    const req = request({ resources: [{ name: 'vpc', patches: [{ fromFieldPath: 'spec.region', toFieldPath: 'spec.forProvider.region' }] }] });
    req.desired.resources.set('vpc', { resource: structuredClone(vpcBase) });
    expect(runPatchAndTransform(req).desired.resources.get('vpc')?.resource.spec.forProvider).toEqual({
      tags: { ManagedBy: 'crossplane' },
      region: 'us-west-2',
    });
  });
  it('are fatal when no previous step produced them', () => {
    expect(runPatchAndTransform(request({ resources: [{ name: 'vpc' }] })).results[0].message).toBe(
      'composed resource "vpc" has no base template, and was not produced by a previous Function in the pipeline',
    );
  });
});

describe('readiness and connection details of observed resources', () => {
  const observedVpc = (status: KubeObject, connectionDetails?: Record<string, string>) => ({ vpc: { resource: { ...vpcBase, status }, connectionDetails } });
  it('default check: Ready=True', () => {
    expect(
      one(
        { resources: [{ name: 'vpc', base: vpcBase }] },
        { observed: observedVpc({ conditions: [{ type: 'Ready', status: 'True' }] }) },
      ).rsp.desired.resources.get('vpc')?.ready,
    ).toBe('READY_TRUE');
    expect(
      one(
        { resources: [{ name: 'vpc', base: vpcBase }] },
        { observed: observedVpc({ conditions: [{ type: 'Ready', status: 'False' }] }) },
      ).rsp.desired.resources.get('vpc')?.ready,
    ).toBe('READY_UNSPECIFIED');
  });
  it('not observed is not ready', () =>
    expect(one({ resources: [{ name: 'vpc', base: vpcBase }] }).rsp.desired.resources.get('vpc')?.ready).toBe('READY_UNSPECIFIED'));
  it('a check that cannot run warns and leaves the resource unready', () => {
    const { rsp } = one(
      { resources: [{ name: 'vpc', base: vpcBase, readinessChecks: [{ type: 'MatchString', fieldPath: 'status.n', matchString: '1' }] }] },
      { observed: observedVpc({ n: 1 }) },
    );
    expect(rsp.desired.resources.get('vpc')?.ready).toBe('READY_UNSPECIFIED');
    expect(rsp.results[0].message).toBe('cannot check readiness of composed resource "vpc": cannot run readiness check at index 0: status.n: not a string');
  });
  it('connection details go to the desired XR', () => {
    const { rsp } = one(
      {
        resources: [
          {
            name: 'vpc',
            base: vpcBase,
            connectionDetails: [
              { name: 'user', type: 'FromConnectionSecretKey', fromConnectionSecretKey: 'username' },
              { name: 'missing', type: 'FromConnectionSecretKey', fromConnectionSecretKey: 'nope' },
              { name: 'id', type: 'FromFieldPath', fromFieldPath: 'status.id' },
              { name: 'obj', type: 'FromFieldPath', fromFieldPath: 'status.obj' },
              { name: 'later', type: 'FromFieldPath', fromFieldPath: 'status.later' },
              { name: 'port', type: 'FromValue', value: '5432' },
            ],
          },
        ],
      },
      { observed: observedVpc({ id: 'vpc-1', obj: { b: 2, a: 1 } }, { username: 'admin' }) },
    );
    expect(rsp.desired.composite.connectionDetails).toEqual({ user: 'admin', id: 'vpc-1', obj: '{"a":1,"b":2}', port: '5432' });
  });
  it('resources that do not exist contribute no connection details', () => {
    const { rsp } = one({ resources: [{ name: 'vpc', base: vpcBase, connectionDetails: [{ name: 'port', type: 'FromValue', value: '1' }] }] });
    expect(rsp.desired.composite.connectionDetails).toBeUndefined();
  });
});

describe('the request', () => {
  // A step works on its own copy of desired state: what it was given stays as it was, whatever the step does,
  // so a fatal result can return the request's state and a later step never sees an earlier one's half-work.
  const previousStep = () => {
    const req = request({
      resources: [
        // No base: taken from the previous step's desired resource, and patched.
        { name: 'vpc', patches: [{ fromFieldPath: 'spec.region', toFieldPath: 'spec.forProvider.region' }] },
        {
          name: 'bucket',
          base: { apiVersion: 's3.example.org/v1', kind: 'Bucket', spec: {} },
          patches: [{ fromFieldPath: 'spec.size', toFieldPath: 'spec.size' }],
        },
      ],
    });
    req.desired.composite = { resource: { apiVersion: 'example.org/v1', kind: 'XNet', status: { n: 1 } }, connectionDetails: { a: 'b' }, ready: 'READY_TRUE' };
    req.desired.resources.set('vpc', { resource: { ...vpcBase, spec: { forProvider: { tags: { ManagedBy: 'crossplane' } }, n: 1.5 } } });
    req.desired.resources.set('untouched', { resource: { kind: 'Other', spec: { n: 2 } }, ready: 'READY_TRUE' });
    return req;
  };
  const snapshot = (req: FunctionRequest) => JSON.stringify({ composite: req.desired.composite, resources: [...req.desired.resources] });

  it('is never changed by the step, which returns new entries for what it changed', () => {
    const req = previousStep();
    const before = snapshot(req);
    const rsp = runPatchAndTransform(req);
    expect(rsp.results).toEqual([]);
    expect(snapshot(req)).toBe(before);
    expect(rsp.desired.resources.get('vpc')!.resource.spec.forProvider.region).toBe('us-west-2');
    expect(rsp.desired.resources.get('vpc')).not.toBe(req.desired.resources.get('vpc'));
    expect(rsp.desired.resources.get('untouched')!.resource).toEqual({ kind: 'Other', spec: { n: 2 } });
    expect(rsp.desired.composite.ready).toBeUndefined(); // upstream drops an earlier step's XR readiness
    expect(req.desired.composite.ready).toBe('READY_TRUE');
  });

  it('is returned unchanged with a fatal result', () => {
    const req = previousStep();
    (req.input as any).resources.push({ name: 'bad', base: vpcBase, patches: [{ fromFieldPath: 'spec.tags', toFieldPath: 'spec.forProvider.tags[0]' }] });
    const before = snapshot(req);
    const rsp = runPatchAndTransform(req);
    expect(rsp.results.map((r) => r.severity)).toEqual(['Fatal']);
    expect(snapshot(req)).toBe(before);
    expect(snapshot({ ...req, desired: rsp.desired })).toBe(before);
  });
});
