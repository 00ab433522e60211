import { formatIssue } from '../schema/issue';
import { celIssues, hasRules } from './cel';
import { compileExpression } from './cel-compile';

const withRules = (schema: any, rules: any[]) => ({ ...schema, 'x-kubernetes-validations': rules });
const root = (spec: any) => ({ type: 'object', properties: { spec } });
const run = (spec: any, value: unknown, old?: unknown, kubernetesVersion?: string) =>
  celIssues(root(spec), { spec: value }, { kubernetesVersion, ...(old === undefined ? {} : { old: { spec: old } }) }).map(formatIssue);

describe('CEL rules', () => {
  it('evaluates self with integers as ints and numbers as doubles', () => {
    const spec = withRules({ type: 'object', properties: { count: { type: 'integer' }, ratio: { type: 'number' } } }, [
      { rule: 'self.count + 1 == 3 && self.ratio == 2.0', message: 'count must be 2 and ratio 2' },
    ]);
    expect(run(spec, { count: 2, ratio: 2 })).toEqual([]);
    expect(run(spec, { count: 1, ratio: 2 })).toEqual(['spec: count must be 2 and ratio 2']);
  });

  it('runs transition rules only when an old value exists', () => {
    const spec = {
      type: 'object',
      properties: { cidr: withRules({ type: 'string' }, [{ rule: 'self == oldSelf', message: 'cidr is immutable' }]) },
    };
    expect(run(spec, { cidr: '10.1.0.0/16' })).toEqual([]);
    expect(run(spec, { cidr: '10.1.0.0/16' }, {})).toEqual([]);
    expect(run(spec, { cidr: '10.1.0.0/16' }, { cidr: '10.1.0.0/16' })).toEqual([]);
    expect(run(spec, { cidr: '10.1.0.0/16' }, { cidr: '10.0.0.0/16' })).toEqual(['spec.cidr: cidr is immutable']);
  });

  it('gives oldSelf as an optional with optionalOldSelf, also on create', () => {
    const spec = {
      type: 'object',
      properties: {
        region: withRules({ type: 'string' }, [
          { rule: "oldSelf.hasValue() ? oldSelf.value() == self : self != 'forbidden'", optionalOldSelf: true, message: 'no' },
        ]),
      },
    };
    expect(run(spec, { region: 'us-west-2' }, undefined, '1.30')).toEqual([]);
    expect(run(spec, { region: 'forbidden' }, undefined, '1.30')).toEqual(['spec.region: no']);
    expect(run(spec, { region: 'eu-west-1' }, { region: 'us-west-2' }, '1.30')).toEqual(['spec.region: no']);
    // Upstream: optionalOldSelf is gated by CRDValidationRatcheting, alpha (off by default) in 1.28-1.29, beta in 1.30.
    expect(run(spec, { region: 'us-west-2' })).toEqual([expect.stringMatching(/^spec.region: optionalOldSelf needs Kubernetes 1.30 or later/)]);
  });

  // Upstream: apiserver pkg/cel/environment/base.go — ext.Strings v2 (format, quote) from 1.29 and library.IP/CIDR
  // from 1.30 in the base environment; new CRD expressions compile against DefaultCompatibilityVersion (1.28 on a
  // 1.29 server, n-1), so a CRD may use them from 1.30 and 1.31.
  it('flags functions a CRD may only use on a later Kubernetes than the target (default 1.29)', () => {
    const spec = {
      type: 'object',
      properties: {
        cidr: withRules({ type: 'string' }, [{ rule: 'isCIDR(self) && cidr(self).prefixLength() >= 16' }]),
        name: withRules({ type: 'string' }, [{ rule: "'%s'.format([self]) == self && self.lowerAscii() == self" }]),
      },
    };
    const value = { cidr: '10.0.0.0/16', name: 'a' };
    expect(run(spec, value)).toEqual([
      'spec.cidr: CEL rule does not compile on Kubernetes 1.29: "isCIDR", "prefixLength", "cidr" needs Kubernetes 1.31 or later: isCIDR(self) && cidr(self).prefixLength() >= 16',
      `spec.name: CEL rule does not compile on Kubernetes 1.29: "format" needs Kubernetes 1.30 or later: '%s'.format([self]) == self && self.lowerAscii() == self`,
    ]);
    expect(run(spec, value, undefined, '1.30')).toEqual([expect.stringMatching(/^spec.cidr: CEL rule does not compile on Kubernetes 1.30/)]);
    expect(run(spec, value, undefined, '1.31')).toEqual([]);
  });

  it('prefers messageExpression, and reports at fieldPath with reason', () => {
    const spec = withRules({ type: 'object', properties: { zones: { type: 'integer' } } }, [
      {
        rule: 'self.zones <= 3',
        messageExpression: "'at most 3 zones, got ' + string(self.zones)",
        fieldPath: '.zones',
        reason: 'FieldValueForbidden',
      },
    ]);
    const issues = celIssues(root(spec), { spec: { zones: 4 } });
    expect(issues).toEqual([{ kind: 'cel', path: 'spec.zones', message: 'at most 3 zones, got 4', rule: 'self.zones <= 3', reason: 'FieldValueForbidden' }]);
  });

  // Upstream: apiextensions-apiserver pkg/apiserver/schema/cel/validation.go — a messageExpression that errors, or
  // yields an empty, blank or multi-line string, falls back to message, then to "failed rule: <rule>".
  it('falls back from unusable messageExpressions to message, then to the rule', () => {
    const spec = {
      type: 'object',
      properties: {
        a: withRules({ type: 'string' }, [{ rule: 'false', messageExpression: "'two\\nlines'", message: 'plain' }]),
        b: withRules({ type: 'string' }, [{ rule: 'false', messageExpression: "'  '" }]),
      },
    };
    expect(run(spec, { a: 'x', b: 'y' })).toEqual(['spec.a: plain', 'spec.b: failed rule: false']);
  });

  it('evaluates rules on array items and map values, with their paths', () => {
    const spec = {
      type: 'object',
      properties: {
        subnets: { type: 'array', items: withRules({ type: 'string' }, [{ rule: "self.endsWith('/24')", message: 'must be a /24' }]) },
        tags: {
          type: 'object',
          additionalProperties: withRules({ type: 'string' }, [{ rule: 'self.size() <= 5', message: 'tag value too long' }]),
        },
      },
    };
    expect(run(spec, { subnets: ['10.0.1.0/24', '10.0.2.0/25'], tags: { Owner: 'Infrastructure' } })).toEqual([
      'spec.subnets[1]: must be a /24',
      'spec.tags.Owner: tag value too long',
    ]);
  });

  it('correlates list-type map items with their old selves by key', () => {
    const item = withRules({ type: 'object', properties: { name: { type: 'string' }, cidr: { type: 'string' } } }, [
      { rule: 'self.cidr == oldSelf.cidr', message: 'cidr is immutable' },
    ]);
    const spec = {
      type: 'object',
      properties: { zones: { type: 'array', 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['name'], items: item } },
    };
    const old = { zones: [{ name: 'a', cidr: '10.0.1.0/24' }] };
    expect(
      run(
        spec,
        {
          zones: [
            { name: 'b', cidr: 'x' },
            { name: 'a', cidr: '10.0.1.0/24' },
          ],
        },
        old,
      ),
    ).toEqual([]);
    expect(run(spec, { zones: [{ name: 'a', cidr: '10.0.9.0/24' }] }, old)).toEqual(['spec.zones[0]: cidr is immutable']);
  });

  it('escapes property names as Kubernetes does and keeps map keys as they are', () => {
    const spec = withRules(
      {
        type: 'object',
        properties: { namespace: { type: 'string' }, 'x-y': { type: 'string' }, labels: { type: 'object', additionalProperties: { type: 'string' } } },
      },
      [{ rule: "self.__namespace__ == 'n' && self.x__dash__y == 'z' && self.labels['a/b'] == 'c'" }],
    );
    expect(run(spec, { namespace: 'n', 'x-y': 'z', labels: { 'a/b': 'c' } })).toEqual([]);
  });

  it('sees apiVersion, kind and metadata.name at the root', () => {
    const schema = withRules({ type: 'object' }, [{ rule: "self.kind == 'K' && self.metadata.name.startsWith('a')" }]);
    expect(celIssues(schema, { apiVersion: 'g/v1', kind: 'K', metadata: { name: 'abc' } })).toEqual([]);
  });

  it('reports evaluation errors and rules that do not compile, never passing them', () => {
    const spec = {
      type: 'object',
      properties: {
        a: withRules({ type: 'object', properties: { b: { type: 'string' } } }, [{ rule: "self.b == 'x'" }]),
        c: withRules({ type: 'string' }, [{ rule: 'self.noSuchFunction()' }, { rule: 'self ==' }, { rule: 'other == self' }]),
      },
    };
    const issues = run(spec, { a: {}, c: 'v' });
    expect(issues).toHaveLength(4);
    expect(issues[0]).toMatch(/^spec.a: rule could not be evaluated/);
    expect(issues[1]).toMatch(/^spec.c: CEL rule does not compile: undeclared function "noSuchFunction": self.noSuchFunction\(\)/);
    expect(issues[2]).toMatch(/^spec.c: CEL rule does not compile: .*: self ==$/);
    expect(issues[3]).toMatch(/undeclared reference to "other"/);
  });
});

