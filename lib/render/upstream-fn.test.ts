/**
 * Upstream's RunFunction table as data: crossplane-contrib/function-patch-and-transform fn_test.go (TestRunFunction),
 * run through `runPatchAndTransform`. Case names, requests and expected responses are upstream's, translated from the
 * fn proto by ./upstream-proto (bytes as strings, `READY_UNSPECIFIED` as unset, response meta ignored).
 *
 * The v0.10.x fn_test.go is not among the stored upstream sources; this ports the newest stored revision (the
 * `pkg/fn` one, whose Required/Optional and fatal-patch semantics are those of the fn.go this renderer follows).
 * Mechanical differences, each deliberate:
 * - NoInput: that revision expects `resources: Required value: resources is required`; the validate.go revision
 *   this renderer follows (pt/validate.go, with environment-only inputs) says `resources or environment patches are
 *   required`, which is what is expected here.
 * - That revision expects the returned environment to be an empty Struct; fn.go later defaults its GVK to
 *   internal.crossplane.io/v1alpha1 Environment. The comparison strips that GVK (see upstream-proto) and one extra
 *   test checks it is set.
 * Not ported: cases of later revisions that need extra or required resources, which this renderer deliberately
 * does not emulate (none are in the stored revision).
 */
import { runPatchAndTransform } from './patch-and-transform';
import { canonical, contextWithEnvironment, fromResponse, toRequest, type PbRequest, type PbResponse } from './upstream-proto';

const ENV = 'apiextensions.crossplane.io/environment';
const emptyEnv = { [ENV]: {} };
const XR = { apiVersion: 'example.org/v1', kind: 'XR' };
const CD = { apiVersion: 'example.org/v1', kind: 'CD' };
const xrWidgets = { ...XR, spec: { widgets: '10' } };
const timesThree = [
  { type: 'convert', convert: { toType: 'int64' } },
  { type: 'math', math: { type: 'Multiply', multiply: 3 } },
];
const widgetsToWatchersTimesThree = { type: 'FromCompositeFieldPath', fromFieldPath: 'spec.widgets', toFieldPath: 'spec.watchers', transforms: timesThree };
const required = { fromFieldPath: 'Required' };

interface Case {
  reason: string;
  req: PbRequest;
  want: PbResponse;
}

