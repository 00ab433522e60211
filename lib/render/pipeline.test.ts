import { render, stableNAndSomeMore } from './pipeline';

const xr = {
  apiVersion: 'example.org/v1',
  kind: 'XApp',
  metadata: { name: 'app-abcde', uid: 'u-1' },
  spec: { size: 'small', withCache: false, claimRef: { apiVersion: 'example.org/v1', kind: 'App', name: 'app', namespace: 'team' } },
};

const pt = (resources: unknown[]) => ({
  step: 'patch-and-transform',
  functionRef: { name: 'function-patch-and-transform' },
  input: { apiVersion: 'pt.fn.crossplane.io/v1beta1', kind: 'Resources', resources },
});

const composition = (...pipeline: unknown[]) => ({
  apiVersion: 'apiextensions.crossplane.io/v1',
  kind: 'Composition',
  metadata: { name: 'app' },
  spec: { compositeTypeRef: { apiVersion: 'example.org/v1', kind: 'XApp' }, mode: 'Pipeline', pipeline },
});

const bucket = (name: string) => ({
  name,
  base: { apiVersion: 's3.example.org/v1', kind: 'Bucket', spec: {} },
  patches: [
    { fromFieldPath: 'spec.size', toFieldPath: 'spec.size' },
    { type: 'ToCompositeFieldPath', fromFieldPath: 'status.id', toFieldPath: `status.${name}` },
  ],
});