describe('Kubernetes CEL library', () => {
  const evaluate = (rule: string, self: unknown) => compileExpression(rule).evaluate({ self });
  it.each([
    ["self.startsWith('a') && self.endsWith('c') && self.contains('b') && self.matches('^a.c$')", 'abc'],
    ["self.lowerAscii() == 'abc' && self.upperAscii() == 'ABC' && self.size() == 3", 'aBc'],
    ["self.split(',').join('-') == 'a-b' && self.indexOf(',') == 1", 'a,b'],
    // Upstream: cel-go ext/strings.go counts code points (charAt, indexOf, lastIndexOf, substring) and splits as
    // Go's strings.SplitN; Kubernetes regexes are RE2 (inline flags, `.` is a code point).
    ["self.size() == 4 && self.charAt(1) == 'é' && self.indexOf('é') == 1 && self.lastIndexOf('a') == 3 && self.substring(1, 2) == 'é'", '😀é,a'],
    ["self.split(',', 2) == ['a', 'b,c'] && self.split(',', 0) == [] && self.split(',', -1).size() == 3", 'a,b,c'],
    ["self.find('(?i)x.') == 'X😀' && self.findAll('.').size() == 4 && self.matches('(?i)^ax')", 'aX😀b'],
    // matches() is Go's regexp.MatchString (a match anywhere) on the RE2 engine the other functions use.
    ["self.matches('[[:digit:]]+') && self.matches('\\\\Q0.0\\\\E') && 'Straße'.matches('^[\\\\p{L}]+$') && !'R&D'.matches('^[\\\\p{L}]+$')", 'v10.0.0'],
    ["self.find('[0-9]+') == '10' && self.findAll('[0-9]+').size() == 4", '10.0.0.0'],
    ['self.isSorted() && self.sum() == 6 && self.min() == 1 && self.max() == 3 && self.indexOf(2) == 1', [1n, 2n, 3n]],
    ["isCIDR(self) && cidr(self).prefixLength() == 16 && cidr(self).containsCIDR('10.0.1.0/24') && !cidr(self).containsIP('10.1.0.1')", '10.0.0.0/16'],
    ["isIP(self) && ip(self).family() == 6 && ip(self) == '2001:db8::1' && !isIP('10.0.0.256')", '2001:db8:0:0:0:0:0:1'],
    ["cidr(self).masked() == '10.0.0.0/16' && optional.none().orValue(1) == 1 && optional.of(2).value() == 2", '10.0.3.4/16'],
    ["duration(self) >= duration('60s')", '5m'],
  ])('%s', (rule, self) => {
    expect(evaluate(rule, self)).toBe(true);
  });
});

