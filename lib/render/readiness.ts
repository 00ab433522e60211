/**
 * Readiness checks of function-patch-and-transform, run against the *observed* composed resource only (a
 * resource that does not exist yet is never ready). No checks means the default: condition Ready=True.
 * All checks must pass. A value of the wrong type is an error (reported as a warning, resource not ready);
 * a missing field is simply not ready. Upstream: ready.go.
 */
import { getValueOrThrow, isNotFound } from '../fieldpath';
import { isInt64 } from './govalue';
import type { KubeObject } from './function-io';
import { validateReadinessCheck } from './input-validation';

export interface ReadinessCheck {
  type: 'MatchString' | 'MatchInteger' | 'NonEmpty' | 'MatchCondition' | 'MatchTrue' | 'MatchFalse' | 'None';
  fieldPath?: string;
  matchString?: string;
  matchInteger?: number;
  matchCondition?: { type: string; status: string };
}

/** Whether the observed resource is ready; throws (with the failing check's index) when a check cannot run. */
export function isReady(observed: KubeObject, checks: ReadinessCheck[] | undefined): boolean {
  if (!checks || checks.length === 0) return conditionStatus(observed, 'Ready') === 'True';
  return checks.every((c, i) => {
    try {
      return runCheck(c, observed);
    } catch (err) {
      throw new Error(`cannot run readiness check at index ${i}: ${(err as Error).message}`);
    }
  });
}

/** A condition's status; a condition that is absent is `Unknown`, as crossplane-runtime's GetCondition says. */
export function conditionStatus(o: KubeObject, type: string): string {
  const conditions = o?.status?.conditions;
  const found = Array.isArray(conditions) ? conditions.find((c: any) => c?.type === type) : undefined;
  return found?.status ?? 'Unknown';
}

function runCheck(c: ReadinessCheck, o: KubeObject): boolean {
  // Upstream RunReadinessCheck validates each check before running it (ready_test.go UnknownType).
  const invalid = validateReadinessCheck(c);
  if (invalid) throw new Error(`invalid: ${invalid}`);
  const typed = <T>(what: string, test: (v: unknown) => boolean, use: (v: T) => boolean): boolean => {
    let v: unknown;
    try {
      v = getValueOrThrow(o, c.fieldPath!);
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
    if (!test(v)) throw new Error(`${c.fieldPath}: not a ${what}`);
    return use(v as T);
  };
  switch (c.type) {
    case 'None':
      return true;
    case 'NonEmpty':
      return typed(
        'value',
        () => true,
        () => true,
      );
    case 'MatchString':
      return typed<string>(
        'string',
        (v) => typeof v === 'string',
        (v) => v === c.matchString,
      );
    case 'MatchInteger':
      return typed<number>('(int64) number', isInt64, (v) => v === Number(c.matchInteger));
    case 'MatchTrue':
      return typed<boolean>(
        'bool',
        (v) => typeof v === 'boolean',
        (v) => v,
      );
    case 'MatchFalse':
      return typed<boolean>(
        'bool',
        (v) => typeof v === 'boolean',
        (v) => !v,
      );
    case 'MatchCondition':
      return conditionStatus(o, c.matchCondition!.type) === c.matchCondition!.status;
    default:
      return false;
  }
}
