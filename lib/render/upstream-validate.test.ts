/**
 * Upstream's validation tables as data: crossplane-contrib/function-patch-and-transform pt/validate_test.go
 * (TestValidateReadinessCheck, TestValidateConnectionDetail, TestValidatePatch, TestValidateCombine,
 * TestValidateTransform). Case names and inputs are upstream's. Upstream compares only each field error's type and
 * field (`cmpopts.IgnoreFields(field.Error{}, "Detail", "BadValue")`), so here the message's leading
 * `<field>: Required value` / `<field>: Invalid value` is compared.
 *
 * Mechanical difference: this renderer validates a Combine only as part of its patch, so TestValidateCombine runs
 * each combine inside a `CombineFromComposite` patch (with a toFieldPath) and expects the field under `combine.`.
 */
import { validateConnectionDetail, validatePatch, validateReadinessCheck, validateTransform } from './input-validation';

type Want = undefined | [field: string, type: 'Required' | 'Invalid'];

function check(got: string | undefined, want: Want): void {
  if (!want) return expect(got).toBeUndefined();
  expect(got?.startsWith(`${want[0]}: ${want[1]} value`) ? 'matches' : got).toBe('matches');
}

describe('upstream pt/validate_test.go TestValidateReadinessCheck', () => {
  const cases: Record<string, [unknown, Want]> = {
    ValidTypeNone: [{ type: 'None' }, undefined],
    ValidTypeMatchString: [{ type: 'MatchString', matchString: 'foo', fieldPath: 'spec.foo' }, undefined],
    ValidTypeMatchCondition: [{ type: 'MatchCondition', matchCondition: { type: 'someType', status: 'someStatus' }, fieldPath: 'spec.foo' }, undefined],
    ValidTypeMatchTrue: [{ type: 'MatchTrue', fieldPath: 'spec.foo' }, undefined],
    ValidTypeMatchFalse: [{ type: 'MatchFalse', fieldPath: 'spec.foo' }, undefined],
    InvalidType: [{ type: 'foo' }, ['type', 'Invalid']],
  };
  it.each(Object.entries(cases))('%s', (_name, [r, want]) => check(validateReadinessCheck(r), want));
});

describe('upstream pt/validate_test.go TestValidateConnectionDetail', () => {
  const cases: Record<string, [unknown, Want]> = {
    InvalidType: [{ type: 'wat' }, ['type', 'Invalid']],
    EmptyName: [{ type: 'FromValue', name: '' }, ['name', 'Required']],
    InvalidValue: [{ type: 'FromValue', name: 'cool' }, ['value', 'Required']],
    InvalidFromConnectionSecretKey: [{ type: 'FromConnectionSecretKey', name: 'cool' }, ['fromConnectionSecretKey', 'Required']],
    InvalidFromFieldPath: [{ type: 'FromFieldPath', name: 'cool' }, ['fromFieldPath', 'Required']],
    ValidValue: [{ type: 'FromValue', name: 'cool', value: 'cooler' }, undefined],
    ValidFromConnectionSecretKey: [{ type: 'FromConnectionSecretKey', name: 'cool', fromConnectionSecretKey: 'key' }, undefined],
    ValidFromFieldPath: [{ type: 'FromFieldPath', name: 'cool', fromFieldPath: 'status.coolness' }, undefined],
  };
  it.each(Object.entries(cases))('%s', (_name, [cd, want]) => check(validateConnectionDetail(cd), want));
});

describe('upstream pt/validate_test.go TestValidatePatch', () => {
  const cases: Record<string, [any, Want]> = {
    ValidFromCompositeFieldPath: [{ type: 'FromCompositeFieldPath', fromFieldPath: 'spec.forProvider.foo' }, undefined],
    FromCompositeFieldPathWithInvalidTransforms: [
      { type: 'FromCompositeFieldPath', fromFieldPath: 'spec.forProvider.foo', transforms: [{ type: 'math' }] },
      ['transforms[0].math', 'Required'],
    ],
    InvalidFromCompositeFieldPathMissingFromFieldPath: [{ type: 'FromCompositeFieldPath' }, ['fromFieldPath', 'Required']],
    InvalidFromCompositeFieldPathMissingToFieldPath: [{ type: 'ToCompositeFieldPath' }, ['fromFieldPath', 'Required']],
    'Invalidv1beta1.PatchSetMissingv1beta1.PatchSetName': [{ type: 'PatchSet' }, ['patchSetName', 'Required']],
    InvalidCombineMissingCombine: [{ type: 'CombineToComposite' }, ['combine', 'Required']],
    InvalidCombineMissingToFieldPath: [
      { type: 'CombineToComposite', combine: { variables: [{ fromFieldPath: 'spec.forProvider.foo' }] } },
      ['toFieldPath', 'Required'],
    ],
  };
  it.each(Object.entries(cases))('%s', (_name, [p, want]) => check(validatePatch(p, true), want));
});

