/**
 * Go (RE2) regular expressions on JavaScript's engine. The syntaxes agree on what compositions use; RE2's
 * named groups `(?P<name>…)` are rewritten, and constructs RE2 rejects (lookaround, backreferences) are
 * rejected here too so a preview does not accept what the real function refuses.
 */
const cache = new Map<string, RegExp>();

export function goRegExp(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (re) return re;
  if (/\(\?[=!]|\(\?<[=!]/.test(pattern)) throw new Error(`error parsing regexp: invalid or unsupported Perl syntax: \`${pattern}\``);
  if (/\\[1-9]/.test(pattern)) throw new Error(`error parsing regexp: invalid escape sequence: \`${pattern}\``);
  const js = pattern
    .replace(/\(\?P</g, '(?<')
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$');
  try {
    re = new RegExp(js);
  } catch (err) {
    throw new Error(`error parsing regexp: ${(err as Error).message}`);
  }
  cache.set(pattern, re);
  return re;
}