describe('rules deep in a schema', () => {
  const leaf = { type: 'string', 'x-kubernetes-validations': [{ rule: 'self != "bad"', message: 'no bad' }] };
  const schema = {
    type: 'object',
    properties: {
      plain: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'array', items: { type: 'string' } } } },
      deep: { type: 'object', additionalProperties: { type: 'array', items: { type: 'object', properties: { v: leaf } } } },
    },
  };

  test('are found under maps and lists, and subtrees without rules are known to have none', () => {
    expect(hasRules(schema)).toBe(true);
    expect(hasRules(schema.properties.deep)).toBe(true);
    expect(hasRules(schema.properties.plain)).toBe(false);
    const value = { plain: { a: 'bad', b: ['bad'] }, deep: { k: [{ v: 'ok' }, { v: 'bad' }] } };
    expect(celIssues(schema, value).map((i) => `${i.path}: ${i.message}`)).toEqual(['deep.k[1].v: no bad']);
  });

  test('a schema that contains itself is walked without looping', () => {
    const node: any = { type: 'object', properties: { name: leaf } };
    node.properties.child = node;
    expect(hasRules(node)).toBe(true);
    expect(celIssues(node, { child: { child: { name: 'bad' } } }).map((i) => i.path)).toEqual(['child.child.name']);
  });

  test('a schema reached again through a loop is not taken for one without rules', () => {
    // a → b → a, and a's rule sits under c, which is looked at after b.
    const a: any = { type: 'object', properties: {} };
    const b: any = { type: 'object', properties: { a } };
    a.properties.b = b;
    a.properties.c = { type: 'object', properties: { name: leaf } };
    expect(hasRules(a)).toBe(true);
    expect(hasRules(b)).toBe(true);
    expect(celIssues(b, { a: { c: { name: 'bad' } } }).map((i) => i.path)).toEqual(['a.c.name']);
  });
});
