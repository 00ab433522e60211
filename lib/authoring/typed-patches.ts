/**
 * Typed patch-and-transform vocabulary. Every helper returns the generated input types of
 * function-patch-and-transform (imports/pt.fn.crossplane.io.d.ts), so a misspelled field or enum fails to compile.
 */
import {
  ResourcesResourcesPatches as Patch,
  ResourcesResourcesPatchesCombineStrategy as CombineStrategy,
  ResourcesResourcesPatchesPolicyFromFieldPath as FromPolicy,
  ResourcesResourcesPatchesPolicyToFieldPath as ToPolicy,
  ResourcesResourcesPatchesTransforms as Transform,
  ResourcesResourcesPatchesTransformsMatchPatternsType as MatchPatternType,
  ResourcesResourcesPatchesTransformsStringConvert as StringConvert,
  ResourcesResourcesPatchesTransformsStringType as StringType,
  ResourcesResourcesPatchesTransformsType as TransformType,
  ResourcesResourcesPatchesType as PatchType,
} from '../../imports/pt.fn.crossplane.io';

export type { Patch, Transform };

export interface FromOptions {
  transforms?: Transform[];
  /** Withhold the composed resource until the source field exists (default: skip the patch silently). */
  required?: boolean;
  /** How the value lands in the target; default Replace. */
  merge?: 'ForceMergeObjects' | 'MergeObjects';
}

function policy(opts: FromOptions): Patch['policy'] {
  if (!opts.required && !opts.merge) return undefined;
  return {
    fromFieldPath: opts.required ? FromPolicy.REQUIRED : undefined,
    toFieldPath: opts.merge === 'ForceMergeObjects' ? ToPolicy.FORCE_MERGE_OBJECTS : opts.merge === 'MergeObjects' ? ToPolicy.MERGE_OBJECTS : undefined,
  };
}

/** Copies a field of the composite (usually a claim parameter) into the composed resource. */
export function fromComposite(from: string, to: string, opts: FromOptions = {}): Patch {
  return { type: PatchType.FROM_COMPOSITE_FIELD_PATH, fromFieldPath: from, toFieldPath: to, transforms: opts.transforms, policy: policy(opts) };
}

/** Reports a field of the observed composed resource back on the composite's status. */
export function toComposite(from: string, to: string, transforms?: Transform[]): Patch {
  return { type: PatchType.TO_COMPOSITE_FIELD_PATH, fromFieldPath: from, toFieldPath: to, transforms };
}

/** Formats several composite fields into one string (Go fmt verbs, one per variable). */
export function combine(variables: string[], fmt: string, to: string, opts: FromOptions = {}): Patch {
  return {
    type: PatchType.COMBINE_FROM_COMPOSITE,
    combine: { strategy: CombineStrategy.STRING, string: { fmt }, variables: variables.map((fromFieldPath) => ({ fromFieldPath })) },
    toFieldPath: to,
    transforms: opts.transforms,
    policy: policy(opts),
  };
}

export function patchSet(name: string): Patch {
  return { type: PatchType.PATCH_SET, patchSetName: name };
}

export const transforms = {
  format: (fmt: string): Transform => ({ type: TransformType.STRING, string: { type: StringType.FORMAT, fmt } }),
  sha256: (): Transform => ({ type: TransformType.STRING, string: { type: StringType.CONVERT, convert: StringConvert.TO_SHA256 } }),
  regexp: (match: string, group?: number): Transform => ({ type: TransformType.STRING, string: { type: StringType.REGEXP, regexp: { match, group } } }),
  map: (values: Record<string, unknown>): Transform => ({ type: TransformType.MAP, map: values }),
  /** First matching regular expression wins; no match is an error (no silent fallback). */
  matchRegexp: (patterns: Array<[regexp: string, result: unknown]>): Transform => ({
    type: TransformType.MATCH,
    match: { patterns: patterns.map(([regexp, result]) => ({ type: MatchPatternType.REGEXP, regexp, result })) },
  }),
};
