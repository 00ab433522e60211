/**
 * Structural-schema defaulting, as the Kubernetes API server applies `default` on create and on read:
 * a missing (or null, where the field is not nullable) property with a default gets a copy of it, and
 * defaulting then recurses into properties, items and additionalProperties of what is there.
 */
export function applyDefaults<T>(schema: any, value: T): T {
  return walk(schema, value);
}

function walk(schema: any, value: any): any {
  if (!schema || value === null || value === undefined) return value;
  if (Array.isArray(value)) {
    return schema.items ? value.map((v) => walk(schema.items, v)) : value;
  }
  if (typeof value !== 'object') return value;
  const out: Record<string, any> = { ...value };
  for (const [name, prop] of Object.entries<any>(schema.properties ?? {})) {
    const missing = !(name in out) || (out[name] === null && !prop.nullable);
    if (missing && prop.default !== undefined) out[name] = structuredClone(prop.default);
    if (name in out) out[name] = walk(prop, out[name]);
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    for (const name of Object.keys(out)) {
      if (!(schema.properties && name in schema.properties)) out[name] = walk(schema.additionalProperties, out[name]);
    }
  }
  return out;
}
