/**
 * `npm run render -- <claim-or-xr.yaml> [--composition FILE] [--xrd FILE] [--observed FILE] [--context FILE]
 * [--format yaml|json]`: prints the XR and every composed resource the Composition's pipeline desires.
 * Argument parsing and output only; the work is lib/render.
 */
import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { projectRoot } from '../lib/crds';
import { claimToComposite, pickComposition, readDocuments, type KubeObject } from '../lib/render';
import { CliIo, parseCli, processIo, UsageError } from './common';
import { findApi } from './dist';
import { EXTRAS_USAGE, formatDesignView, isOutputFormat, renderForView, wantsDesignView } from './render-extras';

export const USAGE = `usage: npm run render -- <claim-or-xr.yaml> [options]

  --composition FILE  Composition (may be a multi-document file)   default: beside the XRD
  --xrd FILE          CompositeResourceDefinition                   default: the dist/ flavour serving the
                      input's API group (dist/claim or dist/namespaced), if any. Optional, as for
                      crossplane render: without one an XR is rendered as given (no defaults, no claims)
  --observed FILE     observed composed resources (multi-document), matched by their
                      crossplane.io/composition-resource-name annotation; an optional
                      connectionDetails string map on a document stands for its connection secret
  --context FILE      pipeline context: a map of context keys to values, e.g.
                      apiextensions.crossplane.io/environment: {...}
  --format yaml|json  output format (default yaml)
${EXTRAS_USAGE}
  -h, --help          this text`;

interface RenderFlags {
  composition?: string;
  xrd?: string;
  observed?: string;
  context?: string;
  format: string;
  cost?: boolean;
  simulate?: boolean;
}

/** Runs the CLI with the given arguments; returns the exit code (0 ok, 1 render failed, 2 bad usage). */
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
    const cwd = io.cwd ?? process.cwd();
    const root = io.root ?? projectRoot;
    const resolve = (f: string) => path.resolve(cwd, f);
    const inputs = readDocuments(resolve(positionals[0]));
    if (inputs.length !== 1) throw new Error(`${positionals[0]} must hold exactly one claim or XR, found ${inputs.length} documents`);
    const input = inputs[0];
    const { xr, composition } = compositeAndComposition(input, {
      root,
      xrd: values.xrd && resolve(values.xrd),
      composition: values.composition && resolve(values.composition),
    });
    const observed = values.observed ? readDocuments(resolve(values.observed)) : [];
    const context = values.context ? readContext(resolve(values.context)) : {};

    const out = renderForView({ composite: xr, composition, observed, context }, values);
    for (const r of out.results) {
      if (r.severity !== 'Fatal') io.stderr(`${r.severity.toLowerCase()}: step ${r.step}: ${r.message}\n`);
    }
    if (out.fatal) {
      io.stderr(`error: ${out.fatal.message}\n`);
      return 1;
    }
    io.stdout(wantsDesignView(values) ? formatDesignView(out, values, xr) : formatStream([out.composite, ...out.resources], values.format));
    return 0;
  } catch (err) {
    const usage = err instanceof UsageError;
    io.stderr(`error: ${(err as Error).message}\n${usage ? `\n${USAGE}\n` : ''}`);
    return usage ? 2 : 1;
  }
}

/**
 * The XR to render and its Composition. An XRD (given, or the dist/ flavour serving the input's API group) adds
 * what it alone can: schema defaults and the claim → XR step. Without one the input is an XR taken as given,
 * as `crossplane render` takes it (crossplane cmd/crank/render/cmd.go `Cmd.Run`: `--xrd` is optional and only
 * feeds `DefaultValues`); whether it is a v1 or v2 XR is then told by `spec.crossplane`, as
 * function-patch-and-transform does (connection.go `supportsConnectionDetails`).
 */
function compositeAndComposition(input: KubeObject, opts: { root: string; xrd?: string; composition?: string }): { xr: KubeObject; composition: KubeObject } {
  if (!opts.xrd && opts.composition && !servedByDist(input, opts.root)) {
    if (typeof input?.apiVersion !== 'string' || typeof input.kind !== 'string') {
      throw new Error(`the input must be a composite resource (XR) with apiVersion and kind`);
    }
    return { xr: input, composition: pickComposition(readDocuments(opts.composition), input, opts.composition) };
  }
  if (!opts.xrd && !opts.composition && !servedByDist(input, opts.root) && fs.existsSync(path.join(opts.root, 'dist'))) {
    throw new Error(
      `no synthesized XRD serves ${input?.apiVersion}/${input?.kind}: pass --composition FILE (an XR renders without an XRD; --xrd FILE adds defaults and claims)`,
    );
  }
  const api = findApi(input, opts);
  return { xr: claimToComposite(input, api.xrd), composition: api.composition };
}

/** Whether a synthesized flavour in dist/ defines the input's API group (and so brings defaults and claims). */
function servedByDist(input: KubeObject, root: string): boolean {
  const dist = path.join(root, 'dist');
  if (!fs.existsSync(dist)) return false;
  const group = String(input?.apiVersion ?? '').split('/')[0];
  return fs
    .readdirSync(dist)
    .map((d) => path.join(dist, d, 'definition.yaml'))
    .some((f) => fs.existsSync(f) && readDocuments(f).some((d) => d?.spec?.group === group));
}

function readContext(file: string): Record<string, unknown> {
  const docs = readDocuments(file);
  const ctx = docs[0];
  if (docs.length !== 1 || typeof ctx !== 'object' || Array.isArray(ctx)) throw new Error(`${file} must hold one map of context keys to values`);
  return ctx;
}

function formatStream(docs: KubeObject[], format: string): string {
  if (format === 'json') return docs.map((d) => JSON.stringify(d, null, 2)).join('\n') + '\n';
  return docs.map((d) => `---\n${stringify(d, { lineWidth: 0 })}`).join('');
}

if (require.main === module) {
  process.exitCode = runRenderCli(process.argv.slice(2), processIo);
}
