/**
 * Every option of the claim and the combinations that interact, for both flavours from one table: what is and is
 * not composed, how it is wired (no dangling selector, no route to a NAT gateway that is not composed, no zone
 * left without a route), and that each rendered resource validates strictly against its provider CRD.
 */
import { validateClaim } from '../../lib/validate/claim';
import { FlavourName } from '../../compositions/production-network/index';
import { api, claim, EXAMPLE_SSH_KEY, renderNetwork, Rendered, selectorsOf, zoneParameters } from '../support/production-network';
import { pinnedCrds } from '../../compositions/production-network/crds';

const KEY = EXAMPLE_SSH_KEY;
const THREE_ZONES = zoneParameters(3);
const FLAVOURS: FlavourName[] = ['claim', 'namespaced'];

function label(flavour: FlavourName) {
  return `${api(flavour).names.group}/resource`;
}
function targetOf(r: Rendered, flavour: FlavourName, selector: any): string {
  const m = r.select(selector);
  expect(m).toHaveLength(1);
  return m[0].metadata.labels[label(flavour)];
}
function strictlyValid(parameters: Record<string, unknown>, flavour: FlavourName) {
  const { definition: xrd, composition } = api(flavour);
  const report = validateClaim({ claim: claim(parameters, { flavour }), xrd, composition, catalog: pinnedCrds() });
  expect({ claim: report.claim, resources: report.resources, render: report.render }).toEqual({ claim: [], resources: [], render: undefined });
}

