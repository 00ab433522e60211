import { CONNECTION_SECRET_TYPE, composeConnectionSecret, connectionSecretRef, isModernComposite } from './connection-secret';
import { render } from './pipeline';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** A namespaced (Crossplane 2) XR: no claim, lives in a namespace. */
const nsXr = {
  apiVersion: 'example.org/v1',
  kind: 'Database',
  metadata: { name: 'orders', namespace: 'team-a', uid: 'u-1' },
  spec: { engine: 'postgres', secretPrefix: 'db', env: 'prod' },
};

/** A legacy (Crossplane 1) XR made for a claim. */
const v1Xr = {
  apiVersion: 'example.org/v1',
  kind: 'Database',
  metadata: { name: 'orders-x7k2p', uid: 'u-2' },
  spec: { engine: 'postgres', claimRef: { apiVersion: 'example.org/v1', kind: 'DatabaseClaim', name: 'orders', namespace: 'team-a' } },
};

/** A cluster-scoped Crossplane 2 XR, as Crossplane hands it to functions. */
const clusterXr = {
  apiVersion: 'example.org/v1',
  kind: 'Database',
  metadata: { name: 'shared', uid: 'u-3' },
  spec: { engine: 'postgres', crossplane: { compositionRef: { name: 'db' } } },
};

const instance = {
  name: 'instance',
  base: { apiVersion: 'rds.example.org/v1', kind: 'Instance', spec: {} },
  patches: [{ fromFieldPath: 'spec.engine', toFieldPath: 'spec.engine' }],
  connectionDetails: [
    { name: 'endpoint', type: 'FromFieldPath', fromFieldPath: 'status.atProvider.address' },
    { name: 'password', type: 'FromConnectionSecretKey', fromConnectionSecretKey: 'attribute.password' },
    { name: 'port', type: 'FromValue', value: '5432' },
  ],
};

const observedInstance = {
  apiVersion: 'rds.example.org/v1',
  kind: 'Instance',
  metadata: { name: 'orders-abc12', annotations: { 'crossplane.io/composition-resource-name': 'instance' } },
  status: { atProvider: { address: 'orders.abc.rds.example.com' }, conditions: [{ type: 'Ready', status: 'True' }] },
  connectionDetails: { 'attribute.password': 's3cr=t/ü' },
};

function composition(writeConnectionSecretToRef?: unknown, resources: unknown[] = [instance]) {
  return {
    apiVersion: 'apiextensions.crossplane.io/v1',
    kind: 'Composition',
    metadata: { name: 'db' },
    spec: {
      compositeTypeRef: { apiVersion: 'example.org/v1', kind: 'Database' },
      mode: 'Pipeline',
      pipeline: [
        {
          step: 'patch-and-transform',
          functionRef: { name: 'function-patch-and-transform' },
          input: {
            apiVersion: 'pt.fn.crossplane.io/v1beta1',
            kind: 'Resources',
            resources,
            ...(writeConnectionSecretToRef ? { writeConnectionSecretToRef } : {}),
          },
        },
      ],
    },
  };
}

const secretOf = (out: ReturnType<typeof render>) =>
  out.resources.find((r) => r.metadata.annotations['crossplane.io/composition-resource-name'] === `${out.composite.metadata.name}-connection-secret`);

