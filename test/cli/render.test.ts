import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { runRenderCli } from '../../cli/render';

const xrd = `apiVersion: apiextensions.crossplane.io/v1
kind: CompositeResourceDefinition
metadata: {name: xapps.example.org}
spec:
  group: example.org
  names: {kind: XApp, plural: xapps}
  claimNames: {kind: App, plural: apps}
  versions:
  - name: v1
    served: true
    referenceable: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            properties:
              size: {type: string, default: small}
`;

const composition = `apiVersion: apiextensions.crossplane.io/v1
kind: Composition
metadata: {name: other}
spec:
  compositeTypeRef: {apiVersion: example.org/v1, kind: XOther}
  mode: Pipeline
  pipeline: []
---
apiVersion: apiextensions.crossplane.io/v1
kind: Composition
metadata: {name: app}
spec:
  compositeTypeRef: {apiVersion: example.org/v1, kind: XApp}
  mode: Pipeline
  pipeline:
  - step: pt
    functionRef: {name: function-patch-and-transform}
    input:
      apiVersion: pt.fn.crossplane.io/v1beta1
      kind: Resources
      resources:
      - name: bucket
        base: {apiVersion: s3.example.org/v1, kind: Bucket, spec: {}}
        patches:
        - {fromFieldPath: spec.size, toFieldPath: spec.size}
        - {fromFieldPath: spec.nope, toFieldPath: spec.x, policy: {fromFieldPath: Required}}
      - name: queue
        base: {apiVersion: sqs.example.org/v1, kind: Queue, spec: {}}
        patches:
        - {fromFieldPath: spec.size, toFieldPath: spec.size}
        - {type: ToCompositeFieldPath, fromFieldPath: status.url, toFieldPath: status.queueUrl}
`;

const claim = `apiVersion: example.org/v1
kind: App
metadata: {name: app, namespace: team}
spec: {}
`;

const observed = `apiVersion: sqs.example.org/v1
kind: Queue
metadata: {name: app-q, annotations: {crossplane.io/composition-resource-name: queue}}
status: {url: https://q, conditions: [{type: Ready, status: "True"}]}
`;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'render-cli-'));
  fs.mkdirSync(path.join(dir, 'dist', 'claim'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'dist', 'claim', 'definition.yaml'), xrd);
  fs.writeFileSync(path.join(dir, 'dist', 'claim', 'composition.yaml'), composition);
  fs.writeFileSync(path.join(dir, 'claim.yaml'), claim);
  fs.writeFileSync(path.join(dir, 'observed.yaml'), observed);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], root = dir) {
  let stdout = '';
  let stderr = '';
  const code = runRenderCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir, root });
  return { code, stdout, stderr };
}

describe('render CLI', () => {
  it('prints the XR, then each composed resource; warnings go to stderr', () => {
    const { code, stdout, stderr } = cli(['claim.yaml', '--observed', 'observed.yaml']);
    expect(code).toBe(0);
    const docs = parseAllDocuments(stdout).map((d) => d.toJS());
    expect(docs.map((d) => d.kind)).toEqual(['XApp', 'Queue']);
    expect(docs[0].spec).toBeUndefined(); // as crossplane render prints the XR: what the pipeline desires
    expect(docs[0].status.queueUrl).toBe('https://q');
    expect(docs[1].metadata.name).toBe('app-q');
    expect(stderr).toMatch(/^warning: step pt: not adding new composed resource "bucket"/);
  });

  it('prints JSON on request: one array JSON.parse reads, the XR first', () => {
    const { code, stdout } = cli(['claim.yaml', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((d: any) => d.kind)).toEqual(['XApp', 'Queue']);
  });

  it('explicit files win over dist/', () => {
    fs.writeFileSync(path.join(dir, 'def.yaml'), xrd);
    expect(cli(['claim.yaml', '--xrd', 'def.yaml', '--composition', 'dist/claim/composition.yaml'], '/nonexistent').code).toBe(0);
  });

  it('tells the user to synth when dist/ is missing', () => {
    const { code, stderr } = cli(['claim.yaml'], '/nonexistent');
    expect(code).toBe(2);
    expect(stderr).toMatch(/no dist\/\*\/definition.yaml under \/nonexistent: run `npm run synth` first, or pass --xrd FILE/);
  });

  it('a bad flag is a one-line error plus usage', () => {
    const { code, stderr } = cli(['claim.yaml', '--bogus']);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toMatch(/^error: Unknown option '--bogus'/);
    expect(stderr).toMatch(/usage: npm run render/);
    expect(cli(['claim.yaml', '--format', 'xml']).code).toBe(2);
    expect(cli([]).stderr).toMatch(/missing the claim or XR file/);
  });

  it('an unreadable file is a one-line setup error naming it', () => {
    const { code, stderr } = cli(['nope.yaml']);
    expect(code).toBe(2);
    expect(stderr).toBe('error: cannot read nope.yaml: no such file\n');
  });

  it('a fatal result exits non-zero naming resource, patch and reason', () => {
    const broken = composition.replace(
      '{fromFieldPath: spec.size, toFieldPath: spec.size}',
      '{fromFieldPath: spec.size, toFieldPath: spec.size, transforms: [{type: map, map: {big: x}}]}',
    );
    fs.writeFileSync(path.join(dir, 'broken.yaml'), broken);
    const { code, stderr } = cli(['claim.yaml', '--composition', 'broken.yaml']);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /error: pipeline step "pt" returned a fatal result: cannot render composed resource "bucket" "FromCompositeFieldPath" patch at index 0: .*key small is not found in map/,
    );
  });
});

