/**
 * A JSON schema cut down to the fields a value has, so only that much of it is compiled and loaded.
 *
 * A provider CRD declares hundreds of fields (and `initProvider` repeats `forProvider`'s); a composed resource
 * sets a few dozen. ajv's compiled code grows with the schema, not with the value: the validators of a claim's
 * resources came to megabytes of code, and loading them was the largest part of a `npm run validate`.
 *
 * A subschema under `properties` applies only when the object has that property, `items` only to the elements
 * there are, `additionalProperties` only to the values there are. So a field's subschema can be replaced by the
 * empty schema (which accepts anything) wherever no value has the field, and the result accepts and rejects
 * exactly what the full schema does, with the same errors. The field's name stays in `properties`: strict mode's
 * `additionalProperties: false` and the "did you mean" hint read the names. Everything else (`required`, junctors,
 * `propertyNames`, bounds) is kept as it is.
 *
 * `shapeKey` names what the cut depends on, cheaply, so validators can be looked up before a schema is cut.
 */

/** The schema with every subschema no part of `value` reaches replaced by `{}`. */
export function pruneToValue(schema: any, value: unknown): any {
  return prune(schema, [value]);
}

/** Equal for two values exactly when pruneToValue gives equal schemas for them (for the same schema). */
export function shapeKey(schema: any, value: unknown): string {
  const out: string[] = [];
  shape(schema, [value], out);
  return out.join('');
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The values one level down, as each of the three keywords sees them. */
function valuesOf(values: unknown[], key: string): unknown[] {
  const out: unknown[] = [];
  for (const v of values) if (isPlainObject(v) && Object.prototype.hasOwnProperty.call(v, key)) out.push(v[key]);
  return out;
}
function elementsOf(values: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const v of values) if (Array.isArray(v)) out.push(...v);
  return out;
}
function mapValuesOf(values: unknown[], declared: Record<string, unknown> | undefined): unknown[] {
  const out: unknown[] = [];
  for (const v of values) {
    if (!isPlainObject(v)) continue;
    for (const [k, x] of Object.entries(v)) if (!declared || !Object.prototype.hasOwnProperty.call(declared, k)) out.push(x);
  }
  return out;
}

function prune(schema: any, values: unknown[]): any {
  if (!isPlainObject(schema)) return schema;
  const out: any = { ...schema };
  const properties = isPlainObject(schema.properties) ? (schema.properties as Record<string, any>) : undefined;
  if (properties) {
    out.properties = {};
    for (const [name, sub] of Object.entries(properties)) {
      const below = valuesOf(values, name);
      out.properties[name] = below.length ? prune(sub, below) : {};
    }
  }
  if (isPlainObject(schema.items)) {
    const below = elementsOf(values);
    out.items = below.length ? prune(schema.items, below) : {};
  }
  if (isPlainObject(schema.additionalProperties)) {
    const below = mapValuesOf(values, properties);
    out.additionalProperties = below.length ? prune(schema.additionalProperties, below) : {};
  }
  return out;
}

/** The same walk as prune, writing which subschemas are kept. */
function shape(schema: any, values: unknown[], out: string[]): void {
  if (!isPlainObject(schema)) return;
  const properties = isPlainObject(schema.properties) ? (schema.properties as Record<string, any>) : undefined;
  if (properties) {
    out.push('{');
    for (const name of Object.keys(properties)) {
      const below = valuesOf(values, name);
      if (!below.length) continue;
      out.push(JSON.stringify(name), ':');
      shape(properties[name], below, out);
      out.push(',');
    }
    out.push('}');
  }
  if (isPlainObject(schema.items)) {
    const below = elementsOf(values);
    out.push('[');
    if (below.length) (out.push('+'), shape(schema.items, below, out));
    out.push(']');
  }
  if (isPlainObject(schema.additionalProperties)) {
    const below = mapValuesOf(values, properties);
    out.push('<');
    if (below.length) (out.push('+'), shape(schema.additionalProperties, below, out));
    out.push('>');
  }
}
