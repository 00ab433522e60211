/**
 * JSON values to CEL values, guided by the schema as Kubernetes does it: `integer` (and the integer side of
 * int-or-string) becomes a CEL int (BigInt), `number` stays a double even when it has no fraction, objects with
 * declared properties expose those properties under their escaped CEL names (`namespace` → `__namespace__`,
 * `a-b` → `a__dash__b`), maps (`additionalProperties`) keep their keys as they are, and values under
 * `x-kubernetes-preserve-unknown-fields` are converted by their JSON shape.
 */

/** CEL reserved words that Kubernetes escapes as `__word__` when they name a property. */
const RESERVED = new Set('true false null in as break const continue else for function if import let loop package namespace return var void while'.split(' '));

/** The name by which CEL sees a property, or undefined when Kubernetes makes it inaccessible. */
export function celPropertyName(name: string): string | undefined {
  if (RESERVED.has(name)) return `__${name}__`;
  const escaped = name.replace(/__/g, '__underscores__').replace(/\./g, '__dot__').replace(/-/g, '__dash__').replace(/\//g, '__slash__');
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(escaped) ? escaped : undefined;
}

export function toCel(schema: any, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (!schema) return untyped(value);
  if (typeof value === 'number') {
    const integer = schema.type === 'integer' || schema['x-kubernetes-int-or-string'] === true;
    return integer && Number.isInteger(value) ? BigInt(value) : value;
  }
  if (Array.isArray(value)) return value.map((v) => toCel(schema.items, v));
  if (typeof value !== 'object') return value;
  const out = new Map<string, unknown>();
  const properties: Record<string, any> = schema.properties ?? {};
  const mapValues = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key in properties) {
      const name = celPropertyName(key);
      if (name) out.set(name, toCel(properties[key], v));
    } else if (mapValues) {
      out.set(key, toCel(mapValues, v));
    } else if (schema['x-kubernetes-preserve-unknown-fields'] || schema['x-kubernetes-embedded-resource']) {
      const name = celPropertyName(key);
      if (name) out.set(name, untyped(v));
    }
  }
  return out;
}

/** A value without a schema: integral numbers are ints, as they are when Kubernetes decodes unstructured JSON. */
function untyped(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map(untyped);
  if (value && typeof value === 'object') {
    const out = new Map<string, unknown>();
    for (const [k, v] of Object.entries(value)) {
      const name = celPropertyName(k);
      if (name) out.set(name, untyped(v));
    }
    return out;
  }
  return value;
}
