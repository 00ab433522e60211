/**
 * Upstream's table-driven patch tests as data: crossplane-contrib/function-patch-and-transform pt/patches_test.go
 * (TestApplyFromFieldPathPatch, TestApplyCombineFromVariablesPatch, TestComposedTemplates). Case names, inputs
 * and expected objects/errors are upstream's. Plus single cases for behaviour read from upstream sources that
 * these tables do not cover, each naming its source.
 */
import { runCelFilter } from './cel-filter';
import { mergeValue } from './merge';
import { applyCombinePatch, applyFromFieldPathPatch, resolvePatchSets, type Patch } from './patches';
import { emptyState, type KubeObject } from './function-io';
import { validateResourcesInput } from './input-validation';

const errorOf = (f: () => void): string | undefined => {
  try {
    f();
  } catch (err) {
    return (err as Error).message;
  }
  return undefined;
};

interface PatchCase {
  name: string;
  p: Patch;
  from: KubeObject;
  to: KubeObject;
  want: { to: KubeObject; err?: string };
}

const TestApplyFromFieldPathPatch: PatchCase[] = [
  {
    name: 'ValidFromCompositeFieldPath',
    p: { type: 'FromCompositeFieldPath', fromFieldPath: 'metadata.labels', toFieldPath: 'metadata.labels' },
    from: { apiVersion: 'test.crossplane.io/v1', kind: 'XR', metadata: { labels: { test: 'blah' } } },
    to: { apiVersion: 'test.crossplane.io/v1', kind: 'Composed', metadata: { name: 'cd' } },
    want: { to: { apiVersion: 'test.crossplane.io/v1', kind: 'Composed', metadata: { name: 'cd', labels: { test: 'blah' } } } },
  },
  {
    name: 'ValidFromFieldPathWithWildcards',
    p: { type: 'FromCompositeFieldPath', fromFieldPath: 'metadata.name', toFieldPath: 'metadata.ownerReferences[*].name' },
    from: { apiVersion: 'test.crossplane.io/v1', kind: 'XR', metadata: { name: 'test' } },
    to: { apiVersion: 'test.crossplane.io/v1', kind: 'Composed', metadata: { ownerReferences: [{ name: '' }, { name: '' }] } },
    want: { to: { apiVersion: 'test.crossplane.io/v1', kind: 'Composed', metadata: { ownerReferences: [{ name: 'test' }, { name: 'test' }] } } },
  },
  {
    name: 'InvalidCompositeFieldPathPatchWithWildcards',
    p: { type: 'FromCompositeFieldPath', fromFieldPath: 'metadata.name', toFieldPath: 'metadata.ownerReferences[*].badField' },
    from: { apiVersion: 'test.crossplane.io/v1', kind: 'XR', metadata: { name: 'test' } },
    to: { apiVersion: 'test.crossplane.io/v1', kind: 'Composed', metadata: { ownerReferences: [{ name: 'test' }, { name: 'test' }] } },
    want: {
      to: { apiVersion: 'test.crossplane.io/v1', kind: 'Composed', metadata: { ownerReferences: [{ name: 'test' }, { name: 'test' }] } },
      err: 'cannot expand ToFieldPath metadata.ownerReferences[*].badField',
    },
  },
  {
    name: 'ValidToFieldPathWithWildcardsAndMergePolicy',
    p: {
      type: 'FromCompositeFieldPath',
      fromFieldPath: 'spec.parameters.allowedGroups',
      toFieldPath: 'spec.forProvider.accessRules[*].allowedGroups',
      policy: { toFieldPath: 'ForceMergeObjectsAppendArrays' },
    },
    from: { apiVersion: 'test.crossplane.io/v1', kind: 'XR', spec: { parameters: { allowedGroups: [12345678, 7891234] } } },
    to: {
      apiVersion: 'test.crossplane.io/v1',
      kind: 'Composed',
      spec: {
        forProvider: {
          accessRules: [
            { action: 'Allow', destination: 'e1', allowedGroups: [12345678] },
            { action: 'Allow', destination: 'e2', allowedGroups: [12345678] },
          ],
        },
      },
    },
    want: {
      to: {
        apiVersion: 'test.crossplane.io/v1',
        kind: 'Composed',
        spec: {
          forProvider: {
            accessRules: [
              { action: 'Allow', destination: 'e1', allowedGroups: [12345678, 7891234] },
              { action: 'Allow', destination: 'e2', allowedGroups: [12345678, 7891234] },
            ],
          },
        },
      },
    },
  },
  {
    name: 'DefaultToFieldCompositeFieldPathPatch',
    p: { type: 'FromCompositeFieldPath', fromFieldPath: 'metadata.labels' },
    from: { apiVersion: 'test.crossplane.io/v1', kind: 'XR', metadata: { labels: { test: 'blah' } } },
    to: { apiVersion: 'test.crossplane.io/v1', kind: 'Composed' },
    want: { to: { apiVersion: 'test.crossplane.io/v1', kind: 'Composed', metadata: { labels: { test: 'blah' } } } },
  },
];

