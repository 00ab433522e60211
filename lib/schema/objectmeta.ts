/**
 * `metadata` as the API server checks it for every object, whatever the CRD says: a CRD may only narrow
 * `metadata.name`/`generateName`, and the server validates ObjectMeta itself (names are DNS subdomains, label
 * keys are qualified names, label values at most 63 characters). Written in the Kubernetes dialect so it goes
 * through the same translation as any CRD schema.
 */

/** RFC 1123 subdomain, the default rule for names of custom resources. */
const dnsSubdomain = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';
/** A qualified name: an optional DNS-subdomain prefix and `/`, then a name of at most 63 characters. */
const qualifiedName = '^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)$';
const labelValue = '^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$';

const stringMap = { type: 'object', additionalProperties: { type: 'string' } };

const ownerReference = {
  type: 'object',
  required: ['apiVersion', 'kind', 'name', 'uid'],
  properties: {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    name: { type: 'string' },
    uid: { type: 'string' },
    controller: { type: 'boolean' },
    blockOwnerDeletion: { type: 'boolean' },
  },
};

const managedFieldsEntry = {
  type: 'object',
  properties: {
    apiVersion: { type: 'string' },
    fieldsType: { type: 'string' },
    fieldsV1: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
    manager: { type: 'string' },
    operation: { type: 'string' },
    subresource: { type: 'string' },
    time: { type: 'string', format: 'date-time' },
  },
};

/** The ObjectMeta fields a client may send (read-only ones included, as `kubectl get -o yaml` output has them). */
export function objectMetaSchema(): any {
  return {
    type: 'object',
    properties: {
      name: { type: 'string', maxLength: 253, pattern: dnsSubdomain },
      generateName: { type: 'string', maxLength: 253 },
      namespace: { type: 'string', maxLength: 63, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' },
      labels: { ...stringMap, propertyNames: { pattern: qualifiedName }, additionalProperties: { type: 'string', maxLength: 63, pattern: labelValue } },
      annotations: { ...stringMap, propertyNames: { pattern: qualifiedName } },
      finalizers: { type: 'array', items: { type: 'string' } },
      ownerReferences: { type: 'array', items: ownerReference },
      uid: { type: 'string' },
      resourceVersion: { type: 'string' },
      generation: { type: 'integer', format: 'int64' },
      selfLink: { type: 'string' },
      creationTimestamp: { type: 'string', format: 'date-time', nullable: true },
      deletionTimestamp: { type: 'string', format: 'date-time', nullable: true },
      deletionGracePeriodSeconds: { type: 'integer', format: 'int64' },
      managedFields: { type: 'array', items: managedFieldsEntry },
    },
  };
}

/** ObjectMeta narrowed by what the CRD itself declares for `metadata.name` and `metadata.generateName`. */
export function objectMetaFor(crdMetadata: any): any {
  const meta = objectMetaSchema();
  for (const field of ['name', 'generateName']) {
    const narrowed = crdMetadata?.properties?.[field];
    // Both hold: the server's own rule and the CRD's narrowing.
    if (narrowed) meta.properties[field] = { ...meta.properties[field], allOf: [narrowed] };
  }
  return meta;
}
