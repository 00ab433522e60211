/**
 * Everything the project knows about a claim before it is applied, in one report: the claim against the schema
 * Crossplane generates from the XRD (types, patterns, enums, ranges, defaults, unknown fields, CEL rules,
 * transition rules against an old claim), checks the caller adds (cross-field rules), then every composed
 * resource it renders, strictly against its provider CRD, then against AWS's own rules (lib/aws-rules): what the
 * CRDs accept but AWS or the provider refuses at apply time. A rendered value that breaks an AWS rule and comes
 * from the claim is reported on the claim's field too: the values the XRD cannot know (an instance type AWS does
 * not have, a tag IAM refuses).
 */
import { checkAwsRules } from '../aws-rules';
import { composedTemplates, compositeSourcesOf, userField } from '../aws-rules/trace';
import { ANNOTATION_RESOURCE_NAME } from '../crossplane';
import { CrdCatalog } from '../crds';
import type { KubeObject } from '../render';
import { renderClaim } from '../simulate/converge';
import { Issue } from '../schema/issue';
import { applyDefaults, validateAgainstXrd, validateObject, xrdSchemas } from './index';

export interface ClaimReport {
  /** Schema, CEL and cross-field issues of the claim itself. */
  claim: Issue[];
  /** Issues of composed resources, each prefixed by the resource it is about. */
  resources: Array<{ resource: string; kind: string; issues: Issue[] }>;
  /** A render that failed (a fatal function result). */
  render?: string;
  /** How many composed resources were checked. */
  checked: number;
}

export interface ValidateClaimInput {
  claim: KubeObject;
  xrd: KubeObject;
  composition: KubeObject;
  old?: KubeObject;
  /** Checks over the defaulted claim the schema cannot express. */
  extraChecks?: (defaulted: KubeObject) => Array<{ path: string; message: string; rule: string }>;
  /** Where provider CRDs come from. */
  catalog: CrdCatalog;
  /** Check the rendered resources against AWS's own rules (lib/aws-rules). @default true */
  awsRules?: boolean;
}

export function validateClaim(input: ValidateClaimInput): ClaimReport {
  const claimIssues = validateAgainstXrd(input.claim, input.xrd, { old: input.old });
  const report: ClaimReport = { claim: claimIssues, resources: [], checked: 0 };
  if (claimIssues.length > 0) return report; // rendering an invalid claim would only repeat its errors

  if (input.extraChecks) {
    const schemas = xrdSchemas(input.xrd);
    const target = [schemas.composite, schemas.claim].find((s) => s?.kind === input.claim.kind) ?? schemas.composite;
    const defaulted = applyDefaults(target.schema, input.claim);
    report.claim.push(...input.extraChecks(defaulted).map((c) => ({ kind: 'cel' as const, path: c.path, message: c.message, rule: c.rule })));
    if (report.claim.length > 0) return report;
  }

  // Rendered with simulated observed state, so resources that wait on it (bucket policies) are checked too.
  const out = renderClaim(input.claim, input.xrd, input.composition);
  if (out.fatal) {
    report.render = out.fatal.message;
    return report;
  }
  for (const r of out.resources) {
    const issues = validateObject(r, { catalog: input.catalog });
    report.checked++;
    if (issues.length > 0) report.resources.push({ resource: r.metadata?.annotations?.[ANNOTATION_RESOURCE_NAME] ?? r.kind, kind: r.kind, issues });
  }
  if (input.awsRules ?? true) addAwsFindings(report, out.resources, input.composition);
  return report;
}

function addAwsFindings(report: ClaimReport, resources: KubeObject[], composition: KubeObject): void {
  const findings = checkAwsRules(resources);
  if (findings.length === 0) return;
  const templates = composedTemplates(composition);
  const onClaim = new Set<string>();
  for (const f of findings) {
    const issue: Issue = { kind: 'aws', path: f.path, message: f.message, rule: f.rule, source: f.source };
    let entry = report.resources.find((x) => x.resource === f.resource && x.kind === f.kind);
    if (!entry) report.resources.push((entry = { resource: f.resource, kind: f.kind, issues: [] }));
    entry.issues.push(issue);
    for (const source of compositeSourcesOf(templates, f.resource, f.path)) {
      const field = userField(source);
      if (!field || onClaim.has(`${field} ${f.rule}`)) continue;
      onClaim.add(`${field} ${f.rule}`);
      report.claim.push({ ...issue, path: field, message: `${f.message} (it becomes ${f.kind} ${f.resource} ${f.path})` });
    }
  }
}

export function isValid(report: ClaimReport): boolean {
  return report.claim.length === 0 && report.resources.length === 0 && !report.render;
}
