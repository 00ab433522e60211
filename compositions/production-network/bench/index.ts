/**
 * `npm run bench`: how fast the tooling is and how big its output, measured in one run.
 *
 * Timings are medians over repetitions. The main job and its baseline run as child processes, end to end, the
 * way a person runs them; rendering and validating run in process (the engine, without Node's start-up), each
 * validation repetition with a fresh CRD catalog so schema parsing and compilation are counted every time.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkAwsRules } from '../../../lib/aws-rules';
import { CrdCatalog } from '../../../lib/crds';
import { longestReferenceChain, resourceGraph, resourceName } from '../../../lib/diagram/graph';
import { claimToComposite, readDocuments, render, type KubeObject } from '../../../lib/render';
import { renderConverged } from '../../../lib/simulate/converge';
import { validateClaim, type ValidateClaimInput } from '../../../lib/validate/claim';
import { claimTypeOf, distinctClaims, optionMatrix } from './claims';
import { crdsDir } from '../crds';

export { claimTypeOf, distinctClaims, optionMatrix, BENCH_SSH_KEY } from './claims';

export const KUBERNETES_OBJECT_LIMIT = 1.5 * 1024 * 1024;
export const COMPOSITION_TARGET_BYTES = 256 * 1024;

export interface BenchOptions {
  /** Repetitions per timing. @default 5 */
  reps?: number;
  /** Distinct claims in the scale measurement. @default 100 */
  claims?: number;
  /** The project (package.json, main.ts). */
  root: string;
  /** The reference claim. @default <root>/examples/production-network.yaml */
  referenceClaim?: string;
  /** Progress lines, as the bench goes. */
  progress?: (line: string) => void;
  /** The product's cross-field checks, part of validating a claim as `npm run validate` does. */
  extraChecks?: ValidateClaimInput['extraChecks'];
  /**
   * Time the baseline (`npx ts-node main.ts`, which type-checks the project: about ten seconds a run). Off, the
   * synth target is not judged.
   * @default true
   */
  baseline?: boolean;
  /**
   * Run each start-up command once before timing it (building the bundles and caches, as `npm ci` and a first use
   * do). Off, the first start-up samples include that work.
   * @default true
   */
  warmUp?: boolean;
}

export interface Timing {
  /** Median, in milliseconds. */
  medianMs: number;
  minMs: number;
  maxMs: number;
  samplesMs: number[];
}

export interface Target {
  name: string;
  measured: string;
  target: string;
  /** null: not judged (the run measured something other than what the target is set for). */
  pass: boolean | null;
}