describe('v2 (namespaced) XR with connection details', () => {
  it('gets a Secret named <xr>-connection in its namespace, data base64, connection type, ready', () => {
    const out = render({ composite: nsXr, composition: composition({}), observed: [observedInstance] });
    expect(out.results).toEqual([]);
    expect(secretOf(out)).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: 'orders-connection',
        namespace: 'team-a',
        // fn.go RunFunction (P&T v0.10.8): the composition resource name is `<xr-name>-connection-secret`.
        annotations: { 'crossplane.io/composition-resource-name': 'orders-connection-secret' },
        labels: { 'crossplane.io/composite': 'orders' },
        ownerReferences: [{ apiVersion: 'example.org/v1', kind: 'Database', name: 'orders', uid: 'u-1', controller: true, blockOwnerDeletion: true }],
      },
      data: { endpoint: b64('orders.abc.rds.example.com'), password: b64('s3cr=t/ü'), port: b64('5432') },
      type: CONNECTION_SECRET_TYPE,
    });
    // The Secret is desired ready, so it never holds the XR back.
    expect(out.composite.status.conditions.find((c: any) => c.type === 'Ready')).toMatchObject({ status: 'True' });
    // The details are still returned as well (Crossplane 2 does nothing with them for a v2 XR).
    expect(out.connectionDetails).toEqual({ endpoint: 'orders.abc.rds.example.com', password: 's3cr=t/ü', port: '5432' });
  });

  it('is composed without writeConnectionSecretToRef in the input too (upstream defaults a missing reference)', () => {
    const out = render({ composite: nsXr, composition: composition(), observed: [observedInstance] });
    expect(secretOf(out)?.metadata.name).toBe('orders-connection');
  });

  it('functions see spec.crossplane on a namespaced XR; the rendered XR carries no spec', () => {
    expect(isModernComposite(nsXr)).toBe(false);
    const out = render({ composite: nsXr, composition: composition(), observed: [observedInstance] });
    expect(secretOf(out)).toBeDefined();
    expect(out.composite.spec).toBeUndefined();
    expect(out.composite.metadata).toEqual({ name: nsXr.metadata.name, namespace: nsXr.metadata.namespace });
  });

  it('no connection details yet: no Secret', () => {
    const out = render({ composite: nsXr, composition: composition({}) });
    expect(out.resources.map((r) => r.kind)).toEqual(['Instance']);
    expect(out.results).toEqual([]);
  });
});

describe('the secret reference', () => {
  it('patches set name (FromCompositeFieldPath with a transform) and namespace (CombineFromComposite)', () => {
    const ref = {
      patches: [
        {
          type: 'FromCompositeFieldPath',
          fromFieldPath: 'metadata.name',
          toFieldPath: 'name',
          transforms: [{ type: 'string', string: { type: 'Format', fmt: '%s-creds' } }],
        },
        {
          type: 'CombineFromComposite',
          combine: { strategy: 'string', variables: [{ fromFieldPath: 'spec.secretPrefix' }, { fromFieldPath: 'spec.env' }], string: { fmt: '%s-%s' } },
          toFieldPath: 'namespace',
        },
      ],
    };
    const out = render({ composite: nsXr, composition: composition(ref), observed: [observedInstance] });
    // The patched namespace is in the reference; like `crossplane render`, a namespaced XR's composed resources are
    // then placed in its own namespace (it can compose nothing elsewhere).
    expect(secretOf(out)?.metadata).toMatchObject({ name: 'orders-creds', namespace: 'team-a' });
  });

  it('patches apply over the input name and namespace; a toFieldPath other than name or namespace is dropped', () => {
    const ref = connectionSecretRef(nsXr, {
      name: 'fixed',
      namespace: 'elsewhere',
      patches: [
        { fromFieldPath: 'spec.env', toFieldPath: 'namespace' },
        { fromFieldPath: 'spec.engine', toFieldPath: 'metadata.labels.engine' },
      ],
    });
    expect(ref).toEqual({ name: 'fixed', namespace: 'prod' });
  });

  it('an input name alone is taken whole: the namespace is then the XR namespace Crossplane composes into', () => {
    expect(connectionSecretRef(nsXr, { name: 'orders-db' })).toEqual({ name: 'orders-db', namespace: '' });
    const out = render({ composite: nsXr, composition: composition({ name: 'orders-db' }), observed: [observedInstance] });
    expect(secretOf(out)?.metadata).toMatchObject({ name: 'orders-db', namespace: 'team-a' });
  });

  it('an input namespace alone leaves the name empty, so the Secret only has generateName (upstream quirk)', () => {
    const secret = composeConnectionSecret(nsXr, { a: 'b' }, { namespace: 'team-b' });
    expect(secret?.metadata).toEqual({ namespace: 'team-b' });
  });

  it("the XR's own spec.writeConnectionSecretToRef comes first when an XR author added it", () => {
    const xr = { ...nsXr, spec: { ...nsXr.spec, writeConnectionSecretToRef: { name: 'mine' } } };
    expect(connectionSecretRef(xr, { name: 'composition-default', namespace: 'x' })).toEqual({ name: 'mine', namespace: '' });
  });

  it('a missing field skips an Optional patch; a Required one, or a Combine with a missing variable, fails the step', () => {
    expect(connectionSecretRef(nsXr, { patches: [{ fromFieldPath: 'spec.nope', toFieldPath: 'name' }] })).toEqual({
      name: 'orders-connection',
      namespace: 'team-a',
    });
    const required = render({
      composite: nsXr,
      composition: composition({ patches: [{ fromFieldPath: 'spec.nope', toFieldPath: 'name', policy: { fromFieldPath: 'Required' } }] }),
      observed: [observedInstance],
    });
    expect(required.fatal?.message).toBe(
      'pipeline step "patch-and-transform" returned a fatal result: cannot compose connection secret: cannot generate connection secret reference: ' +
        'cannot apply connection secret patches: cannot apply patch type FromCompositeFieldPath at index 0: spec.nope: no such field',
    );
    expect(() =>
      connectionSecretRef(nsXr, {
        patches: [
          {
            type: 'CombineFromComposite',
            combine: { strategy: 'string', variables: [{ fromFieldPath: 'spec.nope' }], string: { fmt: '%s' } },
            toFieldPath: 'name',
          },
        ],
      }),
    ).toThrow('cannot apply connection secret patches: cannot apply patch type CombineFromComposite at index 0: spec.nope: no such field');
  });

  it('other patch types are refused', () => {
    expect(() => connectionSecretRef(nsXr, { patches: [{ type: 'ToCompositeFieldPath', fromFieldPath: 'a', toFieldPath: 'name' }] })).toThrow(
      'cannot apply connection secret patches: unsupported patch type ToCompositeFieldPath at index 0',
    );
  });
});

