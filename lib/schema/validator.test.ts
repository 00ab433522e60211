import { formatIssue } from './issue';
import { schemaValidator } from './validator';

/** A CRD-like root schema around `spec`. */
const root = (spec: any) => ({ type: 'object', properties: { spec } });
const check = (spec: any, value: unknown, strict = true) =>
  schemaValidator(root(spec), { strict })({ apiVersion: 'x/v1', kind: 'X', metadata: { name: 'a' }, spec: value }).map(formatIssue);

describe('structural schema validation', () => {
  it('reports unknown fields with their full path, and suggests the declared one', () => {
    const spec = { type: 'object', properties: { forProvider: { type: 'object', properties: { tags: { type: 'object' } } } } };
    expect(check(spec, { forProvider: { tagz: {} } })).toEqual(['spec.forProvider.tagz: unknown field "tagz" (did you mean "tags"?)']);
    expect(check(spec, { forProvider: { tagz: {} } }, false)).toEqual([]);
  });

  it('gives unknown fields inside array items their index', () => {
    const spec = { type: 'object', properties: { rules: { type: 'array', items: { type: 'object', properties: { port: { type: 'integer' } } } } } };
    expect(check(spec, { rules: [{ port: 1 }, { prot: 2 }] })).toEqual(['spec.rules[1].prot: unknown field "prot" (did you mean "port"?)']);
  });

  it('allows anything under x-kubernetes-preserve-unknown-fields, and still checks declared fields there', () => {
    const spec = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: { size: { type: 'integer' } } };
    expect(check(spec, { anything: { goes: [1] }, size: 3 })).toEqual([]);
    expect(check(spec, { size: 'big' })).toEqual(['spec.size: must be integer (got "big")']);
  });

  it('treats additionalProperties as a map whose values are checked', () => {
    const spec = { type: 'object', properties: { tags: { type: 'object', additionalProperties: { type: 'string' } } } };
    expect(check(spec, { tags: { 'any key': 'v' } })).toEqual([]);
    expect(check(spec, { tags: { Owner: 1 } })).toEqual(['spec.tags.Owner: must be string (got 1)']);
  });

  it('accepts null only where nullable', () => {
    const spec = { type: 'object', properties: { a: { type: 'string', nullable: true, enum: ['x'] }, b: { type: 'string' } } };
    expect(check(spec, { a: null })).toEqual([]);
    expect(check(spec, { b: null })).toEqual(['spec.b: must be string (got null)']);
  });

  it('accepts an integer or a string for x-kubernetes-int-or-string', () => {
    const spec = {
      type: 'object',
      properties: { port: { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] } },
    };
    expect(check(spec, { port: 80 })).toEqual([]);
    expect(check(spec, { port: 'http' })).toEqual([]);
    expect(check(spec, { port: 1.5 })).toEqual(['spec.port: must be integer or string (got 1.5)']);
  });

  it('checks enums, patterns, lengths, ranges and item counts', () => {
    const spec = {
      type: 'object',
      properties: {
        mode: { type: 'string', enum: ['PerZone', 'Single'] },
        cidr: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+\\.\\d+/(1[6-9]|2[0-8])$' },
        name: { type: 'string', minLength: 3, maxLength: 5 },
        zones: { type: 'integer', minimum: 2, maximum: 3 },
        ratio: { type: 'number', minimum: 0, exclusiveMinimum: true },
        list: { type: 'array', minItems: 1, maxItems: 2, items: { type: 'string' } },
      },
      required: ['mode'],
    };
    expect(check(spec, { mode: 'PerZone', cidr: '10.0.0.0/16', name: 'abc', zones: 2, ratio: 0.5, list: ['a'] })).toEqual([]);
    expect(check(spec, { cidr: '10.0.0.0/33', name: 'ab', zones: 4, ratio: 0, list: [], mode: 'Both' })).toEqual([
      'spec.mode: must be one of "PerZone", "Single" (got "Both")',
      'spec.cidr: must match pattern ^\\d+\\.\\d+\\.\\d+\\.\\d+/(1[6-9]|2[0-8])$ (got "10.0.0.0/33")',
      'spec.name: must NOT have fewer than 3 characters (got "ab")',
      'spec.zones: must be <= 3 (got 4)',
      'spec.ratio: must be > 0 (got 0)',
      'spec.list: must NOT have fewer than 1 items (got [])',
    ]);
    expect(check(spec, {})).toEqual(['spec.mode: Required value']);
  });

  it('checks the formats Kubernetes knows and ignores the others', () => {
    const spec = {
      type: 'object',
      properties: {
        when: { type: 'string', format: 'date-time' },
        count: { type: 'integer', format: 'int32' },
        data: { type: 'string', format: 'byte' },
        timeout: { type: 'string', format: 'duration' },
        odd: { type: 'string', format: 'no-such-format' },
      },
    };
    expect(check(spec, { when: '2026-01-02T03:04:05Z', count: 5, data: 'aGVsbG8=', timeout: '1h30m', odd: '?' })).toEqual([]);
    expect(check(spec, { when: 'yesterday', count: 2 ** 31, timeout: '5 bananas' })).toEqual([
      'spec.when: must be a valid date-time (got "yesterday")',
      'spec.count: must be a valid int32 (got 2147483648)',
      'spec.timeout: must be a valid duration (got "5 bananas")',
    ]);
  });

  // Upstream: kube-openapi pkg/validation/strfmt/duration.go ParseDuration (Go durations, then Scala-style
  // `3 days`), default.go UUID3 (no variant nibble), and apiextensions-apiserver validation/formats.go
  // StripUnsupportedFormatsPostProcessorForVersion (numbers keep only float/double, strings only string formats).
  it('checks formats as kube-openapi does, and only on the types the API server keeps them for', () => {
    const spec = {
      type: 'object',
      properties: {
        timeouts: { type: 'array', items: { type: 'string', format: 'duration' } },
        id: { type: 'string', format: 'uuid3' },
        ratio: { type: 'number', format: 'int32' },
        name: { type: 'string', format: 'int32' },
        flag: { type: 'boolean', format: 'byte' },
      },
    };
    const ok = { timeouts: ['5 minutes', '3 days', '1h30m', '2 hrs 10 sec', '-1.5h'], id: 'a987fbc9-4bed-3078-1f07-9141ba07c9f3' };
    expect(check(spec, { ...ok, ratio: 2 ** 40, name: 'x', flag: true })).toEqual([]);
    expect(check(spec, { timeouts: ['5', '-5 minutes', '1 fortnight'] })).toEqual([
      'spec.timeouts[0]: must be a valid duration (got "5")',
      'spec.timeouts[1]: must be a valid duration (got "-5 minutes")',
      'spec.timeouts[2]: must be a valid duration (got "1 fortnight")',
    ]);
  });

  it('never closes objects inside allOf/anyOf/oneOf branches, however deep', () => {
    const spec = {
      type: 'object',
      properties: {
        a: {
          type: 'object',
          'x-kubernetes-preserve-unknown-fields': true,
          properties: { b: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
        },
      },
      anyOf: [{ properties: { a: { properties: { b: { properties: { c: { minLength: 1 } } } } } } }],
    };
    expect(check(spec, { a: { b: { c: 'x', d: 1 } } })).toEqual([]);
  });

  // Upstream: apiextensions-apiserver pkg/apiserver/schema/listtype/validation.go — field.Duplicate at the index of
  // each value's first repeat; a map list compares its key fields only, a missing key differs from a null one.
  it('enforces x-kubernetes-list-type set and map uniqueness at the repeated index, as listtype validation', () => {
    const spec = {
      type: 'object',
      properties: {
        set: { type: 'array', 'x-kubernetes-list-type': 'set', items: { 'x-kubernetes-preserve-unknown-fields': true } },
        map: {
          type: 'array',
          'x-kubernetes-list-type': 'map',
          'x-kubernetes-list-map-keys': ['name', 'port'],
          items: { type: 'object', properties: { name: { type: 'string', nullable: true }, port: { type: 'integer' }, v: { type: 'integer' } } },
        },
      },
    };
    expect(check(spec, { set: ['a', 'b'], map: [{ name: 'a' }, { name: 'b' }, { name: null }, { name: 'a', port: 1 }] })).toEqual([]);
    expect(
      check(spec, {
        set: ['a', 'a', 'a', { x: 1, y: 2 }, { y: 2, x: 1 }],
        map: [
          { name: 'a', v: 1 },
          { name: 'a', v: 2 },
          { port: 1, v: 1 },
          { port: 1, v: 2 },
        ],
      }),
    ).toEqual([
      'spec.set[1]: Duplicate value: "a"',
      'spec.set[4]: Duplicate value: {"y":2,"x":1}',
      'spec.map[1]: Duplicate value: {"name":"a"}',
      'spec.map[3]: Duplicate value: {"port":1}',
    ]);
  });

  it('implies apiVersion, kind and metadata for embedded resources', () => {
    const spec = {
      type: 'object',
      properties: { template: { type: 'object', 'x-kubernetes-embedded-resource': true, 'x-kubernetes-preserve-unknown-fields': true } },
    };
    expect(check(spec, { template: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: {} } })).toEqual([]);
    expect(check(spec, { template: { metadata: { nam: 'x' } } })).toEqual(['spec.template.metadata.nam: unknown field "nam" (did you mean "name"?)']);
  });
});

