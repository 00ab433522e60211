import * as path from 'path';
import { runValidateCli } from './validate';

const ROOT = path.resolve(__dirname, '..');
function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runValidateCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: ROOT });
  return { code, stdout, stderr };
}

describe('npm run validate', () => {
  test('every example claim, of both flavours, is valid with every resource it composes', () => {
    const { code, stdout } = cli(['examples/production-network.yaml', 'examples/minimal.yaml', 'examples/namespaced/production-network.yaml']);
    expect(stdout).toMatch(/^VALID {3}examples\/production-network\.yaml \(ProductionNetwork team-platform\/production\): claim and 56 composed resources$/m);
    expect(stdout).toMatch(/^VALID {3}examples\/namespaced\/production-network\.yaml .*: claim and 57 composed resources$/m);
    expect(stdout).toMatch(/^3 valid, 0 invalid$/m);
    expect(code).toBe(0);
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
    const { code, stdout } = cli(['examples/minimal.yaml', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      expect.objectContaining({ file: 'examples/minimal.yaml', claim: 'ProductionNetwork team-payments/minimal', valid: true }),
    ]);
  });

  test('usage errors exit 2; so does an unreadable file, reported, not thrown', () => {
    expect(cli([]).code).toBe(2);
    expect(cli(['x.yaml', '--format', 'xml']).stderr).toMatch(/--format must be text or json/);
    const missing = cli(['no-such-file.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('error: cannot read no-such-file.yaml: no such file\n');
    expect(missing.stdout).not.toMatch(/INVALID/); // INVALID is for claims, not for files that cannot be read
  });
});
