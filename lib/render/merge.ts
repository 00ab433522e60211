/**
 * `policy.toFieldPath` merge semantics. Upstream merges with crossplane-runtime's `fieldpath.MergeValue`, which
 * delegates to mergo with these options (function-patch-and-transform `toMergeOption`):
 *
 * | policy | keep existing values | append arrays |
 * | --- | --- | --- |
 * | Replace (default) | - (no merge: the value replaces the target) | - |
 * | MergeObjects, MergeObject (deprecated) | yes | no |
 * | MergeObjectsAppendArrays | yes | yes |
 * | ForceMergeObjects | no (override) | no |
 * | ForceMergeObjectsAppendArrays, AppendArray (deprecated) | no (override) | yes |
 *
 * "Keep" means mergo without `WithOverride`: a source value lands only where the target lacks the key or holds
 * Go's zero value (`""`, 0, false, null, empty object or array) — this applies to scalars at the target path too.
 * Objects always merge key by key; arrays are replaced (override or empty target) or appended. When appending
 * at the top level, source elements already present in the target are dropped (upstream `removeSourceDuplicates`).
 */
import { deepClone, deepEqual, isObject, numberValue } from './govalue';

export type ToFieldPathPolicy =
  'Replace' | 'MergeObjects' | 'MergeObjectsAppendArrays' | 'ForceMergeObjects' | 'ForceMergeObjectsAppendArrays' | 'MergeObject' | 'AppendArray';

export interface MergeOptions {
  keepMapValues: boolean;
  appendSlice: boolean;
}

/** The merge options of a policy, or undefined for Replace; an unknown policy is an error, as upstream. */
export function mergeOptionsFor(policy: string | undefined): MergeOptions | undefined {
  switch (policy ?? 'Replace') {
    case 'Replace':
      return undefined;
    case 'MergeObjects':
    case 'MergeObject':
      return { keepMapValues: true, appendSlice: false };
    case 'MergeObjectsAppendArrays':
      return { keepMapValues: true, appendSlice: true };
    case 'ForceMergeObjects':
      return { keepMapValues: false, appendSlice: false };
    case 'ForceMergeObjectsAppendArrays':
    case 'AppendArray':
      return { keepMapValues: false, appendSlice: true };
    default:
      throw new Error(`invalid patch policy ${policy}`);
  }
}

/** Merges `src` onto `dst` (which may be undefined when the target path is absent) and returns the result. */
export function mergeValue(dst: unknown, src: unknown, mo: MergeOptions | undefined): unknown {
  if (mo === undefined || dst === undefined || dst === null || src === null || src === undefined) return src;
  let source = src;
  if (mo.appendSlice && Array.isArray(dst) && Array.isArray(src)) {
    source = src.filter((s) => !dst.some((d) => deepEqual(s, d)));
  }
  const wrapped: Record<string, unknown> = { arg: deepClone(dst) };
  mergeMaps(wrapped, { arg: source }, mo);
  return wrapped.arg;
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '' || numberValue(v) === 0 || v === false) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (isObject(v)) return Object.keys(v).length === 0;
  return false;
}

function mergeMaps(dst: Record<string, unknown>, src: Record<string, unknown>, mo: MergeOptions): void {
  const override = !mo.keepMapValues;
  for (const [key, s] of Object.entries(src)) {
    const has = Object.prototype.hasOwnProperty.call(dst, key);
    const d = dst[key];
    if (s === null) {
      // mergo sets a nil source value only when overriding; without override the key is left alone, absent or not.
      if (override) dst[key] = null;
      continue;
    }
    if (isObject(s)) {
      if (isObject(d)) {
        mergeMaps(d, s, mo);
        continue;
      }
      if (override || !has || isEmpty(d)) dst[key] = deepClone(s);
      continue;
    }
    if (Array.isArray(s)) {
      if (mo.appendSlice) {
        if (has && d !== null && !Array.isArray(d)) throw new Error('failed to merge values: cannot append two slices with different type');
        dst[key] = [...((d as unknown[] | undefined) ?? []), ...deepClone(s)];
      } else if (override || !has || isEmpty(d)) {
        dst[key] = deepClone(s);
      }
      continue;
    }
    if (override || !has || isEmpty(d)) dst[key] = s;
  }
}
