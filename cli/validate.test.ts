import * as path from 'path';
import { FINDINGS_FIXED_BY_ISSUE_11, withoutFindingsFixedByIssue11 } from '../compositions/production-network/testing';
import { runValidateCli } from './validate';

const ROOT = path.resolve(__dirname, '..');
function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runValidateCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: ROOT });
  return { code, stdout, stderr };
}

describe('npm run validate', () => {
  test('every example claim, of both flavours, is valid with every resource it composes (FINDINGS_FIXED_BY_ISSUE_11 aside)', () => {
    const files = ['examples/production-network.yaml', 'examples/minimal.yaml', 'examples/namespaced/production-network.yaml'];
    const { code, stdout } = cli([...files, '--format', 'json']);
    const results = JSON.parse(stdout);
    expect(results.map((r: any) => r.file)).toEqual(files);
    for (const r of results) {
      expect(r.error).toBeUndefined();
      expect(r.report.claim).toEqual([]);
      expect(withoutFindingsFixedByIssue11(r.report).resources).toEqual([]);
    }
    expect(results.map((r: any) => r.report.checked)).toEqual([56, 54, 57]);
    expect(code).toBe(FINDINGS_FIXED_BY_ISSUE_11.length === 0 ? 0 : 1);
  });

  test('a claim nothing refuses is VALID, with the count of composed resources; exit 0', () => {
    const { code, stdout } = cli(['examples/high-availability.yaml']);
    expect(stdout).toMatch(/^VALID {3}examples\/high-availability\.yaml \(ProductionNetwork team-payments\/payments-ha\): claim and \d+ composed resources$/m);
    expect(stdout).toMatch(/^1 valid, 0 invalid$/m);
    expect(code).toBe(0);
  });

  test('a value the XRD accepts and AWS refuses: named on the claim and on the resource, with the AWS rule and its source', () => {
    const { code, stdout } = cli(['compositions/production-network/testdata/aws-refuses.yaml']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^INVALID compositions\/production-network\/testdata\/aws-refuses\.yaml \(ProductionNetwork team-x\/humongous\)$/m);
    expect(stdout).toMatch(
      /^ {4}claim: spec\.parameters\.bastion\.instanceType: "t3\.humongous" is not an EC2 instance type \(t3 has .*\) \(it becomes Instance bastion spec\.forProvider\.instanceType\) {2}\[AWS rule aws-sdk-enum: @aws-sdk\/client-ec2@[\d.]+ InstanceType \(for AWS::EC2::Instance InstanceType\)\]$/m,
    );
    expect(stdout).toMatch(/^ {4}Instance bastion: spec\.forProvider\.instanceType: "t3\.humongous" is not an EC2 instance type .*\[AWS rule aws-sdk-enum: /m);
  });

  test('an invalid claim exits 1 and names the claim, the field and the rule', () => {
    const { code, stdout } = cli(['compositions/production-network/testdata/invalid-claims.yaml']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^INVALID compositions\/production-network\/testdata\/invalid-claims\.yaml \(ProductionNetwork team-x\/open-ssh\)$/m);
    expect(stdout).toMatch(
      /claim: spec\.parameters\.bastion\.allowedSshCidrs: allowedSshCidrs must not open SSH to the whole internet.*\[rule: self\.all\(c, !c\.endsWith\('\/0'\)\)\]/,
    );
    expect(stdout).toMatch(
      /claim: spec\.parameters\.publicSubnetCidrs\[0\]: subnet 10\.1\.1\.0\/24 is outside the VPC 10\.0\.0\.0\/16: choose a range inside it {2}\[rule: subnet-in-vpc\]/,
    );
    expect(stdout).toMatch(/^0 valid, 2 invalid$/m);
  });

  test('--old checks a change against the live claim: immutable fields are refused with the reason', () => {
    const { code, stdout } = cli(['compositions/production-network/testdata/changed-cidr.yaml', '--old', 'examples/production-network.yaml']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/vpcCidr is immutable: changing it replaces the VPC and everything in it/);
  });

  test('--format json reports per claim', () => {
    const { code, stdout } = cli(['examples/high-availability.yaml', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      expect.objectContaining({ file: 'examples/high-availability.yaml', claim: 'ProductionNetwork team-payments/payments-ha', valid: true }),
    ]);
  });

  test('usage errors exit 2; an unreadable file is reported, not thrown', () => {
    expect(cli([]).code).toBe(2);
    expect(cli(['x.yaml', '--format', 'xml']).stderr).toMatch(/--format must be text or json/);
    const missing = cli(['no-such-file.yaml']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/^INVALID no-such-file\.yaml\n {4}.*no-such-file\.yaml/m);
  });
});
