/**
 * function-patch-and-transform patches: which object each patch type reads and writes, how a value travels
 * (field path → transforms → merge policy → field path), and how PatchSets are inlined.
 * Upstream: patches.go (v0.10.x); field path and merge semantics in ./fieldpath and ./merge.
 */
import { expandWildcards, getValueOrThrow, isNotFound, setValue, formatSegments } from '../fieldpath';
import { goSprintf } from './gofmt';
import { toPlainJson } from './govalue';
import { mergeOptionsFor, mergeValue } from './merge';
import { resolveTransforms, type Transform } from './transforms';
import type { KubeObject } from './function-io';

export type PatchType =
  | 'FromCompositeFieldPath'
  | 'ToCompositeFieldPath'
  | 'CombineFromComposite'
  | 'CombineToComposite'
  | 'FromEnvironmentFieldPath'
  | 'ToEnvironmentFieldPath'
  | 'CombineFromEnvironment'
  | 'CombineToEnvironment'
  | 'PatchSet';

export interface Patch {
  type?: PatchType;
  fromFieldPath?: string;
  toFieldPath?: string;
  patchSetName?: string;
  combine?: { variables: { fromFieldPath: string }[]; strategy: string; string?: { fmt: string } };
  transforms?: Transform[];
  policy?: { fromFieldPath?: 'Optional' | 'Required'; toFieldPath?: string };
}

export interface PatchSet {
  name: string;
  patches: Patch[];
}

export interface ComposedTemplate {
  name: string;
  base?: KubeObject;
  patches?: Patch[];
  connectionDetails?: import('./connection').ConnectionDetail[];
  readinessChecks?: import('./readiness').ReadinessCheck[];
}

export function patchType(p: Patch): PatchType {
  return p.type ?? 'FromCompositeFieldPath';
}

/** An omitted toFieldPath means the same path as fromFieldPath (upstream `GetToFieldPath`). */
function toFieldPath(p: Patch): string {
  return p.toFieldPath ?? p.fromFieldPath ?? '';
}

export function isRequired(p: Patch): boolean {
  return p.policy?.fromFieldPath === 'Required';
}

/** Whether the patch writes to the desired composed resource (rather than reading from the observed one). */
export function toComposedResource(p: Patch): boolean {
  return ['FromCompositeFieldPath', 'CombineFromComposite', 'FromEnvironmentFieldPath', 'CombineFromEnvironment'].includes(patchType(p));
}

/** Copies one field, through the transforms, onto `to`; a missing source throws a not-found error. */
export function applyFromFieldPathPatch(p: Patch, from: KubeObject, to: KubeObject): void {
  const input = getValueOrThrow(from, p.fromFieldPath ?? '');
  const value = toPlainJson(resolveTransforms(p.transforms, input));
  const mo = mergeOptionsFor(p.policy?.toFieldPath);
  const target = toFieldPath(p);
  if (target.includes('[*]')) {
    const paths = expandWildcards(to, target);
    if (paths.length === 0) throw new Error(`cannot expand ToFieldPath ${target}`);
    for (const path of paths) patchValue(to, formatSegments(path), value, mo);
    return;
  }
  try {
    patchValue(to, target, value, mo);
  } catch (err) {
    throw new Error(`cannot patch to object: ${(err as Error).message}`);
  }
}

/** Formats several fields into one (`strategy: string`, Go `fmt.Sprintf`); any missing variable skips it. */
export function applyCombinePatch(p: Patch, from: KubeObject, to: KubeObject): void {
  const c = p.combine!;
  const vars = c.variables.map((v) => getValueOrThrow(from, v.fromFieldPath));
  if (c.strategy !== 'string') throw new Error(`combine strategy ${c.strategy} is not supported`);
  if (!c.string) throw new Error(`given combine strategy ${c.strategy} requires configuration`);
  const combined = goSprintf(c.string.fmt, vars);
  const value = toPlainJson(resolveTransforms(p.transforms, combined));
  try {
    patchValue(to, toFieldPath(p), value, mergeOptionsFor(p.policy?.toFieldPath));
  } catch (err) {
    throw new Error(`cannot patch to object: ${(err as Error).message}`);
  }
}

