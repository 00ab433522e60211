/**
 * An itemised estimate of the fixed monthly AWS cost of a composite's composed resources: what they cost by
 * existing, before any traffic. Charges that depend on traffic or stored data are listed as usage-based, never
 * guessed; a resource the price model cannot price is a `no price` line, never a silent zero.
 *
 * Generic over resources: lines come from each managed resource's kind and fields (instance type, volume, endpoint
 * type), not from any product's resource names.
 */
import { resourceGraph, resourceName } from '../diagram/graph';
import { HOURS_PER_MONTH, PRICE_TABLES, type Price, type PriceTable } from './prices';

export { HOURS_PER_MONTH, PRICE_TABLES, SOURCES, type Price, type PriceTable } from './prices';

/** `fixed`: priced. `free`: no charge of its own. `usage-based`: depends on traffic or data, not estimated. */
export type LineBasis = 'fixed' | 'free' | 'usage-based' | 'no-price';

export interface CostLine {
  /** The composed resource (composition resource name). */
  resource: string;
  kind: string;
  /** What is charged, e.g. `NAT gateway hours`. */
  item: string;
  basis: LineBasis;
  /** USD per unit; undefined for usage-based and no-price lines. */
  unitPrice?: number;
  unit?: string;
  /** Units per month (730 hours, 8 GiB-months, ...). */
  quantity?: number;
  /** unitPrice × quantity; undefined when not estimated. */
  monthly?: number;
  source?: string;
  note?: string;
}

export interface CostEstimate {
  /** The regions of the resources (one for a normal composite). */
  regions: string[];
  /** The date of the prices used, per region. */
  priceDates: Record<string, string>;
  hoursPerMonth: number;
  lines: CostLine[];
  /** Sum of the `fixed` lines. */
  fixedMonthly: number;
  /** Lines that could not be priced: the total is then a lower bound. */
  unpriced: number;
  /** Resources of kinds known to carry no charge of their own, counted by kind (not listed line by line). */
  freeKinds: Record<string, number>;
  /**
   * Kubernetes objects (core kinds such as a connection Secret): they live in the cluster, not in AWS, so they are
   * counted, never reported as AWS items without a price.
   */
  kubernetesObjects: Record<string, number>;
  /** Regions of the resources that have no price table: for them there is no estimate at all. */
  regionsWithoutPrices: string[];
  /** The distinct price sources the lines cite. */
  sources: string[];
}

export interface CostOptions {
  /** Price tables by region. @default PRICE_TABLES */
  prices?: Readonly<Record<string, PriceTable>>;
}

/** Kinds that AWS does not charge for by themselves: they are counted, not itemised. */
const FREE_KINDS = new Set([
  'VPC',
  'Subnet',
  'InternetGateway',
  'EgressOnlyInternetGateway',
  'RouteTable',
  'Route',
  'RouteTableAssociation',
  'MainRouteTableAssociation',
  'SecurityGroup',
  'DefaultSecurityGroup',
  'SecurityGroupRule',
  'SecurityGroupIngressRule',
  'SecurityGroupEgressRule',
  'NetworkACL',
  'DefaultNetworkACL',
  'KeyPair',
  'Role',
  'Policy',
  'RolePolicyAttachment',
  'RolePolicy',
  'InstanceProfile',
  'LaunchTemplate',
  'VPCEndpointRouteTableAssociation',
  'VPCEndpointSubnetAssociation',
  'VPCDHCPOptions',
  'VPCDHCPOptionsAssociation',
  'DefaultVPCDHCPOptions',
  'BucketPolicy',
  'BucketPublicAccessBlock',
  'BucketVersioning',
  'BucketServerSideEncryptionConfiguration',
  'BucketOwnershipControls',
  'BucketLifecycleConfiguration',
  'BucketLogging',
  'BucketACL',
  'BucketNotification',
]);

/** AL2023 and AL2 AMIs ship an 8 GiB root volume; the instance keeps it unless the resource sizes it. */
export const DEFAULT_ROOT_VOLUME_GIB = 8;
const DEFAULT_ROOT_VOLUME_TYPE = 'gp3';

