/**
 * On-demand list prices, in USD, for the AWS charges a network's composed resources incur by existing (not by
 * traffic). One table per region; each price names the public AWS page it is published on.
 *
 * Prices change: when updating, change `date` and re-run `npm run docs:diagram` (docs/cost.md) and the cost tests,
 * whose expected figures are worked out by hand from these numbers.
 */

/** AWS bills hourly resources on 730 hours a month (8,760 hours a year / 12). */
export const HOURS_PER_MONTH = 730;

export interface Price {
  usd: number;
  /** What one unit is, e.g. `hour`, `GiB-month`. */
  unit: string;
  /** The public AWS pricing page this price is published on. */
  source: string;
}

export interface PriceTable {
  region: string;
  /** The day these prices were read (ISO date). */
  date: string;
  currency: 'USD';
  natGatewayHour: Price;
  /** Every public IPv4 address, attached or idle, since 2024-02-01 (Elastic IPs and auto-assigned addresses). */
  publicIpv4Hour: Price;
  /** An interface (PrivateLink) endpoint, per availability zone it is provisioned in. */
  interfaceEndpointAzHour: Price;
  /** S3 and DynamoDB gateway endpoints carry no charge. */
  gatewayEndpointHour: Price;
  /** EBS volume storage by volume type. */
  ebsGbMonth: Record<string, Price>;
  /** Linux on-demand instance hours by instance type. */
  instanceHour: Record<string, Price>;
  /** Charges that depend on traffic or stored data: listed, never estimated. */
  usage: Record<'natGatewayGb' | 'interfaceEndpointGb' | 's3Storage' | 'vendedLogsS3', Price>;
}

export const SOURCES = {
  vpc: 'https://aws.amazon.com/vpc/pricing/',
  publicIpv4: 'https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/',
  privatelink: 'https://aws.amazon.com/privatelink/pricing/',
  ec2: 'https://aws.amazon.com/ec2/pricing/on-demand/',
  ebs: 'https://aws.amazon.com/ebs/pricing/',
  s3: 'https://aws.amazon.com/s3/pricing/',
  cloudwatchVendedLogs: 'https://aws.amazon.com/cloudwatch/pricing/',
} as const;

const hour = (usd: number, source: string): Price => ({ usd, unit: 'hour', source });

/**
 * Linux on-demand hourly rates. us-east-1 and us-west-2 publish the same rate for each of these types.
 * Cross-checked against third-party summaries of the same pages (t3.large $0.0832, m7g.large $0.0816,
 * m7i.xlarge $0.2016 = 2 × m7i.large).
 */
const US_INSTANCE_RATES: Record<string, number> = {
  't3.nano': 0.0052,
  't3.micro': 0.0104,
  't3.small': 0.0208,
  't3.medium': 0.0416,
  't3.large': 0.0832,
  't3a.nano': 0.0047,
  't3a.micro': 0.0094,
  't3a.small': 0.0188,
  't3a.medium': 0.0376,
  't3a.large': 0.0752,
  't4g.nano': 0.0042,
  't4g.micro': 0.0084,
  't4g.small': 0.0168,
  't4g.medium': 0.0336,
  't4g.large': 0.0672,
  'm7i.large': 0.1008,
  'm7g.large': 0.0816,
};

function usTable(region: string): PriceTable {
  return {
    region,
    date: '2026-11-28',
    currency: 'USD',
    natGatewayHour: hour(0.045, SOURCES.vpc),
    publicIpv4Hour: hour(0.005, SOURCES.publicIpv4),
    interfaceEndpointAzHour: hour(0.01, SOURCES.privatelink),
    gatewayEndpointHour: hour(0, SOURCES.privatelink),
    ebsGbMonth: {
      gp3: { usd: 0.08, unit: 'GiB-month', source: SOURCES.ebs },
      gp2: { usd: 0.1, unit: 'GiB-month', source: SOURCES.ebs },
    },
    instanceHour: Object.fromEntries(Object.entries(US_INSTANCE_RATES).map(([type, usd]) => [type, hour(usd, SOURCES.ec2)])),
    usage: {
      natGatewayGb: { usd: 0.045, unit: 'GB processed', source: SOURCES.vpc },
      interfaceEndpointGb: { usd: 0.01, unit: 'GB processed (first PB)', source: SOURCES.privatelink },
      s3Storage: { usd: 0.023, unit: 'GB-month (S3 Standard, first 50 TB)', source: SOURCES.s3 },
      vendedLogsS3: { usd: 0.25, unit: 'GB delivered (vended logs to S3, first 10 TB)', source: SOURCES.cloudwatchVendedLogs },
    },
  };
}

/** Price tables by region. A claim in a region without a table gets no estimate, never another region's prices. */
export const PRICE_TABLES: Readonly<Record<string, PriceTable>> = {
  'us-east-1': usTable('us-east-1'),
  'us-west-2': usTable('us-west-2'),
};