describe.each(FLAVOURS)('%s flavour', (flavour) => {
  const render = (parameters: Record<string, unknown>) => renderNetwork(claim(parameters, { flavour }), flavour);

  describe.each([
    ['two zones', {}, ['a', 'b']],
    ['three zones', THREE_ZONES, ['a', 'b', 'c']],
  ])('%s', (_z, zoneParams, zones) => {
    describe.each(['PerZone', 'Single', 'None'])('natGateways %s', (mode) => {
      // Without NAT an SSM-only bastion could not reach SSM (the API rejects that): this bastion has a key.
      const parameters = { ...zoneParams, natGateways: mode, ...(mode === 'None' ? { bastion: { sshPublicKey: KEY } } : {}) };
      const r = render(parameters);
      const nats = mode === 'PerZone' ? zones : mode === 'Single' ? ['a'] : [];

      test('composes subnets, tables and associations per zone, and NAT gateways by mode', () => {
        for (const z of zones) {
          for (const n of [
            `subnet-public-${z}`,
            `subnet-private-${z}`,
            `rt-private-${z}`,
            `rta-public-${z}`,
            `rta-private-${z}`,
            `endpoint-s3-rt-private-${z}`,
          ])
            expect(r.has(n)).toBe(true);
        }
        for (const n of r.names.filter((x) => /-(a|b|c)(-nat)?$/.test(x))) expect(zones).toContain(n.replace(/-nat$/, '').slice(-1));
        expect(r.names.filter((n) => /^nat-/.test(n))).toEqual(nats.map((z) => `nat-${z}`));
        expect(r.names.filter((n) => /^eip-nat-/.test(n))).toEqual(nats.map((z) => `eip-nat-${z}`));
        expect(r.composite.status.natGatewayIds ?? []).toHaveLength(nats.length);
        expect(r.composite.status.publicSubnetIds).toHaveLength(zones.length);
        expect(r.composite.status.privateSubnetIds).toHaveLength(zones.length);
      });

      test('every private table routes to a composed NAT gateway of its own zone (PerZone) or the first zone (Single), or has no default route (None)', () => {
        for (const z of zones) {
          const route = `route-private-${z}-nat`;
          if (mode === 'None') {
            expect(r.has(route)).toBe(false);
            continue;
          }
          const f = r.get(route).spec.forProvider;
          expect(f.destinationCidrBlock).toBe('0.0.0.0/0');
          expect(targetOf(r, flavour, f.routeTableIdSelector)).toBe(`rt-private-${z}`);
          expect(targetOf(r, flavour, f.natGatewayIdSelector)).toBe(mode === 'PerZone' ? `nat-${z}` : 'nat-a');
        }
        expect(targetOf(r, flavour, r.get('route-public-igw').spec.forProvider.gatewayIdSelector)).toBe('igw');
      });

      test('no selector dangles: each picks exactly one composed resource', () => {
        for (const res of r.managed) for (const s of Object.values(selectorsOf(res))) expect(r.select(s)).toHaveLength(1);
      });

      test('every composed resource validates strictly', () => strictlyValid(parameters, flavour));
    });
  });

  test('switching NAT mode on a live claim re-points the routes instead of leaving them on a deleted NAT gateway', () => {
    const perZone = render({});
    const single = render({ natGateways: 'Single' });
    expect(perZone.get('route-private-b-nat').spec.forProvider.natGatewayIdSelector.matchLabels[label(flavour)]).toBe('nat-b');
    const selector = single.get('route-private-b-nat').spec.forProvider.natGatewayIdSelector;
    expect(selector.matchLabels[label(flavour)]).toBe('nat-a');
    // A resolved reference is cached; Always makes the provider resolve the new selector instead of keeping nat-b's id.
    expect(selector.policy).toEqual({ resolve: 'Always' });
    expect(single.has('nat-b')).toBe(false);
  });

  const BASTION_PARTS = [
    'bastion',
    'keypair-bastion',
    'role-bastion',
    'role-bastion-ssm',
    'profile-bastion',
    'sg-bastion',
    'sg-bastion-ingress-ssh-1',
    'sg-bastion-egress-ssh-vpc',
    'sg-bastion-egress-http',
    'sg-bastion-egress-https',
    'sg-private-ingress-ssh-bastion',
  ];

  test('bastion disabled: no instance, key pair, profile, role or bastion group, and the private group accepts no SSH', () => {
    const r = render({ bastion: { enabled: false, sshPublicKey: KEY } });
    for (const n of BASTION_PARTS) expect(r.has(n)).toBe(false);
    expect(r.has('sg-private')).toBe(true);
    expect(r.resources.filter((x) => x.kind === 'SecurityGroupIngressRule').every((x) => x.spec.forProvider.fromPort !== 22)).toBe(true);
    expect(r.composite.status.bastionPublicIp).toBeUndefined();
    strictlyValid({ bastion: { enabled: false } }, flavour);
  });

  test('bastion without a key: SSM only, in the first private subnet, no key pair, no public address, no SSH in', () => {
    const r = render({});
    expect(r.has('keypair-bastion')).toBe(false);
    const f = r.get('bastion').spec.forProvider;
    expect(f.keyName).toBeUndefined();
    expect(f.associatePublicIpAddress).toBe(false);
    expect(targetOf(r, flavour, f.subnetIdSelector)).toBe('subnet-private-a');
    expect(r.names.filter((n) => n.startsWith('sg-bastion-ingress'))).toEqual([]);
    expect(r.composite.status.bastionPublicIp).toBeUndefined();
    for (const n of BASTION_PARTS.filter((x) => x !== 'keypair-bastion' && !x.startsWith('sg-bastion-ingress'))) expect(r.has(n)).toBe(true);
    expect(r.get('role-bastion-ssm').spec.forProvider.policyArn).toBe('arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore');
  });

  test('bastion with a key: a key pair whose name the instance takes, a public address in the first public subnet', () => {
    const r = render({ bastion: { sshPublicKey: KEY } });
    const f = r.get('bastion').spec.forProvider;
    expect(f.keyName).toBe(r.get('keypair-bastion').metadata.annotations['crossplane.io/external-name']);
    expect(f.associatePublicIpAddress).toBe(true);
    expect(targetOf(r, flavour, f.subnetIdSelector)).toBe('subnet-public-a');
    expect(typeof r.composite.status.bastionPublicIp).toBe('string');
  });

  test('no SSH networks: no SSH ingress on the bastion (SSM only)', () => {
    const r = render({ bastion: { sshPublicKey: KEY, allowedSshCidrs: [] } });
    expect(r.names.filter((n) => n.startsWith('sg-bastion-ingress'))).toEqual([]);
    expect(r.has('bastion')).toBe(true);
  });

  test('flow logs off: no flow log', () => {
    expect(render({ flowLogs: { enabled: false } }).has('flow-log')).toBe(false);
    strictlyValid({ flowLogs: { enabled: false } }, flavour);
  });

  test('S3 gateway endpoint off: no endpoint and no associations', () => {
    const r = render({ s3GatewayEndpoint: false });
    expect(r.names.filter((n) => n.startsWith('endpoint-s3'))).toEqual([]);
    strictlyValid({ s3GatewayEndpoint: false }, flavour);
  });

  test('a KMS key: SSE-KMS with a bucket key for backups; the logs bucket stays SSE-S3', () => {
    const kmsKeyArn = 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const r = render({ storage: { kmsKeyArn } });
    expect(r.get('bucket-backup-encryption').spec.forProvider.rule).toEqual([
      { applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: kmsKeyArn }, bucketKeyEnabled: true },
    ]);
    expect(r.get('bucket-logs-encryption').spec.forProvider.rule).toEqual([{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }]);
    strictlyValid({ storage: { kmsKeyArn } }, flavour);
  });

  test.each([
    ['Orphan', {}],
    ['Delete', { storage: { deletionPolicy: 'Delete' } }],
  ])('storage.deletionPolicy %s applies to every bucket and protection object, and nothing else', (policy, parameters) => {
    const r = render(parameters);
    for (const res of r.managed) {
      const storage = res.metadata.labels[label(flavour)].startsWith('bucket-');
      if (flavour === 'claim') {
        expect({ name: res.metadata.labels[label(flavour)], policy: res.spec.deletionPolicy }).toEqual({
          name: res.metadata.labels[label(flavour)],
          policy: storage ? policy : undefined,
        });
      } else {
        // Namespaced managed resources have no deletionPolicy: without Delete in the management policies they orphan.
        expect(res.spec.deletionPolicy).toBeUndefined();
        if (storage) expect(res.spec.managementPolicies).toEqual(policy === 'Orphan' ? ['Observe', 'Create', 'Update', 'LateInitialize'] : ['*']);
      }
    }
  });

  test('the logs retention and the backup noncurrent-version expiry follow the claim', () => {
    const r = render({ storage: { logRetentionDays: 30, backupNoncurrentVersionDays: 7 } });
    expect(r.get('bucket-logs-lifecycle').spec.forProvider.rule[0].expiration[0].days).toBe(30);
    expect(r.get('bucket-backup-lifecycle').spec.forProvider.rule[0].noncurrentVersionExpiration[0].noncurrentDays).toBe(7);
  });

  test('the provider config and region reach every composed resource', () => {
    const r = render({ providerConfigName: 'team-a', region: 'eu-west-1' });
    for (const res of r.managed) {
      expect(res.spec.providerConfigRef.name).toBe('team-a');
      if (flavour === 'namespaced') expect(res.spec.providerConfigRef.kind).toBe('ClusterProviderConfig');
      if (!res.apiVersion.startsWith('iam.')) expect(res.spec.forProvider.region).toBe('eu-west-1');
    }
    expect(r.get('subnet-public-b').spec.forProvider.availabilityZone).toBe('eu-west-1b');
    expect(r.get('endpoint-s3').spec.forProvider.serviceName).toBe('com.amazonaws.eu-west-1.s3');
  });
});

test('the namespaced flavour composes the same resources as the claim flavour, as namespaced kinds', () => {
  const parameters = { bastion: { sshPublicKey: KEY } };
  const c = renderNetwork(claim(parameters));
  const n = renderNetwork(claim(parameters, { flavour: 'namespaced' }), 'namespaced');
  expect(n.names).toEqual([...c.names, `${n.composite.metadata.name}-connection-secret`].sort());
  for (const name of c.names) {
    const [cg] = c.get(name).apiVersion.split('/');
    expect(n.get(name).apiVersion).toBe(`${cg.replace('.aws.upbound.io', '.aws.m.upbound.io')}/v1beta1`);
    expect(n.get(name).kind).toBe(c.get(name).kind);
    expect(n.get(name).metadata.namespace).toBe('team-payments');
  }
});
