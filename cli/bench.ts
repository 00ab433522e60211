/**
 * `npm run bench -- [--reps N] [--quick] [--no-baseline] [--claims N] [--out FILE]`: speed, scale and size of the project's
 * tooling, with PASS/MISS against its targets. Argument parsing and output only; the work is the product's bench (compositions/production-network/bench).
 */
import * as fs from 'fs';
import * as path from 'path';
import { claimChecks, formatBench, runBench, type BenchResults } from '../compositions/production-network/product';
import { projectRoot } from '../lib/cache';
import { CliIo, parseCli, processIo, usageError } from './common';

export const USAGE = `usage: npm run bench -- [options]

  --reps N      repetitions per timing, reported as medians (default 5)
  --quick       one repetition and no warm-up runs before the start-up timings (for CI: proves every
                measurement still runs; its start-up figures may include building caches)
  --no-baseline do not time the baseline, npx ts-node main.ts (it type-checks the project: about 10 s a run)
  --claims N    distinct claims in the scale measurement (default 100)
  --out FILE    where the results go as JSON (default .bench/results.json)
  -h, --help    this text`;

/** Runs the bench; returns the exit code (0 measured, 1 failed, 2 bad usage) and the results. */
export function runBenchCli(argv: string[], io: CliIo): { code: number; results?: BenchResults } {
  const parsed = parseCli<{ reps?: string; quick?: boolean; 'no-baseline'?: boolean; claims?: string; out?: string }>(
    argv,
    { reps: { type: 'string' }, quick: { type: 'boolean' }, 'no-baseline': { type: 'boolean' }, claims: { type: 'string' }, out: { type: 'string' } },
    USAGE,
    io,
  );
  if ('exit' in parsed) return { code: parsed.exit };
  if (parsed.positionals.length > 0) return { code: usageError(io, `unexpected argument ${parsed.positionals[0]}`, USAGE) };
  const { values } = parsed;
  const positive = (flag: string, v: string | undefined, dflt: number) => {
    if (v === undefined) return dflt;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${flag} must be a whole number of at least 1, not ${v}`);
    return n;
  };
  let reps: number;
  let claims: number;
  try {
    reps = values.quick ? 1 : positive('reps', values.reps, 5);
    claims = positive('claims', values.claims, 100);
  } catch (err) {
    return { code: usageError(io, (err as Error).message, USAGE) };
  }
  const root = io.root ?? projectRoot;
  try {
    const results = runBench({
      root,
      reps,
      claims,
      baseline: !values['no-baseline'],
      warmUp: !values.quick,
      extraChecks: claimChecks,
      progress: (line) => io.stderr(`bench: ${line}\n`),
    });
    io.stdout(formatBench(results));
    const out = path.resolve(root, values.out ?? path.join('.bench', 'results.json'));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    io.stdout(`results written to ${path.relative(process.cwd(), out) || out}\n`);
    return { code: 0, results };
  } catch (err) {
    io.stderr(`error: ${(err as Error).message}\n`);
    return { code: 1 };
  }
}

if (require.main === module) {
  process.exitCode = runBenchCli(process.argv.slice(2), processIo).code;
}
