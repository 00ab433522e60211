import * as path from 'path';
import { loadYaml } from '../support/production-network';
import { runValidateCli } from '../../cli/validate';

const ROOT = path.resolve(__dirname, '..', '..');
function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runValidateCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: ROOT });
  return { code, stdout, stderr };
}

describe('npm run validate', () => {
  test('every example claim, of both flavours, is valid with every resource it composes', () => {
    const { code, stdout } = cli(['examples/production-network.yaml', 'examples/minimal.yaml', 'examples/namespaced/production-network.yaml']);
    expect(stdout).toMatch(/^VALID {3}examples\/production-network\.yaml \(ProductionNetwork team-platform\/production\): claim and 57 composed resources$/m);
    expect(stdout).toMatch(/^VALID {3}examples\/namespaced\/production-network\.yaml .*: XR and 58 composed resources$/m); // a namespaced XR, not a claim
    expect(stdout).toMatch(/^3 valid, 0 invalid$/m);
    expect(code).toBe(0);
  });

  test('a claim nothing refuses is VALID, with the count of composed resources; exit 0', () => {
    const { code, stdout } = cli(['examples/high-availability.yaml']);
    expect(stdout).toMatch(/^VALID {3}examples\/high-availability\.yaml \(ProductionNetwork team-payments\/payments-ha\): claim and \d+ composed resources$/m);
    expect(stdout).toMatch(/^1 valid, 0 invalid$/m);
    expect(code).toBe(0);
  });

  test('a value the XRD accepts and AWS refuses: named on the claim and on the resource, with the AWS rule and its source', () => {
    const { code, stdout } = cli(['test/production-network/testdata/aws-refuses.yaml']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^INVALID test\/production-network\/testdata\/aws-refuses\.yaml \(ProductionNetwork team-x\/humongous\)$/m);
    expect(stdout).toMatch(
      /^ {4}claim: spec\.parameters\.bastion\.instanceType: "t3\.humongous" is not an EC2 instance type \(t3 has .*\) \(it becomes Instance bastion spec\.forProvider\.instanceType\) {2}\[AWS rule aws-sdk-enum: @aws-sdk\/client-ec2@[\d.]+ InstanceType \(for AWS::EC2::Instance InstanceType\)\]$/m,
    );
    expect(stdout).toMatch(/^ {4}Instance bastion: spec\.forProvider\.instanceType: "t3\.humongous" is not an EC2 instance type .*\[AWS rule aws-sdk-enum: /m);
  });

  test('an invalid claim exits 1 and names the claim, the field and the rule', () => {
    const { code, stdout } = cli(['test/production-network/testdata/invalid-claims.yaml']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^INVALID test\/production-network\/testdata\/invalid-claims\.yaml \(ProductionNetwork team-x\/open-ssh\)$/m);
    expect(stdout).toMatch(
      /claim: spec\.parameters\.bastion\.allowedSshCidrs: allowedSshCidrs must not open SSH to the whole internet.*\[rule: self\.all\(c, !c\.endsWith\('\/0'\)\)\]/,
    );
    expect(stdout).toMatch(
      /claim: spec\.parameters\.publicSubnetCidrs\[0\]: subnet 10\.1\.1\.0\/24 is outside the VPC 10\.0\.0\.0\/16: choose a range inside it {2}\[rule: subnet-in-vpc\]/,
    );
    const corpus = loadYaml('test/production-network/testdata/invalid-claims.yaml');
    expect(stdout).toMatch(new RegExp(`^0 valid, ${corpus.length} invalid$`, 'm'));
    // Every claim of the corpus is reported with the message it expects.
    for (const c of corpus) expect(stdout).toContain(c.metadata.annotations['production-network.test/expect']);
  });

  test('--old checks a change against the live claim: immutable fields are refused with the reason', () => {
    const { code, stdout } = cli(['test/production-network/testdata/changed-cidr.yaml', '--old', 'examples/production-network.yaml']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/vpcCidr is immutable: changing it replaces the VPC and everything in it/);
  });

  test('--old: the documented key rotation (disable, then enable with the new key) passes; rotating in place is refused', () => {
    const dir = 'test/production-network/testdata';
    const step = (file: string, old: string) => cli([`${dir}/${file}`, '--old', old]);
    expect(step('rotation-1-disabled.yaml', 'examples/production-network.yaml').code).toBe(0);
    expect(step('rotation-2-new-key.yaml', `${dir}/rotation-1-disabled.yaml`).code).toBe(0);
    const inPlace = step('rotation-2-new-key.yaml', 'examples/production-network.yaml');
    expect(inPlace.code).toBe(1);
    expect(inPlace.stdout).toMatch(/bastion\.sshPublicKey cannot change on a running bastion: .*To rotate the key, set bastion\.enabled: false/);
  });

  test('--old: an architecture change of a running bastion is refused with the way to make it', () => {
    const { code, stdout } = cli(['test/production-network/testdata/changed-architecture.yaml', '--old', 'examples/production-network.yaml']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/bastion\.instanceType cannot change from t3\.micro to t4g\.micro on a running bastion: one is x86_64 and the other arm64/);
  });

  test('--old: t4g.small to a1.medium (same architecture) is refused, Amazon Linux 2023 does not run on A1', () => {
    const dir = 'test/production-network/testdata';
    expect(cli([`${dir}/t4g-small-running.yaml`, '--old', 'examples/production-network.yaml']).code).toBe(1); // x86_64 -> arm64
    const { code, stdout } = cli([`${dir}/changed-to-a1.yaml`, '--old', `${dir}/t4g-small-running.yaml`]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/bastion\.instanceType a1\.medium is a first-generation Graviton \(A1\) type, and Amazon Linux 2023 does not run on A1/);
    expect(stdout).not.toMatch(/one is x86_64 and the other arm64/);
  });

  test('--old: reordering SSH networks is refused in both flavours; replacing in place and appending pass (fourth review, finding 2)', () => {
    const dir = 'test/production-network/testdata';
    const { code, stdout } = cli([`${dir}/ssh-cidrs-reordered.yaml`, '--old', `${dir}/ssh-cidrs-live.yaml`]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^0 valid, 2 invalid$/m);
    const refusals =
      stdout.match(
        /(claim|XR): spec\.parameters\.bastion\.allowedSshCidrs: bastion\.allowedSshCidrs: while the bastion runs with an SSH key, a network that stays in the list must keep its position\./g,
      ) ?? [];
    expect(refusals).toHaveLength(2);
    // The claim flavour's object is a claim, the namespaced flavour's an XR (sixth review, finding 2).
    expect(stdout).toMatch(/^ {4}claim: spec\.parameters\.bastion\.allowedSshCidrs/m);
    expect(stdout).toMatch(/^ {4}XR: spec\.parameters\.bastion\.allowedSshCidrs/m);
    expect(stdout).toMatch(/INVALID .*\(ProductionNetwork team-platform\/production\)/);
    const ok = cli([`${dir}/ssh-cidrs-replaced-appended.yaml`, '--old', `${dir}/ssh-cidrs-live.yaml`]);
    expect(ok.stdout).toMatch(/^2 valid, 0 invalid$/m);
    expect(ok.code).toBe(0);
  });

  test('--old: another providerConfigName is refused in both flavours, saying why and what to do (fourth review, finding 3)', () => {
    const dir = 'test/production-network/testdata';
    const { code, stdout } = cli([`${dir}/changed-provider-config.yaml`, '--old', `${dir}/ssh-cidrs-live.yaml`]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^0 valid, 2 invalid$/m);
    const refusals =
      stdout.match(
        /(claim|XR): spec\.parameters\.providerConfigName: providerConfigName is immutable: another ProviderConfig may reach another AWS account.*Create a new ProductionNetwork for other credentials/g,
      ) ?? [];
    expect(refusals).toHaveLength(2);
  });

  test('--format json reports per claim', () => {
    const { code, stdout } = cli(['examples/high-availability.yaml', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      expect.objectContaining({ file: 'examples/high-availability.yaml', claim: 'ProductionNetwork team-payments/payments-ha', valid: true }),
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
