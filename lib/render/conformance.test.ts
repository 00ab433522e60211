/**
 * Conformance cases written from the upstream sources (not ported from their tests): for each, the source that
 * decides it, and the result predicted by reading that code. Each runs the whole offline pipeline (`render`),
 * as `crossplane render` would run the functions.
 *
 * Sources (pinned): function-patch-and-transform v0.10.8 (fn.go, patches.go, transforms.go, ready.go),
 * function-sdk-go v0.5.0 (request/request.go, resource/resource.go), crossplane-runtime v2.1.0
 * (pkg/fieldpath/paved.go, merge.go), crossplane v2.1.0 cmd/crank/render/render.go, go-json-experiment at the
 * version function-sdk-go v0.5.0 pins.
 */
import { render, type RenderOutput } from './pipeline';
import type { KubeObject } from './function-io';

const XR = {
  apiVersion: 'example.org/v1',
  kind: 'XApp',
  metadata: { name: 'app-1', uid: 'u-1' },
  spec: { size: 3, big: 123456789, hundredK: 100000, million: 1000000, nothing: null, more: [2, 3], names: ['b', 'c'] },
};

const ptStep = (step: string, resources: unknown[], extra: KubeObject = {}) => ({
  step,
  functionRef: { name: 'function-patch-and-transform' },
  input: { apiVersion: 'pt.fn.crossplane.io/v1beta1', kind: 'Resources', resources, ...extra },
});

const composition = (...pipeline: unknown[]) => ({
  apiVersion: 'apiextensions.crossplane.io/v1',
  kind: 'Composition',
  metadata: { name: 'app' },
  spec: { compositeTypeRef: { apiVersion: 'example.org/v1', kind: 'XApp' }, mode: 'Pipeline', pipeline },
});

const base = { apiVersion: 'example.org/v1', kind: 'Thing', spec: {} };
const thing = (patches: unknown[], extra: KubeObject = {}) => ({ name: 'thing', base, patches, ...extra });
const observedThing = (status: KubeObject): KubeObject => ({
  apiVersion: 'example.org/v1',
  kind: 'Thing',
  metadata: { name: 'app-1-thing', annotations: { 'crossplane.io/composition-resource-name': 'thing' } },
  status,
});

interface Case {
  /** The upstream code that decides the outcome. */
  source: string;
  pipeline: unknown[];
  observed?: KubeObject[];
  context?: Record<string, unknown>;
  composite?: KubeObject;
  /** Predicted outcome, checked against the render output. */
  want: (out: RenderOutput) => void;
}

const fmtPatch = (fromFieldPath: string, fmt: string) => ({
  fromFieldPath,
  toFieldPath: 'spec.out',
  transforms: [{ type: 'string', string: { type: 'Format', fmt } }],
});
const thingOf = (out: RenderOutput) => out.resources.find((r) => r.metadata.annotations['crossplane.io/composition-resource-name'] === 'thing');
const warnings = (out: RenderOutput) => out.results.filter((r) => r.severity === 'Warning').map((r) => r.message);
const readyCondition = (out: RenderOutput) => out.composite.status.conditions.find((c: KubeObject) => c.type === 'Ready');

