/**
 * Compiles CEL rules once (cached by text) and checks them the way the API server does when a CRD is created:
 * an expression that does not parse, calls a function the Kubernetes library lacks, or names a variable other
 * than `self`/`oldSelf` is an error that quotes the rule — never a rule that silently passes.
 *
 * @bufbuild/cel only reports unknown functions when evaluation reaches them, so the check walks the parsed
 * expression. It does not type-check field names against the schema (the API server does); a misspelt field
 * shows up as a "no such key" evaluation error instead.
 */
import { type CelResult, celEnv, plan } from '@bufbuild/cel';
import { parseCel } from '../cache/cel-ast';
import { FUNCTION_SINCE, kubernetesCelFunctions } from './cel-library';

const env = celEnv({ funcs: kubernetesCelFunctions });

/** Calls the planner handles itself rather than through the function registry. */
const SPECIAL_FORMS = new Set(['_&&_', '_||_', '_?_:_', '_[_]', '@not_strictly_false', 'not_strictly_false', '@in']);
/** Type names a rule may mention, as in `type(self) == string`. */
const TYPE_NAMES = new Set(['int', 'uint', 'double', 'bool', 'string', 'bytes', 'list', 'map', 'null_type', 'type', 'dyn']);
const VARIABLES = new Set(['self', 'oldSelf']);

export interface CompiledExpression {
  readonly text: string;
  /** A transition rule: it compares with the previous value, so it runs only on updates. */
  readonly usesOldSelf: boolean;
  /** The Kubernetes minor release (1.x) from which a CRD may use every function the expression calls. */
  readonly sinceMinor: number;
  /** The functions that need the newest release, for the message when the target is older. */
  readonly newestFunctions: string[];
  evaluate(bindings: Record<string, unknown>): CelResult;
}

export class CelCompileError extends Error {
  constructor(
    readonly rule: string,
    readonly reason: string,
  ) {
    super(`CEL rule does not compile: ${reason}: ${rule}`);
  }
}

const cache = new Map<string, CompiledExpression>();

export function compileExpression(text: string): CompiledExpression {
  let compiled = cache.get(text);
  if (!compiled) {
    let parsed: ReturnType<typeof parseCel>;
    try {
      parsed = parseCel(text);
    } catch (e) {
      throw new CelCompileError(text, (e as Error).message);
    }
    const scan: Scan = { usesOldSelf: false, functions: new Set() };
    checkExpression(parsed.expr, new Set(VARIABLES), scan, text);
    const program = plan(env, parsed);
    const since = [...scan.functions].map((name) => FUNCTION_SINCE[name] ?? 0);
    const sinceMinor = Math.max(0, ...since);
    const newestFunctions = [...scan.functions].filter((name) => sinceMinor > 0 && FUNCTION_SINCE[name] === sinceMinor);
    compiled = { text, usesOldSelf: scan.usesOldSelf, sinceMinor, newestFunctions, evaluate: (bindings) => program(bindings as any) };
    cache.set(text, compiled);
  }
  return compiled;
}

interface Scan {
  usesOldSelf: boolean;
  /** Every function called, by its registry name (`isIP`, `ip.isCanonical`, `format`). */
  functions: Set<string>;
}

/**
 * Whether a CRD on Kubernetes `1.<targetMinor>` may use the expression; otherwise the reason, as the API server
 * would refuse the CRD (the function is undeclared in the environment it compiles new rules against).
 */
export function unavailableOn(compiled: CompiledExpression, targetMinor: number): string | undefined {
  if (compiled.sinceMinor <= targetMinor) return undefined;
  const names = compiled.newestFunctions.map((n) => `"${n}"`).join(', ');
  return `CEL rule does not compile on Kubernetes 1.${targetMinor}: ${names} needs Kubernetes 1.${compiled.sinceMinor} or later: ${compiled.text}`;
}

function checkExpression(expr: any, bound: Set<string>, scan: Scan, text: string): void {
  const kind = expr?.exprKind;
  if (!kind) return;
  const v = kind.value;
  switch (kind.case) {
    case 'identExpr':
      if (v.name === 'oldSelf') scan.usesOldSelf = true;
      if (!bound.has(v.name) && !TYPE_NAMES.has(v.name)) throw new CelCompileError(text, `undeclared reference to "${v.name}"`);
      return;
    case 'callExpr': {
      const namespaced = v.target?.exprKind?.case === 'identExpr' ? `${v.target.exprKind.value.name}.${v.function}` : undefined;
      if (namespaced && !bound.has(v.target.exprKind.value.name) && env.funcs.find(namespaced)) {
        scan.functions.add(namespaced);
        for (const arg of v.args) checkExpression(arg, bound, scan, text);
        return;
      }
      if (!SPECIAL_FORMS.has(v.function) && !env.funcs.find(v.function)) {
        throw new CelCompileError(text, `undeclared function "${v.function}"`);
      }
      if (!SPECIAL_FORMS.has(v.function)) scan.functions.add(v.function);
      if (v.target) checkExpression(v.target, bound, scan, text);
      for (const arg of v.args) checkExpression(arg, bound, scan, text);
      return;
    }
    case 'selectExpr':
      return checkExpression(v.operand, bound, scan, text);
    case 'listExpr':
      for (const e of v.elements) checkExpression(e, bound, scan, text);
      return;
    case 'structExpr':
      for (const entry of v.entries) {
        if (entry.keyKind?.case === 'mapKey') checkExpression(entry.keyKind.value, bound, scan, text);
        checkExpression(entry.value, bound, scan, text);
      }
      return;
    case 'comprehensionExpr': {
      checkExpression(v.iterRange, bound, scan, text);
      checkExpression(v.accuInit, bound, scan, text);
      const inner = new Set([...bound, v.iterVar, v.iterVar2, v.accuVar].filter(Boolean));
      for (const part of [v.loopCondition, v.loopStep, v.result]) checkExpression(part, inner, scan, text);
      return;
    }
    default:
      return;
  }
}
