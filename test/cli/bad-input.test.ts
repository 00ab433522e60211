/**
 * The tools as a new user runs them with bad input: every case asserts the exit code (0 ok, 1 findings, 2 usage
 * and setup) and the message, which names the file, the document, the option or the claim.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stringify } from 'yaml';
import { runAuditCli } from '../../cli/audit';
import { CliIo, shortenForHeader } from '../../cli/common';
import { runRenderCli } from '../../cli/render';
import { runValidateCli } from '../../cli/validate';

const ROOT = path.resolve(__dirname, '..', '..');
const CHANGED_CIDR = 'test/production-network/testdata/changed-cidr.yaml';
const REFERENCE = 'examples/production-network.yaml';
/** The reference claim's copy in the test directory, where the tools run. */
const REF = 'production-network.yaml';

type Cli = (argv: string[], io: CliIo) => number;
function run(cli: Cli, argv: string[], stdin?: string) {
  let stdout = '';
  let stderr = '';
  const code = cli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: dir,
    root: ROOT,
    ...(stdin === undefined ? {} : { stdin: () => stdin }),
  });
  return { code, stdout, stderr };
}
const validate = (...argv: string[]) => run(runValidateCli, argv);
const render = (...argv: string[]) => run(runRenderCli, argv);
const audit = (...argv: string[]) => run(runAuditCli, argv);

let dir: string;
const file = (name: string, text: string) => (fs.writeFileSync(path.join(dir, name), text), name);
const referenceText = fs.readFileSync(path.join(ROOT, REFERENCE), 'utf8');
/** The reference claim with its parameters changed, as a file in the test directory. */
function claimFile(name: string, change: (c: any) => void): string {
  const c = require('yaml').parse(referenceText);
  change(c);
  return file(name, stringify(c));
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-input-'));
  for (const f of [CHANGED_CIDR, REFERENCE]) fs.copyFileSync(path.join(ROOT, f), path.join(dir, path.basename(f)));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('validate --old', () => {
  test('a missing or unparsable --old is a setup error naming the option, never a stack trace', () => {
    const missing = validate('changed-cidr.yaml', '--old', 'nope.yaml');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('error: cannot read --old nope.yaml: no such file\n');
    const broken = validate('changed-cidr.yaml', '--old', file('broken.yaml', 'a: [b\n'));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^error: document 1 of --old broken\.yaml: .*\n$/);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });

  test('an --old that is a scalar is a setup error; one that holds another kind does not silently pass the change', () => {
    const scalar = validate('changed-cidr.yaml', '--old', file('scalar.yaml', '42\n'));
    expect(scalar.code).toBe(2);
    expect(scalar.stderr).toBe('error: document 1 of --old scalar.yaml is not a Kubernetes object (no apiVersion/kind)\n');
    const configMap = validate(
      'changed-cidr.yaml',
      '--old',
      file('cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: production, namespace: team-platform}\n'),
    );
    expect(configMap.stderr).toBe('note: --old cm.yaml holds no live ProductionNetwork team-platform/production: checked as a new claim\n');
    expect(configMap.code).toBe(0); // as a new claim it is valid; it was not compared with a ConfigMap
  });

  test('old and new are matched by kind, namespace and name; --old may hold many claims', () => {
    const unrelated = claimFile('unrelated.yaml', (c) => (c.metadata.name = 'other'));
    const live = file('live.yaml', `${fs.readFileSync(path.join(dir, unrelated), 'utf8')}---\n${referenceText}`);
    const changed = validate('changed-cidr.yaml', '--old', live);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/^INVALID changed-cidr\.yaml \(ProductionNetwork team-platform\/production\)$/m);
    expect(changed.stdout).toMatch(/vpcCidr is immutable/);
    // An unrelated live claim is not compared with: no false "is immutable" errors.
    const onlyUnrelated = validate('changed-cidr.yaml', '--old', unrelated);
    expect(onlyUnrelated.stdout).not.toMatch(/immutable/);
    expect(onlyUnrelated.code).toBe(0);
    // Both claims of one file, each against its own live version.
    const both = validate(live, '--old', live);
    expect(both.stdout).toMatch(/^2 valid, 0 invalid$/m);
    expect(both.code).toBe(0);
  });
});

