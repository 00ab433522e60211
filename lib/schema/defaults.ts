/**
 * Structural-schema defaulting, as the Kubernetes API server applies `default` on create and on read:
 * a missing property with a default gets a copy of it, and defaulting then recurses into properties, items and
 * additionalProperties of what is there (so defaults nested in a default are applied too).
 *
 * Nulls follow the server as well: a `null` where the schema is not `nullable` is pruned before defaulting,
 * so it takes the default if there is one and disappears otherwise; validation never sees it.
 * The input is never modified.
 */
export function applyDefaults<T>(schema: any, value: T): T {
  return walk(schema, value);
}

function walk(schema: any, value: any): any {
  if (!schema || value === null || value === undefined || typeof value !== 'object') return value;
  if (Array.isArray(value)) return schema.items ? value.map((v) => walk(schema.items, v)) : value;
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
