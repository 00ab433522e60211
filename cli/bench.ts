/**
 * `npm run bench -- [--reps N] [--quick] [--claims N] [--out FILE]`: speed, scale and size of the project's
 * tooling, with PASS/MISS against its targets. Argument parsing and output only; the work is lib/bench.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { formatBench, runBench, type BenchResults } from '../lib/bench';
import { projectRoot } from '../lib/crds';
import { claimChecks } from '../compositions/production-network/checks';

export const USAGE = `usage: npm run bench -- [options]

  --reps N      repetitions per timing, reported as medians (default 5)
  --quick       one repetition (for CI: proves every measurement still runs)
  --claims N    distinct claims in the scale measurement (default 100)
  --out FILE    where the results go as JSON (default .bench/results.json)
  -h, --help    this text`;

export interface BenchIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  root?: string;
}

/** Runs the bench; returns the exit code (0 measured, 1 failed, 2 bad usage) and the results. */
export function runBenchCli(argv: string[], io: BenchIo): { code: number; results?: BenchResults } {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        reps: { type: 'string' },
        quick: { type: 'boolean' },
        claims: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (err) {
    io.stderr(`error: ${(err as Error).message}\n\n${USAGE}\n`);
    return { code: 2 };
  }
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return { code: 0 };
  }
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
    io.stderr(`error: ${(err as Error).message}\n\n${USAGE}\n`);
    return { code: 2 };
  }
  const root = io.root ?? projectRoot;
  try {
    const results = runBench({
      root,
      reps,
      claims,
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
  process.exitCode = runBenchCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  }).code;
}
