import { isReady, type ReadinessCheck } from './readiness';

// Mirrors function-patch-and-transform ready_test.go.
const o = { status: { phase: 'Available', replicas: 3, ok: true, off: false, id: 'x', conditions: [{ type: 'Synced', status: 'True' }] } };

describe('isReady', () => {
  it.each<[ReadinessCheck, boolean]>([
    [{ type: 'MatchString', fieldPath: 'status.phase', matchString: 'Available' }, true],
    [{ type: 'MatchString', fieldPath: 'status.phase', matchString: 'Pending' }, false],
    [{ type: 'MatchString', fieldPath: 'status.missing', matchString: 'x' }, false],
    [{ type: 'MatchInteger', fieldPath: 'status.replicas', matchInteger: 3 }, true],
    [{ type: 'MatchInteger', fieldPath: 'status.replicas', matchInteger: 4 }, false],
    [{ type: 'MatchTrue', fieldPath: 'status.ok' }, true],
    [{ type: 'MatchTrue', fieldPath: 'status.off' }, false],
    [{ type: 'MatchFalse', fieldPath: 'status.off' }, true],
    [{ type: 'MatchFalse', fieldPath: 'status.missing' }, false],
    [{ type: 'NonEmpty', fieldPath: 'status.id' }, true],
    [{ type: 'NonEmpty', fieldPath: 'status.missing' }, false],
    [{ type: 'MatchCondition', matchCondition: { type: 'Synced', status: 'True' } }, true],
    // crossplane-runtime's GetCondition reports an absent condition as Unknown.
    [{ type: 'MatchCondition', matchCondition: { type: 'Ready', status: 'Unknown' } }, true],
    [{ type: 'None' }, true],
  ])('%j → %s', (check, want) => expect(isReady(o, [check])).toBe(want));

  it('default: Ready=True', () => {
    expect(isReady(o, [])).toBe(false);
    expect(isReady({ status: { conditions: [{ type: 'Ready', status: 'True' }] } }, undefined)).toBe(true);
  });
  it('every check must pass', () => expect(isReady(o, [{ type: 'None' }, { type: 'MatchTrue', fieldPath: 'status.off' }])).toBe(false));
  it('a wrong type is an error', () =>
    expect(() => isReady(o, [{ type: 'MatchTrue', fieldPath: 'status.phase' }])).toThrow('cannot run readiness check at index 0: status.phase: not a bool'));
  it('MatchInteger wants an integer', () =>
    expect(() => isReady({ status: { n: 1.5 } }, [{ type: 'MatchInteger', fieldPath: 'status.n', matchInteger: 1 }])).toThrow(
      'status.n: not a (int64) number',
    ));
});
