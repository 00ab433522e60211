import { claim, EXAMPLE_SSH_KEY, renderNetwork, zoneParameters } from '../../test/support/production-network';
import { estimateMonthlyCost, formatCostTable, HOURS_PER_MONTH, PRICE_TABLES, type CostEstimate } from './index';

const KEY = EXAMPLE_SSH_KEY;
const ZONES: Record<number, ReturnType<typeof zoneParameters>> = { 2: zoneParameters(2), 3: zoneParameters(3) };
const BASTION: Record<string, Record<string, unknown>> = {
  't3.micro': { sshPublicKey: KEY },
  off: { enabled: false },
  't4g.small': { sshPublicKey: KEY, instanceType: 't4g.small' },
};

function estimate(zones: number, nat: string, bastion: string, region = 'us-west-2'): CostEstimate {
  return estimateMonthlyCost(renderNetwork(claim({ region, ...ZONES[zones], natGateways: nat, bastion: BASTION[bastion] })).resources);
}

// Worked out by hand from lib/cost/prices.ts (us-west-2, 730 h): NAT $0.045/h, public IPv4 $0.005/h (each NAT's
// Elastic IP and the bastion's address), t3.micro $0.0104/h, t4g.small $0.0168/h, gp3 $0.08/GiB-month × 8 GiB.
const HAND: Array<[zones: number, nat: string, bastion: string, monthly: number]> = [
  [2, 'PerZone', 't3.micro', 2 * 0.045 * 730 + 3 * 0.005 * 730 + 0.0104 * 730 + 8 * 0.08], // 84.882
  [2, 'Single', 't3.micro', 1 * 0.045 * 730 + 2 * 0.005 * 730 + 0.0104 * 730 + 8 * 0.08], // 48.382
  [2, 'None', 't3.micro', 0 * 0.045 * 730 + 1 * 0.005 * 730 + 0.0104 * 730 + 8 * 0.08], // 11.882
  [3, 'PerZone', 't3.micro', 3 * 0.045 * 730 + 4 * 0.005 * 730 + 0.0104 * 730 + 8 * 0.08], // 121.382
  [3, 'Single', 't3.micro', 1 * 0.045 * 730 + 2 * 0.005 * 730 + 0.0104 * 730 + 8 * 0.08], // 48.382
  [3, 'None', 't3.micro', 0 * 0.045 * 730 + 1 * 0.005 * 730 + 0.0104 * 730 + 8 * 0.08], // 11.882
  [2, 'PerZone', 'off', 2 * 0.045 * 730 + 2 * 0.005 * 730], // 73.00
  [2, 'Single', 'off', 1 * 0.045 * 730 + 1 * 0.005 * 730], // 36.50
  [2, 'None', 'off', 0], // nothing with a fixed charge
  [3, 'PerZone', 'off', 3 * 0.045 * 730 + 3 * 0.005 * 730], // 109.50
  [3, 'Single', 'off', 1 * 0.045 * 730 + 1 * 0.005 * 730], // 36.50
  [3, 'None', 'off', 0],
  [2, 'PerZone', 't4g.small', 2 * 0.045 * 730 + 3 * 0.005 * 730 + 0.0168 * 730 + 8 * 0.08], // 89.554
  [2, 'Single', 't4g.small', 1 * 0.045 * 730 + 2 * 0.005 * 730 + 0.0168 * 730 + 8 * 0.08], // 53.054
  [2, 'None', 't4g.small', 0 * 0.045 * 730 + 1 * 0.005 * 730 + 0.0168 * 730 + 8 * 0.08], // 16.554
  [3, 'PerZone', 't4g.small', 3 * 0.045 * 730 + 4 * 0.005 * 730 + 0.0168 * 730 + 8 * 0.08], // 126.054
  [3, 'Single', 't4g.small', 1 * 0.045 * 730 + 2 * 0.005 * 730 + 0.0168 * 730 + 8 * 0.08], // 53.054
  [3, 'None', 't4g.small', 0 * 0.045 * 730 + 1 * 0.005 * 730 + 0.0168 * 730 + 8 * 0.08], // 16.554
];

