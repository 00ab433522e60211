/**
 * Validation of a `pt.fn.crossplane.io` Resources input, as upstream runs it before composing anything: the
 * input is opaque to the API server, so this is where a malformed patch is caught. Messages follow
 * Kubernetes field errors (`resources[0].patches[1].combine: Required value: …`), as upstream's do
 * (pt/validate.go). Returns the first problem, or undefined.
 */
import { compileGoRegExp } from '../schema/go-regexp';
import type { Patch } from './patches';

const required = (path: string, detail: string) => `${path}: Required value: ${detail}`;
const invalid = (path: string, value: unknown, detail: string) => `${path}: Invalid value: ${JSON.stringify(value ?? '')}: ${detail}`;
const join = (prefix: string, rest: string) => (rest.startsWith('[') ? prefix + rest : `${prefix}.${rest}`);

const composedPatchTypes = [
  'FromCompositeFieldPath',
  'ToCompositeFieldPath',
  'CombineFromComposite',
  'CombineToComposite',
  'FromEnvironmentFieldPath',
  'ToEnvironmentFieldPath',
  'CombineFromEnvironment',
  'CombineToEnvironment',
];
const environmentPatchTypes = composedPatchTypes.slice(0, 6);
const toPolicies = ['Replace', 'MergeObjects', 'MergeObjectsAppendArrays', 'ForceMergeObjects', 'ForceMergeObjectsAppendArrays', 'MergeObject', 'AppendArray'];

export function validateResourcesInput(input: any): string | undefined {
  for (const ps of input.patchSets ?? []) {
    if (!ps.name) return required('name', 'name is required');
    const e = firstOf(ps.patches ?? [], (p: Patch) => validatePatch(p, false), 'patches');
    if (e) return e;
  }
  const resources = input.resources ?? [];
  if (resources.length === 0 && !(input.environment?.patches?.length > 0)) {
    return required('resources', 'resources or environment patches are required');
  }
  const r = firstOf(resources, validateTemplate, 'resources');
  if (r) return r;
  const envPatches = input.environment?.patches ?? [];
  for (let i = 0; i < envPatches.length; i++) {
    const type = envPatches[i].type ?? 'FromCompositeFieldPath';
    // Upstream builds this path with field.Path.Key("type"), hence `[type]`.
    if (!environmentPatchTypes.includes(type)) return invalid(`environment.patches[${i}][type]`, type, 'invalid environment patch type');
    const e = validatePatch(envPatches[i], false);
    if (e) return join(`environment.patches[${i}]`, e);
  }
  return undefined;
}

function firstOf<T>(items: T[], check: (t: T) => string | undefined, path: string): string | undefined {
  for (let i = 0; i < items.length; i++) {
    const e = check(items[i]);
    if (e) return join(`${path}[${i}]`, e);
  }
  return undefined;
}

function validateTemplate(t: any): string | undefined {
  if (!t.name) return required('name', 'name is required');
  return (
    firstOf(t.patches ?? [], (p: Patch) => validatePatch(p, true), 'patches') ??
    firstOf(t.connectionDetails ?? [], validateConnectionDetail, 'connectionDetails') ??
    firstOf(t.readinessChecks ?? [], validateReadinessCheck, 'readinessChecks')
  );
}

export function validatePatch(p: Patch, allowPatchSet: boolean): string | undefined {
  const type = p.type ?? 'FromCompositeFieldPath';
  if (type === 'PatchSet') {
    if (!allowPatchSet) return invalid('type', type, 'unknown patch type');
    if (!p.patchSetName) return required('patchSetName', `patchSetName must be set for patch type ${type}`);
  } else if (type.startsWith('Combine') && composedPatchTypes.includes(type)) {
    if (!p.combine) return required('combine', `combine must be set for patch type ${type}`);
    if (!p.toFieldPath) return required('toFieldPath', `toFieldPath must be set for patch type ${type}`);
    const c = p.combine;
    if (!c.strategy) return required('combine.strategy', 'a combine strategy must be provided');
    if (c.strategy !== 'string') return invalid('combine.strategy', c.strategy, 'unknown strategy type');
    if (!c.string) return required('combine.string', `string must be set for combine strategy ${c.strategy}`);
    if (!c.variables?.length) return required('combine.variables', 'at least one variable must be provided');
    const missing = c.variables.findIndex((v) => !v.fromFieldPath);
    if (missing >= 0) return required(`combine.variables[${missing}].fromFieldPath`, 'fromFieldPath must be set for each combine variable');
    return undefined;
  } else if (composedPatchTypes.includes(type)) {
    if (!p.fromFieldPath) return required('fromFieldPath', `fromFieldPath must be set for patch type ${type}`);
  } else {
    return invalid('type', type, 'unknown patch type');
  }
  const t = firstOf(p.transforms ?? [], validateTransform, 'transforms');
  if (t) return t;
  if (p.policy) {
    if (p.policy.toFieldPath !== undefined && !toPolicies.includes(p.policy.toFieldPath)) {
      return invalid('policy.toFieldPathPolicy', p.policy.toFieldPath, 'unknown toFieldPathPolicy');
    }
    if (p.policy.fromFieldPath !== undefined && !['Optional', 'Required'].includes(p.policy.fromFieldPath)) {
      return invalid('policy.fromFieldPathPolicy', p.policy.fromFieldPath, 'unknown fromFieldPathPolicy');
    }
  }
  return undefined;
}

function compiles(re: string): boolean {
  try {
    compileGoRegExp(re);
    return true;
  } catch {
    return false;
  }
}