function patchValue(to: KubeObject, path: string, value: unknown, mo: ReturnType<typeof mergeOptionsFor>): void {
  let current: unknown;
  if (mo) {
    try {
      current = getValueOrThrow(to, path);
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }
  // crossplane-runtime paved.go `setValue` stores `toValidJSON(value)`: the merged value, target's float64s too,
  // comes back with whole numbers as int64.
  setValue(to, path, toPlainJson(mergeValue(current, value, mo)));
}

export interface PatchTargets {
  /** The observed composed resource, when it exists. */
  observedComposed?: KubeObject;
  desiredComposed: KubeObject;
  observedComposite: KubeObject;
  desiredComposite: KubeObject;
  environment: KubeObject;
}

/**
 * Applies a resource template's patch. Patches always read observed state and write desired state: from the
 * observed XR or the environment into the desired composed resource, or from the observed composed resource
 * into the desired XR or the environment. Patches from a composed resource that does not exist yet do nothing.
 */
export function applyComposedPatch(p: Patch, t: PatchTargets): void {
  const ocd = t.observedComposed;
  if (!ocd && !toComposedResource(p)) return;
  switch (patchType(p)) {
    case 'ToCompositeFieldPath':
      return applyFromFieldPathPatch(p, ocd!, t.desiredComposite);
    case 'CombineToComposite':
      return applyCombinePatch(p, ocd!, t.desiredComposite);
    case 'ToEnvironmentFieldPath':
      return applyFromFieldPathPatch(p, ocd!, t.environment);
    case 'CombineToEnvironment':
      return applyCombinePatch(p, ocd!, t.environment);
    case 'FromCompositeFieldPath':
      return applyFromFieldPathPatch(p, t.observedComposite, t.desiredComposed);
    case 'CombineFromComposite':
      return applyCombinePatch(p, t.observedComposite, t.desiredComposed);
    case 'FromEnvironmentFieldPath':
      return applyFromFieldPathPatch(p, t.environment, t.desiredComposed);
    case 'CombineFromEnvironment':
      return applyCombinePatch(p, t.environment, t.desiredComposed);
    default:
      return;
  }
}

/**
 * Applies an `environment.patches` entry: to the environment always from the observed XR, from the
 * environment always to the desired XR (upstream `ApplyEnvironmentPatch`).
 */
export function applyEnvironmentPatch(p: Patch, environment: KubeObject, observedComposite: KubeObject, desiredComposite: KubeObject): void {
  switch (patchType(p)) {
    case 'FromCompositeFieldPath':
    case 'ToEnvironmentFieldPath':
      return applyFromFieldPathPatch(p, observedComposite, environment);
    case 'CombineFromComposite':
      return applyCombinePatch(p, observedComposite, environment);
    case 'ToCompositeFieldPath':
    case 'FromEnvironmentFieldPath':
      return applyFromFieldPathPatch(p, environment, desiredComposite);
    case 'CombineToComposite':
      return applyCombinePatch(p, environment, desiredComposite);
    default:
      return;
  }
}

/** The templates with every `PatchSet` patch replaced by the named set's patches, in place. */
export function resolvePatchSets(patchSets: PatchSet[] | undefined, templates: ComposedTemplate[]): ComposedTemplate[] {
  const byName = new Map<string, Patch[]>();
  for (const s of patchSets ?? []) {
    if (s.patches?.some((p) => patchType(p) === 'PatchSet')) throw new Error('a patch in a PatchSet cannot be of type PatchSet');
    byName.set(s.name, s.patches ?? []);
  }
  return templates.map((t) => ({
    ...t,
    patches: (t.patches ?? []).flatMap((p) => {
      if (patchType(p) !== 'PatchSet') return [p];
      if (!p.patchSetName) throw new Error('PatchSetName is required by type PatchSet');
      const set = byName.get(p.patchSetName);
      if (!set) throw new Error(`cannot find PatchSet by name ${p.patchSetName}`);
      return set;
    }),
  }));
}
