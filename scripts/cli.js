#!/usr/bin/env node
/**
 * Runs one of the project's command-line tools (render, validate, audit) from a precompiled bundle, the way
 * `npm run render` and friends start: `node scripts/cli.js <tool> [args...]`.
 *
 * Why: transpiling the TypeScript on every start (tsx) cost more than the tools' own work. esbuild bundles each
 * tool into build/cli/<tool>.js once (`npm ci` runs it as the `prepare` script); before each run the bundle's
 * inputs are compared with it (a stat per project source file, about a millisecond), and a stale or missing bundle
 * is rebuilt first, so an edited source is never run from an old bundle. `node scripts/cli.js --build` rebuilds.
 *
 * Plain JavaScript on purpose: it must run before anything is compiled.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'build', 'cli');
const META = path.join(OUT, 'inputs.json');
/** Each tool's entry point and the function it exports: (argv, io) => exit code. */
const TOOLS = { render: 'runRenderCli', validate: 'runValidateCli', audit: 'runAuditCli' };

function build() {
  // esbuild comes with tsx (a devDependency), and is a devDependency of its own.
  const esbuild = require('esbuild');
  // Built beside, then renamed into place file by file: a tool starting meanwhile never reads half a bundle.
  const staging = `${OUT}.${process.pid}.tmp`;
  const result = esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: Object.keys(TOOLS).map((t) => `cli/${t}.ts`),
    outdir: staging,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    metafile: true,
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: false,
    logLevel: 'warning',
  });
  // Project sources only: dependencies change through package-lock.json, which is an input of its own.
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
  inputs.push('package-lock.json', 'scripts/cli.js');
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of fs.readdirSync(staging)) fs.renameSync(path.join(staging, f), path.join(OUT, f));
  fs.rmSync(staging, { recursive: true, force: true });
  // Each bundle's content hash, its identity for the caches of what the code computes (see codeIdentity).
  const bundles = {};
  for (const t of Object.keys(TOOLS)) bundles[t] = { ...fileStamp(path.join(OUT, `${t}.js`)), sha256: sha256(fs.readFileSync(path.join(OUT, `${t}.js`))) };
  fs.writeFileSync(`${META}.${process.pid}.tmp`, `${JSON.stringify({ inputs, bundles }, null, 1)}\n`);
  fs.renameSync(`${META}.${process.pid}.tmp`, META);
}

function sha256(data) {
  return require('crypto').createHash('sha256').update(data).digest('hex');
}

function fileStamp(file) {
  const { size, mtimeMs } = fs.statSync(file);
  return { size, mtimeMs };
}

/**
 * The running bundle's identity, published for the caches of what the code computes (lib/cache codeVersion): its
 * content hash, as recorded when it was built while its size and modification time are still those recorded
 * then, else computed from the source about to run.
 */
function codeIdentity(tool, source, meta) {
  const recorded = meta?.bundles?.[tool];
  try {
    const now = fileStamp(path.join(OUT, `${tool}.js`));
    if (recorded && recorded.size === now.size && recorded.mtimeMs === now.mtimeMs && typeof recorded.sha256 === 'string') return recorded.sha256;
  } catch {
    // fall through to the source itself
  }
  return sha256(source);
}

/** The build's record (inputs.json), or undefined when any input is newer than the bundles or they are missing. */
function current() {
  let built;
  try {
    built = fs.statSync(META).mtimeMs;
    for (const t of Object.keys(TOOLS)) if (!fs.existsSync(path.join(OUT, `${t}.js`))) return undefined;
  } catch {
    return undefined;
  }
  const meta = JSON.parse(fs.readFileSync(META, 'utf8'));
  const stale = meta.inputs.some((f) => {
    try {
      return fs.statSync(path.join(ROOT, f)).mtimeMs > built;
    } catch {
      return true; // a source was removed or renamed
    }
  });
  return stale ? undefined : meta;
}

/**
 * Loads a bundle as require() would, with V8's code cache: compiling a megabyte of JavaScript is a good part of a
 * start-up, and V8 can keep the result (as Node 22's module.enableCompileCache does; Node 20 has only the vm API).
 * The cache sits beside the bundle and is keyed by it (a rebuilt bundle rejects an old cache, which is replaced).
 */
function loadWithCodeCache(file, identity) {
  const vm = require('vm');
  const Module = require('module');
  const source = fs.readFileSync(file, 'utf8');
  const cacheFile = `${file}.v8cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // first run after a build
  }
  globalThis[Symbol.for('production-network.code-version')] = identity(source);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  const compiled = script.runInThisContext();
  compiled.call(mod.exports, mod.exports, (id) => mod.require(id), mod, file, path.dirname(file));
  // Saved after the tool has run, so the functions it compiled lazily are in the cache too.
  const save = () => {
    if (cachedData !== undefined && !script.cachedDataRejected) return;
    try {
      fs.writeFileSync(cacheFile, script.createCachedData());
    } catch {
      // read-only: start without it
    }
  };
  return { exports: mod.exports, save };
}

function main() {
  const [tool, ...argv] = process.argv.slice(2);
  if (tool === '--build') {
    build();
    return 0;
  }
  if (!(tool in TOOLS)) {
    process.stderr.write(`usage: node scripts/cli.js <${Object.keys(TOOLS).join('|')}> [args...] | --build\n`);
    return 2;
  }
  let meta = current();
  if (!meta) {
    build();
    meta = current();
  }
  const bundle = loadWithCodeCache(path.join(OUT, `${tool}.js`), (source) => codeIdentity(tool, source, meta));
  const io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
  const code = bundle.exports[TOOLS[tool]](argv, io);
  bundle.save();
  return code;
}

const code = main();
// Exit as soon as what the tool printed has been handed to the OS, rather than when the event loop empties: by
// then V8 has often begun an incremental garbage collection during the run, and the loop waits for a task to
// finish it (`node --trace-gc`: "finalize incremental marking via task"), about 20 ms of a 200 ms validate, for
// memory the exiting process never needs. The tools do all their work synchronously (their caches are written with
// writeFileSync), so nothing else is pending; the write callbacks keep output to a pipe whole where writes are
// asynchronous (macOS).
// A write that failed (a full disk: ENOSPC) must not exit 0: the error reaches these callbacks, and the exit comes
// before the stream's 'error' event would have crashed the process as it did before. A reader that went away
// (EPIPE: `| head`) is not a failure of the tool: its own exit code stands.
const failed = (err) => !!err && err.code !== 'EPIPE';
process.stdout.write('', (out) =>
  process.stderr.write('', (err) => {
    if (failed(out)) {
      try {
        require('fs').writeSync(2, `error: writing the output failed: ${out.message}\n`);
      } catch {
        // stderr is gone too
      }
    }
    process.exit(failed(out) || failed(err) ? code || 1 : code);
  }),
);
