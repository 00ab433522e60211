/**
 * `npm run render -- <claim-or-xr.yaml> [--composition FILE] [--xrd FILE] [--observed FILE] [--context FILE]
 * [--format yaml|json]`: prints the XR and every composed resource the Composition's pipeline desires.
 * Argument parsing and output only; the work is lib/render.
 */
import * as path from 'path';
import { parse } from 'yaml';
import { projectRoot } from '../lib/cache';
import { claimToComposite, pickComposition, type KubeObject, type Result } from '../lib/render';
import {
  CliIo,
  errorMessage,
  inputLabel,
  parseCli,
  parseKubeObjects,
  processIo,
  readInputText,
  readKubeObjects,
  reportError,
  SetupError,
  UsageError,
} from './common';
import { findApi, readCachedYaml, servedByDist, UnservedGroupError } from './dist';
import { manifestsToYaml } from './manifest-yaml';
import { EXTRAS_USAGE, isOutputFormat, renderForView, wantsDesignView } from './render-extras';

export const USAGE = `usage: npm run render -- <claim-or-xr.yaml> [options]

  <claim-or-xr.yaml>  one claim or XR; - reads standard input
  --composition FILE  Composition (may be a multi-document file)   default: beside the XRD
  --xrd FILE          CompositeResourceDefinition                   default: the dist/ flavour serving the
                      input's API group (dist/claim or dist/namespaced), if any. Optional, as for
                      crossplane render: without one an XR is rendered as given (no defaults, no claims)
  --observed FILE     observed composed resources (multi-document), matched by their
                      crossplane.io/composition-resource-name annotation; an optional
                      connectionDetails string map on a document stands for its connection secret
  --context FILE      pipeline context: a map of context keys to values, e.g.
                      apiextensions.crossplane.io/environment: {...}
  --format yaml|json  output format (default yaml); json is one array: the XR, then each composed resource
${EXTRAS_USAGE}
  -h, --help          this text

Exit code: 0 rendered, 1 the render failed (or, for --cost and the diagrams, the claim is invalid or the estimate
incomplete), 2 bad usage or an input that could not be read.`;

interface RenderFlags {
  composition?: string;
  xrd?: string;
  observed?: string;
  context?: string;
  format: string;
  cost?: boolean;
  simulate?: boolean;
}

/** Runs the CLI with the given arguments; returns the exit code (0 ok, 1 render failed, 2 bad usage or input). */
export function runRenderCli(argv: string[], io: CliIo): number {
  const parsed = parseCli<RenderFlags>(
    argv,
    {
      composition: { type: 'string' },
      xrd: { type: 'string' },
      observed: { type: 'string' },
      context: { type: 'string' },
      format: { type: 'string', default: 'yaml' },
      cost: { type: 'boolean' },
      simulate: { type: 'boolean' },
    },
    USAGE,
    io,
  );
  if ('exit' in parsed) return parsed.exit;
  const { values, positionals } = parsed;
  try {
    if (positionals.length !== 1)
      throw new UsageError(positionals.length === 0 ? 'missing the claim or XR file' : `expected one input file, got ${positionals.length}`);
    if (!isOutputFormat(values.format)) throw new UsageError(`--format must be yaml, json, mermaid or dot, not ${values.format}`);
    if (values.cost && values.format !== 'yaml' && values.format !== 'json')
      throw new UsageError(`--cost prints a table (default) or --format json, not ${values.format}`);
    if ([positionals[0], values.observed, values.context, values.xrd, values.composition].filter((f) => f === '-').length > 1)
      throw new UsageError('standard input (-) can be read only once');
    const cwd = io.cwd ?? process.cwd();
    const root = io.root ?? projectRoot;
    const resolve = (f: string) => path.resolve(cwd, f);
    const inputs = readKubeObjects(positionals[0], io, resolve);
    if (inputs.length !== 1) throw new SetupError(`${inputLabel(positionals[0])} must hold exactly one claim or XR, found ${inputs.length} objects`);
    const input = inputs[0];
    const { xr, xrd, composition } = compositeAndComposition(input, values, { root, resolve, io });
    const observed = values.observed ? readKubeObjects(values.observed, io, resolve, '--observed') : [];
    const context = values.context ? readContext(values.context, io, resolve) : {};

    if (wantsDesignView(values)) {
      // Loaded on demand: the views check the claim with the validator, which plain rendering does not need.
      const { designView } = require('./design-view') as typeof import('./design-view');
      const view = designView({ claim: input, xrd, composite: xr, composition, observed, context }, values);
      for (const r of view.results) if (r.severity !== 'Fatal') io.stderr(`${r.severity.toLowerCase()}: step ${r.step}: ${r.message}\n`);
      if (view.error) {
        io.stderr(`error: ${view.error}\n`);
        return 1;
      }
      io.stdout(view.text!);
      return view.complete ? 0 : 1;
    }

    const out = renderForView({ composite: xr, composition, observed, context }, values);
    const firstPass = !values.simulate && observed.length === 0;
    const waiting = firstPass ? out.results.filter(waitsForObservedStatus) : [];
    for (const r of out.results) {
      if (r.severity !== 'Fatal' && !waiting.includes(r)) io.stderr(`${r.severity.toLowerCase()}: step ${r.step}: ${r.message}\n`);
    }
    if (waiting.length > 0)
      io.stderr(
        `note: this is the first render, before any composed resource exists: ${waiting.length} resource${waiting.length === 1 ? '' : 's'} ` +
          `(${waiting.map(waitingResource).join(', ')}) wait for status the others report, as on Crossplane's first reconcile; ` +
          '--simulate shows the converged result\n',
      );
    if (out.fatal) {
      io.stderr(`error: ${out.fatal.message}\n`);
      return 1;
    }
    io.stdout(formatStream([out.composite, ...out.resources], values.format));
    return 0;
  } catch (err) {
    if (err instanceof UnservedGroupError) {
      io.stderr(`error: ${err.message}\n`);
      return 1;
    }
    return reportError(io, err, USAGE);
  }
}

