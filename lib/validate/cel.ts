/**
 * Evaluates `x-kubernetes-validations` rules wherever they sit in a schema (root, nested objects, array items,
 * map values) against an object, as the API server does on create and update:
 *
 * - `self` is the value at the rule's node; a rule is not evaluated where the value is absent or null.
 * - A transition rule (one that mentions `oldSelf`) runs only when an old object is given and the old value at
 *   the same place exists — unless `optionalOldSelf`, where it always runs and `oldSelf` is an optional.
 *   Old values are matched by field name, map key, and for `x-kubernetes-list-type: map` lists by the map keys;
 *   items of other lists have no old value (as in Kubernetes).
 * - A failure reports `messageExpression` (falling back to `message`, then to the rule), at the rule's node
 *   joined with its `fieldPath`, with its `reason`.
 */
import { isCelError } from '@bufbuild/cel';
import { formatFieldPath, parseFieldPath, type Segment } from '../fieldpath';
import type { Issue } from '../schema/issue';
import { optionalNone, optionalOf } from './cel-library';
import { CelCompileError, compileExpression, unavailableOn } from './cel-compile';
import { toCel } from './cel-values';

export interface ValidationRule {
  rule: string;
  message?: string;
  messageExpression?: string;
  fieldPath?: string;
  reason?: string;
  optionalOldSelf?: boolean;
}

export interface CelOptions {
  /** The object as it was before this update; transition rules run only when it is given. */
  old?: unknown;
  /**
   * The oldest Kubernetes release (`'1.29'`) the CRD must be accepted by: a rule calling a function a CRD may only
   * use from a later release, or using `optionalOldSelf` before 1.30, is reported. @default '1.29'
   */
  kubernetesVersion?: string;
}

export const DEFAULT_KUBERNETES_VERSION = '1.29';

/** The minor number of `1.x` (`'1.29'`, `'v1.30.2'`). */
export function kubernetesMinor(version: string = DEFAULT_KUBERNETES_VERSION): number {
  const match = /^v?1\.(\d+)/.exec(version);
  if (!match) throw new Error(`not a Kubernetes version: ${version}`);
  return Number(match[1]);
}

/** Every rule failure in `value` (the whole object, matching the root `schema`). */
export function celIssues(schema: any, value: unknown, options: CelOptions = {}): Issue[] {
  const issues: Issue[] = [];
  const minor = kubernetesMinor(options.kubernetesVersion);
  walk(rootForCel(schema), value, { present: options.old !== undefined, value: options.old }, [], issues, minor);
  return issues;
}

interface Old {
  present: boolean;
  value: unknown;
}
const NO_OLD: Old = { present: false, value: undefined };

/**
 * Whether a schema or anything under it carries a CEL rule, memoized by schema: provider CRDs hold their rules at
 * `spec` only, so the walk skips the rest of a composed resource instead of visiting every field of it.
 */
const rulesBelow = new WeakMap<object, boolean>();
const looking = new Set<object>();
/** Set when an answer of false leaned on a schema still being looked at (one that contains itself): not kept. */
let provisional = false;
export function hasRules(schema: any): boolean {
  if (!schema || typeof schema !== 'object') return false;
  const known = rulesBelow.get(schema);
  if (known !== undefined) return known;
  if (looking.has(schema)) {
    provisional = true;
    return false;
  }
  looking.add(schema);
  const outer = provisional;
  provisional = false;
  const found =
    (schema['x-kubernetes-validations']?.length ?? 0) > 0 ||
    hasRules(schema.items) ||
    (typeof schema.additionalProperties === 'object' && hasRules(schema.additionalProperties)) ||
    Object.values<any>(schema.properties ?? {}).some(hasRules);
  looking.delete(schema);
  if (found || !provisional) rulesBelow.set(schema, found);
  provisional = outer || (provisional && !found);
  return found;
}

function walk(schema: any, value: unknown, old: Old, path: Segment[], issues: Issue[], minor: number): void {
  if (!schema || value === undefined || value === null || !hasRules(schema)) return;
  for (const rule of schema['x-kubernetes-validations'] ?? []) evaluateRule(rule, schema, value, old, path, issues, minor);

  if (Array.isArray(value)) {
    const keys: string[] | undefined = schema['x-kubernetes-list-type'] === 'map' ? schema['x-kubernetes-list-map-keys'] : undefined;
    value.forEach((item, index) => walk(schema.items, item, keys ? oldListItem(old, item, keys) : NO_OLD, [...path, { index }], issues, minor));
    return;
  }
  if (typeof value !== 'object') return;
  const properties: Record<string, any> = schema.properties ?? {};
  const mapValues = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const childSchema = key in properties ? properties[key] : mapValues;
    if (childSchema) walk(childSchema, child, oldField(old, key), [...path, { field: key }], issues, minor);
  }
}