describe('fixed monthly cost of each option combination', () => {
  test.each(HAND)('%i zones, NAT %s, bastion %s', (zones, nat, bastion, monthly) => {
    const e = estimate(zones, nat, bastion);
    expect(e.fixedMonthly).toBeCloseTo(monthly, 6);
    expect(e.unpriced).toBe(0);
    expect(e.regions).toEqual(['us-west-2']);

    const nats = nat === 'PerZone' ? zones : nat === 'Single' ? 1 : 0;
    const items = (item: string) => e.lines.filter((l) => l.item === item);
    expect(items('NAT gateway hours')).toHaveLength(nats);
    expect(items('public IPv4 address (Elastic IP)')).toHaveLength(nats);
    expect(items('public IPv4 address (instance)')).toHaveLength(bastion === 'off' ? 0 : 1);
    expect(e.lines.filter((l) => l.item.startsWith('instance hours')).map((l) => l.item)).toEqual(
      bastion === 'off' ? [] : [`instance hours (${bastion}, Linux on-demand)`],
    );
    for (const l of e.lines.filter((x) => x.basis === 'fixed')) expect(l.monthly).toBeCloseTo(l.unitPrice! * l.quantity!, 9);
  });
});

describe('line items of the reference design', () => {
  const e = estimate(2, 'PerZone', 't3.micro');
  const line = (resource: string, item: string) => e.lines.find((l) => l.resource === resource && l.item.startsWith(item));

  test('each NAT gateway is 730 hours at $0.045, citing the VPC pricing page', () => {
    expect(line('nat-a', 'NAT gateway hours')).toMatchObject({
      basis: 'fixed',
      unitPrice: 0.045,
      quantity: 730,
      source: 'https://aws.amazon.com/vpc/pricing/',
    });
    expect(line('nat-a', 'NAT gateway hours')!.monthly).toBeCloseTo(0.045 * 730, 9); // 32.85
  });

  test('the root volume is 8 GiB of gp3 unless the resource sizes it, and says so', () => {
    expect(line('bastion', 'root volume')).toMatchObject({ basis: 'fixed', unitPrice: 0.08, quantity: 8, unit: 'GiB-month' });
    expect(line('bastion', 'root volume')!.note).toMatch(/8 GiB.*default/);
  });

  test('the S3 gateway endpoint is listed at $0; flow logs, buckets and NAT traffic are usage-based', () => {
    expect(line('endpoint-s3', 'gateway endpoint')).toMatchObject({ basis: 'free', monthly: 0 });
    expect(line('flow-log', 'flow log delivery')).toMatchObject({ basis: 'usage-based' });
    expect(line('flow-log', 'flow log delivery')!.monthly).toBeUndefined();
    expect(line('bucket-logs', 'S3 storage')).toMatchObject({ basis: 'usage-based' });
    expect(line('nat-b', 'NAT gateway data processed')).toMatchObject({ basis: 'usage-based' });
  });

  test('free kinds are counted, not itemised, and every composed resource is accounted for', () => {
    const itemised = new Set(e.lines.map((l) => l.resource));
    const counted = Object.values(e.freeKinds).reduce((a, b) => a + b, 0);
    expect(itemised.size + counted).toBe(renderNetwork(claim({ ...ZONES[2], bastion: BASTION['t3.micro'] })).resources.length);
    expect(e.freeKinds.VPC).toBe(1);
  });

  test('the table shows unit prices, quantities, the total, the date, the region and the sources', () => {
    const text = formatCostTable(e);
    expect(text).toMatch(/nat-a\s+NAT gateway hours\s+\$0\.045\/hour\s+730\s+\$32\.85/);
    expect(text).toContain('fixed monthly total: $84.88');
    expect(text).toContain(`us-west-2 as of ${PRICE_TABLES['us-west-2'].date}`);
    expect(text).toContain('https://aws.amazon.com/ec2/pricing/on-demand/');
  });

  test('us-east-1 publishes the same prices for these items', () => {
    expect(estimate(2, 'PerZone', 't3.micro', 'us-east-1').fixedMonthly).toBeCloseTo(84.882, 6);
  });
});

