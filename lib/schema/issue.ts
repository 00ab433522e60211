/**
 * One reason an object would be refused, in the words a person fixing it needs: where (a field path like
 * `spec.forProvider.tags`), what is wrong, and for CEL failures which rule said so.
 */
export interface Issue {
  /** Field path from the object's root (`spec.parameters.zones[0]`); empty for the object itself. */
  path: string;
  message: string;
  /** The CEL rule that failed, verbatim; for an AWS rule, its id. */
  rule?: string;
  /**
   * The Kubernetes field error type: `FieldValueRequired`, `FieldValueTypeInvalid`, `FieldValueNotSupported`,
   * `FieldValueDuplicate`, `FieldValueTooLong`, `FieldValueTooMany`, or a failed CEL rule's `reason` (FieldValueInvalid unless the rule says otherwise).
   */
  reason?: string;
  kind: 'schema' | 'cel' | 'unknown-field' | 'missing-crd' | 'aws';
  /** For an AWS rule (lib/aws-rules): where the rule comes from (a package and shape, a documentation page, an upstream reference). */
  source?: string;
}

/** `spec.parameters.vpcCidr: must match pattern … (got "10.0.0.0/33")`. */
export function formatIssue(issue: Issue): string {
  return `${issue.path || '<root>'}: ${issue.message}`;
}

/** A value shown in a message: quoted strings, JSON for the rest, cut short when long. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'bigint' ? String(value) : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
