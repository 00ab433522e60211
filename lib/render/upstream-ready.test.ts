/**
 * Upstream's readiness table as data: crossplane-contrib/function-patch-and-transform ready_test.go (TestIsReady),
 * run through `isReady`. Case names, objects, checks and expected results are upstream's. `composed.New()` is an
 * object with no fields; `WithConditions(Available())` / `Unavailable()` are Ready conditions True / False.
 *
 * Mechanical difference: the *Err cases expect crossplane-runtime's own parse error for `metadata..uid`, which
 * upstream computes (`fieldpath.Pave(nil).GetValueInto(...)`) rather than spells out; here the wrapping upstream
 * adds (`cannot run readiness check at index 0: cannot parse path "metadata..uid"`) is compared as a prefix.
 */
import { isReady, type ReadinessCheck } from './readiness';
import type { KubeObject } from './function-io';

const withReady = (status: 'True' | 'False', reason: string): KubeObject => ({
  status: { conditions: [{ type: 'Ready', status, reason, lastTransitionTime: '2024-01-01T00:00:00Z' }] },
});
const available = () => withReady('True', 'Available');
const unavailable = () => withReady('False', 'Unavailable');
const empty = (): KubeObject => ({});
const uid = (): KubeObject => ({ metadata: { uid: 'olala' } });
const spec = (s: Record<string, unknown>): KubeObject => ({ spec: s });
const parseErr = 'cannot run readiness check at index 0: cannot parse path "metadata..uid"';

interface Case {
  reason: string;
  o: KubeObject;
  rc?: ReadinessCheck[];
  want: { ready?: boolean; err?: string; errPrefix?: string };
}

const cases: Record<string, Case> = {
  NoCustomCheckReady: { reason: 'If no custom check is given, Ready condition should be used', o: available(), want: { ready: true } },
  NoCustomCheckNotReady: { reason: 'If no custom check is given, Ready condition should be used', o: unavailable(), want: { ready: false } },
  MatchConditionReady: {
    reason: 'If a match condition is explicitly specified it should be used',
    o: available(),
    rc: [{ type: 'MatchCondition', matchCondition: { type: 'Ready', status: 'True' } }],
    want: { ready: true },
  },
  MatchConditionNotReady: {
    reason: 'If a match condition is explicitly specified it should be used',
    o: unavailable(),
    rc: [{ type: 'MatchCondition', matchCondition: { type: 'Ready', status: 'True' } }],
    want: { ready: false },
  },
  ExplictNone: {
    reason: "If the only readiness check is explicitly 'None' the resource is always ready.",
    o: empty(),
    rc: [{ type: 'None' }],
    want: { ready: true },
  },
  NonEmptyErr: {
    reason: 'If the value cannot be fetched due to fieldPath being misconfigured, error should be returned',
    o: empty(),
    rc: [{ type: 'NonEmpty', fieldPath: 'metadata..uid' }],
    want: { ready: false, errPrefix: parseErr },
  },
  NonEmptyFalse: {
    reason: 'If the field does not have value, NonEmpty check should return false',
    o: empty(),
    rc: [{ type: 'NonEmpty', fieldPath: 'metadata.uid' }],
    want: { ready: false },
  },
  NonEmptyTrue: {
    reason: 'If the field does have a value, NonEmpty check should return true',
    o: uid(),
    rc: [{ type: 'NonEmpty', fieldPath: 'metadata.uid' }],
    want: { ready: true },
  },
  MatchStringErr: {
    reason: 'If the value cannot be fetched due to fieldPath being misconfigured, error should be returned',
    o: empty(),
    rc: [{ type: 'MatchString', fieldPath: 'metadata..uid', matchString: 'cool' }],
    want: { ready: false, errPrefix: parseErr },
  },
  MatchStringFalse: {
    reason: 'If the value of the field does not match, it should return false',
    o: empty(),
    rc: [{ type: 'MatchString', fieldPath: 'metadata.uid', matchString: 'olala' }],
    want: { ready: false },
  },
  MatchStringTrue: {
    reason: 'If the value of the field does match, it should return true',
    o: uid(),
    rc: [{ type: 'MatchString', fieldPath: 'metadata.uid', matchString: 'olala' }],
    want: { ready: true },
  },
  MatchIntegerErr: {
    reason: 'If the value cannot be fetched due to fieldPath being misconfigured, error should be returned',
    o: empty(),
    rc: [{ type: 'MatchInteger', fieldPath: 'metadata..uid', matchInteger: 42 }],
    want: { ready: false, errPrefix: parseErr },
  },
  MatchIntegerFalse: {
    reason: 'If the value of the field does not match, it should return false',
    o: spec({ someNum: 6 }),
    rc: [{ type: 'MatchInteger', fieldPath: 'spec.someNum', matchInteger: 5 }],
    want: { ready: false },
  },
  MatchIntegerTrue: {
    reason: 'If the value of the field does match, it should return true',
    o: spec({ someNum: 5 }),
    rc: [{ type: 'MatchInteger', fieldPath: 'spec.someNum', matchInteger: 5 }],
    want: { ready: true },
  },
  MatchTrueMissing: {
    reason: 'If the field is missing, it should return false',
    o: spec({}),
    rc: [{ type: 'MatchTrue', fieldPath: 'spec.someBool' }],
    want: { ready: false },
  },
  MatchTrueReady: {
    reason: 'If the value of the field is true, it should return true',
    o: spec({ someBool: true }),
    rc: [{ type: 'MatchTrue', fieldPath: 'spec.someBool' }],
    want: { ready: true },
  },
  MatchTrueNotReady: {
    reason: 'If the value of the field is false, it should return false',
    o: spec({ someBool: false }),
    rc: [{ type: 'MatchTrue', fieldPath: 'spec.someBool' }],
    want: { ready: false },
  },
  MatchFalseMissing: {
    reason: 'If the field is missing, it should return false',
    o: spec({}),
    rc: [{ type: 'MatchFalse', fieldPath: 'spec.someBool' }],
    want: { ready: false },
  },
  MatchFalseReady: {
    reason: 'If the value of the field is false, it should return true',
    o: spec({ someBool: false }),
    rc: [{ type: 'MatchFalse', fieldPath: 'spec.someBool' }],
    want: { ready: true },
  },
  MatchFalseNotReady: {
    reason: 'If the value of the field is true, it should return false',
    o: spec({ someBool: true }),
    rc: [{ type: 'MatchFalse', fieldPath: 'spec.someBool' }],
    want: { ready: false },
  },
  UnknownType: {
    reason: 'If unknown type is chosen, it should return an error',
    o: empty(),
    rc: [{ type: 'Olala' as ReadinessCheck['type'] }],
    want: { ready: false, err: 'cannot run readiness check at index 0: invalid: type: Invalid value: "Olala": unknown readiness check type' },
  },
};

describe('upstream ready_test.go TestIsReady', () => {
  it.each(Object.entries(cases))('%s', (_name, c) => {
    let ready = false;
    let err: string | undefined;
    try {
      ready = isReady(c.o, c.rc);
    } catch (e) {
      err = (e as Error).message;
    }
    if (c.want.err !== undefined) expect(err).toBe(c.want.err);
    else if (c.want.errPrefix !== undefined) expect(err?.startsWith(c.want.errPrefix)).toBe(true);
    else expect(err).toBeUndefined();
    expect(ready).toBe(c.want.ready ?? false);
  });
});
