/**
 * How function-patch-and-transform v0.10.8 (and function-cel-filter v0.2.0) decode their input, before validating it: fn.go `RunFunction` →
 * function-sdk-go v0.5.0 request.go `GetInput` → resource.go `AsObject`, which (the input being a typed
 * `*v1beta1.Resources`, not unstructured) marshals the Struct with protojson and decodes it with
 * github.com/go-json-experiment/json and `RejectUnknownMembers(true)`. So, unlike the API server, the function
 * refuses any member its Go types do not declare — a misspelt field, a wrong case (`fromFieldpath`: v2 matches names
 * case-sensitively), or the legacy `policy.mergeOptions` that P&T dropped for `policy.toFieldPath` (P&T README
 * "mergeOptions replaced by toFieldPath") — and any JSON value of the wrong kind, and fails the step:
 * `cannot get Function input: cannot get function input *v1beta1.Resources from *v1.RunFunctionRequest: cannot
 * unmarshal JSON from *structpb.Struct into *v1beta1.Resources: json: cannot unmarshal …`.
 *
 * The Go types are those of input/v1beta1 (resources.go, resources_common.go, resources_connection.go,
 * resources_patches.go, resources_transforms.go at v0.10.8), by JSON member name. Upstream's error text is
 * deliberately unstable (go-json-experiment errors.go `SemanticError.Error` picks "cannot" or "unable to" at
 * random); this prints "cannot". `metadata` (ObjectMeta) is not checked member by member.
 */

/** A Go field type: a struct of this table, a list of one (`[]T`), a scalar, or any JSON (`raw`). */
type FieldType = string;

const PATCH: Record<string, FieldType> = {
  fromFieldPath: 'string',
  combine: 'Combine',
  toFieldPath: 'string',
  transforms: '[]Transform',
  policy: 'PatchPolicy',
};

const STRUCTS: Record<string, Record<string, FieldType>> = {
  Resources: {
    apiVersion: 'string',
    kind: 'string',
    metadata: 'raw',
    patchSets: '[]PatchSet',
    environment: 'Environment',
    resources: '[]ComposedTemplate',
    writeConnectionSecretToRef: 'WriteConnectionSecretToRef',
  },
  PatchSet: { name: 'string', patches: '[]PatchSetPatch' },
  ComposedTemplate: {
    name: 'string',
    base: 'raw',
    patches: '[]ComposedPatch',
    connectionDetails: '[]ConnectionDetail',
    readinessChecks: '[]ReadinessCheck',
  },
  ReadinessCheck: { type: 'string', fieldPath: 'string', matchString: 'string', matchInteger: 'int64', matchCondition: 'MatchConditionReadinessCheck' },
  MatchConditionReadinessCheck: { type: 'string', status: 'string' },
  ConnectionDetail: { name: 'string', type: 'string', fromConnectionSecretKey: 'string', fromFieldPath: 'string', value: 'string' },
  WriteConnectionSecretToRef: { name: 'string', namespace: 'string', patches: '[]ConnectionSecretPatch' },
  PatchPolicy: { fromFieldPath: 'string', toFieldPath: 'string' },
  Environment: { patches: '[]EnvironmentPatch' },
  EnvironmentPatch: { ...PATCH, type: 'string' },
  ComposedPatch: { ...PATCH, type: 'string', patchSetName: 'string' },
  PatchSetPatch: { ...PATCH, type: 'string' },
  ConnectionSecretPatch: { ...PATCH, type: 'string' },
  Combine: { variables: '[]CombineVariable', strategy: 'string', string: 'StringCombine' },
  CombineVariable: { fromFieldPath: 'string' },
  StringCombine: { fmt: 'string' },
  Transform: { type: 'string', math: 'MathTransform', map: 'MapTransform', match: 'MatchTransform', string: 'StringTransform', convert: 'ConvertTransform' },
  MathTransform: { type: 'string', multiply: 'int64', clampMin: 'int64', clampMax: 'int64' },
  MatchTransform: { patterns: '[]MatchTransformPattern', fallbackValue: 'raw', fallbackTo: 'string' },
  MatchTransformPattern: { type: 'string', literal: 'string', regexp: 'string', result: 'raw' },
  StringTransform: {
    type: 'string',
    fmt: 'string',
    convert: 'string',
    trim: 'string',
    regexp: 'StringTransformRegexp',
    join: 'StringTransformJoin',
    replace: 'StringTransformReplace',
  },
  StringTransformJoin: { separator: 'string' },
  StringTransformRegexp: { match: 'string', group: 'int' },
  StringTransformReplace: { search: 'string', replace: 'string' },
  ConvertTransform: { toType: 'string', format: 'string' },
  // function-cel-filter v0.2.0 input/v1beta1/input.go (decoded the same way by function-sdk-go v0.6.2).
  Filters: { apiVersion: 'string', kind: 'string', metadata: 'raw', filters: '[]Filter' },
  Filter: { name: 'string', expression: 'string' },
};

