/**
 * `npm run audit -- <claim.yaml ...> [--composition FILE] [--xrd FILE] [--format table|json]`: renders each claim
 * to convergence (simulated observed resources, so resources that wait for observed values appear) and checks
 * what it composes against the security and data-safety controls. Exit code 1 when any control fails.
 * Argument parsing and output only; the work is lib/audit.
 */
import * as path from 'path';
import { auditClaim, type AuditOptions, type AuditReport, type ControlResult } from '../lib/audit';
import { CliIo, parseCli, processIo, UsageError } from './common';
import { findApi } from './dist';
import { projectRoot } from '../lib/crds';
import { readDocuments, type KubeObject } from '../lib/render';

export const USAGE = `usage: npm run audit -- <claim.yaml ...> [options]

  --composition FILE     Composition (may be a multi-document file)
  --xrd FILE             CompositeResourceDefinition
                         default: the dist/ flavour serving the claim's API group
  --format table|json    output format (default table)
  -h, --help             this text

Exit code: 0 when no control fails, 1 when one does (or a claim cannot be rendered), 2 on bad usage.`;

/** One audited claim, as `--format json` prints it. */
export interface AuditedClaim {
  file: string;
  claim: string;
  resources: number;
  report: AuditReport;
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
  try {
    if (positionals.length === 0) throw new UsageError('missing the claim file(s)');
    if (values.format !== 'table' && values.format !== 'json') throw new UsageError(`--format must be table or json, not ${values.format}`);
    const cwd = io.cwd ?? process.cwd();
    const root = io.root ?? projectRoot;
    const resolve = (f: string) => path.resolve(cwd, f);
    const audited: AuditedClaim[] = [];
    for (const file of positionals) {
      const claims = readDocuments(resolve(file));
      if (claims.length === 0) throw new Error(`${file} holds no claim`);
      for (const claim of claims) {
        const { xrd, composition } = findApi(claim, {
          root,
          xrd: values.xrd && resolve(values.xrd),
          composition: values.composition && resolve(values.composition),
        });
        const result = auditClaim(claim, { xrd, composition }, claimAuditOptions);
        const name = [claim.metadata?.namespace, claim.metadata?.name].filter(Boolean).join('/');
        audited.push({ file, claim: `${claim.kind} ${name}`, resources: result.resources.length, report: result.report });
      }
    }
    io.stdout(values.format === 'json' ? `${JSON.stringify(audited, null, 2)}\n` : audited.map(formatTable).join('\n'));
    return audited.some((a) => a.report.failed) ? 1 : 0;
  } catch (err) {
    const usage = err instanceof UsageError;
    io.stderr(`error: ${(err as Error).message}\n${usage ? `\n${USAGE}\n` : ''}`);
    return usage ? 2 : 1;
  }
}

/** A readable table: a row per control, a line per checked resource with the reason. */
export function formatTable(a: AuditedClaim): string {
  const counts = (['PASS', 'FAIL', 'EXCEPTION', 'N/A'] as const).map((o) => `${a.report.controls.filter((c) => c.outcome === o).length} ${o}`);
  const header = `${a.claim} (${a.file}): ${a.resources} resources, ${a.report.controls.length} controls: ${counts.join(', ')}`;
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