const cases: Record<string, Case> = {
  // ---- numbers: function-sdk-go resource.AsObject → SetUnstructuredContent(s.AsMap()): every number is float64
  '%d of an XR number prints a Go format error (AsObject float64; transforms.go ResolveString fmt.Sprintf)': {
    source: 'function-sdk-go v0.5.0 resource/resource.go AsObject; P&T transforms.go ResolveString',
    pipeline: [ptStep('pt', [thing([fmtPatch('spec.size', 'size-%d')])])],
    want: (out) => {
      expect(thingOf(out)?.spec.out).toBe('size-%!d(float64=3)');
      // Upstream is silent; the renderer points out a format that can never fit.
      expect(warnings(out)).toEqual([
        expect.stringMatching(
          /^\(render\) "FromCompositeFieldPath" patch at index 0 of composed resource "thing" writes "size-%!d\(float64=3\)": numbers reach/,
        ),
      ]);
    },
  },
  '%v of a large XR number is float64 %g (1.23456789e+08)': {
    source: 'P&T transforms.go ResolveString; Go fmt %v of float64 = %g with shortest precision',
    pipeline: [ptStep('pt', [thing([fmtPatch('spec.big', '%v')])])],
    want: (out) => expect(thingOf(out)?.spec.out).toBe('1.23456789e+08'),
  },
  '%v switches to an exponent at 1e+06, not before': {
    source: 'Go strconv.FormatFloat(f, g, -1): exponent when exp >= 6 for shortest',
    pipeline: [ptStep('pt', [thing([fmtPatch('spec.hundredK', '%v'), { ...fmtPatch('spec.million', '%v'), toFieldPath: 'spec.out2' }])])],
    want: (out) => expect([thingOf(out)?.spec.out, thingOf(out)?.spec.out2]).toEqual(['100000', '1e+06']),
  },
  'ToUpper of a large XR number upper-cases its %v form': {
    source: 'P&T transforms.go stringConvertTransform: strings.ToUpper(fmt.Sprintf("%v", input))',
    pipeline: [
      ptStep('pt', [
        thing([{ fromFieldPath: 'spec.big', toFieldPath: 'spec.out', transforms: [{ type: 'string', string: { type: 'Convert', convert: 'ToUpper' } }] }]),
      ]),
    ],
    want: (out) => expect(thingOf(out)?.spec.out).toBe('1.23456789E+08'),
  },
  'convert float64 → string is FormatFloat(f, f, -1): no exponent': {
    source: "P&T transforms.go GetConversionFunc float64→string: strconv.FormatFloat(s, 'f', -1, 64)",
    pipeline: [
      ptStep('pt', [thing([{ fromFieldPath: 'spec.big', toFieldPath: 'spec.out', transforms: [{ type: 'convert', convert: { toType: 'string' } }] }])]),
    ],
    want: (out) => expect(thingOf(out)?.spec.out).toBe('123456789'),
  },
  'a map transform of an XR number names its type float64': {
    source: 'P&T transforms.go ResolveMap: errFmtMapTypeNotSupported with %T of the input',
    pipeline: [ptStep('pt', [thing([{ fromFieldPath: 'spec.size', toFieldPath: 'spec.out', transforms: [{ type: 'map', map: { '3': 'three' } }] }])])],
    want: (out) => expect(out.fatal?.message).toMatch(/map transform could not resolve: type float64 is not supported for map transform$/),
  },
  'Join of XR numbers formats each with %v': {
    source: 'P&T transforms.go stringJoinTransform: fmt.Sprintf("%v%s", v, separator)',
    composite: { ...XR, spec: { ...XR.spec, sizes: [100000, 1000000, 2.5] } },
    pipeline: [
      ptStep('pt', [
        thing([{ fromFieldPath: 'spec.sizes', toFieldPath: 'spec.out', transforms: [{ type: 'string', string: { type: 'Join', join: { separator: ',' } } }] }]),
      ]),
    ],
    want: (out) => expect(thingOf(out)?.spec.out).toBe('100000,1e+06,2.5'),
  },
  'a number copied without transforms is written as a whole number (toValidJSON: k8s util/json → int64)': {
    source: 'P&T patches.go ApplyFromFieldPathPatch toValidJSON',
    pipeline: [ptStep('pt', [thing([{ fromFieldPath: 'spec.size', toFieldPath: 'spec.out' }])])],
    want: (out) => expect(thingOf(out)?.spec.out).toBe(3),
  },
  '%d of an environment number is a format error too (the context Struct is AsObject-ed)': {
    source: 'P&T fn.go RunFunction: resource.AsObject(v.GetStructValue(), env)',
    context: { 'apiextensions.crossplane.io/environment': { replicas: 2 } },
    pipeline: [
      ptStep('pt', [
        thing([
          {
            type: 'FromEnvironmentFieldPath',
            fromFieldPath: 'replicas',
            toFieldPath: 'spec.out',
            transforms: [{ type: 'string', string: { type: 'Format', fmt: '%d' } }],
          },
        ]),
      ]),
    ],
    want: (out) => expect(thingOf(out)?.spec.out).toBe('%!d(float64=2)'),
  },
  '%d of an observed composed number (ToCompositeFieldPath) is a format error': {
    source: 'function-sdk-go request.go GetObservedComposedResources → AsObject',
    observed: [observedThing({ replicas: 4 })],
    pipeline: [
      ptStep('pt', [
        thing([
          {
            type: 'ToCompositeFieldPath',
            fromFieldPath: 'status.replicas',
            toFieldPath: 'status.replicas',
            transforms: [{ type: 'string', string: { type: 'Format', fmt: '%d' } }],
          },
        ]),
      ]),
    ],
    want: (out) => expect(out.composite.status.replicas).toBe('%!d(float64=4)'),
  },
  'appending across steps keeps duplicate numbers: the earlier step’s array is float64, the patch value int64': {
    source: 'crossplane-runtime merge.go removeSourceDuplicates (reflect.DeepEqual); function-sdk-go GetDesiredComposedResources → AsObject',
    pipeline: [
      ptStep('first', [{ name: 'thing', base: { ...base, spec: { list: [1, 2] } } }]),
      ptStep('second', [
        { name: 'thing', patches: [{ fromFieldPath: 'spec.more', toFieldPath: 'spec.list', policy: { toFieldPath: 'ForceMergeObjectsAppendArrays' } }] },
      ]),
    ],
    want: (out) => expect(thingOf(out)?.spec.list).toEqual([1, 2, 2, 3]),
  },
  'appending within one step drops duplicate numbers (base and patch value are both int64)': {
    source: 'crossplane-runtime merge.go removeSourceDuplicates; P&T fn.go json.Unmarshal of the base',
    pipeline: [
      ptStep('only', [
        {
          name: 'thing',
          base: { ...base, spec: { list: [1, 2] } },
          patches: [{ fromFieldPath: 'spec.more', toFieldPath: 'spec.list', policy: { toFieldPath: 'ForceMergeObjectsAppendArrays' } }],
        },
      ]),
    ],
    want: (out) => expect(thingOf(out)?.spec.list).toEqual([1, 2, 3]),
  },
  'appending strings across steps still drops duplicates': {
    source: 'crossplane-runtime merge.go removeSourceDuplicates',
    pipeline: [
      ptStep('first', [{ name: 'thing', base: { ...base, spec: { list: ['a', 'b'] } } }]),
      ptStep('second', [
        { name: 'thing', patches: [{ fromFieldPath: 'spec.names', toFieldPath: 'spec.list', policy: { toFieldPath: 'ForceMergeObjectsAppendArrays' } }] },
      ]),
    ],
    want: (out) => expect(thingOf(out)?.spec.list).toEqual(['a', 'b', 'c']),
  },
  'MatchInteger never matches: GetInteger asserts int64 and the observed number is float64': {
    source: 'P&T ready.go RunReadinessCheck → crossplane-runtime paved.go GetInteger; fn.go "cannot check readiness"',
    observed: [observedThing({ replicas: 3 })],
    pipeline: [ptStep('pt', [thing([], { readinessChecks: [{ type: 'MatchInteger', fieldPath: 'status.replicas', matchInteger: 3 }] })])],
    want: (out) => {
      expect(warnings(out)).toContain(
        'cannot check readiness of composed resource "thing": cannot run readiness check at index 0: status.replicas: not a (int64) number',
      );
      expect(warnings(out).some((w) => w.startsWith('(render) readiness check 0 of composed resource "thing" is MatchInteger, which can never pass'))).toBe(
        true,
      );
      expect(readyCondition(out)).toMatchObject({ status: 'False', reason: 'Creating', message: 'Unready resources: thing' });
    },
  },

  // ---- readiness of the XR
  'a Required patch withholding a new resource makes the XR Creating, without a message': {
    source: 'P&T fn.go RunFunction (skipped > 0 → Ready_READY_FALSE); crossplane cmd/crank/render/render.go Render',
    pipeline: [ptStep('pt', [thing([{ fromFieldPath: 'spec.absent', toFieldPath: 'spec.x', policy: { fromFieldPath: 'Required' } }])])],
    want: (out) => {
      expect(out.resources).toEqual([]);
      expect(readyCondition(out)).toEqual({ type: 'Ready', status: 'False', reason: 'Creating', lastTransitionTime: '2024-01-01T00:00:00Z' });
    },
  },
  'a later P&T step drops the readiness an earlier one set on the XR': {
    source: 'function-sdk-go v0.5.0 request.go GetDesiredCompositeResource (Ready not read) and response.go SetDesiredCompositeResource',
    pipeline: [
      ptStep('first', [thing([{ fromFieldPath: 'spec.absent', toFieldPath: 'spec.x', policy: { fromFieldPath: 'Required' } }])]),
      ptStep('second', [{ name: 'other', base }]),
    ],
    want: (out) => expect(readyCondition(out)).toMatchObject({ status: 'False', reason: 'Creating', message: 'Unready resources: other' }),
  },
  'a Required patch on an existing resource only warns; the resource stays and the XR is ready by it': {
    source: "P&T fn.go RunFunction: \"ignoring 'policy.fromFieldPath: Required' because 'to' resource already exists\"",
    observed: [observedThing({ conditions: [{ type: 'Ready', status: 'True' }] })],
    pipeline: [ptStep('pt', [thing([{ fromFieldPath: 'spec.absent', toFieldPath: 'spec.x', policy: { fromFieldPath: 'Required' } }])])],
    want: (out) => {
      expect(thingOf(out)).toBeDefined();
      expect(readyCondition(out)).toMatchObject({ status: 'True', reason: 'Available' });
    },
  },

  // ---- field paths
  'reading through a null parent is "not found": an Optional patch is skipped': {
    source: 'crossplane-runtime paved.go getValueFromInterface (case nil: notFoundError "expected map, got nil")',
    pipeline: [ptStep('pt', [thing([{ fromFieldPath: 'spec.nothing.deeper', toFieldPath: 'spec.out' }])])],
    want: (out) => {
      expect(out.fatal).toBeUndefined();
      expect(thingOf(out)?.spec).toEqual({});
    },
  },
  'reading through a null parent under Required withholds the new resource': {
    source: 'paved.go getValueFromInterface; P&T fn.go RunFunction Required branch',
    pipeline: [ptStep('pt', [thing([{ fromFieldPath: 'spec.nothing.deeper', toFieldPath: 'spec.out', policy: { fromFieldPath: 'Required' } }])])],
    want: (out) => {
      expect(out.resources).toEqual([]);
      expect(warnings(out)[0]).toMatch(/has 'policy.fromFieldPath: Required': spec.nothing: expected map, got nil$/);
    },
  },
  'writing at index 1024 works': {
    source: 'crossplane-runtime paved.go validateSegments (index > DefaultMaxFieldPathIndex)',
    pipeline: [ptStep('pt', [thing([{ fromFieldPath: 'spec.size', toFieldPath: 'spec.list[1024]' }])])],
    want: (out) => expect(thingOf(out)?.spec.list).toHaveLength(1025),
  },
  'writing past index 1024 fails the step': {
    source: 'crossplane-runtime paved.go validateSegments; P&T fn.go "cannot render composed resource"',
    pipeline: [ptStep('pt', [thing([{ fromFieldPath: 'spec.size', toFieldPath: 'spec.list[1025]' }])])],
    want: (out) =>
      expect(out.fatal?.message).toBe(
        'pipeline step "pt" returned a fatal result: cannot render composed resource "thing" "FromCompositeFieldPath" patch at index 0: cannot patch to object: index 1025 is greater than max allowed index 1024',
      ),
  },
  'a wildcard over a null value is "not found": the Optional patch is skipped': {
    source: 'crossplane-runtime paved.go expandWildcards (case nil: notFoundError)',
    pipeline: [
      ptStep('pt', [{ name: 'thing', base: { ...base, spec: { list: null } }, patches: [{ fromFieldPath: 'spec.size', toFieldPath: 'spec.list[*].x' }] }]),
    ],
    want: (out) => {
      expect(out.fatal).toBeUndefined();
      expect(thingOf(out)?.spec.list).toBeNull();
    },
  },

  // ---- transforms and input decoding
  'a map transform whose value is null fails': {
    source: 'P&T transforms.go ResolveMap: json.Unmarshal of the empty Raw a null extv1.JSON leaves',
    pipeline: [ptStep('pt', [thing([{ fromFieldPath: 'metadata.name', toFieldPath: 'spec.out', transforms: [{ type: 'map', map: { 'app-1': null } }] }])])],
    want: (out) =>
      expect(out.fatal?.message).toMatch(
        /transform at index 0 returned error: map transform could not resolve: value for key app-1 is not valid JSON: unexpected end of JSON input$/,
      ),
  },
  'the legacy policy.mergeOptions is an unknown member: the input cannot be decoded': {
    source: 'function-sdk-go v0.5.0 resource.go AsObject (go-json-experiment, RejectUnknownMembers); P&T README "mergeOptions replaced by toFieldPath"',
    pipeline: [ptStep('pt', [thing([{ fromFieldPath: 'spec.size', toFieldPath: 'spec.out', policy: { mergeOptions: { keepMapValues: true } } }])])],
    want: (out) =>
      expect(out.fatal?.message).toBe(
        'pipeline step "pt" returned a fatal result: cannot get Function input: cannot get function input *v1beta1.Resources from *v1.RunFunctionRequest: ' +
          'cannot unmarshal JSON from *structpb.Struct into *v1beta1.Resources: json: cannot unmarshal Go value of type v1beta1.PatchPolicy: unknown name "mergeOptions"',
      ),
  },
  'member names are case-sensitive: fromFieldpath is unknown': {
    source: 'go-json-experiment fields.go matchFoldedName (MatchCaseInsensitiveNames is a v1 default only)',
    pipeline: [ptStep('pt', [thing([{ fromFieldpath: 'spec.size', toFieldPath: 'spec.out' }])])],
    want: (out) => expect(out.fatal?.message).toMatch(/v1beta1.ComposedPatch: unknown name "fromFieldpath"$/),
  },
  'a value of the wrong JSON kind cannot be decoded (matchInteger: "3")': {
    source: 'go-json-experiment arshal_default.go: a JSON string into an int64',
    pipeline: [ptStep('pt', [thing([], { readinessChecks: [{ type: 'MatchInteger', fieldPath: 'status.replicas', matchInteger: '3' }] })])],
    want: (out) => expect(out.fatal?.message).toMatch(/json: cannot unmarshal JSON string into Go value of type int64$/),
  },

  'function-cel-filter decodes its input as strictly: a filter with `expr` instead of `expression` fails': {
    source: 'function-cel-filter v0.2.0 fn.go RunFunction (request.GetInput, "cannot get filters from %T"); function-sdk-go v0.6.2 resource.go AsObject',
    pipeline: [
      ptStep('pt', [thing([])]),
      {
        step: 'filter',
        functionRef: { name: 'function-cel-filter' },
        input: { apiVersion: 'cel.fn.crossplane.io/v1beta1', kind: 'Filters', filters: [{ name: 'thing', expr: 'false' }] },
      },
    ],
    want: (out) =>
      expect(out.fatal?.message).toBe(
        'pipeline step "filter" returned a fatal result: cannot get filters from *v1.RunFunctionRequest: cannot get function input *v1beta1.Filters from *v1.RunFunctionRequest: ' +
          'cannot unmarshal JSON from *structpb.Struct into *v1beta1.Filters: json: cannot unmarshal Go value of type v1beta1.Filter: unknown name "expr"',
      ),
  },

  // ---- the composed connection Secret of a v2 XR
  'a v2 XR’s connection Secret is the composed resource <xr-name>-connection-secret': {
    source: 'P&T fn.go RunFunction: resource.Name(fmt.Sprintf("%s-connection-secret", oxr.Resource.GetName()))',
    composite: { ...XR, metadata: { ...XR.metadata, namespace: 'team' }, spec: { ...XR.spec, crossplane: {} } },
    observed: [observedThing({ endpoint: 'db.internal' })],
    pipeline: [ptStep('pt', [thing([], { connectionDetails: [{ name: 'endpoint', type: 'FromFieldPath', fromFieldPath: 'status.endpoint' }] })])],
    want: (out) => {
      const secret = out.resources.find((r) => r.kind === 'Secret');
      expect(secret?.metadata.annotations['crossplane.io/composition-resource-name']).toBe('app-1-connection-secret');
      expect(secret?.metadata).toMatchObject({ name: 'app-1-connection', namespace: 'team' });
    },
  },
};

describe('conformance with upstream, cases derived from its source', () => {
  it.each(Object.entries(cases))('%s', (_name, c) => {
    const out = render({ composite: c.composite ?? XR, composition: composition(...c.pipeline), observed: c.observed, context: c.context });
    c.want(out);
  });
});
