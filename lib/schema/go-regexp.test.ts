/**
 * Go regular expressions everywhere a Go program evaluates one. Each case states what Go's regexp package does
 * (regexp/syntax doc.go: the syntax; regexp.go: MatchString, FindStringSubmatch, FindAllString) and where the
 * pattern is evaluated upstream:
 * - P&T v0.10.8 transforms.go `Matches` (regexp.Compile + MatchString) and `stringRegexpTransform`
 *   (regexp.Compile + FindStringSubmatch);
 * - function-cel-filter v0.2.0 fn.go `RunFunction` (regexp.Compile("^" + name + "$") + MatchString);
 * - apiserver pkg/cel/library/regex.go (`find`, `findAll`) and cel-go `matches` (RE2);
 * - kube-openapi pkg/validation/validate/values.go `Pattern` (regexp.MatchString) for OpenAPI `pattern`.
 */
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { runCelFilter } from '../render/cel-filter';
import { resolve } from '../render/transforms';
import { emptyState } from '../render/function-io';
import { compileExpression } from '../validate/cel-compile';
import { compileGoRegExp, findAllString, goRegExpEngine } from './go-regexp';
import { schemaValidator } from './validator';

/** [pattern, input, does Go's MatchString match] */
const matchCases: Array<[string, string, boolean]> = [
  ['(?i)^prod', 'PRODUCTION', true], // leading inline flag
  ['^(?i:eu)-west', 'EU-west-1', true], // flag group
  ['^(?i:eu)-west', 'EU-WEST-1', false], // the flag stays in its group
  ['^[[:digit:]]+$', '2024', true], // POSIX class
  ['^[[:alpha:]]+$', 'abc1', false],
  ['^\\pL+$', 'Zürich', true], // Unicode class, one-letter name
  ['^\\p{Greek}+$', 'αβγ', true],
  ['^\\Qa.b\\E$', 'a.b', true], // literal text
  ['^\\Qa.b\\E$', 'axb', false],
  ['a.c', 'a\nc', false], // `.` does not match a newline without (?s)
  ['(?s)a.c', 'a\nc', true],
  ['a$', 'a\n', false], // `$` is the end of text without (?m) (Perl would match before the final newline)
  ['(?m)a$', 'a\nb', true],
  ['^\\x{1F600}$', '😀', true], // \x{…} code point escape
  ['\\Aabc\\z', 'abc', true],
  ['(?U)a+', 'aaa', true], // ungreedy flag parses
];

/** [pattern, Go's error text] (regexp/syntax parse.go error codes) */
const invalidCases: Array<[string, string]> = [
  ['(?=x)', 'error parsing regexp: invalid or unsupported Perl syntax: `(?=`'],
  ['(a)\\1', 'error parsing regexp: invalid escape sequence: `\\1`'],
  ['[a-z', 'error parsing regexp: missing closing ]: `[a-z`'],
  ['a**', 'error parsing regexp: invalid nested repetition operator: `**`'],
  ['x{1001}', 'error parsing regexp: invalid repeat count: `{1001}`'],
];

describe('Go regexp semantics (re2js)', () => {
  it.each(matchCases)('%j on %j: %s', (pattern, input, want) => expect(compileGoRegExp(pattern).test(input)).toBe(want));
  it.each(invalidCases)('%j is refused: %s', (pattern, message) => expect(() => compileGoRegExp(pattern)).toThrow(message));
  it('FindAllString drops an empty match right after a match (regexp.go allMatches)', () => {
    expect(findAllString(compileGoRegExp('a*'), 'baaacaa')).toEqual(['', 'aaa', 'aa']);
    expect(findAllString(compileGoRegExp('[0-9]+'), 'a1b22c333', 2)).toEqual(['1', '22']);
  });
});

describe('P&T transforms use Go regexp (transforms.go Matches, stringRegexpTransform)', () => {
  const match = (regexp: string) => ({ type: 'match' as const, match: { patterns: [{ type: 'regexp', regexp, result: 'hit' }], fallbackValue: 'miss' } });
  it.each(matchCases)('match transform %j on %j: %s', (pattern, input, want) => expect(resolve(match(pattern), input)).toBe(want ? 'hit' : 'miss'));
  it.each(invalidCases)('match transform %j fails: %s', (pattern, message) =>
    expect(() => resolve(match(pattern), 'x')).toThrow(`cannot compile regexp: ${message}`),
  );
  it('string Regexp: an inline flag and a POSIX class, an unmatched group is ""', () => {
    const rx = (m: string, group?: number) => ({ type: 'string' as const, string: { type: 'Regexp' as const, regexp: { match: m, group } } });
    expect(resolve(rx('(?i)subnet-([[:alnum:]]+)', 1), 'SUBNET-Ab1 x')).toBe('Ab1');
    expect(resolve(rx('(a)(x)?', 2), 'ab')).toBe('');
  });
});

describe('cel-filter names are Go regexps (fn.go RunFunction)', () => {
  const run = (name: string) => {
    const desired = emptyState();
    for (const n of ['Bastion-A', 'subnet-1', 'subnet-a']) desired.resources.set(n, { resource: {} });
    const rsp = runCelFilter({ observed: emptyState(), desired, context: {}, input: { filters: [{ name, expression: 'false' }] } });
    return rsp.results.length > 0 ? rsp.results[0].message : [...rsp.desired.resources.keys()];
  };
  it('(?i) and POSIX classes work', () => {
    expect(run('(?i)bastion-a')).toEqual(['subnet-1', 'subnet-a']);
    expect(run('subnet-[[:digit:]]')).toEqual(['Bastion-A', 'subnet-a']);
  });
  it('lookahead is refused with Go wording', () =>
    expect(run('subnet(?=x)')).toBe(
      'cannot compile regular expression "^subnet(?=x)$" for filter 0: error parsing regexp: invalid or unsupported Perl syntax: `(?=`',
    ));
});

describe('CEL matches/find/findAll are Go regexps', () => {
  const evaluate = (rule: string, self: string) => compileExpression(rule).evaluate({ self });
  it.each([
    ["self.matches('^[[:digit:]]+$')", '2024'],
    ["self.matches('(?i)^prod')", 'Production'],
    ["!self.matches('a.c')", 'a\nc'],
    ["self.find('[[:alpha:]]+') == 'abc'", '12abc3'],
    ["self.findAll('a*') == ['', 'aaa', 'aa']", 'baaacaa'],
  ])('%s', (rule, self) => expect(evaluate(rule, self)).toBe(true));
});

describe('OpenAPI pattern is checked with Go regexp (kube-openapi values.go Pattern)', () => {
  const schema = (pattern: string) => ({ type: 'object', properties: { spec: { type: 'object', properties: { v: { type: 'string', pattern } } } } });
  it.each(matchCases)('pattern %j on %j: valid=%s', (pattern, input, want) =>
    expect(schemaValidator(schema(pattern))({ spec: { v: input } }).length === 0).toBe(want),
  );
  it('standalone validation code requires the same engine (ajv code.regExp)', () => {
    const ajv = new Ajv({ code: { source: true, regExp: goRegExpEngine }, unicodeRegExp: false });
    const source = standaloneCode(ajv, ajv.compile({ type: 'string', pattern: '^[[:digit:]]+$' }));
    const module = { exports: {} as any };
    new Function('module', 'exports', 'require', source)(module, module.exports, require);
    expect(module.exports('123')).toBe(true);
    expect(module.exports('12a')).toBe(false);
  });
});
