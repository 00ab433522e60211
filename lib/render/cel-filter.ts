/**
 * function-cel-filter, run in process: one pipeline step with a `cel.fn.crossplane.io/v1beta1` Filters input.
 *
 * Each filter's `name` is a regular expression anchored as `^name$` and matched against desired composed
 * resource names; a matched resource is kept only if the filter's CEL expression is true. Resources no filter
 * matches are kept. Every expression is evaluated once per step against the request (not per resource), and
 * any failure — a bad regexp, a parse or evaluation error, a non-boolean expression — is fatal.
 *
 * Variables have the shape of the fn proto `State` messages upstream binds: `observed.composite.resource`,
 * `observed.resources['name'].resource`, `.connection_details` (bytes), `.ready` (enum as int: 0 unspecified,
 * 1 true, 2 false), and `context` (a Struct). Struct numbers are doubles, as in protobuf. Upstream type-checks
 * with cel-go and requires a bool result type; a field of the resource is `dyn` there, so a bare
 * `observed.composite.resource.spec.enabled` is rejected and must be written `… == true`. This evaluator
 * mirrors that with a static check on the expression's top-level form. Upstream: fn.go.
 */
import { type CelResult, celEnv, CelScalar, isCelError, mapType, plan } from '@bufbuild/cel';
import { parseCel } from '../cache/cel-ast';
import { compileGoRegExp } from '../schema/go-regexp';
import { filtersInputDecodeError } from './input-decoding';
import type { FunctionRequest, FunctionResponse, ResourceState, State } from './function-io';

const env = celEnv({
  variables: {
    observed: mapType(CelScalar.STRING, CelScalar.DYN),
    desired: mapType(CelScalar.STRING, CelScalar.DYN),
    context: mapType(CelScalar.STRING, CelScalar.DYN),
  },
});

export interface Filter {
  name: string;
  expression: string;
}

/**
 * A filter name that is only literal names (`bastion`, `^(nat-a|eip-nat-a)$`: letters, digits, `-` and `_`, in an
 * optional anchored group of alternatives) matches exactly those names, as the anchored RE2 would: a set lookup
 * answers it without compiling a regular expression (a few milliseconds each, at every start of a tool).
 */
function literalNames(name: string): { test(name: string): boolean } | undefined {
  // Alternatives only inside the group: `^a|b$` means (^a)|(b$) and matches far more than a and b.
  const m = /^\^?(?:\(([A-Za-z0-9_|-]+)\)|([A-Za-z0-9_-]+))\$?$/.exec(name);
  const body = m?.[1] ?? m?.[2];
  if (body === undefined || body.split('|').some((alt) => alt === '')) return undefined;
  const names = new Set(body.split('|'));
  return { test: (n) => names.has(n) };
}

export function runCelFilter(req: FunctionRequest): FunctionResponse {
  const fatal = (message: string): FunctionResponse => ({ desired: req.desired, context: req.context, results: [{ severity: 'Fatal', message }] });
  // Upstream decodes the input strictly (./input-decoding) but does not validate it: no `filters` means no filters.
  const undecodable = filtersInputDecodeError(req.input ?? {});
  if (undecodable) return fatal(undecodable);
  const filters: Filter[] = Array.isArray(req.input?.filters) ? req.input.filters : [];

  const bindings = { observed: celState(req.observed), desired: celState(req.desired), context: req.context };
  const compiled: { re: { test(name: string): boolean }; keep: boolean }[] = [];
  for (let i = 0; i < filters.length; i++) {
    const anchored = `^${filters[i].name}$`;
    let re: { test(name: string): boolean };
    try {
      re = literalNames(filters[i].name) ?? compileGoRegExp(anchored);
    } catch (err) {
      return fatal(`cannot compile regular expression ${JSON.stringify(anchored)} for filter ${i}: ${(err as Error).message}`);
    }
    try {
      compiled.push({ re, keep: evaluate(filters[i].expression, bindings) });
    } catch (err) {
      return fatal(`cannot evaluate CEL expression ${JSON.stringify(filters[i].expression)} for filter ${i}: ${(err as Error).message}`);
    }
  }

  const resources = new Map(req.desired.resources);
  for (const name of req.desired.resources.keys()) {
    if (compiled.some((f) => f.re.test(name) && !f.keep)) resources.delete(name);
  }
  return { desired: { composite: req.desired.composite, resources }, context: req.context, results: [] };
}

