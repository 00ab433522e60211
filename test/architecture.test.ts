/**
 * The layout the README promises, checked: lib/ is an engine that knows nothing of the product (it imports only
 * itself, the generated imports/ and packages) and its folders import each other without cycles.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const LIB = path.join(ROOT, 'lib');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

/** Relative imports of one file, resolved to absolute paths (static imports, re-exports and require). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom|\brequire\(|\bimport\(|^import)\s*'(\.[^']+)'/gm)].map((m) => path.resolve(path.dirname(file), m[1]));
}

/** The lib/ folder a path belongs to ('' for a module directly under lib/). */
const libFolder = (p: string) => {
  const rel = path.relative(LIB, p).split(path.sep);
  return rel.length > 1 || fs.existsSync(p) ? rel[0] : '';
};

test('lib/ imports nothing but lib/, the generated imports/ and packages', () => {
  const outside = sources(LIB).flatMap((f) =>
    importsOf(f)
      .filter((t) => path.relative(LIB, t).startsWith('..') && path.relative(path.join(ROOT, 'imports'), t).startsWith('..'))
      .map((t) => `${path.relative(ROOT, f)} imports ${path.relative(ROOT, t)}`),
  );
  expect(outside).toEqual([]);
});

test("lib/'s folders import each other without cycles", () => {
  const edges = new Map<string, Set<string>>();
  for (const f of sources(LIB)) {
    for (const t of importsOf(f)) {
      if (path.relative(LIB, t).startsWith('..')) continue;
      const [from, to] = [libFolder(f), libFolder(t)];
      if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  const cycles: string[] = [];
  const done = new Set<string>();
  const visit = (node: string, stack: string[]) => {
    if (stack.includes(node)) return void cycles.push([...stack.slice(stack.indexOf(node)), node].join(' -> '));
    if (done.has(node)) return;
    for (const next of edges.get(node) ?? []) visit(next, [...stack, node]);
    done.add(node);
  };
  for (const node of edges.keys()) visit(node, []);
  expect(cycles).toEqual([]);
});

test('every generated module in imports/ is used by the project (no dead generated code)', () => {
  const imported = new Set(
    ['lib', 'compositions', 'gitops', 'cli', 'scripts']
      .flatMap((d) => sources(path.join(ROOT, d)))
      .concat([path.join(ROOT, 'app.ts'), path.join(ROOT, 'main.ts')])
      .flatMap(importsOf)
      .map((t) => path.relative(ROOT, t)),
  );
  const generated = [...new Set(fs.readdirSync(path.join(ROOT, 'imports')).map((f) => `imports/${f.replace(/\.(d\.ts|js)$/, '')}`))];
  expect(generated.length).toBeGreaterThan(5);
  expect(generated.filter((g) => !imported.has(g))).toEqual([]);
});

test('imports/ holds each generated module compiled, as JavaScript with its declarations, and no TypeScript source', () => {
  // scripts/import.sh compiles what cdk8s import writes once, so tsc --noEmit and the test runner do not compile
  // about 110,000 generated lines on every run.
  const files = fs.readdirSync(path.join(ROOT, 'imports'));
  const modules = files.filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3));
  expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  expect(files.filter((f) => f.endsWith('.d.ts')).map((f) => f.slice(0, -5))).toEqual(modules);
  expect(files.length).toBe(2 * modules.length);
});

test('no production module imports test/: test-only helpers (and their devDependencies) stay out of the product and the tools', () => {
  const TEST = path.join(ROOT, 'test');
  const production = ['lib', 'compositions', 'gitops', 'cli']
    .flatMap((d) => sources(path.join(ROOT, d)))
    .concat([path.join(ROOT, 'app.ts'), path.join(ROOT, 'main.ts')]);
  const offending = production.flatMap((f) =>
    importsOf(f)
      .filter((t) => !path.relative(TEST, t).startsWith('..'))
      .map((t) => `${path.relative(ROOT, f)} imports ${path.relative(ROOT, t)}`),
  );
  expect(offending).toEqual([]);
});

test('no production module imports a devDependency', () => {
  const dev = Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).devDependencies);
  const production = ['lib', 'compositions', 'gitops', 'cli']
    .flatMap((d) => sources(path.join(ROOT, d)))
    .concat([path.join(ROOT, 'app.ts'), path.join(ROOT, 'main.ts')]);
  const offending = production.flatMap((f) =>
    [...fs.readFileSync(f, 'utf8').matchAll(/(?:\bfrom|\brequire\(|\bimport\(|^import)\s*'([^.'][^']*)'/gm)]
      .map((m) => m[1])
      .filter((spec) => dev.some((d) => spec === d || spec.startsWith(`${d}/`)))
      .map((spec) => `${path.relative(ROOT, f)} imports ${spec}`),
  );
  expect(offending).toEqual([]);
});
