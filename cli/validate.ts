/**
 * `npm run validate -- <claim.yaml ...> [--old FILE] [--xrd FILE] [--composition FILE] [--format text|json]`:
 * checks claims before they are applied, offline. Exit 0 only when every claim and every resource it composes is
 * valid. Argument parsing and output only; the work is lib/validate.
 */
import * as path from 'path';
import { projectRoot } from '../lib/cache';
import type { KubeObject } from '../lib/render';
import { formatIssue } from '../lib/validate';
import { ClaimReport, isValid, validateClaim } from '../lib/validate/claim';
import { claimChecksFor, pinnedCrds } from '../compositions/production-network/product';
import { formatClaimIssue } from './claim-check';
import { CliIo, errorMessage, inputLabel, objectId, parseCli, processIo, readKubeObjects, reportError, shortenForHeader, usageError } from './common';
import { findApi, UnservedGroupError } from './dist';

export const USAGE = `usage: npm run validate -- <claim.yaml ...> [options]

  <claim.yaml>        files of claims (or XRs); - reads standard input
  --old FILE          the claims as they are live now (kubectl get -o yaml): each claim is checked as a
                      change of the live claim of the same kind, namespace and name (immutable fields)
  --xrd FILE          CompositeResourceDefinition   default: the dist/ flavour serving the claim's API group
  --composition FILE  Composition                   default: beside the XRD
  --format text|json  report format (default text); json is one array with an entry per claim
  -h, --help          this text

Exit code: 0 every claim valid, 1 a claim is invalid, 2 bad usage or an input that could not be read (a missing
or empty file, a document that is not a Kubernetes object, an unusable --xrd/--composition/--old).`;

export interface ValidatedClaim {
  file: string;
  claim: string;
  /** What the object is to Crossplane: a claim, or a composite resource (a namespaced XR, or a cluster XR made without a claim). */
  objectKind?: 'claim' | 'XR';
  valid: boolean;
  report?: ClaimReport;
  error?: string;
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
  const stdinUses = [...positionals, values.old, values.xrd, values.composition].filter((f) => f === '-').length;
  if (stdinUses > 1) return usageError(io, 'standard input (-) can be read only once', USAGE);
  const cwd = io.cwd ?? process.cwd();
  const resolve = (f: string) => path.resolve(cwd, f);

  let live: KubeObject[] = [];
  if (values.old) {
    try {
      live = readKubeObjects(values.old, io, resolve, '--old');
    } catch (err) {
      return reportError(io, err, USAGE);
    }
  }

  let failed = 0;
  let unreadable = 0;
  const setupError = (message: string) => {
    unreadable++;
    io.stderr(`error: ${message}\n`);
  };
  const results: ValidatedClaim[] = [];
  for (const file of positionals) {
    let docs: KubeObject[];
    try {
      docs = readKubeObjects(file, io, resolve);
    } catch (err) {
      setupError(errorMessage(err));
      continue;
    }
    for (const claim of docs) {
      const id = objectId(claim);
      const old = values.old ? liveClaim(live, claim) : undefined;
      if (values.old && !old) io.stderr(`note: --old ${inputLabel(values.old)} holds no live ${id}: checked as a new claim\n`);
      let api;
      try {
        api = findApi(claim, { root: io.root ?? projectRoot, xrd: values.xrd, composition: values.composition, resolve, io });
      } catch (err) {
        if (err instanceof UnservedGroupError) {
          failed++;
          results.push({ file: inputLabel(file), claim: id, valid: false, error: err.message });
        } else setupError(errorMessage(err));
        continue;
      }
      try {
        const report = validateClaim({ claim, old, xrd: api.xrd, composition: api.composition, extraChecks: claimChecksFor(api.xrd), catalog: pinnedCrds() });
        const valid = isValid(report);
        if (!valid) failed++;
        const objectKind = api.xrd?.spec?.claimNames?.kind === claim.kind ? 'claim' : 'XR';
        results.push({ file: inputLabel(file), claim: id, objectKind, valid, report });
      } catch (err) {
        failed++;
        results.push({ file: inputLabel(file), claim: id, valid: false, error: errorMessage(err) });
      }
    }
  }
  if (values.format === 'json') {
    io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    for (const r of results) io.stdout(formatResult(r));
    const summary = `${results.length - failed} valid, ${failed} invalid${unreadable ? `; ${unreadable} input${unreadable === 1 ? '' : 's'} could not be checked` : ''}`;
    io.stdout(`${results.length ? '\n' : ''}${summary}\n`);
  }
  return unreadable > 0 ? 2 : failed > 0 ? 1 : 0;
}

/** The live version of a claim: the object of the same kind, namespace and name (apiVersion may change). */
function liveClaim(live: KubeObject[], claim: KubeObject): KubeObject | undefined {
  const key = (o: KubeObject) => `${o.kind}\0${o.metadata?.namespace ?? ''}\0${o.metadata?.name ?? ''}`;
  return live.find((o) => key(o) === key(claim));
}

function formatResult(r: ValidatedClaim): string {
  const head = `${r.valid ? 'VALID  ' : 'INVALID'} ${r.file}${r.claim ? ` (${shortenForHeader(r.claim)})` : ''}`;
  if (r.error) return `${head}\n    ${r.error}\n`;
  const rep = r.report!;
  const subject = r.objectKind ?? 'claim';
  if (r.valid) return `${head}: ${subject} and ${rep.checked} composed resources\n`;
  const lines = [
    ...rep.claim.map((i) => `    ${subject}: ${formatClaimIssue(i)}`),
    ...(rep.render ? [`    render failed: ${rep.render}`] : []),
    ...rep.resources.flatMap((x) => x.issues.map((i) => `    ${x.kind} ${x.resource}: ${i.kind === 'aws' ? formatClaimIssue(i) : formatIssue(i)}`)),
  ];
  return `${head}\n${lines.join('\n')}\n`;
}

if (require.main === module) {
  process.exitCode = runValidateCli(process.argv.slice(2), processIo);
}
