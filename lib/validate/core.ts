/**
 * Structural schemas for the Kubernetes core kinds a composition may compose (the connection Secret a function
 * writes for a Crossplane v2 XR, ConfigMaps). The core API has no CRDs to read them from; these follow the
 * Kubernetes API reference for v1 Secret and ConfigMap.
 */
const stringMap = { type: 'object', additionalProperties: { type: 'string' } };

export const CORE_SCHEMAS: Record<string, any> = {
  Secret: {
    type: 'object',
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { type: 'object' },
      type: { type: 'string' },
      immutable: { type: 'boolean' },
      // base64 values
      data: { type: 'object', additionalProperties: { type: 'string', format: 'byte' } },
      stringData: stringMap,
    },
  },
  ConfigMap: {
    type: 'object',
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { type: 'object' },
      immutable: { type: 'boolean' },
      data: stringMap,
      binaryData: { type: 'object', additionalProperties: { type: 'string', format: 'byte' } },
    },
  },
};
