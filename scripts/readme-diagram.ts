/**
 * `npm run docs:diagram`: regenerates the picture of the reference design and the cost of each NAT mode and zone
 * count in README.md, and the itemised estimate in docs/cost.md, between their markers (text outside the markers
 * is kept). A test fails when any of them is stale.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadYaml, renderNetwork, zoneParameters } from '../test/support/production-network';
import { estimateMonthlyCost, formatCostTable, HOURS_PER_MONTH, PRICE_TABLES, usd, type CostEstimate } from '../lib/cost';
import { diagram } from '../lib/diagram';

export const ROOT = path.resolve(__dirname, '..');
export const REFERENCE_CLAIM = 'examples/production-network.yaml';

interface Section {
  file: string;
  marker: string;
  /** The file as it is created when it does not exist yet; the generated text goes between the markers. */
  intro: string;
  body: () => string;
}

function referenceClaim(): any {
  return loadYaml(REFERENCE_CLAIM)[0];
}

/** The reference claim with some parameters changed, rendered to convergence (as the tests render claims). */
function renderReference(parameters: Record<string, unknown> = {}): any[] {
  const claim = referenceClaim();
  claim.spec.parameters = { ...claim.spec.parameters, ...parameters };
  return renderNetwork(claim).resources;
}

const ZONES: Record<number, ReturnType<typeof zoneParameters>> = { 2: zoneParameters(2), 3: zoneParameters(3) };

function diagramBody(): string {
  return ['```mermaid', diagram(renderReference(), 'mermaid').trimEnd(), '```'].join('\n');
}

function sumOf(estimate: CostEstimate, match: (item: string) => boolean): number {
  return estimate.lines.filter((l) => l.basis === 'fixed' && match(l.item)).reduce((s, l) => s + (l.monthly ?? 0), 0);
}

function costBody(): string {
  const region = referenceClaim().spec.parameters.region;
  const table = PRICE_TABLES[region];
  const rows: string[] = [];
  for (const zones of [2, 3]) {
    for (const nat of ['PerZone', 'Single', 'None']) {
      const e = estimateMonthlyCost(renderReference({ ...ZONES[zones], natGateways: nat }));
      const nats = e.lines.filter((l) => l.item === 'NAT gateway hours').length;
      const ips = e.lines.filter((l) => l.item.startsWith('public IPv4')).length;
      rows.push(
        `| ${zones} | ${nat} | ${nats} | ${ips} | ${usd(sumOf(e, (i) => i === 'NAT gateway hours'))} | ${usd(sumOf(e, (i) => i.startsWith('public IPv4')))} | ${usd(sumOf(e, (i) => i.startsWith('instance hours') || i.startsWith('root volume')))} | **${usd(e.fixedMonthly)}** |`,
      );
    }
  }
  const off = estimateMonthlyCost(renderReference({ bastion: { enabled: false } }));
  return [
    `Region ${region}, on-demand list prices as of ${table.date}, ${HOURS_PER_MONTH} hours a month; the reference claim (\`${REFERENCE_CLAIM}\`) with the zones and NAT mode of each row. Fixed charges only: NAT data processing, S3 storage and flow-log delivery depend on traffic and are not estimated.`,
    '',
    '| zones | NAT mode | NAT gateways | public IPv4 addresses | NAT gateway hours | public IPv4 | bastion (t3.micro, 8 GiB gp3) | fixed monthly |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Without the bastion (\`bastion.enabled: false\`), two zones, NAT PerZone: ${usd(off.fixedMonthly)}. The S3 gateway endpoint is free.`,
    '',
    'The itemised estimate of the reference claim, as `npm run render -- --cost examples/production-network.yaml` prints it:',
    '',
    '```text',
    formatCostTable(estimateMonthlyCost(renderReference())).trimEnd(),
    '```',
  ].join('\n');
}

/** The fixed monthly cost of the reference claim for each zone count and NAT mode, as a compact table. */
function costSummaryBody(): string {
  const region = referenceClaim().spec.parameters.region;
  const cell = (zones: number, nat: string) => usd(estimateMonthlyCost(renderReference({ ...ZONES[zones], natGateways: nat })).fixedMonthly);
  const reference = estimateMonthlyCost(renderReference());
  const bastion = sumOf(reference, (i) => i.startsWith('instance hours') || i.startsWith('root volume') || i === 'public IPv4 address (instance)');
  const address = sumOf(reference, (i) => i === 'public IPv4 address (instance)');
  return [
    `Fixed monthly cost of the reference claim in ${region} (on-demand list prices as of ${PRICE_TABLES[region].date}; NAT data, S3 storage and flow-log delivery are usage-based and come on top):`,
    '',
    '| zones | `PerZone` | `Single` | `None` |',
    '| ---: | ---: | ---: | ---: |',
    ...[2, 3].map((z) => `| ${z} | ${cell(z, 'PerZone')} | ${cell(z, 'Single')} | ${cell(z, 'None')} |`),
    '',
    `The bastion (t3.micro, 8 GiB gp3, its public address) is ${usd(bastion)} of each figure; an SSM-only bastion has no public address and costs ${usd(address)} less.`,
  ].join('\n');
}

export const SECTIONS: Section[] = [
  {
    file: 'README.md',
    marker: 'diagram',
    intro: '',
    body: diagramBody,
  },
  {
    file: 'README.md',
    marker: 'cost-summary',
    intro: '',
    body: costSummaryBody,
  },
  {
    file: 'docs/cost.md',
    marker: 'cost',
    intro: [
      '# What a claim costs per month',
      '',
      '`npm run render -- --cost <claim.yaml>` prints the estimate of any claim; prices and their sources are in `lib/cost/prices.ts`.',
      '',
    ].join('\n'),
    body: costBody,
  },
];

const begin = (m: string) => `<!-- ${m}:begin (generated by npm run docs:diagram; do not edit) -->`;
const end = (m: string) => `<!-- ${m}:end -->`;

/** The file's text with a freshly generated section between its markers. */
export function regenerated(section: Section, current: string | undefined): string {
  const block = `${begin(section.marker)}\n${section.body()}\n${end(section.marker)}`;
  if (current === undefined) return `${section.intro}\n${block}\n`;
  const start = current.indexOf(`<!-- ${section.marker}:begin`);
  const stop = current.indexOf(end(section.marker));
  if (start < 0 || stop < start) throw new Error(`${section.file}: markers ${begin(section.marker)} … ${end(section.marker)} not found`);
  return current.slice(0, start) + block + current.slice(stop + end(section.marker).length);
}

export function readIfExists(file: string): string | undefined {
  const p = path.join(ROOT, file);
  return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined;
}

if (require.main === module) {
  for (const s of SECTIONS) {
    const p = path.join(ROOT, s.file);
    const before = readIfExists(s.file);
    const after = regenerated(s, before);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, after);
    console.log(`${s.file} (${s.marker}): ${before === after ? 'up to date' : 'regenerated'}`);
  }
}