export function validateTransform(t: any): string | undefined {
  const config = t[t.type];
  if (['math', 'map', 'match', 'string', 'convert'].includes(t.type) && (config === undefined || config === null)) {
    return required(t.type, `given transform type ${t.type} requires configuration`);
  }
  switch (t.type) {
    case 'math': {
      const m = config;
      if (!m.type) return required('math.type', 'math transform type is required');
      const field = { Multiply: 'multiply', ClampMin: 'clampMin', ClampMax: 'clampMax' }[m.type as string];
      const words = { Multiply: 'multiply', ClampMin: 'clamp min', ClampMax: 'clamp max' }[m.type as string];
      if (!field) return invalid('math.type', m.type, 'unknown math transform type');
      if (m[field] === undefined || m[field] === null) return required(`math.${field}`, `must specify a value if a ${words} math transform is specified`);
      return undefined;
    }
    case 'map':
      return Object.keys(config).length === 0 ? required('map.pairs', 'at least one pair must be specified if a map transform is specified') : undefined;
    case 'match': {
      const patterns = config.patterns ?? [];
      if (patterns.length === 0) return required('match.patterns', 'at least one pattern must be specified if a match transform is specified');
      for (let i = 0; i < patterns.length; i++) {
        const p = patterns[i];
        const at = `match.patterns[${i}]`;
        const type = p.type ?? 'literal';
        if (type === 'literal' && (p.literal === undefined || p.literal === null)) return required(`${at}.literal`, 'literal pattern type requires a literal');
        if (type === 'regexp') {
          if (p.regexp === undefined || p.regexp === null) return required(`${at}.regexp`, 'regexp pattern type requires a regexp');
          if (!compiles(p.regexp)) return invalid(`${at}.regexp`, p.regexp, 'invalid regexp');
        }
        if (type !== 'literal' && type !== 'regexp') return invalid(`${at}.type`, type, 'unknown pattern type');
      }
      return undefined;
    }
    case 'string': {
      const s = config;
      if (!s.type) return required('string.type', 'string transform type is required');
      const need: Record<string, [string, string]> = {
        Format: ['fmt', 'format transform requires a format'],
        Convert: ['convert', 'convert transform requires a conversion type'],
        TrimPrefix: ['trim', 'trim transform requires a trim value'],
        TrimSuffix: ['trim', 'trim transform requires a trim value'],
        Regexp: ['regexp', 'regexp transform requires a regexp'],
        Join: ['join', 'join transform requires a join'],
        Replace: ['replace', 'replace transform requires a replace'],
      };
      if (!need[s.type]) return invalid('string.type', s.type, 'unknown string transform type');
      const [field, detail] = need[s.type];
      if (s[field] === undefined || s[field] === null) return required(`string.${field}`, detail);
      if (s.type === 'Regexp') {
        if (!s.regexp.match) return required('string.regexp.match', 'regexp transform requires a match');
        if (!compiles(s.regexp.match)) return invalid('string.regexp.match', s.regexp.match, 'invalid regexp');
      }
      if (s.type === 'Replace' && !s.replace.search) return required('string.replace.search', 'replace transform requires a search');
      return undefined;
    }
    case 'convert': {
      if (config.format !== undefined && !['none', 'quantity', 'json'].includes(config.format))
        return invalid('convert.format', config.format, 'invalid format');
      if (!['string', 'int', 'int64', 'bool', 'float64', 'object', 'array'].includes(config.toType))
        return invalid('convert.toType', config.toType, 'invalid type');
      return undefined;
    }
    default:
      return invalid('type', t.type, 'unknown transform type');
  }
}

export function validateReadinessCheck(r: any): string | undefined {
  const types = ['MatchString', 'MatchInteger', 'NonEmpty', 'MatchCondition', 'MatchTrue', 'MatchFalse', 'None'];
  if (!types.includes(r.type)) return invalid('type', r.type, 'unknown readiness check type');
  if (r.type === 'None') return undefined;
  if (r.type === 'MatchCondition') {
    // Upstream accepts a MatchCondition check without matchCondition (ValidateMatchConditionReadinessCheck(nil)).
    if (!r.matchCondition) return undefined;
    if (!r.matchCondition.type) return required('matchCondition.type', 'cannot be empty for type MatchCondition');
    if (!r.matchCondition.status) return required('matchCondition.status', 'cannot be empty for type MatchCondition');
    return undefined;
  }
  if (r.type === 'MatchString' && (r.matchString === undefined || r.matchString === null)) return required('matchString', 'cannot be nil for type MatchString');
  if (r.type === 'MatchInteger' && (r.matchInteger === undefined || r.matchInteger === null))
    return required('matchInteger', 'cannot be nil for type MatchInteger');
  // Upstream checks the pointer, so `fieldPath: ""` passes.
  if (r.fieldPath === undefined || r.fieldPath === null) return required('fieldPath', 'cannot be empty');
  return undefined;
}

export function validateConnectionDetail(cd: any): string | undefined {
  if (!cd.type) return required('type', 'connection detail type is required');
  if (!['FromConnectionSecretKey', 'FromFieldPath', 'FromValue'].includes(cd.type)) return invalid('type', cd.type, 'unknown connection detail type');
  if (!cd.name) return required('name', 'name is required');
  if (cd.type === 'FromValue' && (cd.value === undefined || cd.value === null)) return required('value', 'value connection detail requires a value');
  if (cd.type === 'FromConnectionSecretKey' && !cd.fromConnectionSecretKey)
    return required('fromConnectionSecretKey', 'from connection secret key connection detail requires a key');
  if (cd.type === 'FromFieldPath' && !cd.fromFieldPath) return required('fromFieldPath', 'from field path connection detail requires a field path');
  return undefined;
}
