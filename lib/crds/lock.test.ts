/** crds.lock pins every upstream file this project reads; the local copies must be exactly those bytes. */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { crdsDir, pinnedCrds, projectRoot } from '../../compositions/production-network/crds';

const rows = fs
  .readFileSync(path.join(projectRoot, 'crds.lock'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t'));

function gitBlobSha1(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

test('every locked file is pinned to a release tag or commit and matches its checksum', () => {
  expect(rows.length).toBeGreaterThan(100);
  for (const [file, url, sha] of rows) {
    expect(url).toMatch(/^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/(v\d+\.\d+\.\d+|[0-9a-f]{40})\//);
    expect({ file, sha: gitBlobSha1(fs.readFileSync(path.join(crdsDir(), file))) }).toEqual({ file, sha });
  }
});

test('every CRD file the project reads is in the lock', () => {
  const locked = new Set(rows.map((r) => r[0]));
  const imported = fs.readFileSync(path.join(projectRoot, 'scripts', 'import.sh'), 'utf8');
  for (const file of locked) expect(fs.existsSync(path.join(crdsDir(), file))).toBe(true);
  for (const m of imported.matchAll(/(crossplane|function-[a-z-]+|argo-cd|provider-aws[a-z-]*)\/[A-Za-z0-9._/-]+\.yaml/g)) expect(locked.has(m[0])).toBe(true);
});

test('CRD files not named <group>_<plural>.yaml are found by the group they declare', () => {
  expect(pinnedCrds().find('argoproj.io', 'Application')?.file).toBe('argo-cd/application-crd.yaml');
  expect(pinnedCrds().schema('argoproj.io/v1alpha1', 'AppProject')).toBeDefined();
  expect(pinnedCrds().find('ec2.aws.upbound.io', 'VPC')?.file).toBe('provider-aws/ec2.aws.upbound.io_vpcs.yaml');
});