function oldField(old: Old, key: string): Old {
  const parent = old.value as any;
  return old.present && parent && typeof parent === 'object' && !Array.isArray(parent) && key in parent && parent[key] !== null
    ? { present: true, value: parent[key] }
    : NO_OLD;
}

function oldListItem(old: Old, item: any, keys: string[]): Old {
  if (!old.present || !Array.isArray(old.value)) return NO_OLD;
  const match = old.value.find((o: any) => keys.every((k) => o?.[k] === item?.[k]));
  return match === undefined ? NO_OLD : { present: true, value: match };
}

function evaluateRule(rule: ValidationRule, schema: any, value: unknown, old: Old, path: Segment[], issues: Issue[], minor: number): void {
  const where = formatFieldPath(path);
  let compiled;
  try {
    compiled = compileExpression(rule.rule);
  } catch (e) {
    if (!(e instanceof CelCompileError)) throw e;
    issues.push({ kind: 'cel', path: where, rule: rule.rule, message: e.message });
    return;
  }
  const unavailable = unavailableOn(compiled, minor);
  if (unavailable) {
    issues.push({ kind: 'cel', path: where, rule: rule.rule, message: unavailable });
    return;
  }
  if (rule.optionalOldSelf && minor < 30) {
    // optionalOldSelf is dropped unless CRDValidationRatcheting is on: alpha (off) in 1.28 and 1.29, beta from 1.30.
    issues.push({ kind: 'cel', path: where, rule: rule.rule, message: `optionalOldSelf needs Kubernetes 1.30 or later (1.${minor} drops it): ${rule.rule}` });
    return;
  }
  if (compiled.usesOldSelf && !rule.optionalOldSelf && !old.present) return;

  const bindings: Record<string, unknown> = { self: toCel(schema, value) };
  if (rule.optionalOldSelf) bindings.oldSelf = old.present ? optionalOf(toCel(schema, old.value)) : optionalNone();
  else if (old.present) bindings.oldSelf = toCel(schema, old.value);

  const result = compiled.evaluate(bindings);
  if (result === true) return;
  const issuePath = rule.fieldPath ? formatFieldPath([...path, ...parseFieldPath(rule.fieldPath.replace(/^\./, ''))]) : where;
  const message = isCelError(result) ? `rule could not be evaluated (${result.message}): ${rule.message ?? rule.rule}` : failureMessage(rule, bindings);
  issues.push({ kind: 'cel', path: issuePath, rule: rule.rule, reason: rule.reason ?? 'FieldValueInvalid', message });
}

/** As the API server: messageExpression if it yields a non-empty single-line string, else message, else the rule. */
function failureMessage(rule: ValidationRule, bindings: Record<string, unknown>): string {
  if (rule.messageExpression) {
    try {
      const text = compileExpression(rule.messageExpression).evaluate(bindings);
      // Upstream (apiextensions cel/validation.go): empty, blank or multi-line results fall back like an error.
      if (typeof text === 'string' && text.trim() !== '' && !/[\r\n]/.test(text)) return text;
    } catch {
      // An unusable messageExpression falls back like an empty one.
    }
  }
  return rule.message ?? `failed rule: ${rule.rule}`;
}

/**
 * At the root CEL sees apiVersion, kind, metadata.name and metadata.generateName even when the CRD does not
 * declare them.
 */
function rootForCel(schema: any): any {
  if (!schema) return schema;
  const implicit = {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object', properties: { name: { type: 'string' }, generateName: { type: 'string' } } },
  };
  return { ...schema, properties: { ...implicit, ...(schema.properties ?? {}), metadata: implicit.metadata } };
}

/** Every rule in a schema with the field path of its node (`[*]` for items, `[*]` for map values). */
export function rulesIn(schema: any, path = ''): Array<{ path: string; rule: ValidationRule }> {
  if (!schema || typeof schema !== 'object') return [];
  const here = (schema['x-kubernetes-validations'] ?? []).map((rule: ValidationRule) => ({ path, rule }));
  const children = [
    ...Object.entries<any>(schema.properties ?? {}).map(([k, s]) => rulesIn(s, path ? `${path}.${k}` : k)),
    rulesIn(schema.items, `${path}[*]`),
    typeof schema.additionalProperties === 'object' ? rulesIn(schema.additionalProperties, `${path}[*]`) : [],
  ];
  return [...here, ...children.flat()];
}
