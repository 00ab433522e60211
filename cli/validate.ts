/**
 * `npm run validate -- <claim.yaml ...> [--old FILE] [--xrd FILE] [--composition FILE] [--format text|json]`:
 * checks claims before they are applied, offline. Exit 0 only when every claim and every resource it composes is
 * valid. Argument parsing and output only; the work is lib/validate.
 */
import * as path from 'path';
import { claimChecks } from '../compositions/production-network/checks';
import { projectRoot } from '../lib/crds';
import { readDocuments, type KubeObject } from '../lib/render';
import { formatIssue, type Issue } from '../lib/validate';
import { ClaimReport, isValid, validateClaim } from '../lib/validate/claim';
import { CliIo, parseCli, processIo, usageError } from './common';
import { findApi } from './dist';

export const USAGE = `usage: npm run validate -- <claim.yaml ...> [options]

  --old FILE          the claim as it is live now: checks the change (immutable fields)
  --xrd FILE          CompositeResourceDefinition   default: the dist/ flavour serving the claim's API group
  --composition FILE  Composition                   default: beside the XRD
  --format text|json  report format (default text)
  -h, --help          this text`;

/** Product checks, by the kind of object they apply to: cross-field rules over the claim's parameters. */
function extraChecksFor(xrd: KubeObject) {
  return xrd.spec?.names?.kind?.endsWith('ProductionNetwork') ? claimChecks : undefined;
}

export function runValidateCli(argv: string[], io: CliIo): number {
  const parsed = parseCli<{ old?: string; xrd?: string; composition?: string; format: string }>(
    argv,
    { old: { type: 'string' }, xrd: { type: 'string' }, composition: { type: 'string' }, format: { type: 'string', default: 'text' } },
    USAGE,
    io,
  );
  if ('exit' in parsed) return parsed.exit;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usageError(io, 'missing claim files', USAGE);
  if (values.format !== 'text' && values.format !== 'json') return usageError(io, `--format must be text or json, not ${values.format}`, USAGE);
  const cwd = io.cwd ?? process.cwd();
  const resolve = (f: string) => path.resolve(cwd, f);
  let failed = 0;
  const results: Array<{ file: string; claim: string; valid: boolean; report?: ClaimReport; error?: string }> = [];
  for (const file of positionals) {
    let docs: KubeObject[];
    try {
      docs = readDocuments(resolve(file));
    } catch (err) {
      results.push({ file, claim: '', valid: false, error: (err as Error).message });
      failed++;
      continue;
    }
    const old = values.old ? readDocuments(resolve(values.old))[0] : undefined;
    for (const claim of docs) {
      const id = `${claim.kind} ${[claim.metadata?.namespace, claim.metadata?.name].filter(Boolean).join('/')}`;
      try {
        const api = findApi(claim, {
          root: io.root ?? projectRoot,
          xrd: values.xrd && resolve(values.xrd),
          composition: values.composition && resolve(values.composition),
        });
        const report = validateClaim({ claim, old, xrd: api.xrd, composition: api.composition, extraChecks: extraChecksFor(api.xrd) });
        const valid = isValid(report);
        if (!valid) failed++;
        results.push({ file, claim: id, valid, report });
      } catch (err) {
        failed++;
        results.push({ file, claim: id, valid: false, error: (err as Error).message });
      }
    }
  }
  if (values.format === 'json') {
    io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    for (const r of results) io.stdout(formatResult(r));
    io.stdout(`\n${results.length - failed} valid, ${failed} invalid\n`);
  }
  return failed > 0 ? 1 : 0;
}

function formatResult(r: { file: string; claim: string; valid: boolean; report?: ClaimReport; error?: string }): string {
  const head = `${r.valid ? 'VALID  ' : 'INVALID'} ${r.file}${r.claim ? ` (${r.claim})` : ''}`;
  if (r.error) return `${head}\n    ${r.error}\n`;
  const rep = r.report!;
  if (r.valid) return `${head}: claim and ${rep.checked} composed resources\n`;
  const lines = [
    ...rep.claim.map((i) => `    claim: ${formatIssue(i)}${ruleNote(i)}`),
    ...(rep.render ? [`    render failed: ${rep.render}`] : []),
    ...rep.resources.flatMap((x) => x.issues.map((i) => `    ${x.kind} ${x.resource}: ${formatIssue(i)}${i.kind === 'aws' ? ruleNote(i) : ''}`)),
  ];
  return `${head}\n${lines.join('\n')}\n`;
}

/** Which rule said so: a CEL rule verbatim (when short), an AWS rule by id with its source. */
function ruleNote(i: Issue): string {
  if (i.kind === 'aws') return `  [AWS rule ${i.rule}: ${i.source}]`;
  return i.rule && i.rule.length <= 80 ? `  [rule: ${i.rule}]` : '';
}

if (require.main === module) {
  process.exitCode = runValidateCli(process.argv.slice(2), processIo);
}