export interface BenchResults {
  startedAt: string;
  environment: { node: string; platform: string; cpus: number; cpuModel: string };
  reps: number;
  timings: {
    /** `npm run synth`, end to end, as a child process. */
    synth: Timing;
    /** The cdk8s template's way: `npx ts-node main.ts`, type-checking, as a child process; absent with `baseline: false`. */
    baselineTsNode?: Timing;
    /** Claim to XR and one render of the pipeline, in process. */
    renderOneClaim: Timing;
    /**
     * AWS's own rules (lib/aws-rules) over the reference claim's rendered resources, in process. The first sample
     * is cold (it reads the AWS model extract); `coldMs` is that one.
     */
    awsRulesOneClaim: Timing & { coldMs: number; resources: number; findings: number };
    /** The claim against the XRD (schema + CEL), render, every resource strictly against its provider CRD, AWS's rules. */
    validateOneClaim: Timing;
    /** The same for `claims` distinct claims, one CRD catalog for all. */
    renderAndValidateClaims: Timing & { claims: number; perClaimMs: number };
  };
  /** null when the baseline was not timed. */
  ratios: { synthToBaseline: number | null; baselineToSynth: number | null };
  /**
   * Start-up, as a user runs the tools: `npm run <tool>`, end to end, against `npm run bench:floor` (`node -e 0`
   * through npm), the floor every npm script pays. Interleaved, after one warm-up run each (which builds the
   * bundles and caches, as `npm ci` and a first use do).
   */
  startup: {
    floor: Timing;
    render: Timing;
    validate: Timing;
    /** Medians of each repetition's ratio to the floor (the three are run back to back in each repetition). */
    renderToFloor: number;
    validateToFloor: number;
    /** Whether each command ran once, untimed, before its samples. */
    warmedUp: boolean;
  };
  validation: { referenceClaimIssues: number; claimsWithIssues: number; firstIssues: string[] };
  composition: Array<{ file: string; yamlBytes: number; jsonBytes: number; ofObjectLimit: number; ofTarget: number }>;
  /** Composed resources per option: of the first render, and once converged (resources that wait on observed status). */
  resourcesPerOption: Array<{ option: string; firstRender?: number; converged?: number; waitingOnObserved?: string[]; error?: string }>;
  referenceChain: { depth: number; hops: number; chain: string[]; resources: number; references: number; unresolved: number };
  targets: Target[];
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function timing(samples: number[]): Timing {
  return { medianMs: round(median(samples)), minMs: round(Math.min(...samples)), maxMs: round(Math.max(...samples)), samplesMs: samples.map(round) };
}

const round = (n: number) => Math.round(n * 10) / 10;

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function runChild(command: string, args: string[], cwd: string, env: Record<string, string>): number {
  const t = performance.now();
  const r = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - t;
  if (r.status !== 0)
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed (exit ${r.status ?? r.signal}): ${(r.stderr || r.stdout || String(r.error ?? '')).trim().slice(-2000)}`,
    );
  return ms;
}

/**
 * Issues of one claim, as `npm run validate` finds them (lib/validate/claim): against the XRD (schema and CEL), the
 * caller's cross-field checks, then every composed resource of its converged design strictly against its CRD.
 */
export function claimIssues(
  claim: KubeObject,
  xrd: KubeObject,
  composition: KubeObject,
  catalog: CrdCatalog,
  extraChecks?: ValidateClaimInput['extraChecks'],
): string[] {
  const id = `${claim.metadata?.namespace}/${claim.metadata?.name}`;
  const report = validateClaim({ claim, xrd, composition, catalog, extraChecks });
  return [
    ...report.claim.map((i) => `${id}: ${i.path} ${i.message}`),
    ...(report.render ? [`${id}: render failed: ${report.render}`] : []),
    ...report.resources.flatMap((r) =>
      r.issues.map((i) => `${id} ${r.kind} ${r.resource}: ${i.path} ${i.message}${i.kind === 'aws' ? ` [AWS rule ${i.rule}]` : ''}`),
    ),
  ];
}

export function runBench(options: BenchOptions): BenchResults {
  const reps = Math.max(1, options.reps ?? 5);
  const count = Math.max(1, options.claims ?? 100);
  const root = options.root;
  const say = options.progress ?? (() => {});
  const startedAt = new Date().toISOString();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'production-network-bench-'));
  try {
    // 1. The main job against its baseline, interleaved so drift in the machine's load hits both alike.
    const synth: number[] = [];
    const baseline: number[] = [];
    const outdir = path.join(tmp, 'synth');
    for (let i = 0; i < reps; i++) {
      synth.push(runChild('npm', ['run', 'synth'], root, { PRODUCTION_NETWORK_OUTDIR: outdir }));
      say(`synth ${i + 1}/${reps}: npm run synth ${fmtMs(synth[i])}`);
      if (options.baseline === false) continue;
      baseline.push(runChild('npx', ['ts-node', 'main.ts'], root, { PRODUCTION_NETWORK_OUTDIR: path.join(tmp, 'baseline') }));
      say(`synth ${i + 1}/${reps}: baseline npx ts-node main.ts ${fmtMs(baseline[i])}`);
    }

    // Start-up of the tools, side by side with the floor.
    const reference = options.referenceClaim ?? path.join(root, 'examples', 'production-network.yaml');
    const startupCommands = {
      floor: ['run', '--silent', 'bench:floor'],
      render: ['run', '--silent', 'render', '--', reference],
      validate: ['run', '--silent', 'validate', '--', reference],
    };
    const startupSamples: Record<keyof typeof startupCommands, number[]> = { floor: [], render: [], validate: [] };
    if (options.warmUp !== false) for (const args of Object.values(startupCommands)) runChild('npm', args, root, {});
    for (let i = 0; i < reps; i++) {
      for (const [name, args] of Object.entries(startupCommands)) startupSamples[name as keyof typeof startupCommands].push(runChild('npm', args, root, {}));
      say(
        `start-up ${i + 1}/${reps}: floor ${fmtMs(startupSamples.floor[i])}, render ${fmtMs(startupSamples.render[i])}, validate ${fmtMs(startupSamples.validate[i])}`,
      );
    }

    // Everything below uses what this run just synthesized.
    const xrd = readDocuments(path.join(outdir, 'claim', 'definition.yaml'))[0];
    const composition = readDocuments(path.join(outdir, 'claim', 'composition.yaml'))[0];
    const referenceClaim = readDocuments(reference)[0];

    const renderSamples: number[] = [];
    for (let i = 0; i < reps; i++) renderSamples.push(time(() => render({ composite: claimToComposite(referenceClaim, xrd), composition })));
    say(`render one claim: median ${fmtMs(median(renderSamples))}`);

    // Before anything else loads the AWS model, so the first sample is the cold one.
    const referenceResources = renderConverged({ composite: claimToComposite(referenceClaim, xrd), composition }).resources;
    const awsSamples: number[] = [];
    let awsFindings = 0;
    for (let i = 0; i < reps; i++) awsSamples.push(time(() => (awsFindings = checkAwsRules(referenceResources).length)));
    say(`AWS rules, one claim: cold ${fmtMs(awsSamples[0])}, median ${fmtMs(median(awsSamples))}`);

    const validateSamples: number[] = [];
    let referenceIssues: string[] = [];
    for (let i = 0; i < reps; i++)
      validateSamples.push(time(() => (referenceIssues = claimIssues(referenceClaim, xrd, composition, new CrdCatalog(crdsDir()), options.extraChecks))));
    say(`validate one claim: median ${fmtMs(median(validateSamples))}`);

    const claims = distinctClaims(claimTypeOf(xrd), count);
    const batchSamples: number[] = [];
    let batchIssues: string[][] = [];
    for (let i = 0; i < reps; i++) {
      batchSamples.push(
        time(() => {
          const catalog = new CrdCatalog(crdsDir());
          batchIssues = claims.map((c) => claimIssues(c, xrd, composition, catalog, options.extraChecks));
        }),
      );
      say(`render + validate ${count} claims ${i + 1}/${reps}: ${fmtMs(batchSamples[i])}`);
    }

    // 2. Sizes and shapes.
    const compositionSizes = ['claim', 'namespaced']
      .map((flavour) => path.join(outdir, flavour, 'composition.yaml'))
      .filter((f) => fs.existsSync(f))
      .map((f) => {
        const jsonBytes = Buffer.byteLength(JSON.stringify(readDocuments(f)[0]));
        return {
          file: path.relative(outdir, f),
          yamlBytes: fs.statSync(f).size,
          jsonBytes,
          ofObjectLimit: jsonBytes / KUBERNETES_OBJECT_LIMIT,
          ofTarget: jsonBytes / COMPOSITION_TARGET_BYTES,
        };
      });

    const resourcesPerOption = optionMatrix(claimTypeOf(xrd)).map(({ option, claim }) => {
      const composite = claimToComposite(claim, xrd);
      const first = render({ composite, composition });
      const converged = first.fatal ? first : renderConverged({ composite, composition });
      if (converged.fatal) return { option, error: converged.fatal.message };
      const initial = new Set(first.resources.map(resourceName));
      const waitingOnObserved = converged.resources
        .map(resourceName)
        .filter((n) => !initial.has(n))
        .sort();
      return { option, firstRender: first.resources.length, converged: converged.resources.length, waitingOnObserved };
    });
    say(`resources per option: ${resourcesPerOption.map((r) => `${r.option}: ${r.converged ?? 'failed'}`).join('; ')}`);

    const design = renderConverged({ composite: claimToComposite(referenceClaim, xrd), composition });
    if (design.fatal) throw new Error(`the reference claim does not render: ${design.fatal.message}`);
    const graph = resourceGraph(design.resources);
    const chain = longestReferenceChain(graph);
    say(`reference chain: ${chain.join(' → ')}`);

    const synthT = timing(synth);
    const baseT = baseline.length > 0 ? timing(baseline) : undefined;
    const renderT = timing(renderSamples);
    const awsT = { ...timing(awsSamples), coldMs: round(awsSamples[0]), resources: referenceResources.length, findings: awsFindings };
    const batchT = timing(batchSamples);
    const biggest = Math.max(...compositionSizes.map((c) => c.jsonBytes));
    const floorT = timing(startupSamples.floor);
    const startRenderT = timing(startupSamples.render);
    const startValidateT = timing(startupSamples.validate);
    // Each repetition runs the three back to back, so its ratios see the same load on a shared machine; the median of
    // those ratios is steadier than a ratio of medians taken at different moments.
    const ratioOf = (xs: number[]) => Number(median(xs.map((x, i) => x / startupSamples.floor[i])).toFixed(2));
    const renderToFloor = ratioOf(startupSamples.render);
    const validateToFloor = ratioOf(startupSamples.validate);
    const targets: Target[] = [
      baseT
        ? {
            name: 'synth at most half the baseline',
            measured: `${fmtMs(synthT.medianMs)} vs ${fmtMs(baseT.medianMs)} (×${(synthT.medianMs / baseT.medianMs).toFixed(2)})`,
            target: '≤ ×0.50',
            pass: synthT.medianMs <= baseT.medianMs / 2,
          }
        : { name: 'synth at most half the baseline', measured: `${fmtMs(synthT.medianMs)}, baseline not timed (--no-baseline)`, target: '≤ ×0.50', pass: null },
      { name: 'one render', measured: fmtMs(renderT.medianMs), target: '< 300 ms', pass: renderT.medianMs < 300 },
      { name: 'AWS rules, one claim (cold)', measured: fmtMs(awsT.coldMs), target: '< 100 ms', pass: awsT.coldMs < 100 },
      {
        name: 'npm run render start-up / floor',
        measured: `×${renderToFloor.toFixed(2)} (medians ${fmtMs(startRenderT.medianMs)} vs ${fmtMs(floorT.medianMs)})`,
        target: '≤ ×1.50',
        pass: renderToFloor <= 1.5,
      },
      {
        name: 'npm run validate start-up / floor',
        measured: `×${validateToFloor.toFixed(2)} (medians ${fmtMs(startValidateT.medianMs)} vs ${fmtMs(floorT.medianMs)})`,
        target: '≤ ×2.00',
        pass: validateToFloor <= 2,
      },
      {
        name: `${count} claims rendered and validated`,
        measured: fmtMs(batchT.medianMs),
        target: count === 100 ? '< 5.00 s' : '< 5.00 s for 100 claims (not judged)',
        pass: count === 100 ? batchT.medianMs < 5000 : null,
      },
      {
        name: 'Composition size (largest, JSON)',
        measured: `${(biggest / 1024).toFixed(1)} KiB`,
        target: '< 256 KiB',
        pass: biggest < COMPOSITION_TARGET_BYTES,
      },
    ];
    return {
      startedAt,
      environment: {
        node: process.version,
        platform: `${process.platform}-${process.arch}`,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
      },
      reps,
      timings: {
        synth: synthT,
        ...(baseT ? { baselineTsNode: baseT } : {}),
        renderOneClaim: renderT,
        awsRulesOneClaim: awsT,
        validateOneClaim: timing(validateSamples),
        renderAndValidateClaims: { ...batchT, claims: count, perClaimMs: round(batchT.medianMs / count) },
      },
      ratios: {
        synthToBaseline: baseT ? Number((synthT.medianMs / baseT.medianMs).toFixed(3)) : null,
        baselineToSynth: baseT ? Number((baseT.medianMs / synthT.medianMs).toFixed(2)) : null,
      },
      startup: { floor: floorT, render: startRenderT, validate: startValidateT, renderToFloor, validateToFloor, warmedUp: options.warmUp !== false },
      validation: {
        referenceClaimIssues: referenceIssues.length,
        claimsWithIssues: batchIssues.filter((i) => i.length).length,
        firstIssues: [...referenceIssues, ...batchIssues.flat()].slice(0, 10),
      },
      composition: compositionSizes,
      resourcesPerOption,
      referenceChain: {
        depth: chain.length,
        hops: chain.length - 1,
        chain,
        resources: graph.nodes.length,
        references: graph.edges.length,
        unresolved: graph.unresolved.length,
      },
      targets,
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export function fmtMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

/** The results as the report `npm run bench` prints. */
export function formatBench(r: BenchResults): string {
  const t = r.timings;
  const row = (label: string, x: Timing) => `  ${label.padEnd(44)} ${fmtMs(x.medianMs).padStart(10)}   (min ${fmtMs(x.minMs)}, max ${fmtMs(x.maxMs)})`;
  const out = [
    `bench: ${r.reps} repetition${r.reps === 1 ? '' : 's'}, medians; node ${r.environment.node}, ${r.environment.cpus} CPUs (${r.environment.cpuModel})`,
    '',
    'speed',
    row('npm run synth (end to end)', t.synth),
    ...(t.baselineTsNode && r.ratios.synthToBaseline !== null
      ? [
          row('baseline: npx ts-node main.ts (type-checks)', t.baselineTsNode),
          `  ${'synth / baseline'.padEnd(44)} ${`×${r.ratios.synthToBaseline.toFixed(2)}`.padStart(10)}   (baseline is ×${r.ratios.baselineToSynth} slower)`,
        ]
      : [`  ${'baseline: npx ts-node main.ts (type-checks)'.padEnd(44)} ${'not timed'.padStart(10)}   (--no-baseline)`]),
    row('render one claim (in process)', t.renderOneClaim),
    row(`AWS rules, one claim (${t.awsRulesOneClaim.resources} resources)`, t.awsRulesOneClaim),
    `  ${'  cold (reads the AWS model extract)'.padEnd(44)} ${fmtMs(t.awsRulesOneClaim.coldMs).padStart(10)}`,
    row('validate one claim (XRD + CEL + CRDs + AWS)', t.validateOneClaim),
    row(`render + validate ${t.renderAndValidateClaims.claims} distinct claims`, t.renderAndValidateClaims),
    `  ${'  per claim'.padEnd(44)} ${fmtMs(t.renderAndValidateClaims.perClaimMs).padStart(10)}`,
    `  validation: reference claim ${r.validation.referenceClaimIssues} issues; ${r.validation.claimsWithIssues} of ${t.renderAndValidateClaims.claims} claims with issues`,
    ...r.validation.firstIssues.map((i) => `    ${i}`),
    '',
    `start-up, end to end as a user runs them (npm run, the reference claim)${r.startup.warmedUp ? '' : '; no warm-up runs'}`,
    row('npm run bench:floor (node -e 0: the floor)', r.startup.floor),
    row('npm run render', r.startup.render),
    `  ${'  render / floor'.padEnd(44)} ${`×${r.startup.renderToFloor.toFixed(2)}`.padStart(10)}`,
    row('npm run validate', r.startup.validate),
    `  ${'  validate / floor'.padEnd(44)} ${`×${r.startup.validateToFloor.toFixed(2)}`.padStart(10)}`,
    '',
    'size',
    ...r.composition.map(
      (c) =>
        `  ${c.file.padEnd(28)} ${(c.jsonBytes / 1024).toFixed(1)} KiB JSON (${(c.yamlBytes / 1024).toFixed(1)} KiB YAML): ${(c.ofObjectLimit * 100).toFixed(1)}% of the 1.5 MiB object limit, ${(c.ofTarget * 100).toFixed(1)}% of 256 KiB`,
    ),
    '',
    'composed resources per claim (converged design; in brackets: first render)',
    ...r.resourcesPerOption.map(
      (o) => `  ${o.option.padEnd(34)} ${o.error ? `render failed: ${o.error}` : `${String(o.converged).padStart(3)}  (${o.firstRender})`}`,
    ),
    '',
    `reference chain: ${r.referenceChain.depth} resources created one after another (${r.referenceChain.hops} hops): ${r.referenceChain.chain.join(' → ')}`,
    `  reference graph of the reference claim: ${r.referenceChain.resources} resources, ${r.referenceChain.references} references, ${r.referenceChain.unresolved} unresolved`,
    '',
    'targets',
    ...r.targets.map((x) => `  ${x.pass === null ? 'SKIP' : x.pass ? 'PASS' : 'MISS'}  ${x.name.padEnd(36)} ${x.measured}  (target ${x.target})`),
  ];
  return `${out.join('\n')}\n`;
}
