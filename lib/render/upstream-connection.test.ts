/**
 * Upstream's connection tables as data: crossplane-contrib/function-patch-and-transform connection_test.go
 * (TestExtractConnectionDetails, TestGetConnectionSecretRef, TestSupportsConnectionDetails), run through
 * `extractConnectionDetails`, `connectionSecretRef` and `isModernComposite` (upstream's `supportsConnectionDetails`
 * negated). Case names, inputs and expected values are upstream's; connection details are plain strings (upstream:
 * bytes).
 *
 * Mechanical differences:
 * - FetchConfigSuccess reads a Go `fake.Composed`; its JSON form (ObjectMeta and ConnectionSecretWriterTo embedded,
 *   hence the paths `name`, `generation`, `Ref.name`) is written out as the object here.
 * - UnsupportedPatchType expects any error (`cmpopts.AnyError`); its XR JSON does not parse upstream (trailing
 *   comma), so the XR is empty there and here.
 */
import { extractConnectionDetails, type ConnectionDetail } from './connection';
import { connectionSecretRef, isModernComposite, type SecretReference, type WriteConnectionSecretToRef } from './connection-secret';
import type { KubeObject } from './function-io';

describe('upstream connection_test.go TestExtractConnectionDetails', () => {
  const cases: Record<
    string,
    { cd: KubeObject; data?: Record<string, string>; cfg: ConnectionDetail[]; want: { conn?: Record<string, string>; err?: string } }
  > = {
    MissingNameError: {
      cd: {},
      cfg: [{ type: 'FromValue' } as ConnectionDetail],
      want: { err: 'invalid: name: Required value: name is required' },
    },
    FetchConfigSuccess: {
      cd: { name: 'test', generation: 4, creationTimestamp: null, Ref: { name: 'cool-secret', namespace: 'cool-namespace' } },
      data: { foo: 'a', bar: 'b' },
      cfg: [
        { type: 'FromConnectionSecretKey', name: 'bar', fromConnectionSecretKey: 'bar' },
        { type: 'FromConnectionSecretKey', name: 'none', fromConnectionSecretKey: 'none' },
        { type: 'FromConnectionSecretKey', name: 'convfoo', fromConnectionSecretKey: 'foo' },
        { type: 'FromValue', name: 'fixed', value: 'value' },
        { type: 'FromFieldPath', name: 'name', fromFieldPath: 'name' },
        { type: 'FromFieldPath', name: 'generation', fromFieldPath: 'generation' },
        { type: 'FromFieldPath', name: 'secretName', fromFieldPath: 'Ref.name' },
        { type: 'FromFieldPath', name: 'secretNamespace', fromFieldPath: 'Ref.namespace' },
      ],
      want: {
        conn: { convfoo: 'a', bar: 'b', fixed: 'value', name: 'test', generation: '4', secretName: 'cool-secret', secretNamespace: 'cool-namespace' },
      },
    },
  };
  it.each(Object.entries(cases))('%s', (_name, c) => {
    let conn: Record<string, string> | undefined;
    let err: string | undefined;
    try {
      conn = extractConnectionDetails(c.cd, c.data, c.cfg);
    } catch (e) {
      err = (e as Error).message;
    }
    expect(err).toBe(c.want.err);
    // cmpopts.EquateEmpty: no details and an empty map are the same.
    if (c.want.conn) expect(conn).toEqual(c.want.conn);
    else expect(conn === undefined || Object.keys(conn).length === 0).toBe(true);
  });
});