describe('empty input and documents that are not Kubernetes objects', () => {
  test.each([
    ['an empty file', 'empty.yaml', ''],
    ['a file of comments', 'comments.yaml', '# nothing here\n---\n# nor here\n'],
  ])('%s is an error in every tool, exit 2', (_what, name, text) => {
    file(name, text);
    for (const [tool, result] of [
      ['validate', validate(name)],
      ['render', render(name)],
      ['audit', audit(name)],
      ['render --cost', render('--cost', name)],
    ] as const) {
      expect([tool, result.code]).toEqual([tool, 2]);
      expect(result.stderr).toContain(`error: ${name} holds no Kubernetes object (it is empty or only comments)\n`);
    }
  });

  test('/dev/null: validate does not print "0 valid" and pass', () => {
    const { code, stdout, stderr } = validate('/dev/null');
    expect(code).toBe(2);
    expect(stderr).toBe('error: /dev/null holds no Kubernetes object (it is empty or only comments)\n');
    expect(stdout).toBe('0 valid, 0 invalid; 1 input could not be checked\n');
  });

  test.each([
    ['a list', '- a\n- b\n'],
    ['a scalar', 'hello\n'],
    ['binary', '\u0000\u0001\u0002\u00ff'],
    ['a map without kind', 'apiVersion: v1\nmetadata: {name: x}\n'],
  ])('%s is named as document N of FILE', (_what, text) => {
    const name = file('mixed.yaml', `${referenceText}---\n${text}`);
    for (const result of [validate(name), render(name), audit(name)]) {
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('error: document 2 of mixed.yaml is not a Kubernetes object (no apiVersion/kind)\n');
      expect(result.stdout).not.toMatch(/undefined|INVALID/);
    }
  });

  test('YAML nested very deep is a clear error, not "Maximum call stack size exceeded"', () => {
    const name = file('deep.yaml', `a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    for (const result of [validate(name), render(name), audit(name)]) {
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^error: document 1 of deep\.yaml: nested too deeply to read \(at line 1, column \d+\)\n/);
    }
  });
});

describe('usage and setup errors exit 2 and name the option or file; INVALID is only for claims', () => {
  test('a file that holds no Composition given as --composition', () => {
    const { code, stdout, stderr } = validate(REF, '--composition', REF);
    expect(code).toBe(2);
    expect(stderr).toBe(`error: --composition ${REF} holds no Composition\n`);
    expect(stdout).not.toMatch(/INVALID/);
  });

  test('a missing --composition or --xrd names the option and the file as passed', () => {
    for (const tool of [validate, render, audit]) {
      const composition = tool(REF, '--composition', 'nope.yaml');
      expect(composition.code).toBe(2);
      expect(composition.stderr).toContain('error: --composition nope.yaml: no such file\n');
      expect(composition.stderr).not.toMatch(/pass --composition/);
      const xrd = tool(REF, '--xrd', 'nope.yaml');
      expect(xrd.code).toBe(2);
      expect(xrd.stderr).toContain('error: --xrd nope.yaml: no such file\n');
    }
  });

  test('a claim of an API group no XRD serves is an invalid claim (exit 1), named', () => {
    const name = claimFile('typo.yaml', (c) => (c.apiVersion = 'network.example.com/v1alpha1'));
    const { code, stdout } = validate(name);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^INVALID typo\.yaml \(ProductionNetwork team-platform\/production\)\n {4}no synthesized XRD serves API group "network\.example\.com"/m,
    );
  });
});

describe('audit reports every claim', () => {
  test('one invalid claim among several: each gets its report, the exit code says one failed', () => {
    const bad = claimFile('vpccidr.yaml', (c) => (c.spec.parameters.vpcCIDR = '10.9.0.0/16'));
    const { code, stdout, stderr } = audit(REF, bad, REF);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout.match(/^ProductionNetwork team-platform\/production \(.*\): 57 resources/gm)).toHaveLength(2);
    expect(stdout).toMatch(
      /^ProductionNetwork team-platform\/production \(vpccidr\.yaml\): NOT AUDITED: the claim is invalid: it would be refused when applied\n {4}spec\.parameters\.vpcCIDR: unknown field "vpcCIDR" \(did you mean "vpcCidr"\?\)$/m,
    );
  });

  test('--format json is one array JSON.parse reads, an entry per claim', () => {
    const bad = claimFile('vpccidr.yaml', (c) => (c.spec.parameters.vpcCIDR = '10.9.0.0/16'));
    const { code, stdout } = audit(REF, bad, '--format', 'json');
    expect(code).toBe(1);
    const entries = JSON.parse(stdout);
    expect(entries).toHaveLength(2);
    expect(entries[0].report.failed).toBe(false);
    expect(entries[1]).toEqual(expect.objectContaining({ file: 'vpccidr.yaml', issues: [expect.stringMatching(/unknown field "vpcCIDR"/)] }));
  });
});

describe('render --cost and the diagrams check the claim first', () => {
  test.each([['--cost'], ['--format', 'mermaid'], ['--format', 'dot'], ['--cost', '--format', 'json']])(
    '%s of an invalid claim exits 1 naming the field',
    (...flags) => {
      const bad = claimFile('vpccidr.yaml', (c) => (c.spec.parameters.vpcCIDR = '10.9.0.0/16'));
      const { code, stdout, stderr } = render(...flags, bad);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^error: ProductionNetwork team-platform\/production is invalid, so it is neither priced nor drawn/);
      expect(stderr).toContain('spec.parameters.vpcCIDR: unknown field "vpcCIDR" (did you mean "vpcCidr"?)');
    },
  );
});

describe('standard input and JSON', () => {
  test('- reads the claim from standard input, in every tool', () => {
    const v = run(runValidateCli, ['-'], referenceText);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^VALID {3}standard input \(ProductionNetwork team-platform\/production\): claim and 57 composed resources$/m);
    const r = run(runRenderCli, ['-', '--format', 'json'], referenceText);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].kind).toBe('XProductionNetwork');
    expect(run(runAuditCli, ['-'], referenceText).code).toBe(0);
    expect(run(runValidateCli, ['-'], '').stderr).toBe('error: standard input holds no Kubernetes object (it is empty or only comments)\n');
  });

  test('- may be read only once', () => {
    const { code, stderr } = run(runValidateCli, ['-', '--old', '-'], referenceText);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: standard input \(-\) can be read only once/);
  });

  test('validate --format json is one array, also with several files', () => {
    const { stdout } = validate(REF, CHANGED_CIDR.replace(/.*\//, ''), '--format', 'json');
    expect(JSON.parse(stdout).map((r: any) => r.valid)).toEqual([true, true]);
  });

  test('render --cost --format json gives the estimate as JSON', () => {
    const { code, stdout } = render('--cost', '--format', 'json', REF);
    expect(code).toBe(0);
    const estimate = JSON.parse(stdout);
    expect(estimate).toEqual(expect.objectContaining({ composite: 'ProductionNetwork team-platform/production', complete: true, regions: ['us-west-2'] }));
    expect(estimate.fixedMonthly).toBeCloseTo(2 * 0.045 * 730 + 3 * 0.005 * 730 + 0.0104 * 730 + 8 * 0.08, 6);
  });
});

describe('a cost estimate never misleads', () => {
  test('a region without prices: "no estimate for region X", exit 1, complete: false in JSON', () => {
    const name = claimFile('frankfurt.yaml', (c) => (c.spec.parameters.region = 'eu-central-1'));
    const table = render('--cost', name);
    expect(table.code).toBe(1);
    expect(table.stdout).toMatch(/^no estimate for region eu-central-1: prices are known for us-east-1, us-west-2 only$/m);
    expect(table.stdout).toMatch(/^fixed monthly total: no estimate \(no prices for eu-central-1\)$/m);
    expect(table.stdout).not.toContain('$0.00');
    const json = render('--cost', '--format', 'json', name);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual(expect.objectContaining({ complete: false, regionsWithoutPrices: ['eu-central-1'] }));
  });

  test('a Kubernetes Secret (the namespaced flavour’s connection secret) is not an unpriced AWS item', () => {
    const { code, stdout } = run(runRenderCli, ['--cost', path.join(ROOT, 'examples/namespaced/production-network.yaml')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Kubernetes objects, not AWS \(no AWS charge\): Secret ×1$/m);
    expect(stdout).not.toMatch(/without a price|no price/);
  });
});

describe('headers', () => {
  test('very long names are shortened in headers, keeping both ends', () => {
    const long = `team-${'x'.repeat(230)}-prod`;
    const short = shortenForHeader(`ProductionNetwork ns/${long}`);
    expect(short).toHaveLength(80);
    expect(short).toMatch(/^ProductionNetwork ns\/team-x+…x+-prod$/);
    const name = claimFile('long.yaml', (c) => (c.metadata.name = long.slice(0, 253)));
    const { stdout } = validate(name);
    const header = stdout.split('\n')[0];
    expect(header.length).toBeLessThanOrEqual('INVALID long.yaml ()'.length + 80);
    expect(header).toMatch(/…/);
  });
});