/** `MapTransform` holds its pairs inline (`Pairs map[string]extv1.JSON \`json:",inline"\``): any member is a pair. */
const INLINE_MAPS = new Set(['MapTransform']);

function jsonKind(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  return Array.isArray(v) ? 'array' : 'object';
}

class DecodeError extends Error {}

function check(value: unknown, type: FieldType): void {
  if (type === 'raw' || value === null || value === undefined) return; // null leaves a Go value at its zero value
  const kind = jsonKind(value);
  const wrongKind = (goType: string) => new DecodeError(`json: cannot unmarshal JSON ${kind} into Go value of type ${goType}`);
  if (type.startsWith('[]')) {
    if (!Array.isArray(value)) throw wrongKind(`[]v1beta1.${type.slice(2)}`);
    for (const item of value) check(item, type.slice(2));
    return;
  }
  if (type === 'string') {
    if (kind !== 'string') throw wrongKind('string');
    return;
  }
  if (type === 'int64' || type === 'int') {
    if (kind !== 'number') throw wrongKind(type);
    if (!Number.isInteger(value))
      throw new DecodeError(`json: cannot unmarshal JSON number into Go value of type ${type}: cannot parse "${value}" as signed integer`);
    return;
  }
  if (kind !== 'object') throw wrongKind(`v1beta1.${type}`);
  if (INLINE_MAPS.has(type)) return;
  const fields = STRUCTS[type];
  for (const [name, member] of Object.entries(value as Record<string, unknown>)) {
    const fieldType = fields[name];
    if (fieldType === undefined) throw new DecodeError(`json: cannot unmarshal Go value of type v1beta1.${type}: unknown name ${JSON.stringify(name)}`);
    check(member, fieldType);
  }
}

/** Inputs are read-only during a render, and a Composition's inputs are decoded again on every render. */
const decoded = new WeakMap<object, string | undefined>();

function decodeError(input: unknown, type: 'Resources' | 'Filters'): string | undefined {
  const cacheable = typeof input === 'object' && input !== null;
  if (cacheable && decoded.has(input)) return decoded.get(input);
  let error: string | undefined;
  try {
    check(input, type);
  } catch (err) {
    if (!(err instanceof DecodeError)) throw err;
    error = `cannot get function input *v1beta1.${type} from *v1.RunFunctionRequest: cannot unmarshal JSON from *structpb.Struct into *v1beta1.${type}: ${err.message}`;
  }
  if (cacheable) decoded.set(input, error);
  return error;
}

/** Why function-patch-and-transform could not decode this input (its Fatal result, fn.go RunFunction), or undefined. */
export function resourcesInputDecodeError(input: unknown): string | undefined {
  const error = decodeError(input, 'Resources');
  return error && `cannot get Function input: ${error}`;
}

/** Why function-cel-filter could not decode this input (its Fatal result, fn.go RunFunction), or undefined. */
export function filtersInputDecodeError(input: unknown): string | undefined {
  const error = decodeError(input, 'Filters');
  return error && `cannot get filters from *v1.RunFunctionRequest: ${error}`;
}
