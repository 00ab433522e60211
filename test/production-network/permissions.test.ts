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

test('the list follows from what the reference claim composes', () => {
  // Each action is needed because of a field the composition writes: read those fields from a converged render.
  const rendered = renderNetwork(claim({ bastion: { sshPublicKey: EXAMPLE_SSH_KEY } }));
  const needed: string[] = [];
  if (rendered.get('bastion').spec.forProvider.iamInstanceProfile) needed.push('iam:PassRole');
  if (String(rendered.get('launch-template-bastion').spec.forProvider.imageId).startsWith('resolve:ssm:')) needed.push('ssm:GetParameters');
  if (rendered.get('flow-log').spec.forProvider.logDestinationType === 's3')
    needed.push('logs:CreateLogDelivery', 'logs:DeleteLogDelivery', 's3:GetBucketPolicy', 's3:PutBucketPolicy');
  expect(PROVIDER_PERMISSIONS.map((p) => p.action).sort()).toEqual(needed.sort());
});
