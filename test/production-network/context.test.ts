/**
 * `CompositionContext.resource`: one name in, and everything that must agree with it out (the label selectors
 * match, the Name tag, the region and the common patches), so a part cannot write a mismatch.
 */
import { Role } from '../../imports/iam.aws.upbound.io';
import { Subnet } from '../../imports/ec2.aws.upbound.io';
import { ResourceLabels } from '../../lib/authoring/selectors';
import { CompositionContext, DEFAULT_REGION } from '../../compositions/production-network/context';
import { claimFlavour } from '../../compositions/production-network/flavour';
import { bastionSchema, parametersSchema, storageSchema } from '../../compositions/production-network/api';
import { composedResources } from '../../compositions/production-network/composition';
import { apiNames } from '../../compositions/production-network/definition';

const labels = new ResourceLabels('network.example.org');
const ctx = new CompositionContext(claimFlavour, labels).part('network');

test('a tagged regional resource: label, selector, Name tag, default tags and region all come from its one name', () => {
  const subnet = ctx.resource('subnet-public-a', Subnet, { labels: { tier: 'public' }, purpose: 'a subnet', forProvider: { mapPublicIpOnLaunch: false } });
  expect(subnet.base.metadata.labels).toEqual({ 'network.example.org/resource': 'subnet-public-a', 'network.example.org/tier': 'public' });
  expect(ctx.select('subnet-public-a').matchLabels).toEqual({ 'network.example.org/resource': 'subnet-public-a' });
  expect(subnet.base.spec.forProvider).toEqual({
    region: DEFAULT_REGION,
    mapPublicIpOnLaunch: false,
    tags: { ManagedBy: 'crossplane', Component: 'network', Purpose: 'a subnet' },
  });
  const nameTag = (subnet.patches ?? []).filter((p: any) => p.toFieldPath === 'spec.forProvider.tags.Name');
  expect(nameTag.length).toBeGreaterThan(0);
  for (const p of nameTag as any[]) expect(p.transforms[0].string.fmt).toBe('%s-subnet-public-a');
  expect((subnet.patches ?? []).map((p: any) => p.patchSetName).filter(Boolean)).toEqual(['provider-config', 'region', 'claim-tags']);
});

test('an untagged global resource gets neither region nor tags, and only the provider-config patch set', () => {
  const role = ctx.resource('role-x', Role, { regional: false, forProvider: { description: 'd' } });
  expect(role.base.spec.forProvider).toEqual({ description: 'd' });
  expect(role.patches).toEqual([{ type: 'PatchSet', patchSetName: 'provider-config' }]);
});

test('a tagged resource outside a part is refused: its Component tag would be unknown', () => {
  const bare = new CompositionContext(claimFlavour, labels);
  expect(() => bare.resource('vpc', Subnet, { purpose: 'p', forProvider: {} })).toThrow(/needs the context of a part/);
});

test("bases carry the API's defaults, read from its schema, so a base is the default claim's object on its own", () => {
  const resources = composedResources(claimFlavour, apiNames(claimFlavour, 'network.example.org'));
  const base = (name: string) => resources.find((r) => r.name === name)!.base.spec.forProvider;
  expect(base('bastion').instanceType).toBe(bastionSchema.properties.instanceType.default);
  expect(base('bucket-logs-lifecycle').rule[0].expiration[0].days).toBe(storageSchema.properties.logRetentionDays.default);
  expect(base('bucket-backup-lifecycle').rule[0].noncurrentVersionExpiration[0].noncurrentDays).toBe(
    storageSchema.properties.backupNoncurrentVersionDays.default,
  );
  for (const r of resources) if ('region' in r.base.spec.forProvider) expect(r.base.spec.forProvider.region).toBe(parametersSchema.properties.region.default);
});