export function estimateMonthlyCost(resources: any[], options: CostOptions = {}): CostEstimate {
  const tables = options.prices ?? PRICE_TABLES;
  const graph = resourceGraph(resources);
  const lines: CostLine[] = [];
  const freeKinds: Record<string, number> = {};
  const kubernetesObjects: Record<string, number> = {};
  const regions = new Set<string>();

  for (const r of resources) {
    const name = resourceName(r);
    const kind = String(r?.kind);
    // Core Kubernetes kinds have apiVersion `v1` (no group); every AWS object a provider manages has a group.
    if (typeof r?.apiVersion === 'string' && !r.apiVersion.includes('/')) {
      kubernetesObjects[kind] = (kubernetesObjects[kind] ?? 0) + 1;
      continue;
    }
    const fp = { ...(r?.spec?.initProvider ?? {}), ...(r?.spec?.forProvider ?? {}) };
    const region: string | undefined = fp.region;
    if (region) regions.add(region);
    const table = region ? tables[region] : undefined;
    const line = (item: string, rest: Omit<CostLine, 'resource' | 'kind' | 'item'>) => lines.push({ resource: name, kind, item, ...rest });
    const noTable = (item: string) =>
      line(item, {
        basis: 'no-price',
        note: region ? `no price table for region ${region} (have: ${Object.keys(tables).sort().join(', ')})` : 'the resource names no region',
      });
    const hourly = (item: string, price: Price, count = 1, note?: string) =>
      line(item, {
        basis: 'fixed',
        unitPrice: price.usd,
        unit: price.unit,
        quantity: count * HOURS_PER_MONTH,
        monthly: price.usd * count * HOURS_PER_MONTH,
        source: price.source,
        ...(note ? { note } : {}),
      });
    const usage = (item: string, price: Price) =>
      line(item, { basis: 'usage-based', unit: price.unit, source: price.source, note: `usage-based, not estimated ($${price.usd} per ${price.unit})` });

    if (FREE_KINDS.has(kind)) {
      freeKinds[kind] = (freeKinds[kind] ?? 0) + 1;
      continue;
    }
    switch (kind) {
      case 'NATGateway': {
        if (!table) {
          noTable('NAT gateway hours');
          break;
        }
        hourly('NAT gateway hours', table.natGatewayHour);
        usage('NAT gateway data processed', table.usage.natGatewayGb);
        break;
      }
      case 'EIP': {
        if (!table) {
          noTable('public IPv4 address (Elastic IP)');
          break;
        }
        hourly('public IPv4 address (Elastic IP)', table.publicIpv4Hour);
        break;
      }
      case 'Instance': {
        const type: string | undefined = fp.instanceType;
        if (!table) noTable(`instance hours (${type ?? 'no instance type'})`);
        else if (type && table.instanceHour[type]) hourly(`instance hours (${type}, Linux on-demand)`, table.instanceHour[type]);
        else
          line(`instance hours (${type ?? 'no instance type'})`, {
            basis: 'no-price',
            note: type ? `no price for instance type ${type} in ${region}: add it to lib/cost/prices.ts` : 'the resource names no instance type',
          });

        const root = fp.rootBlockDevice ?? {};
        const size = typeof root.volumeSize === 'number' ? root.volumeSize : DEFAULT_ROOT_VOLUME_GIB;
        const vtype: string = root.volumeType ?? DEFAULT_ROOT_VOLUME_TYPE;
        const sizeNote = typeof root.volumeSize === 'number' ? undefined : `${DEFAULT_ROOT_VOLUME_GIB} GiB: the Amazon Linux AMI's default root volume`;
        const volume = table?.ebsGbMonth[vtype];
        if (!table) noTable(`root volume (${vtype}, ${size} GiB)`);
        else if (volume)
          line(`root volume (${vtype}, ${size} GiB)`, {
            basis: 'fixed',
            unitPrice: volume.usd,
            unit: volume.unit,
            quantity: size,
            monthly: volume.usd * size,
            source: volume.source,
            ...(sizeNote ? { note: sizeNote } : {}),
          });
        else line(`root volume (${vtype}, ${size} GiB)`, { basis: 'no-price', note: `no price for EBS volume type ${vtype} in ${region}` });

        if (fp.associatePublicIpAddress === true) {
          if (table) hourly('public IPv4 address (instance)', table.publicIpv4Hour);
          else noTable('public IPv4 address (instance)');
        }
        break;
      }
      case 'VPCEndpoint': {
        const type = String(fp.vpcEndpointType ?? 'Gateway');
        if (!table) {
          noTable(`${type} endpoint`);
          break;
        }
        if (type === 'Gateway') {
          const p = table.gatewayEndpointHour;
          line(`gateway endpoint (${fp.serviceName ?? 'service'})`, {
            basis: 'free',
            unitPrice: p.usd,
            unit: p.unit,
            quantity: HOURS_PER_MONTH,
            monthly: 0,
            source: p.source,
            note: 'gateway endpoints carry no charge',
          });
        } else if (type === 'Interface') {
          const azs = interfaceEndpointZones(r, name, fp, graph);
          if (azs === undefined) line('interface endpoint hours', { basis: 'no-price', note: 'cannot tell how many zones (subnets) the endpoint is in' });
          else hourly(`interface endpoint hours (${fp.serviceName ?? 'service'}, ${azs} zone${azs === 1 ? '' : 's'})`, table.interfaceEndpointAzHour, azs);
          usage('interface endpoint data processed', table.usage.interfaceEndpointGb);
        } else line(`${type} endpoint`, { basis: 'no-price', note: `endpoint type ${type} is not in the price model` });
        break;
      }
      case 'FlowLog': {
        if (!table) {
          noTable('flow log delivery');
          break;
        }
        usage(`flow log delivery (${fp.logDestinationType ?? 'cloud-watch-logs'})`, table.usage.vendedLogsS3);
        break;
      }
      case 'Bucket': {
        if (!table) {
          noTable('S3 storage and requests');
          break;
        }
        usage('S3 storage and requests', table.usage.s3Storage);
        break;
      }
      default:
        line(`${kind}`, { basis: 'no-price', note: `kind ${kind} is not in the price model (lib/cost)` });
    }
  }

  const order: Record<LineBasis, number> = { fixed: 0, free: 1, 'usage-based': 2, 'no-price': 3 };
  lines.sort((a, b) => order[a.basis] - order[b.basis] || cmpStr(a.resource, b.resource) || cmpStr(a.item, b.item));
  const regionList = [...regions].sort();
  return {
    regions: regionList,
    priceDates: Object.fromEntries(regionList.filter((r) => tables[r]).map((r) => [r, tables[r].date])),
    hoursPerMonth: HOURS_PER_MONTH,
    lines,
    fixedMonthly: lines.reduce((sum, l) => sum + (l.basis === 'fixed' ? (l.monthly ?? 0) : 0), 0),
    unpriced: lines.filter((l) => l.basis === 'no-price').length,
    freeKinds: Object.fromEntries(Object.entries(freeKinds).sort(([a], [b]) => cmpStr(a, b))),
    kubernetesObjects: Object.fromEntries(Object.entries(kubernetesObjects).sort(([a], [b]) => cmpStr(a, b))),
    regionsWithoutPrices: regionList.filter((r) => !tables[r]),
    sources: [...new Set(lines.map((l) => l.source).filter((s): s is string => !!s))].sort(),
  };
}