const cases: Record<string, Case> = {
  NoInput: {
    reason: 'The Function should return a fatal result if no input was specified',
    req: {},
    want: {
      results: [{ severity: 'SEVERITY_FATAL', message: 'invalid Function input: resources: Required value: resources or environment patches are required' }],
    },
  },
  RenderBaseTemplateWithoutPatches: {
    reason: 'A simple base template with no patches should be rendered and returned as a desired object.',
    req: {
      input: { resources: [{ name: 'cool-resource', base: CD }] },
      observed: { composite: { resource: XR } },
      desired: { composite: { resource: XR } },
    },
    want: { desired: { composite: { resource: XR }, resources: { 'cool-resource': { resource: CD } } }, context: emptyEnv },
  },
  DesiredResourcesArePassedThrough: {
    reason: 'Desired resources from previous Functions in the pipeline and without a corresponding ComposedTemplate are passed through untouched.',
    req: {
      input: { resources: [{ name: 'cool-resource', base: CD }] },
      observed: { composite: { resource: XR } },
      desired: { composite: { resource: XR }, resources: { 'existing-resource': { resource: { apiVersion: 'example.org/v1', kind: 'ExistingCD' } } } },
      context: emptyEnv,
    },
    want: {
      desired: {
        composite: { resource: XR },
        resources: { 'existing-resource': { resource: { apiVersion: 'example.org/v1', kind: 'ExistingCD' } }, 'cool-resource': { resource: CD } },
      },
      context: emptyEnv,
    },
  },
  PatchBaseTemplate: {
    reason: 'A base template with simple patches should be rendered and returned as a desired object.',
    req: {
      input: { resources: [{ name: 'cool-resource', base: CD, patches: [widgetsToWatchersTimesThree] }] },
      observed: { composite: { resource: xrWidgets } },
      desired: { composite: { resource: xrWidgets } },
    },
    want: {
      desired: { composite: { resource: xrWidgets }, resources: { 'cool-resource': { resource: { ...CD, spec: { watchers: 30 } } } } },
      context: emptyEnv,
    },
  },
  PatchDesiredResource: {
    reason: 'It should be possible to patch & transform a desired resource returned by a previous Function in the pipeline.',
    req: {
      input: { resources: [{ name: 'cool-resource', patches: [widgetsToWatchersTimesThree] }] },
      observed: { composite: { resource: xrWidgets } },
      desired: { composite: { resource: xrWidgets }, resources: { 'cool-resource': { resource: CD } } },
    },
    want: {
      desired: { composite: { resource: xrWidgets }, resources: { 'cool-resource': { resource: { ...CD, spec: { watchers: 30 } } } } },
      context: emptyEnv,
    },
  },
  NothingToPatch: {
    reason: "We should return an error if we're trying to patch a desired resource that doesn't exist.",
    req: {
      input: {
        resources: [{ name: 'cool-resource', patches: [{ type: 'FromCompositeFieldPath', fromFieldPath: 'spec.widgets', toFieldPath: 'spec.watchers' }] }],
      },
      observed: { composite: { resource: xrWidgets } },
      desired: { composite: { resource: xrWidgets } },
    },
    want: {
      desired: { composite: { resource: xrWidgets } },
      results: [
        {
          severity: 'SEVERITY_FATAL',
          message: 'composed resource "cool-resource" has no base template, and was not produced by a previous Function in the pipeline',
        },
      ],
    },
  },
  ReplaceDesiredResource: {
    reason: 'A simple base template with no patches should be rendered and replace an existing desired object with the same name.',
    req: {
      input: { resources: [{ name: 'cool-resource', base: { ...CD, spec: { widgets: 9001 } } }] },
      observed: { composite: { resource: XR } },
      desired: { composite: { resource: XR }, resources: { 'cool-resource': { resource: { ...CD, spec: { watchers: 42 } } } } },
    },
    want: { desired: { composite: { resource: XR }, resources: { 'cool-resource': { resource: { ...CD, spec: { widgets: 9001 } } } } }, context: emptyEnv },
  },
  OptionalFieldPathNotFound: {
    reason: 'If we fail to patch a desired resource because an optional field path was not found we should skip the patch.',
    req: {
      input: {
        resources: [
          {
            name: 'cool-resource',
            base: { ...CD, spec: {} },
            patches: [
              { type: 'FromCompositeFieldPath', fromFieldPath: 'spec.widgets', toFieldPath: 'spec.watchers' },
              { type: 'FromCompositeFieldPath', fromFieldPath: 'spec.doesNotExist' },
            ],
          },
        ],
      },
      observed: { composite: { resource: xrWidgets } },
    },
    want: { desired: { composite: { resource: XR }, resources: { 'cool-resource': { resource: { ...CD, spec: { watchers: '10' } } } } }, context: emptyEnv },
  },
  RequiredFieldPathNotFound: {
    reason:
      "If we fail to patch a desired resource because a required field path was not found, and the resource doesn't exist, we should not add it to desired state (i.e. create it).",
    req: {
      input: {
        resources: [
          {
            name: 'new-resource',
            base: { ...CD, spec: {} },
            patches: [{ type: 'FromCompositeFieldPath', fromFieldPath: 'spec.doesNotExist', policy: required }],
          },
          {
            name: 'existing-resource',
            base: { ...CD, spec: { targetObject: { keep: 'me' } } },
            patches: [
              { type: 'FromCompositeFieldPath', fromFieldPath: 'spec.widgets', toFieldPath: 'spec.watchers' },
              { type: 'FromCompositeFieldPath', fromFieldPath: 'spec.sourceObject', toFieldPath: 'spec.targetObject', policy: { toFieldPath: 'MergeObject' } },
              { type: 'FromCompositeFieldPath', fromFieldPath: 'spec.doesNotExist', policy: required },
            ],
          },
        ],
      },
      observed: {
        composite: { resource: { ...XR, spec: { widgets: '10', sourceObject: { me: 'too' } } } },
        resources: { 'existing-resource': {} },
      },
      desired: { composite: { resource: xrWidgets } },
    },
    want: {
      desired: {
        // fn_test.go (v0.10.8) wants the desired XR not ready: a new resource was withheld.
        composite: { resource: xrWidgets, ready: 'READY_FALSE' },
        resources: { 'existing-resource': { resource: { ...CD, spec: { watchers: '10', targetObject: { me: 'too', keep: 'me' } } } } },
      },
      context: emptyEnv,
      results: [
        {
          severity: 'SEVERITY_WARNING',
          message: `not adding new composed resource "new-resource" to desired state because "FromCompositeFieldPath" patch at index 0 has 'policy.fromFieldPath: Required': spec.doesNotExist: no such field`,
        },
        {
          severity: 'SEVERITY_WARNING',
          message: `cannot render composed resource "existing-resource" "FromCompositeFieldPath" patch at index 2: ignoring 'policy.fromFieldPath: Required' because 'to' resource already exists: spec.doesNotExist: no such field`,
        },
      ],
    },
  },
  PatchErrorIsFatal: {
    reason: 'If we fail to patch a desired resource we should return a fatal result.',
    req: {
      input: {
        resources: [
          {
            name: 'cool-resource',
            base: { ...CD, spec: {} },
            patches: [
              { type: 'FromCompositeFieldPath', fromFieldPath: 'spec.widgets', toFieldPath: 'spec.watchers' },
              { type: 'FromCompositeFieldPath', fromFieldPath: 'spec.widgets[0]' },
            ],
          },
        ],
      },
      observed: { composite: { resource: xrWidgets } },
      desired: { composite: { resource: xrWidgets } },
    },
    want: {
      desired: { composite: { resource: xrWidgets } },
      results: [
        {
          severity: 'SEVERITY_FATAL',
          message: 'cannot render composed resource "cool-resource" "FromCompositeFieldPath" patch at index 1: spec.widgets: not an array',
        },
      ],
    },
  },
  ObservedResourceKeepsItsName: {
    reason: 'If a template corresponds to an existing observed resource we should keep its name (and namespace).',
    req: {
      input: { resources: [{ name: 'cool-resource', base: CD }] },
      observed: { composite: { resource: XR }, resources: { 'cool-resource': { resource: { ...CD, metadata: { namespace: 'default', name: 'cool-42' } } } } },
      desired: { composite: { resource: XR } },
    },
    want: {
      desired: { composite: { resource: XR }, resources: { 'cool-resource': { resource: { ...CD, metadata: { namespace: 'default', name: 'cool-42' } } } } },
      context: emptyEnv,
    },
  },
  ExtractCompositeConnectionDetails: {
    reason: 'We should extract any XR connection details specified by a composed template.',
    req: {
      input: {
        resources: [
          { name: 'cool-resource', base: CD, connectionDetails: [{ type: 'FromConnectionSecretKey', name: 'very', fromConnectionSecretKey: 'very' }] },
        ],
      },
      observed: {
        composite: { resource: XR },
        resources: { 'cool-resource': { resource: { ...CD, metadata: { namespace: 'default', name: 'cool-42' } }, connectionDetails: { very: 'secret' } } },
      },
      desired: { composite: { resource: XR, connectionDetails: { existing: 'supersecretvalue' } } },
    },
    want: {
      desired: {
        composite: { resource: XR, connectionDetails: { existing: 'supersecretvalue', very: 'secret' } },
        resources: { 'cool-resource': { resource: { ...CD, metadata: { namespace: 'default', name: 'cool-42' } } } },
      },
      context: emptyEnv,
    },
  },
  PatchToComposite: {
    reason: 'A basic ToCompositeFieldPath patch should work.',
    req: {
      input: {
        resources: [
          {
            name: 'cool-resource',
            base: CD,
            patches: [{ type: 'ToCompositeFieldPath', fromFieldPath: 'spec.widgets', toFieldPath: 'spec.watchers', transforms: timesThree }],
          },
        ],
      },
      observed: {
        composite: { resource: XR },
        resources: { 'cool-resource': { resource: { ...CD, metadata: { namespace: 'default', name: 'cool-42' }, spec: { widgets: '10' } } } },
      },
      desired: { composite: { resource: XR } },
    },
    want: {
      desired: {
        composite: { resource: { ...XR, spec: { watchers: 30 } } },
        resources: { 'cool-resource': { resource: { ...CD, metadata: { namespace: 'default', name: 'cool-42' } } } },
      },
      context: emptyEnv,
    },
  },
  PatchToCompositeWithEnvironmentPatches: {
    reason: 'A basic ToCompositeFieldPath patch should work with environment.patches.',
    req: {
      input: {
        resources: [{ name: 'cool-resource', base: CD }],
        environment: { patches: [{ type: 'ToCompositeFieldPath', fromFieldPath: 'widgets', toFieldPath: 'spec.watchers', transforms: timesThree }] },
      },
      observed: { composite: { resource: { ...CD, spec: {} } }, resources: {} },
      context: contextWithEnvironment({ widgets: '10' }),
    },
    want: {
      desired: { composite: { resource: { ...CD, spec: { watchers: 30 } } }, resources: { 'cool-resource': { resource: CD } } },
      context: contextWithEnvironment({ widgets: '10' }),
    },
  },
  EnvironmentPatchToEnvironment: {
    reason: 'A basic ToEnvironment patch should work with environment.patches.',
    req: {
      input: {
        resources: [{ name: 'cool-resource', base: CD }],
        environment: {
          patches: [
            {
              type: 'FromCompositeFieldPath',
              fromFieldPath: 'spec.watchers',
              toFieldPath: 'widgets',
              transforms: [
                { type: 'math', math: { type: 'Multiply', multiply: 3 } },
                { type: 'convert', convert: { toType: 'string' } },
              ],
            },
          ],
        },
      },
      observed: { composite: { resource: { ...CD, spec: { watchers: 10 } } }, resources: {} },
      context: contextWithEnvironment(null),
    },
    want: {
      desired: { composite: { resource: CD }, resources: { 'cool-resource': { resource: CD } } },
      context: contextWithEnvironment({ widgets: '30' }),
    },
  },
  PatchComposedResourceFromEnvironment: {
    reason: 'A basic FromEnvironmentPatch should work if defined at spec.resources[*].patches.',
    req: {
      input: {
        resources: [
          {
            name: 'cool-resource',
            base: CD,
            patches: [{ type: 'FromEnvironmentFieldPath', fromFieldPath: 'widgets', toFieldPath: 'spec.watchers', transforms: timesThree }],
          },
        ],
      },
      observed: { composite: { resource: { ...CD, spec: {} } }, resources: {} },
      context: contextWithEnvironment({ widgets: '10' }),
    },
    want: {
      desired: { composite: { resource: CD }, resources: { 'cool-resource': { resource: { ...CD, spec: { watchers: 30 } } } } },
      context: contextWithEnvironment({ widgets: '10' }),
    },
  },
  PatchComposedResourceFromEnvironmentShadowedNotSet: {
    reason:
      'A basic FromEnvironmentPatch should work if defined at spec.resources[*].patches, even if a successive patch shadows it and its source is not set.',
    req: {
      input: {
        resources: [
          {
            name: 'cool-resource',
            base: CD,
            patches: [
              { type: 'FromEnvironmentFieldPath', fromFieldPath: 'widgets', toFieldPath: 'spec.watchers', transforms: timesThree },
              { type: 'FromCompositeFieldPath', fromFieldPath: 'spec.watchers', toFieldPath: 'spec.watchers' },
            ],
          },
        ],
      },
      observed: { composite: { resource: { ...CD, spec: {} } }, resources: {} },
      context: contextWithEnvironment({ widgets: '10' }),
    },
    want: {
      desired: { composite: { resource: CD }, resources: { 'cool-resource': { resource: { ...CD, spec: { watchers: 30 } } } } },
      context: contextWithEnvironment({ widgets: '10' }),
    },
  },
  PatchComposedResourceFromEnvironmentShadowedSet: {
    reason: 'A basic FromEnvironmentPatch should work if defined at spec.resources[*].patches, even if a successive patch shadows it and its source is set.',
    req: {
      input: {
        resources: [
          {
            name: 'cool-resource',
            base: CD,
            patches: [
              { type: 'FromEnvironmentFieldPath', fromFieldPath: 'widgets', toFieldPath: 'spec.watchers', transforms: timesThree },
              { type: 'FromCompositeFieldPath', fromFieldPath: 'spec.watchers', toFieldPath: 'spec.watchers' },
            ],
          },
        ],
      },
      observed: { composite: { resource: { ...CD, spec: { watchers: 42 } } }, resources: {} },
      context: contextWithEnvironment({ widgets: '10' }),
    },
    want: {
      desired: { composite: { resource: CD }, resources: { 'cool-resource': { resource: { ...CD, spec: { watchers: 42 } } } } },
      context: contextWithEnvironment({ widgets: '10' }),
    },
  },
};

describe('upstream fn_test.go TestRunFunction', () => {
  it.each(Object.entries(cases))('%s', (_name, c) => {
    const rsp = runPatchAndTransform(toRequest(c.req));
    expect(fromResponse(rsp)).toEqual(canonical(c.want));
  });

  it('returns the environment with the GVK fn.go defaults (internalEnvironmentGVK)', () => {
    const c = cases.RenderBaseTemplateWithoutPatches;
    const rsp = runPatchAndTransform(toRequest(c.req));
    expect(rsp.context[ENV]).toEqual({ apiVersion: 'internal.crossplane.io/v1alpha1', kind: 'Environment' });
  });
});
