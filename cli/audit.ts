/**
 * `npm run audit -- <claim.yaml ...> [--composition FILE] [--xrd FILE] [--format table|json]`: renders each claim
 * to convergence (simulated observed resources, so resources that wait for observed values appear) and checks
 * what it composes against the security and data-safety controls. Exit code 1 when any control fails.
 * Argument parsing and output only; the work is lib/audit.
 */
import * as path from 'path';
import { auditClaim, type AuditOptions, type AuditReport, type ControlResult } from '../lib/audit';
import { projectRoot } from '../lib/cache';
import type { KubeObject } from '../lib/render';
import { awsRefusals, claimIssues, formatClaimIssue } from './claim-check';
import { CliIo, errorMessage, inputLabel, objectId, parseCli, processIo, readKubeObjects, SetupError, shortenForHeader, usageError } from './common';
import { findApi } from './dist';

export const USAGE = `usage: npm run audit -- <claim.yaml ...> [options]

  --composition FILE     Composition (may be a multi-document file)
  --xrd FILE             CompositeResourceDefinition
                         default: the dist/ flavour serving the claim's API group
  <claim.yaml>           files of claims (or XRs); - reads standard input
  --format table|json    output format (default table); json is one array with an entry per claim
  -h, --help             this text

Every claim is checked first as the API server would check it; an invalid claim is reported, not audited.
Exit code: 0 when no control fails, 1 when one does (or a claim is invalid or cannot be rendered), 2 on bad
usage or an input that could not be read.`;

/** One audited claim, as `--format json` prints it (one array, an entry per claim). */
export interface AuditedClaim {
  file: string;
  claim: string;
  resources: number;
  report: AuditReport;
}

/** A claim that could not be audited: invalid (the API server would refuse it) or its render failed. */
export interface UnauditedClaim {
  file: string;
  claim: string;
  /** Why: the claim's issues, or the render's error. */
  error: string;
  issues?: string[];
}

/**
 * What a ProductionNetwork claim asks for that changes what the controls expect: an explicit `Delete` for its
 * data, and a KMS key for its buckets.
 */
export function claimAuditOptions(composite: KubeObject): AuditOptions {
  const storage = composite.spec?.parameters?.storage ?? {};
  return {
    ...(storage.deletionPolicy === 'Delete' ? { dataDeletionRequested: 'the claim sets storage.deletionPolicy: Delete' } : {}),
    ...(storage.kmsKeyArn ? { kmsKeyArn: storage.kmsKeyArn } : {}),
  };
}

/** Runs the CLI with the given arguments; returns the exit code. */
export function runAuditCli(argv: string[], io: CliIo): number {
  const parsed = parseCli<{ composition?: string; xrd?: string; format: string }>(
    argv,
    { composition: { type: 'string' }, xrd: { type: 'string' }, format: { type: 'string', default: 'table' } },
    USAGE,
    io,
  );
  if ('exit' in parsed) return parsed.exit;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usageError(io, 'missing the claim file(s)', USAGE);
  if (values.format !== 'table' && values.format !== 'json') return usageError(io, `--format must be table or json, not ${values.format}`, USAGE);
  if ([...positionals, values.xrd, values.composition].filter((f) => f === '-').length > 1)
    return usageError(io, 'standard input (-) can be read only once', USAGE);
  const cwd = io.cwd ?? process.cwd();
  const root = io.root ?? projectRoot;
  const resolve = (f: string) => path.resolve(cwd, f);
  const entries: Array<AuditedClaim | UnauditedClaim> = [];
  let unreadable = 0;
  for (const file of positionals) {
    let claims: KubeObject[];
    try {
      claims = readKubeObjects(file, io, resolve);
    } catch (err) {
      unreadable++;
      io.stderr(`error: ${errorMessage(err)}\n`);
      continue;
    }
    for (const claim of claims) {
      const id = objectId(claim);
      const label = inputLabel(file);
      try {
        const { xrd, composition } = findApi(claim, { root, xrd: values.xrd, composition: values.composition, resolve, io });
        const issues = claimIssues(claim, xrd);
        if (issues.length > 0) {
          entries.push({ file: label, claim: id, error: 'the claim is invalid: it would be refused when applied', issues: issues.map(formatClaimIssue) });
          continue;
        }
        const result = auditClaim(claim, { xrd, composition }, claimAuditOptions);
        const refusals = awsRefusals(result.resources);
        if (refusals.length > 0) {
          entries.push({ file: label, claim: id, error: 'AWS would refuse what the claim composes', issues: refusals });
          continue;
        }
        entries.push({ file: label, claim: id, resources: result.resources.length, report: result.report });
      } catch (err) {
        if (err instanceof SetupError) {
          unreadable++;
          io.stderr(`error: ${errorMessage(err)}\n`);
        } else entries.push({ file: label, claim: id, error: errorMessage(err) });
      }
    }
  }
  io.stdout(values.format === 'json' ? `${JSON.stringify(entries, null, 2)}\n` : entries.map(formatEntry).join('\n'));
  if (unreadable > 0) return 2;
  return entries.some((e) => !('report' in e) || e.report.failed) ? 1 : 0;
}

function formatEntry(e: AuditedClaim | UnauditedClaim): string {
  if ('report' in e) return formatTable(e);
  const head = `${shortenForHeader(e.claim)} (${e.file}): NOT AUDITED: ${e.error}`;
  return [head, ...(e.issues ?? []).map((i) => `    ${i}`), ''].join('\n');
}

/** A readable table: a row per control, a line per checked resource with the reason. */
export function formatTable(a: AuditedClaim): string {
  const counts = (['PASS', 'FAIL', 'EXCEPTION', 'N/A'] as const).map((o) => `${a.report.controls.filter((c) => c.outcome === o).length} ${o}`);
  const header = `${shortenForHeader(a.claim)} (${a.file}): ${a.resources} resources, ${a.report.controls.length} controls: ${counts.join(', ')}`;
  const idWidth = Math.max(7, ...a.report.controls.map((c) => c.id.length));
  const row = (c: ControlResult) => {
    const head = `${c.id.padEnd(idWidth)}  ${c.outcome.padEnd(9)}  ${String(c.resources.length).padStart(7)}  ${c.title}`;
    const indent = ' '.repeat(idWidth + 2 + 9 + 2 + 7 + 2);
    const details = c.note ? [`${indent}${c.note}`] : c.resources.map((r) => `${indent}${r.outcome.padEnd(9)} ${r.resource}: ${r.reason}`);
    return [head, ...details].join('\n');
  };
  const verdict = a.report.failed
    ? `FAILED: ${a.report.controls
        .filter((c) => c.outcome === 'FAIL')
        .map((c) => c.id)
        .join(', ')}`
    : 'no control fails';
  return [header, '', `${'CONTROL'.padEnd(idWidth)}  ${'RESULT'.padEnd(9)}  CHECKED  REQUIREMENT / WHY`, ...a.report.controls.map(row), '', verdict, ''].join(
    '\n',
  );
}

if (require.main === module) {
  process.exitCode = runAuditCli(process.argv.slice(2), processIo);
}