/** Zones of an interface endpoint: one per subnet it names, refers to or selects. */
function interfaceEndpointZones(r: any, name: string, fp: any, graph: ReturnType<typeof resourceGraph>): number | undefined {
  if (Array.isArray(fp.subnetIds) && fp.subnetIds.length) return fp.subnetIds.length;
  const selected = graph.edges.filter((e) => e.from === name && /^subnetId/.test(e.field.split('.')[0]));
  if (selected.length) return new Set(selected.map((e) => e.to)).size;
  return Array.isArray(r?.spec?.forProvider?.subnetIdRefs) ? r.spec.forProvider.subnetIdRefs.length : undefined;
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Dollars with cents: `$84.88`. */
export const usd = (n: number) => `$${n.toFixed(2)}`;

/** The estimate as a plain-text table with its price date, region and sources. */
export function formatCostTable(estimate: CostEstimate, title?: string): string {
  const rows = estimate.lines.map((l) => [
    l.resource,
    l.item,
    l.unitPrice === undefined ? '' : `$${trimPrice(l.unitPrice)}/${l.unit}`,
    l.quantity === undefined ? '' : String(Number(l.quantity.toFixed(4))),
    l.basis === 'fixed' || l.basis === 'free' ? usd(l.monthly ?? 0) : l.basis === 'usage-based' ? 'usage-based' : 'no price',
  ]);
  const head = ['resource', 'item', 'unit price', 'quantity', 'monthly'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => (i >= 2 ? c.padStart(width[i]) : c.padEnd(width[i])))
      .join('  ')
      .trimEnd();
  const out: string[] = [];
  if (title) out.push(title, '');
  for (const region of estimate.regionsWithoutPrices)
    out.push(`no estimate for region ${region}: prices are known for ${Object.keys(PRICE_TABLES).sort().join(', ')} only`, '');
  out.push(fmt(head), width.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt), '');
  out.push(
    estimate.regionsWithoutPrices.length
      ? `fixed monthly total: no estimate (no prices for ${estimate.regionsWithoutPrices.join(', ')})`
      : `fixed monthly total: ${usd(estimate.fixedMonthly)}${estimate.unpriced ? ` (at least: ${estimate.unpriced} line${estimate.unpriced === 1 ? '' : 's'} without a price)` : ''}, ${estimate.hoursPerMonth} hours/month`,
  );
  const dates = Object.entries(estimate.priceDates)
    .map(([r, d]) => `${r} as of ${d}`)
    .join('; ');
  out.push(`prices: on-demand list prices, USD, ${dates || 'none'}`);
  const notes = estimate.lines.filter((l) => l.note && l.basis !== 'usage-based').map((l) => `  ${l.resource}: ${l.note}`);
  if (notes.length) out.push('notes:', ...[...new Set(notes)]);
  const free = Object.entries(estimate.freeKinds)
    .map(([k, n]) => `${k} ×${n}`)
    .join(', ');
  if (free) out.push(`no charge of their own: ${free}`);
  const kube = Object.entries(estimate.kubernetesObjects)
    .map(([k, n]) => `${k} ×${n}`)
    .join(', ');
  if (kube) out.push(`Kubernetes objects, not AWS (no AWS charge): ${kube}`);
  out.push('usage-based charges (data processed, storage, log delivery) are not estimated.', 'sources:', ...estimate.sources.map((s) => `  ${s}`));
  return `${out.join('\n')}\n`;
}

function trimPrice(n: number): string {
  return String(Number(n.toFixed(6)));
}