describe('upstream pt/validate_test.go TestValidateCombine', () => {
  const cases: Record<string, [unknown, Want]> = {
    MissingStrategy: [{}, ['combine.strategy', 'Required']],
    InvalidStrategy: [{ strategy: 'Smoosh' }, ['combine.strategy', 'Invalid']],
    ValidStringCombine: [{ strategy: 'string', variables: [{ fromFieldPath: 'a' }, { fromFieldPath: 'b' }], string: { fmt: '%s-%s' } }, undefined],
    MissingVariables: [{ strategy: 'string', string: { fmt: '%s-%s' } }, ['combine.variables', 'Required']],
    VariableMissingFromFieldPath: [
      { strategy: 'string', variables: [{ fromFieldPath: 'a' }, { fromFieldPath: '' }], string: { fmt: '%s-%s' } },
      ['combine.variables[1].fromFieldPath', 'Required'],
    ],
    MissingStringConfig: [{ strategy: 'string', variables: [{ fromFieldPath: 'a' }, { fromFieldPath: 'b' }] }, ['combine.string', 'Required']],
  };
  it.each(Object.entries(cases))('%s', (_name, [combine, want]) =>
    check(validatePatch({ type: 'CombineFromComposite', toFieldPath: 'spec.x', combine } as any, true), want),
  );
});

describe('upstream pt/validate_test.go TestValidateTransform', () => {
  const cases: Record<string, [unknown, Want]> = {
    ValidMathMultiply: [{ type: 'math', math: { type: 'Multiply', multiply: 2 } }, undefined],
    ValidMathClampMin: [{ type: 'math', math: { type: 'ClampMin', clampMin: 10 } }, undefined],
    InvalidMathWrongSpec: [{ type: 'math', math: { type: 'Multiply', clampMin: 10 } }, ['math.multiply', 'Required']],
    InvalidMathNotDefinedAtAll: [{ type: 'math' }, ['math', 'Required']],
    ValidMap: [{ type: 'map', map: { foo: 'bar' } }, undefined],
    InvalidMapNoMap: [{ type: 'map' }, ['map', 'Required']],
    InvalidMapNoPairs: [{ type: 'map', map: {} }, ['map.pairs', 'Required']],
    InvalidMatchNoMatch: [{ type: 'match' }, ['match', 'Required']],
    InvalidMatchEmptyTransform: [{ type: 'match', match: {} }, ['match.patterns', 'Required']],
    ValidMatchTransformRegexp: [{ type: 'match', match: { patterns: [{ type: 'regexp', regexp: '.*' }] } }, undefined],
    InvalidMatchTransformRegexp: [{ type: 'match', match: { patterns: [{ type: 'regexp', regexp: '?' }] } }, ['match.patterns[0].regexp', 'Invalid']],
    ValidMatchTransformString: [{ type: 'match', match: { patterns: [{ type: 'literal', literal: 'foo' }, { literal: 'bar' }] } }, undefined],
    InvalidStringNoString: [{ type: 'string' }, ['string', 'Required']],
    ValidString: [{ type: 'string', string: { type: 'Format', fmt: 'foo' } }, undefined],
    InvalidConvertMissingConvert: [{ type: 'convert' }, ['convert', 'Required']],
    InvalidConvertUnknownFormat: [{ type: 'convert', convert: { format: 'foo' } }, ['convert.format', 'Invalid']],
    InvalidConvertUnknownToType: [{ type: 'convert', convert: { toType: 'foo' } }, ['convert.toType', 'Invalid']],
    ValidConvert: [{ type: 'convert', convert: { format: 'none', toType: 'int' } }, undefined],
  };
  it.each(Object.entries(cases))('%s', (_name, [t, want]) => check(validateTransform(t), want));
});
