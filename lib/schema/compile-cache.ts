/**
 * Compiled schema validators kept across processes. ajv compiles a provider CRD's schema into a JavaScript function
 * in tens of milliseconds, and a claim's validation needs some thirty of them: most of a `npm run validate` was spent
 * compiling the same schemas again. The generated code is kept on disk (as ajv's own standalone mode does), keyed
 * by a hash of the JSON schema and of everything in the ajv instance that shapes the code, so a changed CRD, XRD or
 * option is never served a stale validator. Anything the code cannot be rebuilt from (an unknown runtime value) is
 * simply not cached: compiling is always the fallback.
 */
import { _ } from 'ajv';
import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import * as vm from 'vm';
import { cacheDir, digest, readCache, readCacheBuffer, writeCache } from '../cache';
// The runtime helpers ajv's generated code imports by module name (see ajv/dist/standalone).
import equal from 'ajv/dist/runtime/equal';
import ucs2length from 'ajv/dist/runtime/ucs2length';
import uri from 'ajv/dist/runtime/uri';
import ValidationError from 'ajv/dist/runtime/validation_error';
// The `pattern` engine's module: go-regexp.ts's engine names it in its `code`, so cached validators require it.
import * as re2js from 're2js';
import { compileGoRegExp } from './go-regexp';

/** Bump when the cached file's shape changes. */
const FORMAT = 1;

const RUNTIME: Record<string, unknown> = {
  'ajv/dist/runtime/equal': { default: equal },
  'ajv/dist/runtime/ucs2length': { default: ucs2length },
  'ajv/dist/runtime/uri': { default: uri },
  'ajv/dist/runtime/validation_error': { default: ValidationError },
  // Through go-regexp.ts's process-wide cache: the validators of a claim's resources share patterns (every object
  // name is a DNS subdomain), which re2js would otherwise compile once per validator.
  re2js: { ...re2js, RE2JS: { ...re2js.RE2JS, compile: (pattern: string) => compileGoRegExp(pattern) } },
};
function runtimeRequire(id: string): unknown {
  if (!(id in RUNTIME)) throw new Error(`no runtime module ${id}`);
  return RUNTIME[id];
}

/** Where compiled validators are kept (see lib/cache); undefined: compile every time. */
export type CacheDir = string | undefined;

/**
 * The values compiled code refers to that exist only at run time (custom keyword functions, format definitions),
 * named stably so a cached validator can be bound to this process's instances.
 */
function runtimeRefs(ajv: Ajv): { byName: Record<string, unknown>; byValue: Map<unknown, string> } {
  const byName: Record<string, unknown> = {};
  const formats = (ajv as any).formats as Record<string, unknown>;
  for (const [name, def] of Object.entries(formats ?? {})) byName[`format:${name}`] = def;
  for (const [keyword, rule] of Object.entries(((ajv as any).RULES?.all ?? {}) as Record<string, any>)) {
    const def = rule?.definition;
    if (typeof def?.validate === 'function') byName[`keyword:${keyword}:validate`] = def.validate;
    if (typeof def?.compile === 'function') byName[`keyword:${keyword}:compile`] = def.compile;
  }
  const regExp = (ajv as any).opts?.code?.regExp;
  if (regExp) byName['regExp'] = regExp;
  return { byName, byValue: new Map(Object.entries(byName).map(([k, v]) => [v, k])) };
}

/** What, besides the schema, decides the generated code. */
function instanceFingerprint(ajv: Ajv, refs: Record<string, unknown>): string {
  const { code, formats: _formats, ...opts } = (ajv as any).opts ?? {};
  const { regExp, process: _process, formats: _codeFormats, ...codeOpts } = code ?? {};
  let ajvVersion = '';
  try {
    ajvVersion = require('ajv/package.json').version;
  } catch {
    // bundled: the bundle's content is part of the key through the refs' source below
  }
  const text = (x: unknown): string => (typeof x === 'function' || x instanceof RegExp ? String(x) : typeof x === 'object' && x ? '' : String(x));
  // A runtime value's source (a format's checker, a keyword's function): changing one changes the key.
  const refSources = Object.entries(refs).map(([k, v]) =>
    typeof v === 'object' && v && !(v instanceof RegExp) ? `${k}={${Object.entries(v).map(([p, x]) => `${p}:${text(x)}`)}}` : `${k}=${text(v)}`,
  );
  // Options that are data (uriResolver, logger are objects that shape no code).
  const data = (o: Record<string, unknown>) => Object.entries(o).filter(([, v]) => v === null || typeof v !== 'object' || Array.isArray(v));
  return JSON.stringify({ FORMAT, ajvVersion, opts: data(opts), codeOpts: data(codeOpts), regExp: regExp ? String(regExp.code ?? regExp) : null, refSources });
}

