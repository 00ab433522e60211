/**
 * How Crossplane matches a version against a range from a package's `crossplane.yaml`, for tests: the parts of
 * Masterminds/semver that the ranges this project writes use (comparators `>=`, `>`, `<=`, `<`, `=`; AND groups;
 * `||`). Crossplane 1.20 links v1.5.0, Crossplane 2 links v3.4.0 (their go.mod files); the two differ exactly
 * where it matters here:
 *
 * - AND: v1.5.0 splits a group on "," only (constraints.go NewConstraint), so `>=v1 <v2` is one malformed
 *   comparator; v3.4.0 finds comparators separated by "," or whitespace (findConstraintRegex).
 * - Pre-release versions (`v2.3.0-up.1`): v1.5.0 skips them unless the comparator itself names a pre-release
 *   (constraintGreaterThanEqual and the others: "issue 21"); v3.4.0 admits them when any comparator of the AND
 *   group names one (Constraints.Check, containsPre).
 * - Precedence (version.go Compare, comparePrePart): major, minor, patch, then a version without pre-release
 *   ranks above one with; pre-release parts compare numerically when both are numbers, a number ranks below a
 *   string, strings compare bytewise; build metadata is ignored.
 */

export type MastermindsVersion = 'v1.5.0' | 'v3.4.0';

interface Version {
  major: number;
  minor: number;
  patch: number;
  pre: string;
}

const VERSION = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
const COMPARATOR = /^\s*(>=|=>|<=|=<|>|<|=|)\s*(v?[0-9][0-9A-Za-z.+-]*)\s*$/;
const FIND_COMPARATOR = /(>=|=>|<=|=<|>|<|=|)\s*(v?[0-9][0-9A-Za-z.+-]*)/g;

export function parseVersion(s: string): Version {
  const m = VERSION.exec(s);
  if (!m) throw new Error(`Invalid Semantic Version: ${s}`);
  return { major: Number(m[1]), minor: Number((m[2] ?? '.0').slice(1)), patch: Number((m[3] ?? '.0').slice(1)), pre: m[5] ?? '' };
}

function comparePart(s: string, o: string): number {
  if (s === o) return 0;
  if (s === '') return -1;
  if (o === '') return 1;
  const sn = /^[0-9]+$/.test(s);
  const on = /^[0-9]+$/.test(o);
  if (sn && on) return Number(s) > Number(o) ? 1 : -1;
  if (sn) return -1;
  if (on) return 1;
  return s > o ? 1 : -1;
}

export function compare(a: Version, b: Version): number {
  for (const k of ['major', 'minor', 'patch'] as const) if (a[k] !== b[k]) return a[k] > b[k] ? 1 : -1;
  if (a.pre === b.pre) return 0;
  if (a.pre === '') return 1;
  if (b.pre === '') return -1;
  const as = a.pre.split('.');
  const bs = b.pre.split('.');
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const d = comparePart(as[i] ?? '', bs[i] ?? '');
    if (d !== 0) return d;
  }
  return 0;
}

interface Comparator {
  op: string;
  version: Version;
}

function comparator(text: string): Comparator {
  const m = COMPARATOR.exec(text);
  if (!m) throw new Error(`improper constraint: ${text}`);
  return { op: m[1], version: parseVersion(m[2]) };
}

function holds(c: Comparator, v: Version): boolean {
  const d = compare(v, c.version);
  switch (c.op) {
    case '>=':
    case '=>':
      return d >= 0;
    case '>':
      return d > 0;
    case '<=':
    case '=<':
      return d <= 0;
    case '<':
      return d < 0;
    default:
      return d === 0;
  }
}

/** Whether `version` satisfies `constraint` as Masterminds/semver `library` decides; throws where it fails to parse. */
export function satisfies(constraint: string, version: string, library: MastermindsVersion): boolean {
  const v = parseVersion(version);
  return constraint.split('||').some((group) => {
    const comparators =
      library === 'v1.5.0'
        ? group.split(',').map(comparator)
        : (() => {
            if (!/^\s*(>=|=>|<=|=<|>|<|=|)\s*v?[0-9][0-9A-Za-z.+-]*\s*((\s+|,\s*)(>=|=>|<=|=<|>|<|=|)\s*v?[0-9][0-9A-Za-z.+-]*\s*)*$/.test(group)) {
              throw new Error(`improper constraint: ${group}`);
            }
            return [...group.matchAll(FIND_COMPARATOR)].map((m) => comparator(m[0]));
          })();
    const groupHasPre = comparators.some((c) => c.version.pre !== '');
    return comparators.every((c) => {
      const prereleaseAllowed = library === 'v1.5.0' ? c.version.pre !== '' : groupHasPre;
      if (v.pre !== '' && !prereleaseAllowed) return false;
      return holds(c, v);
    });
  });
}
