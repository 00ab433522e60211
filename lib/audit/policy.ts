/** IAM policy documents as bucket policies and trust policies carry them: a JSON string. */

export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: '*' | Record<string, string | string[]>;
  Action?: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
}

export type Parsed = { ok: true; statements: Statement[] } | { ok: false; error: string };

export function parsePolicy(text: unknown): Parsed {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: 'no policy document' };
  let doc: any;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `the policy is not valid JSON (${(err as Error).message}): ${text.length > 120 ? `${text.slice(0, 120)}…` : text}` };
  }
  const statements = ([] as any[]).concat(doc?.Statement ?? []);
  return { ok: true, statements };
}

export const asList = (v: unknown): string[] => ([] as unknown[]).concat(v ?? []).map(String);

/** Principals of a statement as `Service:x`, `AWS:y`, or `*` for everyone. */
export function principals(st: Statement): string[] {
  if (st.Principal === '*') return ['*'];
  return Object.entries(st.Principal ?? {}).flatMap(([type, v]) => asList(v).map((p) => (type === 'AWS' && p === '*' ? '*' : `${type}:${p}`)));
}

/** The value of a condition key under any of the given operators (e.g. StringEquals, ArnLike). */
export function conditionValues(st: Statement, key: string, operators: string[]): string[] {
  return operators.flatMap((op) => {
    const block = st.Condition?.[op] ?? {};
    const hit = Object.entries(block).find(([k]) => k.toLowerCase() === key.toLowerCase());
    return hit ? asList(hit[1]) : [];
  });
}
