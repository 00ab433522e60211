/**
 * Go (RE2) regular expressions on JavaScript's engine. The syntaxes agree on what compositions use; RE2's
 * named groups `(?P<name>…)` are rewritten, and constructs RE2 rejects (lookaround, backreferences) are
 * rejected here too so a preview does not accept what the real function refuses.
 */
const cache = new Map<string, RegExp>();

export function goRegExp(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (re) return re;
  const perl = /\(\?<?[=!]/.exec(pattern);
  if (perl) throw new Error(`error parsing regexp: invalid or unsupported Perl syntax: \`${perl[0]}\``);
  const backref = /\\[1-9]/.exec(pattern);
  if (backref) throw new Error(`error parsing regexp: invalid escape sequence: \`${backref[0]}\``);
  const js = pattern
    .replace(/\(\?P</g, '(?<')
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$');
  try {
    re = new RegExp(js);
  } catch (err) {
    throw new Error(`error parsing regexp: ${goRegexpError(pattern, (err as Error).message)}`);
  }
  cache.set(pattern, re);
  return re;
}

/** Go's regexp/syntax wording for the syntax errors JavaScript also detects (`missing closing ]: \`[a-z\``). */
function goRegexpError(pattern: string, jsMessage: string): string {
  if (/Nothing to repeat/.test(jsMessage)) {
    const op = /(?:^|[(|])([*+?]|\{\d+(?:,\d*)?\})/.exec(pattern);
    if (op) return `missing argument to repetition operator: \`${op[1]}\``;
  }
  if (/Unterminated character class/.test(jsMessage)) return `missing closing ]: \`${pattern.slice(Math.max(pattern.lastIndexOf('['), 0))}\``;
  if (/Unterminated group/.test(jsMessage)) return `missing closing ): \`${pattern}\``;
  if (/Unmatched '\)'/.test(jsMessage)) return `unexpected ): \`${pattern}\``;
  return jsMessage;
}