describe('what cannot be priced is said, never a silent zero', () => {
  test('an instance type missing from the table is a no-price line and makes the total a lower bound', () => {
    const e = estimateMonthlyCost(renderNetwork(claim({ bastion: { sshPublicKey: KEY, instanceType: 'c7gn.metal' } })).resources);
    expect(e.lines.find((l) => l.item.startsWith('instance hours'))).toMatchObject({
      basis: 'no-price',
      note: expect.stringContaining('no price for instance type c7gn.metal in us-west-2'),
    });
    expect(e.unpriced).toBe(1);
    expect(e.fixedMonthly).toBeCloseTo(2 * 0.045 * 730 + 3 * 0.005 * 730 + 8 * 0.08, 6);
    expect(formatCostTable(e)).toContain('(at least: 1 line without a price)');
  });

  test('a region without a price table prices nothing and names the regions it has', () => {
    const e = estimateMonthlyCost(renderNetwork(claim({ region: 'eu-west-1', bastion: { sshPublicKey: KEY } })).resources);
    expect(e.fixedMonthly).toBe(0);
    expect(e.unpriced).toBeGreaterThanOrEqual(5);
    expect(e.lines.find((l) => l.basis === 'no-price')!.note).toBe('no price table for region eu-west-1 (have: us-east-1, us-west-2)');
  });

  test('a kind outside the price model is a no-price line', () => {
    const e = estimateMonthlyCost([
      { apiVersion: 'rds.aws.upbound.io/v1beta1', kind: 'Instance2', metadata: { name: 'db' }, spec: { forProvider: { region: 'us-west-2' } } },
    ]);
    expect(e.lines).toEqual([expect.objectContaining({ resource: 'db', basis: 'no-price', note: 'kind Instance2 is not in the price model (lib/cost)' })]);
  });
});

describe('resource fields drive the estimate (generic over kinds)', () => {
  const mr = (kind: string, name: string, forProvider: Record<string, unknown>, labels: Record<string, string> = {}) => ({
    apiVersion: 'ec2.aws.upbound.io/v1beta1',
    kind,
    metadata: { name, labels, annotations: { 'crossplane.io/composition-resource-name': name } },
    spec: { forProvider: { region: 'us-east-1', ...forProvider } },
  });

  test('an interface endpoint costs $0.01 an hour per zone it selects subnets in', () => {
    const e = estimateMonthlyCost([
      mr('Subnet', 'subnet-a', {}, { 'x.org/resource': 'subnet', 'x.org/zone': 'a' }),
      mr('Subnet', 'subnet-b', {}, { 'x.org/resource': 'subnet', 'x.org/zone': 'b' }),
      mr('VPCEndpoint', 'endpoint-ssm', {
        vpcEndpointType: 'Interface',
        serviceName: 'com.amazonaws.us-east-1.ssm',
        subnetIdSelector: { matchControllerRef: true, matchLabels: { 'x.org/resource': 'subnet' } },
      }),
    ]);
    expect(e.fixedMonthly).toBeCloseTo(2 * 0.01 * 730, 9); // 14.60
    expect(e.lines.find((l) => l.basis === 'fixed')!.item).toBe('interface endpoint hours (com.amazonaws.us-east-1.ssm, 2 zones)');
  });

  test('an interface endpoint listing subnet ids counts them', () => {
    const e = estimateMonthlyCost([mr('VPCEndpoint', 'ep', { vpcEndpointType: 'Interface', subnetIds: ['subnet-1', 'subnet-2', 'subnet-3'] })]);
    expect(e.fixedMonthly).toBeCloseTo(3 * 0.01 * 730, 9); // 21.90
  });

  test('a sized gp2 root volume and an instance without a public address', () => {
    const e = estimateMonthlyCost([mr('Instance', 'vm', { instanceType: 'm7g.large', rootBlockDevice: { volumeType: 'gp2', volumeSize: 20 } })]);
    expect(e.fixedMonthly).toBeCloseTo(0.0816 * 730 + 20 * 0.1, 9); // 61.568
    expect(e.lines.some((l) => l.item.startsWith('public IPv4'))).toBe(false);
  });

  test('every price in every table names its public source and the table its date', () => {
    for (const table of Object.values(PRICE_TABLES)) {
      expect(table.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const prices = [
        table.natGatewayHour,
        table.publicIpv4Hour,
        table.interfaceEndpointAzHour,
        table.gatewayEndpointHour,
        ...Object.values(table.ebsGbMonth),
        ...Object.values(table.instanceHour),
        ...Object.values(table.usage),
      ];
      for (const p of prices) expect(p.source).toMatch(/^https:\/\/aws\.amazon\.com\//);
      for (const t of ['nano', 'micro', 'small', 'medium', 'large'])
        for (const f of ['t3', 't3a', 't4g']) expect(table.instanceHour[`${f}.${t}`]).toBeDefined();
      expect(table.instanceHour['m7i.large'] && table.instanceHour['m7g.large']).toBeDefined();
    }
    expect(HOURS_PER_MONTH).toBe(730);
  });
});