// The no-XRD contract of crossplane cmd/crank/render/cmd.go `Cmd.Run`: the XR is taken as given, `--xrd` only
// adds defaults (DefaultValues); v1 vs v2 is told by spec.crossplane (P&T connection.go supportsConnectionDetails).
describe('render CLI without an XRD', () => {
  const otherComposition = `apiVersion: apiextensions.crossplane.io/v1
kind: Composition
metadata: {name: db}
spec:
  compositeTypeRef: {apiVersion: data.acme.io/v1alpha1, kind: XDatabase}
  mode: Pipeline
  pipeline:
  - step: pt
    functionRef: {name: function-patch-and-transform}
    input:
      apiVersion: pt.fn.crossplane.io/v1beta1
      kind: Resources
      resources:
      - name: instance
        base: {apiVersion: rds.example.org/v1, kind: Instance, spec: {}}
        patches:
        - {fromFieldPath: spec.engine, toFieldPath: spec.forProvider.engine}
        connectionDetails:
        - {name: host, type: FromValue, value: db.internal}
`;
  const xr = (extra: string) => `apiVersion: data.acme.io/v1alpha1
kind: XDatabase
metadata: {name: orders, namespace: shop}
spec:
  engine: postgres
${extra}`;

  beforeAll(() => {
    fs.writeFileSync(path.join(dir, 'db-composition.yaml'), otherComposition);
    fs.writeFileSync(path.join(dir, 'xr-v2.yaml'), xr('  crossplane: {compositionRef: {name: db}}\n'));
    fs.writeFileSync(
      path.join(dir, 'db-observed.yaml'),
      'apiVersion: rds.example.org/v1\nkind: Instance\nmetadata: {name: orders-x1, namespace: shop, annotations: {crossplane.io/composition-resource-name: instance}}\n',
    );
    fs.writeFileSync(path.join(dir, 'xr-cluster-v1.yaml'), xr('').replace('namespace: shop', 'labels: {a: b}'));
  });

  it('renders an XR of an API group no XRD serves, given only the Composition', () => {
    const { code, stdout, stderr } = cli(['xr-v2.yaml', '--composition', 'db-composition.yaml', '--observed', 'db-observed.yaml']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const docs = parseAllDocuments(stdout).map((d) => d.toJS());
    expect(docs[0]).toMatchObject({ apiVersion: 'data.acme.io/v1alpha1', kind: 'XDatabase', metadata: { name: 'orders', namespace: 'shop' } });
    const instance = docs.find((d) => d.kind === 'Instance');
    expect(instance.spec.forProvider.engine).toBe('postgres');
    // spec.crossplane marks a v2 XR: P&T composes its connection Secret (fn.go RunFunction).
    const secret = docs.find((d) => d.kind === 'Secret');
    expect(secret.metadata.annotations['crossplane.io/composition-resource-name']).toBe('orders-connection-secret');
  });

  it('a cluster-scoped XR without spec.crossplane is a v1 XR: no connection Secret is composed', () => {
    const { code, stdout } = cli(['xr-cluster-v1.yaml', '--composition', 'db-composition.yaml', '--observed', 'db-observed.yaml']);
    expect(code).toBe(0);
    const kinds = parseAllDocuments(stdout).map((d) => d.toJS().kind);
    expect(kinds).toEqual(['XDatabase', 'Instance']);
  });

  it('without --composition it says how to render the XR', () => {
    const { code, stderr } = cli(['xr-v2.yaml']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/pass --composition FILE \(an XR renders without an XRD/);
  });
});