const fingerprints = new WeakMap<object, { key: string; refs: ReturnType<typeof runtimeRefs> }>();

/**
 * `ajv.compile(schema)`, through the disk cache. The instance must have `code.source: true` for validators to be
 * stored; without it this is plain compile.
 */
export function compileCached(ajv: Ajv, schema: object, dir: CacheDir = cacheDir('ajv'), schemaJson = JSON.stringify(schema)): ValidateFunction {
  if (!dir || (ajv as any).opts?.code?.source !== true) return ajv.compile(schema);
  let instance = fingerprints.get(ajv);
  if (!instance) {
    const refs = runtimeRefs(ajv);
    instance = { key: instanceFingerprint(ajv, refs.byName), refs };
    fingerprints.set(ajv, instance);
  }
  const name = `${digest(instance.key, schemaJson)}.js`;
  const code = readCache(dir, name);
  if (code !== undefined) {
    try {
      const { factory, saveCodeCache } = load(dir, name, code);
      const loaded = factory(ajv, instance.refs.byName, runtimeRequire) as ValidateFunction;
      if (!saveCodeCache) return Object.assign(loaded, { schema });
      // V8 compiles the validator when it is first called: the code cache is written after that call, so the next
      // process finds the compiled validator and not only its factory.
      let first = true;
      const validate = function (this: unknown, ...args: unknown[]) {
        const valid = (loaded as any).apply(this, args);
        validate.errors = loaded.errors;
        if (first) ((first = false), saveCodeCache());
        return valid;
      } as unknown as ValidateFunction;
      return Object.assign(validate, { schema, errors: null });
    } catch {
      // unusable (written by another version): compile and replace it
    }
  }
  const validate = ajv.compile(schema);
  const text = serialize(ajv, validate, instance.refs.byValue);
  if (text !== undefined) writeCache(dir, name, text);
  return validate;
}

/**
 * A cached validator's factory, compiled with V8's code cache beside it: the code embeds its schema (ajv's verbose
 * errors point into it), and parsing those literals again was most of the cost of a cache hit.
 */
function load(dir: string, name: string, code: string): { factory: (...args: unknown[]) => unknown; saveCodeCache?: () => void } {
  const v8Name = `${name}.v8`;
  const cached = readCacheBuffer(dir, v8Name);
  const script = new vm.Script(`(function (self, refs, require) {${code}\n})`, { filename: name, cachedData: cached });
  const factory = script.runInThisContext();
  const stale = cached === undefined || script.cachedDataRejected;
  return { factory, ...(stale ? { saveCodeCache: () => writeCache(dir, v8Name, script.createCachedData()) } : {}) };
}

/** The validator's code with its scope values, as a function body returning it; undefined when it cannot be. */
function serialize(ajv: Ajv, validate: ValidateFunction, refNames: Map<unknown, string>): string | undefined {
  const source = (validate as any).source;
  if (!source) return undefined;
  try {
    const scopeCode = (ajv as any).scope.scopeCode(source.scopeValues, {}, (name: any) => {
      const ref = name.value?.ref;
      const refName = refNames.get(ref);
      // Another compiled function (a $ref) is not kept: the whole validator is then compiled each time.
      if (refName === undefined) return undefined;
      return _`const ${name} = refs[${refName}];`; // ajv's code template quotes the string
    });
    return `"use strict";\n${scopeCode}\n${source.validateCode}\nreturn ${source.validateName};\n`;
  } catch {
    return undefined; // a value without code and not a known runtime value
  }
}