type Program = (bindings: Record<string, unknown>) => CelResult;

/**
 * Each expression's program, or why it has none, by its text: a converged render runs the pipeline up to eight
 * times with the same filters, and parsing was most of the filter step's cost. The outcome depends on the text
 * alone (the environment is fixed), so it is kept for the process.
 */
const programs = new Map<string, Program | Error>();

function program(expression: string): Program {
  let p = programs.get(expression);
  if (p === undefined) {
    p = planned(expression);
    programs.set(expression, p);
  }
  if (p instanceof Error) throw p;
  return p;
}

function planned(expression: string): Program | Error {
  let parsed;
  try {
    parsed = parseCel(expression);
  } catch (err) {
    return new Error(`cannot parse expression: ${(err as Error).message}`);
  }
  const type = staticType(parsed.expr);
  if (type !== 'bool') return new Error(`expression ${JSON.stringify(expression)} must return a boolean, but will return ${type} instead`);
  const run = plan(env, parsed);
  return (bindings) => run(bindings as any);
}

function evaluate(expression: string, bindings: Record<string, unknown>): boolean {
  const result = program(expression)(bindings);
  if (isCelError(result)) throw new Error(`cannot evaluate CEL program: ${result.message}`);
  if (typeof result !== 'boolean') throw new Error('expression did not return a bool');
  return result;
}

const boolCalls = new Set([
  '_==_',
  '_!=_',
  '_<_',
  '_<=_',
  '_>_',
  '_>=_',
  '_&&_',
  '_||_',
  '!_',
  '@in',
  'startsWith',
  'endsWith',
  'contains',
  'matches',
  '@not_strictly_false',
]);

/** The result type cel-go's checker would give the expression, as far as it matters: bool or something else. */
function staticType(expr: any): string {
  const kind = expr?.exprKind;
  switch (kind?.case) {
    case 'constExpr':
      return (
        {
          boolValue: 'bool',
          int64Value: 'int',
          uint64Value: 'uint',
          doubleValue: 'double',
          stringValue: 'string',
          bytesValue: 'bytes',
          nullValue: 'null_type',
        }[kind.value.constantKind.case as string] ?? 'dyn'
      );
    case 'callExpr': {
      const fn = kind.value.function;
      if (boolCalls.has(fn)) return 'bool';
      if (fn === '_?_:_') {
        const [, a, b] = kind.value.args;
        const ta = staticType(a);
        return ta === staticType(b) ? ta : 'dyn';
      }
      return fn === 'size' || fn === 'int' ? 'int' : fn === 'string' ? 'string' : 'dyn';
    }
    case 'selectExpr':
      return kind.value.testOnly ? 'bool' : 'dyn';
    case 'comprehensionExpr': {
      const c = kind.value;
      const accu = staticType(c.accuInit);
      return c.result?.exprKind?.case === 'identExpr' && c.result.exprKind.value.name === c.accuVar
        ? accu === 'bool'
          ? 'bool'
          : 'list(dyn)'
        : staticType(c.result);
    }
    case 'listExpr':
      return 'list(dyn)';
    case 'structExpr':
      return 'map(dyn, dyn)';
    default:
      return 'dyn';
  }
}

/** A State as the fn proto message reads in CEL (snake_case fields, bytes for connection details). */
function celState(s: State): Record<string, unknown> {
  const resources: Record<string, unknown> = {};
  for (const [name, r] of s.resources) resources[name] = celResource(r);
  return { composite: celResource(s.composite), resources };
}

const readyEnum = { READY_UNSPECIFIED: 0n, READY_TRUE: 1n, READY_FALSE: 2n };

function celResource(r: ResourceState): Record<string, unknown> {
  const details: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(r.connectionDetails ?? {})) details[k] = new Uint8Array(Buffer.from(v, 'utf8'));
  return { resource: r.resource ?? {}, connection_details: details, ready: readyEnum[r.ready ?? 'READY_UNSPECIFIED'] };
}
