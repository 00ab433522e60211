/**
 * Review 2026-12-01 (issue 11 finding 4): the permissions the provider needs inside other calls were listed in
 * neither document. Both name every action of the one list.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PROVIDER_PERMISSIONS } from '../../compositions/production-network/permissions';
import { claim, EXAMPLE_SSH_KEY, renderNetwork } from '../support/production-network';

const ROOT = path.join(__dirname, '..', '..');

test.each(['README.md', 'docs/install.md'])('%s names every permission the provider needs inside another call', (file) => {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const missing = PROVIDER_PERMISSIONS.map((p) => p.action).filter((action) => !text.includes(`\`${action}\``));
  expect({ file, missing }).toEqual({ file, missing: [] });
});

test.each(['claim', 'namespaced'] as const)('the list follows from what the reference claim composes (%s flavour)', (flavour) => {
  // Each action is needed because of a field the composition writes: read those fields from a converged render.
  const rendered = renderNetwork(claim({ bastion: { sshPublicKey: EXAMPLE_SSH_KEY }, tags: { Team: 'x' } }, { flavour }), flavour);
  const needed: string[] = [];
  const kind = (group: string, k: string) => rendered.managed.filter((r) => r.apiVersion.startsWith(`${group}.`) && r.kind === k);
  const tagged = (r: any) => Object.keys(r.spec.forProvider.tags ?? {}).length > 0 || (r.spec.forProvider.tagSpecifications ?? []).length > 0;
  // Third review 2026-12-01, finding 5: tags go out with the create call (or right after it, for a bucket).
  if (kind('iam', 'Role').some(tagged)) needed.push('iam:TagRole');
  if (kind('iam', 'InstanceProfile').some(tagged)) needed.push('iam:TagInstanceProfile');
  if (rendered.managed.filter((r) => r.apiVersion.startsWith('ec2.')).some(tagged)) needed.push('ec2:CreateTags');
  if (kind('s3', 'Bucket').some(tagged)) needed.push('s3:PutBucketTagging', 's3:GetBucketTagging');
  // Finding 2: an encrypted root volume without a key of its own is encrypted with the account's default EBS key.
  const ebs = rendered.get('launch-template-bastion').spec.forProvider.blockDeviceMappings[0].ebs;
  if (ebs.encrypted === 'true' && !ebs.kmsKeyId)
    needed.push('kms:CreateGrant', 'kms:Decrypt', 'kms:DescribeKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:ReEncrypt*');
  if (rendered.get('bastion').spec.forProvider.iamInstanceProfile) needed.push('iam:PassRole');
  if (String(rendered.get('launch-template-bastion').spec.forProvider.imageId).startsWith('resolve:ssm:')) needed.push('ssm:GetParameters');
  if (rendered.get('flow-log').spec.forProvider.logDestinationType === 's3')
    needed.push('logs:CreateLogDelivery', 'logs:DeleteLogDelivery', 's3:GetBucketPolicy', 's3:PutBucketPolicy');
  expect(PROVIDER_PERMISSIONS.map((p) => p.action).sort()).toEqual(needed.sort());
});

test("the default EBS key's KMS permissions say when they apply and how to tell, in both documents (third review 2026-12-01, finding 2)", () => {
  const kms = PROVIDER_PERMISSIONS.filter((p) => p.action.startsWith('kms:'));
  expect(kms.map((p) => p.action)).toEqual(['kms:CreateGrant', 'kms:Decrypt', 'kms:DescribeKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:ReEncrypt*']);
  for (const p of kms) expect(p.onlyWhen?.check).toBe('aws ec2 get-ebs-default-kms-key-id');
  for (const file of ['README.md', 'docs/install.md']) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    expect({ file, check: text.includes('`aws ec2 get-ebs-default-kms-key-id`') }).toEqual({ file, check: true });
    expect({ file, launchLoop: /Client error on\s+launch/.test(text) }).toEqual({ file, launchLoop: true });
  }
});

test('every permission names its source', () => {
  for (const p of PROVIDER_PERMISSIONS)
    expect({ action: p.action, source: p.source.length > 10, why: p.why.length > 10 }).toEqual({ action: p.action, source: true, why: true });
});
