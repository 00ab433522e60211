/**
 * The claim itself, checked as the API server would check it when applied (the schema Crossplane generates from
 * the XRD: types, enums, unknown fields, CEL and transition rules) plus the product's cross-field checks. Every
 * tool that reports on a claim (validate, audit, render --cost and the diagrams) runs this first, so a claim
 * that would be refused is reported invalid and never audited or priced as if it were fine: render prunes unknown
 * fields, so a misspelt `vpcCIDR` would otherwise silently fall back to the default.
 */
import { claimChecksFor } from '../compositions/production-network/product';
import { checkAwsRules } from '../lib/aws-rules';
import type { KubeObject } from '../lib/render';
import { applyDefaults, formatIssue, validateAgainstXrd, xrdSchemas, type Issue } from '../lib/validate';

/** What the API server (and the product's cross-field checks) would refuse in the claim; empty when it is accepted. */
export function claimIssues(claim: KubeObject, xrd: KubeObject, old?: KubeObject): Issue[] {
  const issues = validateAgainstXrd(claim, xrd, { old });
  if (issues.length > 0) return issues;
  const extra = claimChecksFor(xrd);
  if (!extra) return [];
  const schemas = xrdSchemas(xrd);
  const target = [schemas.composite, schemas.claim].find((s) => s?.kind === claim.kind) ?? schemas.composite;
  return extra(applyDefaults(target.schema, claim)).map((c) => ({ kind: 'cel' as const, path: c.path, message: c.message, rule: c.rule }));
}

/**
 * What AWS or the provider would refuse among a claim's rendered resources (lib/aws-rules), one report line each:
 * the views refuse such a claim as the API server's refusals, since it would never converge.
 */
export function awsRefusals(resources: KubeObject[]): string[] {
  return checkAwsRules(resources).map(
    (f) => `${f.kind} ${f.resource}: ${formatClaimIssue({ kind: 'aws', path: f.path, message: f.message, rule: f.rule, source: f.source })}`,
  );
}

/** An issue as one report line, with its rule when short enough to read. */
export function formatClaimIssue(i: Issue): string {
  return `${formatIssue(i)}${ruleNote(i)}`;
}

/** Which rule said so: a CEL rule verbatim (when short), an AWS rule by id with its source. */
function ruleNote(i: Issue): string {
  if (i.kind === 'aws') return `  [AWS rule ${i.rule}: ${i.source}]`;
  return i.rule && i.rule.length <= 80 ? `  [rule: ${i.rule}]` : '';
}

/** Thrown by a view (audit, cost, diagram) of a claim the API server would refuse. */
export class InvalidClaimError extends Error {
  constructor(
    readonly claim: string,
    readonly issues: Issue[],
  ) {
    super(
      `${claim} is invalid: it would be refused when applied (npm run validate shows the same):\n${issues.map((i) => `    ${formatClaimIssue(i)}`).join('\n')}`,
    );
  }
}