describe('upstream connection_test.go TestGetConnectionSecretRef', () => {
  const xr = (o: KubeObject): KubeObject => ({ apiVersion: 'example.org/v1', kind: 'XR', ...o });
  const cases: Record<string, { xr: KubeObject; input?: WriteConnectionSecretToRef; existingRef?: SecretReference; want: SecretReference | 'error' }> = {
    XRRefProvidedNoInput: {
      xr: xr({ metadata: { uid: 'test-uid-456' }, spec: { writeConnectionSecretToRef: { name: 'xr-secret', namespace: 'xr-namespace' } } }),
      want: { name: 'xr-secret', namespace: 'xr-namespace' },
    },
    InputProvidedNoXRRef: {
      xr: xr({ metadata: { uid: 'test-uid-123' } }),
      input: { name: 'my-custom-secret', namespace: 'custom-namespace' },
      want: { name: 'my-custom-secret', namespace: 'custom-namespace' },
    },
    XRRefAndInputProvided: {
      xr: xr({ metadata: { uid: 'test-uid-456' }, spec: { writeConnectionSecretToRef: { name: 'xr-secret', namespace: 'xr-namespace' } } }),
      input: { name: 'my-custom-secret', namespace: 'custom-namespace' },
      want: { name: 'xr-secret', namespace: 'xr-namespace' },
    },
    GenerateDefault: {
      xr: xr({ metadata: { name: 'my-xr', namespace: 'xr-namespace', uid: 'test-uid-789' } }),
      want: { name: 'my-xr-connection', namespace: 'xr-namespace' },
    },
    ExistingRefProvidedNoInput: {
      xr: xr({ metadata: { name: 'my-xr', uid: 'test-uid-existing' } }),
      existingRef: { name: 'existing-secret', namespace: 'tenant-a' },
      want: { name: 'existing-secret', namespace: 'tenant-a' },
    },
    ExistingRefWithPartialInputOverride: {
      xr: xr({ metadata: { name: 'my-xr', uid: 'test-uid-partial' } }),
      input: { name: 'new-secret-name' },
      existingRef: { name: 'existing-secret', namespace: 'tenant-a' },
      want: { name: 'new-secret-name', namespace: 'tenant-a' },
    },
    PatchFromCompositeFieldPath: {
      xr: xr({ metadata: { name: 'my-database', namespace: 'production', uid: 'test-uid-456' }, spec: { parameters: { env: 'prod' } } }),
      input: {
        patches: [
          {
            type: 'FromCompositeFieldPath',
            fromFieldPath: 'metadata.uid',
            toFieldPath: 'name',
            transforms: [{ type: 'string', string: { type: 'Format', fmt: '%s-cool-creds' } }],
          },
          { type: 'FromCompositeFieldPath', fromFieldPath: 'spec.parameters.env', toFieldPath: 'namespace' },
        ],
      },
      want: { name: 'test-uid-456-cool-creds', namespace: 'prod' },
    },
    CombineFromComposite: {
      xr: xr({ metadata: { name: 'db-instance', namespace: 'default' }, spec: { parameters: { appName: 'myapp', env: 'staging' } } }),
      input: {
        patches: [
          {
            type: 'CombineFromComposite',
            combine: {
              variables: [{ fromFieldPath: 'spec.parameters.appName' }, { fromFieldPath: 'spec.parameters.env' }],
              strategy: 'string',
              string: { fmt: '%s-%s-cool-creds' },
            },
            toFieldPath: 'name',
          },
        ],
      },
      want: { name: 'myapp-staging-cool-creds', namespace: 'default' },
    },
    PatchesWithStaticBase: {
      xr: xr({ metadata: { name: 'my-xr', namespace: 'default' }, spec: { targetNamespace: 'custom-ns' } }),
      input: {
        name: 'base-secret-name',
        namespace: 'base-secret-namespace',
        patches: [{ type: 'FromCompositeFieldPath', fromFieldPath: 'spec.targetNamespace', toFieldPath: 'namespace' }],
      },
      want: { name: 'base-secret-name', namespace: 'custom-ns' },
    },
    UnsupportedPatchType: {
      xr: {},
      input: { patches: [{ type: 'CombineToEnvironment' }] },
      want: 'error',
    },
  };
  it.each(Object.entries(cases))('%s', (_name, c) => {
    if (c.want === 'error') {
      expect(() => connectionSecretRef(c.xr, c.input, c.existingRef)).toThrow();
      return;
    }
    expect(connectionSecretRef(c.xr, c.input, c.existingRef)).toEqual(c.want);
  });
});

describe('upstream connection_test.go TestSupportsConnectionDetails', () => {
  const cases: Record<string, { xr: KubeObject; supportsConnectionDetails: boolean }> = {
    V1LegacyXRWithoutCrossplaneField: {
      xr: { apiVersion: 'example.org/v1', kind: 'XR', metadata: { uid: 'test-uid' }, spec: { writeConnectionSecretToRef: { name: 'my-secret' } } },
      supportsConnectionDetails: true,
    },
    V2ModernXRWithCrossplaneField: {
      xr: { apiVersion: 'example.org/v1', kind: 'XR', metadata: { uid: 'test-uid' }, spec: { crossplane: { compositionRef: { name: 'my-comp' } } } },
      supportsConnectionDetails: false,
    },
    V2XRWithWriteConnectionSecretToRefInSchema: {
      xr: {
        apiVersion: 'example.org/v1',
        kind: 'XR',
        metadata: { uid: 'test-uid' },
        spec: { crossplane: { compositionRef: { name: 'my-comp' } }, writeConnectionSecretToRef: { name: 'my-secret' } },
      },
      supportsConnectionDetails: false,
    },
  };
  it.each(Object.entries(cases))('%s', (_name, c) => {
    expect(!isModernComposite(c.xr)).toBe(c.supportsConnectionDetails);
  });
});