const combine = (fmt: string, ...paths: string[]) => ({ variables: paths.map((fromFieldPath) => ({ fromFieldPath })), strategy: 'string', string: { fmt } });
const TestApplyCombineFromVariablesPatch: PatchCase[] = [
  {
    name: 'VariableFromFieldPathNotFound',
    p: {
      type: 'CombineFromComposite',
      combine: combine('%s-%s', 'metadata.labels.source1', 'metadata.labels.source2', 'metadata.labels.source3'),
      toFieldPath: 'metadata.labels.destination',
    },
    from: { apiVersion: 'test.crossplane.io/v1', kind: 'XR' },
    to: {},
    want: { to: {}, err: 'metadata: no such field' },
  },
  {
    name: 'ValidCombineFromComposite',
    p: {
      type: 'CombineFromComposite',
      combine: combine('%s-%s', 'metadata.labels.source1', 'metadata.labels.source2'),
      toFieldPath: 'metadata.labels.destination',
    },
    from: { apiVersion: 'test.crossplane.io/v1', kind: 'XR', metadata: { labels: { source1: 'foo', source2: 'bar' } } },
    to: { apiVersion: 'test.crossplane.io/v1', kind: 'Composed', metadata: { labels: { test: 'blah' } } },
    want: { to: { apiVersion: 'test.crossplane.io/v1', kind: 'Composed', metadata: { labels: { destination: 'foo-bar', test: 'blah' } } } },
  },
];

describe('pt/patches_test.go TestApplyFromFieldPathPatch', () => {
  it.each(TestApplyFromFieldPathPatch.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const to = structuredClone(c.to);
    expect(errorOf(() => applyFromFieldPathPatch(c.p, c.from, to))).toBe(c.want.err);
    expect(to).toEqual(c.want.to);
  });
});

describe('pt/patches_test.go TestApplyCombineFromVariablesPatch', () => {
  it.each(TestApplyCombineFromVariablesPatch.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const to = structuredClone(c.to);
    expect(errorOf(() => applyCombinePatch(c.p, c.from, to))).toBe(c.want.err);
    expect(to).toEqual(c.want.to);
  });
});

describe('pt/patches_test.go TestComposedTemplates', () => {
  const from = (fromFieldPath: string): Patch => ({ type: 'FromCompositeFieldPath', fromFieldPath });
  it('NoCompositionPatchSets', () => {
    const cts = [{ name: '', patches: [from('metadata.name'), from('metadata.namespace')] }];
    expect(resolvePatchSets(undefined, cts)).toEqual(cts);
  });
  it('UndefinedPatchSet', () =>
    expect(errorOf(() => resolvePatchSets(undefined, [{ name: '', patches: [{ type: 'PatchSet', patchSetName: 'patch-set-1' }] }]))).toBe(
      'cannot find PatchSet by name patch-set-1',
    ));
  it('DefinedPatchSets', () => {
    const mapped: Patch = { ...from('metadata.annotations.patch-test-2'), transforms: [{ type: 'map', map: { 'k-1': 'v-1', 'k-2': 'v-2' } }] };
    const pss = [
      { name: 'patch-set-1', patches: [from('metadata.namespace'), from('spec.parameters.test')] },
      { name: 'patch-set-2', patches: [from('metadata.annotations.patch-test-1'), mapped] },
    ];
    const cts = [
      {
        name: '',
        patches: [
          { type: 'PatchSet' as const, patchSetName: 'patch-set-2' },
          from('metadata.namespace'),
          { type: 'PatchSet' as const, patchSetName: 'patch-set-1' },
        ],
      },
      { name: '', patches: [{ type: 'PatchSet' as const, patchSetName: 'patch-set-1' }] },
    ];
    expect(resolvePatchSets(pss, cts)).toEqual([
      {
        name: '',
        patches: [from('metadata.annotations.patch-test-1'), mapped, from('metadata.namespace'), from('metadata.namespace'), from('spec.parameters.test')],
      },
      { name: '', patches: [from('metadata.namespace'), from('spec.parameters.test')] },
    ]);
  });
});

// crossplane-runtime fieldpath.MergeValue → mergo.Merge: a nil source value is written only WithOverride.
describe('merge of a null source value (mergo deepMerge, nil map element)', () => {
  it('MergeObjects leaves an absent key absent', () =>
    expect(mergeValue({ a: 1 }, { b: null }, { keepMapValues: true, appendSlice: false })).toEqual({ a: 1 }));
  it('ForceMergeObjects writes the null', () =>
    expect(mergeValue({ a: 1, b: 2 }, { b: null }, { keepMapValues: false, appendSlice: false })).toEqual({ a: 1, b: null }));
});

// pt/validate.go, as read.
describe('pt/validate.go details', () => {
  const withCheck = (rc: KubeObject) => ({ resources: [{ name: 'r', readinessChecks: [rc] }] });
  it('a MatchCondition check without matchCondition passes validation (ValidateMatchConditionReadinessCheck(nil))', () =>
    expect(validateResourcesInput(withCheck({ type: 'MatchCondition' }))).toBeUndefined());
  it('fieldPath is checked as a pointer: an empty string passes', () =>
    expect(validateResourcesInput(withCheck({ type: 'NonEmpty', fieldPath: '' }))).toBeUndefined());
  it('a missing fieldPath fails', () =>
    expect(validateResourcesInput(withCheck({ type: 'NonEmpty' }))).toBe('resources[0].readinessChecks[0].fieldPath: Required value: cannot be empty'));
  it('an invalid environment patch type names the field with Key("type")', () =>
    expect(validateResourcesInput({ environment: { patches: [{ type: 'CombineFromEnvironment' }] } })).toBe(
      'environment.patches[0][type]: Invalid value: "CombineFromEnvironment": invalid environment patch type',
    ));
});

// function-cel-filter fn.go: request.GetInput decodes without validation, so no `filters` filters nothing.
test('cel-filter: an input without filters is a no-op', () => {
  const desired = emptyState();
  desired.resources.set('a', { resource: { kind: 'A' } });
  const rsp = runCelFilter({ observed: emptyState(), desired, context: {}, input: { apiVersion: 'cel.fn.crossplane.io/v1beta1', kind: 'Filters' } });
  expect(rsp.results).toEqual([]);
  expect([...rsp.desired.resources.keys()]).toEqual(['a']);
});