const observedBucket = (name: string, ready: boolean) => ({
  apiVersion: 's3.example.org/v1',
  kind: 'Bucket',
  metadata: { name: `app-abcde-${name}`, annotations: { 'crossplane.io/composition-resource-name': name } },
  status: { id: `id-${name}`, conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
});

describe('render', () => {
  it('adds the metadata crossplane render adds, sorted by resource name', () => {
    const out = render({ composite: xr, composition: composition(pt([bucket('logs'), bucket('backup')])) });
    expect(out.resources.map((r) => r.metadata.annotations['crossplane.io/composition-resource-name'])).toEqual(['backup', 'logs']);
    expect(out.resources[0].metadata).toEqual({
      generateName: 'app-abcde-',
      annotations: { 'crossplane.io/composition-resource-name': 'backup' },
      labels: { 'crossplane.io/composite': 'app-abcde', 'crossplane.io/claim-name': 'app', 'crossplane.io/claim-namespace': 'team' },
      ownerReferences: [{ apiVersion: 'example.org/v1', kind: 'XApp', name: 'app-abcde', uid: 'u-1', controller: true, blockOwnerDeletion: true }],
    });
    expect(out.resources[0].spec.size).toBe('small');
  });

  it('is not Ready until every composed resource is observed ready, worded as Crossplane words it', () => {
    const out = render({ composite: xr, composition: composition(pt([bucket('logs'), bucket('backup')])) });
    expect(out.composite.status.conditions).toEqual([
      { type: 'Ready', status: 'False', reason: 'Creating', message: 'Unready resources: backup, logs', lastTransitionTime: '2024-01-01T00:00:00Z' },
    ]);
    const partly = render({
      composite: xr,
      composition: composition(pt([bucket('logs'), bucket('backup')])),
      observed: [observedBucket('logs', true), observedBucket('backup', false)],
    });
    expect(partly.composite.status.conditions[0].message).toBe('Unready resources: backup');
  });

  it('is Ready when all are, and carries status patched from observed resources', () => {
    const out = render({
      composite: xr,
      composition: composition(pt([bucket('logs'), bucket('backup')])),
      observed: [observedBucket('logs', true), observedBucket('backup', true)],
    });
    expect(out.composite.status).toEqual({
      logs: 'id-logs',
      backup: 'id-backup',
      conditions: [{ type: 'Ready', status: 'True', reason: 'Available', lastTransitionTime: '2024-01-01T00:00:00Z' }],
    });
    // As `crossplane render` prints it: what the pipeline desires for the XR (a status), named after the input.
    expect(out.composite).toEqual({ apiVersion: xr.apiVersion, kind: xr.kind, metadata: { name: xr.metadata.name }, status: out.composite.status });
    expect(out.resources.map((r) => r.metadata.name)).toEqual(['app-abcde-backup', 'app-abcde-logs']);
  });

  it('lists at most three unready resources', () => expect(stableNAndSomeMore(3, ['e', 'd', 'c', 'b', 'a'])).toBe('a, b, c, and 2 more'));

  it('runs cel-filter after P&T on the desired state it produced', () => {
    const filter = {
      step: 'filter',
      functionRef: { name: 'function-cel-filter' },
      input: {
        apiVersion: 'cel.fn.crossplane.io/v1beta1',
        kind: 'Filters',
        filters: [{ name: 'cache', expression: 'observed.composite.resource.spec.withCache == true' }],
      },
    };
    const out = render({ composite: xr, composition: composition(pt([bucket('logs'), bucket('cache')]), filter) });
    expect(out.resources.map((r) => r.metadata.annotations['crossplane.io/composition-resource-name'])).toEqual(['logs']);
  });

  it('stops at a fatal result and names step, resource and patch', () => {
    const bad = {
      name: 'logs',
      base: { apiVersion: 'v1', kind: 'X' },
      patches: [{ fromFieldPath: 'spec.size', toFieldPath: 'spec.x', transforms: [{ type: 'convert', convert: { toType: 'int' } }] }],
    };
    const out = render({ composite: xr, composition: composition(pt([bad])) });
    expect(out.resources).toEqual([]);
    expect(out.fatal).toMatchObject({ step: 'patch-and-transform', resource: 'logs', patch: { index: 0, type: 'FromCompositeFieldPath' } });
    expect(out.fatal?.message).toBe(
      'pipeline step "patch-and-transform" returned a fatal result: cannot render composed resource "logs" "FromCompositeFieldPath" patch at index 0: transform at index 0 returned error: convert transform could not resolve: strconv.ParseInt: parsing "small": invalid syntax',
    );
  });

  it('returns warnings with their step', () => {
    const required = { ...bucket('logs'), patches: [{ fromFieldPath: 'spec.nope', toFieldPath: 'spec.x', policy: { fromFieldPath: 'Required' } }] };
    const out = render({ composite: xr, composition: composition(pt([required])) });
    expect(out.resources).toEqual([]);
    expect(out.results).toMatchObject([{ severity: 'Warning', step: 'patch-and-transform', resource: 'logs' }]);
    // P&T fn.go RunFunction marks the desired XR READY_FALSE when it withholds a resource; crossplane
    // cmd/crank/render/render.go `Render` then sets Creating without a message.
    expect(out.composite.status.conditions[0]).toEqual({ type: 'Ready', status: 'False', reason: 'Creating', lastTransitionTime: '2024-01-01T00:00:00Z' });
  });

  it('composes into the namespace of a namespaced XR', () => {
    const nsXr = { ...xr, metadata: { name: 'app', namespace: 'team' }, spec: {} };
    expect(render({ composite: nsXr, composition: composition(pt([bucket('logs')])) }).resources[0].metadata.namespace).toBe('team');
  });

  it('refuses functions it does not emulate, and non-Pipeline compositions', () => {
    const other = {
      step: 'go',
      functionRef: { name: 'function-go-templating' },
      input: { apiVersion: 'gotemplating.fn.crossplane.io/v1beta1', kind: 'GoTemplate' },
    };
    expect(() => render({ composite: xr, composition: composition(other) })).toThrow(
      /pipeline step "go" \(function function-go-templating\) has input gotemplating.fn.crossplane.io\/v1beta1\/GoTemplate/,
    );
    const resourcesMode = { ...composition(), spec: { compositeTypeRef: { apiVersion: 'example.org/v1', kind: 'XApp' }, resources: [] } };
    expect(() => render({ composite: xr, composition: resourcesMode })).toThrow(/uses mode Resources; only mode: Pipeline/);
    expect(() => render({ composite: { ...xr, kind: 'Other' }, composition: composition(pt([])) })).toThrow(
      /composes example.org\/v1\/XApp, not example.org\/v1\/Other/,
    );
  });

  it('passes the context between steps', () => {
    const first = {
      step: 'one',
      input: {
        apiVersion: 'pt.fn.crossplane.io/v1beta1',
        kind: 'Resources',
        environment: { patches: [{ type: 'ToEnvironmentFieldPath', fromFieldPath: 'spec.size', toFieldPath: 'size' }] },
      },
    };
    const second = pt([
      {
        name: 'logs',
        base: { apiVersion: 'v1', kind: 'X' },
        patches: [{ type: 'FromEnvironmentFieldPath', fromFieldPath: 'size', toFieldPath: 'spec.fromEnv' }],
      },
    ]);
    const out = render({ composite: xr, composition: composition(first, second) });
    expect(out.resources[0].spec.fromEnv).toBe('small');
  });
});

describe('composed resource metadata, as crossplane render sets it', () => {
  const named = { apiVersion: 'example.org/v1', kind: 'Thing', metadata: { name: 'fixed' }, spec: {} };
  const p = (base: any) => ({ name: 'thing', base });

  it('a resource the composition names gets no generateName', () => {
    const out = render({ composite: xr, composition: composition(pt([p(named)])) });
    expect(out.resources[0].metadata).toMatchObject({ name: 'fixed' });
    expect(out.resources[0].metadata.generateName).toBeUndefined();
  });

  it('a nested XR prefixes and labels with its root composite, and passes on its claim labels', () => {
    const nested = {
      ...xr,
      metadata: { ...xr.metadata, labels: { 'crossplane.io/composite': 'root-xyz', 'crossplane.io/claim-name': 'c', 'crossplane.io/claim-namespace': 'ns' } },
    };
    const out = render({ composite: nested, composition: composition(pt([p({ apiVersion: 'example.org/v1', kind: 'Thing', spec: {} })])) });
    expect(out.resources[0].metadata).toMatchObject({
      generateName: 'root-xyz-',
      labels: { 'crossplane.io/composite': 'root-xyz', 'crossplane.io/claim-name': 'c', 'crossplane.io/claim-namespace': 'ns' },
    });
  });
});
