import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { runRenderCli } from '../../cli/render';

const ROOT = path.resolve(__dirname, '..', '..');

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runRenderCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: ROOT, root: ROOT });
  return { code, stdout, stderr };
}

describe('npm run render -- --cost', () => {
  const { code, stdout, stderr } = run('--cost', 'examples/production-network.yaml');

  test('prints the itemised estimate of the converged design instead of YAML', () => {
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Estimated fixed monthly AWS cost of ProductionNetwork team-platform\/production\n/);
    expect(stdout).toMatch(/resource\s+item\s+unit price\s+quantity\s+monthly/);
    expect(stdout).toMatch(/nat-a\s+NAT gateway hours\s+\$0\.045\/hour\s+730\s+\$32\.85/);
    expect(stdout).toMatch(/bastion\s+instance hours \(t3\.micro, Linux on-demand\)\s+\$0\.0104\/hour\s+730\s+\$7\.59/);
    expect(stdout).not.toContain('apiVersion:');
    // Converged: the bucket policies that wait on observed status are there, and no render warns about them.
    expect(stdout).toContain('BucketPolicy ×2');
    expect(stderr).toBe('');
  });

  test('with the total, the price date and region, and the sources', () => {
    expect(stdout).toContain(`fixed monthly total: $${(2 * 0.045 * 730 + 3 * 0.005 * 730 + 0.0104 * 730 + 8 * 0.08).toFixed(2)}`); // $84.88
    expect(stdout).toMatch(/prices: on-demand list prices, USD, us-west-2 as of \d{4}-\d{2}-\d{2}/);
    expect(stdout).toContain('sources:\n  https://aws.amazon.com/');
  });
});

describe('npm run render -- --format mermaid|dot', () => {
  test('mermaid: a flowchart titled with the claim, grouped by zone', () => {
    const { code, stdout } = run('--format', 'mermaid', 'examples/production-network.yaml');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^---\ntitle: ProductionNetwork team-platform\/production\n---\nflowchart LR\n/);
    expect(stdout).toContain('subgraph zone_b["zone us-west-2b"]');
    expect(stdout).toContain('r_route_private_a_nat -->|natGatewayId| r_nat_a');
  });

  test('dot: a digraph with a cluster per zone and tier', () => {
    const { code, stdout } = run('--format', 'dot', 'examples/production-network.yaml');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^digraph composite \{\n/);
    expect(stdout).toContain('subgraph cluster_zone_a_private {');
    expect(stdout).toContain('r_nat_b -> r_eip_nat_b [label="allocationId"];');
  });

  test('--observed is used as given rather than simulated', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'render-extras-'));
    fs.writeFileSync(
      path.join(dir, 'observed.yaml'),
      '---\napiVersion: ec2.aws.upbound.io/v1beta1\nkind: VPC\nmetadata:\n  name: x\n  annotations: {crossplane.io/composition-resource-name: vpc}\n',
    );
    const { code, stdout } = run('--format', 'mermaid', '--observed', path.join(dir, 'observed.yaml'), 'examples/production-network.yaml');
    expect(code).toBe(0);
    expect(stdout).not.toContain('bucket-logs-policy'); // needs the observed buckets, which were not given
  });

  test('another format is a usage error naming every format', () => {
    const { code, stderr } = run('--format', 'svg', 'examples/production-network.yaml');
    expect(code).toBe(2);
    expect(stderr).toContain('--format must be yaml, json, mermaid or dot, not svg');
  });

  test('the usage text lists --cost and the diagram formats', () => {
    const { stdout } = run('--help');
    expect(stdout).toContain('--cost');
    expect(stdout).toContain('--format mermaid|dot');
  });

  test('yaml output is unchanged by the extras', () => {
    const { code, stdout } = run('examples/production-network.yaml');
    expect(code).toBe(0);
    expect(stdout.startsWith('---\napiVersion: network.platform.example.org/v1alpha1\nkind: XProductionNetwork\n')).toBe(true);
    expect(stdout).not.toContain('bucket-logs-policy'); // one render, as before
  });
});

test('diagram zone groups carry the real zone names: zones [c, d] are not drawn as "zone a" and "zone b"', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'render-zones-'));
  const claim = fs
    .readFileSync(path.join(ROOT, 'examples/production-network.yaml'), 'utf8')
    .replace('    region: us-west-2\n', '    region: us-west-2\n    availabilityZones: [c, d]\n');
  expect(claim).toContain('availabilityZones: [c, d]');
  fs.writeFileSync(path.join(dir, 'cd.yaml'), claim);
  const mermaid = run('--format', 'mermaid', path.join(dir, 'cd.yaml'));
  expect(mermaid.code).toBe(0);
  expect(mermaid.stdout).toContain('subgraph zone_a["zone us-west-2c"]');
  expect(mermaid.stdout).toContain('subgraph zone_b["zone us-west-2d"]');
  expect(mermaid.stdout).not.toMatch(/"zone [ab]"/);
  const dot = run('--format', 'dot', path.join(dir, 'cd.yaml'));
  expect(dot.stdout).toContain('label="zone us-west-2c"');
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run render -- --simulate', () => {
  const docs = (text: string) => parseAllDocuments(text).map((d: any) => d.toJS());

  test('shows the XR as it will be once its resources exist: status, Ready, and the resources that wait for it', () => {
    const plain = run('examples/production-network.yaml');
    const simulated = run('--simulate', 'examples/production-network.yaml');
    expect(simulated.code).toBe(0);
    const [xr, ...resources] = docs(simulated.stdout);
    expect(xr.status.vpcId).toMatch(/^vpc-/);
    expect(xr.status.conditions).toContainEqual(expect.objectContaining({ type: 'Ready', status: 'True' }));
    // The bucket policies wait for the bucket names and the account id in the XR's status.
    const kinds = (ds: any[]) => ds.map((d) => d.kind);
    expect(kinds(resources).filter((k) => k === 'BucketPolicy')).toHaveLength(2);
    expect(kinds(docs(plain.stdout)).filter((k: string) => k === 'BucketPolicy')).toHaveLength(0);
    // The first render says once, in one line, why resources are missing, instead of warnings that look like failures:
    // the buckets wait for the account id (their names include it), the policies for the buckets, the flow log for the
    // logs bucket's policy.
    expect(plain.stderr).toBe(
      'note: this is the first render, before any composed resource exists: 5 resources (bucket-logs, bucket-logs-policy, bucket-backup, bucket-backup-policy, flow-log) ' +
        "wait for status the others report, as on Crossplane's first reconcile; --simulate shows the converged result\n",
    );
    expect(plain.code).toBe(0);
    expect(simulated.stderr).toBe('');
  });
});

describe('the design views refuse what AWS would refuse', () => {
  it.each([['--cost'], ['--format', 'mermaid']])('render %s of a claim with an instance type EC2 does not have exits 1 and says why', (...flags) => {
    const { code, stdout, stderr } = run('test/production-network/testdata/aws-refuses.yaml', ...flags);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/AWS would refuse what ProductionNetwork team-x\/humongous composes, so it is neither priced nor drawn/);
    expect(stderr).toMatch(/t3\.humongous/);
  });
});