/**
 * The XR to render, its Composition and the XRD, if any. An XRD (given, or the dist/ flavour serving the input's
 * API group) adds what it alone can: schema defaults and the claim → XR step. Without one the input is an XR taken
 * as given, as `crossplane render` takes it (crossplane cmd/crank/render/cmd.go `Cmd.Run`: `--xrd` is optional and
 * only feeds `DefaultValues`); whether it is a v1 or v2 XR is then told by `spec.crossplane`, as
 * function-patch-and-transform does (connection.go `supportsConnectionDetails`).
 */
function compositeAndComposition(
  input: KubeObject,
  values: RenderFlags,
  opts: { root: string; resolve: (f: string) => string; io: CliIo },
): { xr: KubeObject; xrd?: KubeObject; composition: KubeObject } {
  if (!values.xrd && values.composition && !servedByDist(input, opts.root)) {
    const label = `--composition ${values.composition}`;
    const docs = values.composition === '-' ? parseKubeObjects(readInputText('-', opts.io), label) : readCachedYaml(opts.resolve(values.composition), label);
    try {
      return { xr: input, composition: pickComposition(docs, input, label) };
    } catch (err) {
      throw new SetupError(errorMessage(err));
    }
  }
  try {
    const api = findApi(input, { root: opts.root, xrd: values.xrd, composition: values.composition, resolve: opts.resolve, io: opts.io });
    return { xr: claimToComposite(input, api.xrd), xrd: api.xrd, composition: api.composition };
  } catch (err) {
    if (err instanceof UnservedGroupError && !values.composition)
      throw new UnservedGroupError(`${err.message}; or pass --composition FILE (an XR renders without an XRD; --xrd FILE adds defaults and claims)`);
    throw err;
  }
}

/** A resource held back by a Required patch from the XR's status: normal before the resources exist. */
function waitsForObservedStatus(r: Result): boolean {
  return r.severity === 'Warning' && /^not adding new composed resource ".*" .*'policy\.fromFieldPath: Required': status[.:[]/.test(r.message);
}

function waitingResource(r: Result): string {
  return /^not adding new composed resource "([^"]*)"/.exec(r.message)?.[1] ?? '?';
}

function readContext(file: string, io: CliIo, resolve: (f: string) => string): Record<string, unknown> {
  const text = readInputText(file, io, resolve, '--context');
  let ctx: unknown;
  try {
    ctx = parse(text);
  } catch (err) {
    throw new SetupError(`--context ${inputLabel(file)}: ${errorMessage(err).split('\n')[0]}`);
  }
  if (!ctx || typeof ctx !== 'object' || Array.isArray(ctx)) throw new SetupError(`--context ${inputLabel(file)} must hold one map of context keys to values`);
  return ctx as Record<string, unknown>;
}

function formatStream(docs: KubeObject[], format: string): string {
  if (format === 'json') return `${JSON.stringify(docs, null, 2)}\n`;
  return manifestsToYaml(docs);
}

if (require.main === module) {
  process.exitCode = runRenderCli(process.argv.slice(2), processIo);
}
