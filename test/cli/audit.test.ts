/** `npm run audit`: arguments, default inputs by API group, the table and JSON outputs, exit codes. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stringify } from 'yaml';
import { api, claim } from '../support/production-network';
import { runAuditCli } from '../../cli/audit';

const ROOT = path.resolve(__dirname, '..', '..');

describe('npm run audit', () => {
  let root: string;
  beforeAll(() => {
    // The CLI's default inputs, synthesized from the source rather than read from a dist/ that may be mid-update
    // (JSON is YAML, and much faster to write and read back).
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-cli-'));
    for (const flavour of ['claim', 'namespaced'] as const) {
      fs.mkdirSync(path.join(root, 'dist', flavour), { recursive: true });
      fs.writeFileSync(path.join(root, 'dist', flavour, 'definition.yaml'), JSON.stringify(api(flavour).definition));
      fs.writeFileSync(path.join(root, 'dist', flavour, 'composition.yaml'), JSON.stringify(api(flavour).composition));
    }
    fs.writeFileSync(path.join(root, 'no-flow-logs.yaml'), stringify(claim({ flowLogs: { enabled: false } }, { name: 'no-flow-logs' })));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const run = (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = runAuditCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: ROOT, root });
    return { code, stdout, stderr };
  };

  it('prints a table per claim (namespaced claims audited against dist/namespaced) and exits 1 when a control fails', () => {
    const { code, stdout, stderr } = run(
      'examples/production-network.yaml',
      'examples/namespaced/production-network.yaml',
      path.join(root, 'no-flow-logs.yaml'),
    );
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const [reference, namespaced, noFlowLogs] = stdout.split(/\n(?=ProductionNetwork )/);
    expect(reference).toMatch(
      /^ProductionNetwork team-platform\/production \(examples\/production-network\.yaml\): 57 resources, \d+ controls: \d+ PASS, 0 FAIL, 1 EXCEPTION, 1 N\/A/,
    );
    expect(reference).toMatch(/^CONTROL\s+RESULT\s+CHECKED\s+REQUIREMENT \/ WHY$/m);
    expect(reference).toMatch(/^EC2\.9\s+EXCEPTION\s+1\s+Instances have no public IPv4 address$/m);
    expect(reference).toMatch(/^\s+EXCEPTION Instance\/bastion: accepted: SSH jump host/m);
    expect(reference).toMatch(/^S3\.17\s+N\/A\s+2\s+/m);
    expect(reference).toMatch(/^no control fails$/m);
    // 56 managed resources and the connection Secret patch-and-transform composes for a v2 XR.
    expect(namespaced).toMatch(/\(examples\/namespaced\/production-network\.yaml\): 58 resources, .* 0 FAIL/);
    expect(noFlowLogs).toMatch(/^EC2\.6\s+FAIL\s+1\s+Every VPC has flow logging enabled/m);
    expect(noFlowLogs).toMatch(/^\s+FAIL\s+VPC\/vpc: no FlowLog refers to this VPC$/m);
    expect(noFlowLogs).toMatch(/^FAILED: EC2\.6$/m);
  });

  it('does not audit a claim whose composed resources AWS would refuse (an instance type EC2 does not have)', () => {
    const { code, stdout } = run('test/production-network/testdata/aws-refuses.yaml');
    expect(code).toBe(1);
    expect(stdout).toMatch(/team-x\/humongous .*NOT AUDITED: AWS would refuse what the claim composes/);
    expect(stdout).toMatch(/t3\.humongous/);
    expect(stdout).toMatch(/\[AWS rule [^\]]+\]/);
  });

  it('refuses to audit an A1 bastion on Amazon Linux 2023 in either flavour: the claim is invalid (third review 2026-12-01, finding 1)', () => {
    for (const flavour of ['claim', 'namespaced'] as const) {
      const file = path.join(root, `a1-${flavour}.yaml`);
      fs.writeFileSync(file, stringify(claim({ bastion: { instanceType: 'a1.medium' } }, { name: 'a1', flavour })));
      const { code, stdout } = run(file);
      expect({ flavour, code }).toEqual({ flavour, code: 1 });
      expect(stdout).toMatch(/the claim is invalid: it would be refused when applied/);
      expect(stdout).toMatch(/Amazon Linux 2023 does not run on A1/);
    }
  });

  it('--format json with explicit --xrd and --composition: the report per claim, exit 0', () => {
    const dist = (f: string) => path.join(root, 'dist/claim', f);
    const { code, stdout } = run('examples/minimal.yaml', '--format', 'json', '--xrd', dist('definition.yaml'), '--composition', dist('composition.yaml'));
    expect(code).toBe(0);
    const [only] = JSON.parse(stdout);
    // The minimal claim's bastion has no key: SSM only, no key pair, no SSH ingress, no public address.
    expect(only).toMatchObject({ file: 'examples/minimal.yaml', claim: 'ProductionNetwork team-payments/minimal', resources: 55, report: { failed: false } });
    expect(only.report.controls.find((c: any) => c.id === 'EC2.9')).toMatchObject({ outcome: 'PASS', resources: [{ reason: 'no public address' }] });
  });

  it('bad usage exits 2 with the usage; so does a missing file, named', () => {
    expect(run().code).toBe(2);
    expect(run('examples/minimal.yaml', '--format', 'xml').stderr).toMatch(/--format must be table or json/);
    expect(run('--bogus').code).toBe(2);
    const missing = run('no-such.yaml');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('error: cannot read no-such.yaml: no such file\n');
    expect(run('--help').stdout).toMatch(/^usage: npm run audit/);
  });

  it('without dist/ it says to synthesize first', () => {
    let stderr = '';
    const code = runAuditCli(['examples/minimal.yaml'], { stdout: () => undefined, stderr: (t) => (stderr += t), cwd: ROOT, root: os.tmpdir() });
    expect(code).toBe(2);
    expect(stderr).toMatch(/no dist\/\*\/definition.yaml under .*: run `npm run synth` first, or pass --xrd FILE/);
  });
});
