/**
 * Structural-schema defaulting, as the Kubernetes API server applies `default` on create and on read:
 * a missing property with a default gets a copy of it, and defaulting then recurses into properties, items and
 * additionalProperties of what is there (so defaults nested in a default are applied too).
 *
 * Nulls follow the server as well: a `null` where the schema is not `nullable` is pruned before defaulting,
 * so it takes the default if there is one and disappears otherwise; validation never sees it. A null list item
 * takes the items' default, or stays null (and fails validation). A default never creates a missing parent.
 * (apiextensions-apiserver pkg/apiserver/schema/defaulting: prunenulls.go, algorithm.go.)
 * The input is never modified.
 */
export function applyDefaults<T>(schema: any, value: T): T {
  return walk(schema, value);
}

function walk(schema: any, value: any): any {
  if (!schema || value === null || value === undefined || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = schema.items;
    if (!items) return value;
    // A null item is never pruned (that would shift the list); the item default replaces it, else it stays.
    return value.map((v) => walk(items, v === null && !items.nullable && items.default !== undefined ? structuredClone(items.default) : v));
  }
  const out: Record<string, any> = { ...value };
  const properties: Record<string, any> = schema.properties ?? {};
  for (const [name, prop] of Object.entries<any>(properties)) {
    if (out[name] === null && !prop.nullable) delete out[name];
    if (!(name in out) && prop.default !== undefined) out[name] = structuredClone(prop.default);
    if (name in out) out[name] = walk(prop, out[name]);
  }
  const values = schema.additionalProperties;
  if (values && typeof values === 'object') {
    for (const name of Object.keys(out)) {
      if (name in properties) continue;
      if (out[name] === null && !values.nullable) {
        if (values.default === undefined) delete out[name];
        else out[name] = structuredClone(values.default);
      }
      if (name in out) out[name] = walk(values, out[name]);
    }
  }
  return out;
}
