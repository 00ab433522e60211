/**
 * Where a patch points, checked against the schema it points into. A patch whose path does not exist is a silent
 * no-op in Crossplane (the API server prunes unknown fields, an Optional patch from a missing field is skipped),
 * so the only place to catch a misspelled path is a schema walk.
 */
import { parseFieldPath } from '../fieldpath';

/** The sub-schema at `path`, or undefined when the schema has no such field. Metadata is always open. */
export function schemaAt(schema: any, path: string): any | undefined {
  let cur = schema;
  const segments = parseFieldPath(path);
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (!cur) return undefined;
    if (i === 0 && 'field' in s && s.field === 'metadata') return { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
    if (cur['x-kubernetes-preserve-unknown-fields'] && !cur.properties && !cur.items) return cur;
    if ('index' in s) {
      cur = cur.items;
    } else if (cur.properties && s.field in cur.properties) {
      cur = cur.properties[s.field];
    } else if (cur.additionalProperties && typeof cur.additionalProperties === 'object') {
      cur = cur.additionalProperties;
    } else if (cur.additionalProperties === true || cur['x-kubernetes-preserve-unknown-fields']) {
      return { 'x-kubernetes-preserve-unknown-fields': true };
    } else {
      return undefined;
    }
  }
  return cur;
}

export interface PatchPathIssue {
  resource: string;
  patch: number;
  path: string;
  side: 'from' | 'to';
  message: string;
}

/**
 * Every field path of every patch in a function-patch-and-transform input, checked against the composite's schema
 * and each composed resource's schema (looked up by the caller, e.g. from the CRD catalog).
 */
export function checkPatchPaths(
  input: { resources: any[]; patchSets?: any[] },
  compositeSchema: any,
  resourceSchema: (base: any) => any | undefined,
): PatchPathIssue[] {
  const issues: PatchPathIssue[] = [];
  const sets = new Map<string, any[]>((input.patchSets ?? []).map((s) => [s.name, s.patches]));
  for (const r of input.resources) {
    const target = resourceSchema(r.base);
    const patches = (r.patches ?? []).flatMap((p: any) => (p.type === 'PatchSet' ? (sets.get(p.patchSetName) ?? []) : [p]));
    patches.forEach((p: any, i: number) => {
      const check = (schema: any, path: string | undefined, side: 'from' | 'to', what: string) => {
        if (!path || !schema) return;
        if (!schemaAt(schema, path))
          issues.push({
            resource: r.name,
            patch: i,
            path,
            side,
            message: `${r.name} patch ${i} (${p.type}): ${side} path "${path}" does not exist in the ${what} schema`,
          });
      };
      const type = p.type ?? 'FromCompositeFieldPath';
      if (type === 'FromCompositeFieldPath') {
        check(compositeSchema, p.fromFieldPath, 'from', 'composite');
        check(target, p.toFieldPath, 'to', `${r.base.kind}`);
      } else if (type === 'ToCompositeFieldPath') {
        check(target, p.fromFieldPath, 'from', `${r.base.kind}`);
        check(compositeSchema, p.toFieldPath, 'to', 'composite');
      } else if (type === 'CombineFromComposite') {
        for (const v of p.combine?.variables ?? []) check(compositeSchema, v.fromFieldPath, 'from', 'composite');
        check(target, p.toFieldPath, 'to', `${r.base.kind}`);
      } else if (type === 'CombineToComposite') {
        for (const v of p.combine?.variables ?? []) check(target, v.fromFieldPath, 'from', `${r.base.kind}`);
        check(compositeSchema, p.toFieldPath, 'to', 'composite');
      }
    });
  }
  return issues;
}