describe('v1 XR', () => {
  it('ignores writeConnectionSecretToRef silently and returns the details for Crossplane to write', () => {
    expect(isModernComposite(v1Xr)).toBe(false);
    const out = render({ composite: v1Xr, composition: composition({ name: 'ignored', namespace: 'ignored' }), observed: [{ ...observedInstance }] });
    expect(out.resources.map((r) => r.kind)).toEqual(['Instance']);
    expect(out.results).toEqual([]);
    expect(out.connectionDetails).toEqual({ endpoint: 'orders.abc.rds.example.com', password: 's3cr=t/ü', port: '5432' });
  });
});

describe('cluster-scoped v2 XR', () => {
  it('without a namespace anywhere: upstream composes the Secret without one; the renderer warns', () => {
    const out = render({ composite: clusterXr, composition: composition({}), observed: [observedInstance] });
    expect(out.fatal).toBeUndefined();
    const secret = secretOf(out);
    expect(secret?.metadata.name).toBe('shared-connection');
    expect(secret?.metadata.namespace).toBeUndefined();
    expect(out.results).toEqual([
      {
        severity: 'Warning',
        step: 'patch-and-transform',
        resource: 'shared-connection-secret',
        message:
          '(render) the connection Secret for cluster-scoped composite resource "shared" has no namespace: set writeConnectionSecretToRef.namespace (or patch it); ' +
          'function-patch-and-transform composes it anyway and Crossplane cannot apply a Secret without one',
      },
    ]);
  });

  it('with a namespace from the input: no warning', () => {
    const out = render({ composite: clusterXr, composition: composition({ namespace: 'platform' }), observed: [observedInstance] });
    expect(secretOf(out)?.metadata).toMatchObject({ namespace: 'platform' });
    expect(secretOf(out)?.metadata.name).toBeUndefined();
    expect(out.results).toEqual([]);
  });
});
