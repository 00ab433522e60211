import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { formatBench, median } from '../../compositions/production-network/bench';
import { runBenchCli } from '../../cli/bench';

/**
 * The bench in reduced form (one repetition, a few claims, no ts-node baseline: it type-checks the whole project
 * and would be most of this file's time): every other measurement is produced; timings are not judged.
 */
describe('npm run bench -- --quick --no-baseline', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-test-')), 'results.json');
  let stdout = '';
  let stderr = '';
  let run: ReturnType<typeof runBenchCli>;

  beforeAll(() => {
    run = runBenchCli(['--quick', '--no-baseline', '--claims', '5', '--out', out], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  }, 180_000);

  test('exits 0 and writes the results as JSON', () => {
    expect(stderr).not.toContain('error:');
    expect(run.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toEqual(run.results);
  });

  test('times the main job, one render, one validation and the batch; the baseline only when asked', () => {
    const r = run.results!;
    expect(r.reps).toBe(1);
    expect(Object.keys(r.timings).sort()).toEqual(['awsRulesOneClaim', 'renderAndValidateClaims', 'renderOneClaim', 'synth', 'validateOneClaim']);
    for (const t of Object.values(r.timings)) {
      expect(t.samplesMs).toHaveLength(1);
      expect(t.medianMs).toBeGreaterThan(0);
    }
    expect(r.timings.renderAndValidateClaims.claims).toBe(5);
    expect(r.ratios).toEqual({ synthToBaseline: null, baselineToSynth: null });
    expect(stderr).not.toContain('ts-node');
    expect(r.validation.referenceClaimIssues).toBe(0);
    expect(r.validation.claimsWithIssues).toBe(0);
    expect(r.timings.awsRulesOneClaim.resources).toBeGreaterThan(40);
    expect(r.timings.awsRulesOneClaim.coldMs).toBeGreaterThan(0);
  });

  test('times the start-up of npm run render and validate against npm run of node -e 0, side by side', () => {
    const s = run.results!.startup;
    for (const t of [s.floor, s.render, s.validate]) expect(t.samplesMs).toHaveLength(1);
    // One repetition: the median of its ratios is its ratio.
    expect(s.renderToFloor).toBeCloseTo(s.render.samplesMs[0] / s.floor.samplesMs[0], 1);
    expect(s.validateToFloor).toBeCloseTo(s.validate.samplesMs[0] / s.floor.samplesMs[0], 1);
    expect(stdout).toMatch(/npm run bench:floor \(node -e 0: the floor\)/);
    // --quick times the first runs: no untimed warm-up run before them.
    expect(s.warmedUp).toBe(false);
    expect(stdout).toContain('start-up, end to end as a user runs them (npm run, the reference claim); no warm-up runs');
  });

  test('measures the Composition of each flavour, resources per option and the reference chain', () => {
    const r = run.results!;
    expect(r.composition.map((c) => c.file).sort()).toEqual(['claim/composition.yaml', 'namespaced/composition.yaml']);
    for (const c of r.composition) expect(c.jsonBytes).toBeGreaterThan(1000);
    expect(r.resourcesPerOption.map((o) => o.option)).toEqual([
      'zones 2, NAT PerZone',
      'zones 2, NAT Single',
      'zones 2, NAT None',
      'zones 3, NAT PerZone',
      'zones 3, NAT Single',
      'zones 3, NAT None',
      'bastion on (with key)',
      'bastion off',
      'bastion without key (SSM only)',
      'flow logs off',
      'S3 endpoint off',
    ]);
    for (const o of r.resourcesPerOption) expect(o).toEqual(expect.objectContaining({ converged: expect.any(Number), firstRender: expect.any(Number) }));
    expect(r.referenceChain.chain[0]).toBe('vpc');
    expect(r.referenceChain.depth).toBe(r.referenceChain.chain.length);
  });

  test('prints every section, PASS/MISS per target and progress on stderr', () => {
    for (const s of ['speed', 'size', 'composed resources per claim', 'reference chain:', 'targets']) expect(stdout).toContain(s);
    expect(run.results!.targets).toHaveLength(7);
    expect(stdout).toMatch(/(PASS|MISS) {2}AWS rules, one claim \(cold\)/);
    expect(stdout).toMatch(/(PASS|MISS) {2}npm run render start-up \/ floor +×\d+\.\d\d \(medians \S+ (ms|s) vs \S+ (ms|s)\)  \(target ≤ ×1\.50\)/);
    expect(stdout).toMatch(/(PASS|MISS) {2}npm run validate start-up \/ floor .*\(target ≤ ×2\.00\)/);
    expect(stdout).toMatch(/SKIP {2}synth at most half the baseline +\S+ (ms|s), baseline not timed \(--no-baseline\)/);
    expect(stdout).toMatch(/baseline: npx ts-node main\.ts \(type-checks\) +not timed/);
    expect(stdout).toMatch(/SKIP {2}5 claims rendered and validated/); // the 100-claim target is not judged on 5
    expect(stderr).toContain('bench: synth 1/1');
  });
  test('with a baseline timed, the report prints it and the synth ratio', () => {
    const timing = (ms: number) => ({ medianMs: ms, minMs: ms, maxMs: ms, samplesMs: [ms] });
    const r = run.results!;
    const text = formatBench({ ...r, timings: { ...r.timings, baselineTsNode: timing(8000) }, ratios: { synthToBaseline: 0.25, baselineToSynth: 4 } });
    expect(text).toMatch(/baseline: npx ts-node main\.ts \(type-checks\) +8\.00 s/);
    expect(text).toMatch(/synth \/ baseline +×0\.25 +\(baseline is ×4 slower\)/);
  });
});

describe('bench arguments', () => {
  const io = () => {
    const o = { stdout: '', stderr: '' };
    return { o, io: { stdout: (t: string) => (o.stdout += t), stderr: (t: string) => (o.stderr += t) } };
  };

  test('--reps must be a positive whole number', () => {
    const { o, io: x } = io();
    expect(runBenchCli(['--reps', '0'], x).code).toBe(2);
    expect(o.stderr).toContain('--reps must be a whole number of at least 1, not 0');
  });

  test('--help', () => {
    const { o, io: x } = io();
    expect(runBenchCli(['--help'], x).code).toBe(0);
    expect(o.stdout).toContain('--quick');
  });

  test('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
