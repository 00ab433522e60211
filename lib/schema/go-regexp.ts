/**
 * Go's regular expressions (package regexp, RE2 syntax) through re2js, a maintained JavaScript port of RE2: the
 * same syntax (`(?i)`, `(?i:…)`, `[[:alpha:]]`, `\pL`, `\Q…\E`, no lookaround or backreferences), the same
 * semantics (`.` never matches `\n` and `$` only the end of text unless `(?s)`/`(?m)`), and Go's error texts
 * (`error parsing regexp: missing closing ]: \`[a-z\``). Everything that evaluates a pattern a Go program would
 * evaluate goes through here: P&T transforms, cel-filter resource names, CEL `matches()`/`find()`, and the OpenAPI
 * `pattern` keyword (the API server checks it with Go's regexp.MatchString).
 */
import { RE2JS } from 're2js';

export type GoRegExp = RE2JS;

const cache = new Map<string, RE2JS>();

/** Go's `regexp.Compile` (Perl flags, leftmost-first); throws Go's error text for an invalid pattern. */
export function compileGoRegExp(pattern: string): GoRegExp {
  let re = cache.get(pattern);
  if (!re) {
    re = RE2JS.compile(pattern);
    cache.set(pattern, re);
  }
  return re;
}

/** Go's `Regexp.FindStringSubmatch`: the match and its groups, an unmatched group as `""`; null without a match. */
export function findStringSubmatch(re: GoRegExp, s: string): string[] | null {
  const m = re.exec(s);
  return m ? Array.from(m, (g: string | undefined | null) => g ?? '') : null;
}

/**
 * Go's `Regexp.FindAllString(s, n)`: as JavaScript's matchAll, except that an empty match right after the
 * previous match is not a match (regexp.go `allMatches`: "We don't allow an empty match right after a previous
 * match"). `n < 0` means all.
 */
export function findAllString(re: GoRegExp, s: string, n = -1): string[] {
  const out: string[] = [];
  let previousEnd = -1;
  for (const m of re.matchAll(s)) {
    if (n >= 0 && out.length >= n) break;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const abutting = m[0].length === 0 && start === previousEnd;
    previousEnd = end;
    if (!abutting) out.push(m[0]);
  }
  return out;
}

/**
 * An ajv regular-expression engine (`code: { regExp }`) with Go's semantics, for the `pattern` keyword. `code` is
 * what ajv's standalone output (a cached validator) calls instead: the same engine, except that each pattern is
 * compiled when it is first tested. A cached validator creates every pattern of its schema when it loads, and
 * compiling them all there was half the cost of loading it; a value reaches few of them. The patterns are valid:
 * ajv compiled each one through this engine when it generated the code.
 */
export const goRegExpEngine = Object.assign((pattern: string) => compileGoRegExp(pattern), {
  // ajv calls it as `engine(pattern, "u" or "")`; RE2JS.compile's second argument is numeric flags, so drop it.
  code: '((pattern) => { let re; return { test: (s) => (re ??= require("re2js").RE2JS.compile(pattern)).test(s) }; })',
});