describe('metadata', () => {
  const validate = schemaValidator({ type: 'object', properties: { metadata: { type: 'object' } } });

  it('accepts the standard ObjectMeta fields', () => {
    const metadata = {
      name: 'payments',
      namespace: 'team-payments',
      labels: { 'app.kubernetes.io/name': 'x' },
      annotations: { 'crossplane.io/external-name': 'anything at all' },
      finalizers: ['f'],
      ownerReferences: [{ apiVersion: 'v1', kind: 'X', name: 'o', uid: '1', controller: true }],
      uid: 'u',
      generation: 1,
      creationTimestamp: null,
      resourceVersion: '1',
    };
    expect(validate({ apiVersion: 'a/v1', kind: 'K', metadata })).toEqual([]);
  });

  it('rejects unknown fields, bad names and bad labels', () => {
    const issues = validate({ metadata: { name: 'Bad_Name', labelz: {}, labels: { 'bad key!': 'v', ok: 'no spaces' } } }).map(formatIssue);
    expect(issues).toEqual([
      expect.stringMatching(/^metadata.labelz: unknown field "labelz"/),
      expect.stringMatching(/^metadata.name: must match pattern/),
      expect.stringMatching(/^metadata.labels\["bad key!"\]: invalid key: must match pattern/),
      expect.stringMatching(/^metadata.labels.ok: must match pattern/),
    ]);
  });
});
