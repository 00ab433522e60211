import { loadYaml, renderNetwork } from '../../test/support/production-network';
import { diagram, longestReferenceChain, resourceGraph, toDot, toMermaid } from './index';

const NAME = 'crossplane.io/composition-resource-name';
const EXTERNAL = 'crossplane.io/external-name';
const reference = renderNetwork(loadYaml('examples/production-network.yaml')[0]);
const resources = reference.resources;
const nameOf = (r: any): string => r.metadata.annotations[NAME];

/**
 * The references of the rendered claim, found without lib/diagram: every selector in forProvider matched against
 * labels the way the provider does, and every field whose value is another resource's external name (directly or
 * as an S3 ARN), kept to the resource whose kind the field names.
 */
function expectedReferences(): Set<string> {
  const out = new Set<string>();
  const byExternal = new Map<string, any[]>();
  for (const r of resources) {
    const ext = r.metadata.annotations?.[EXTERNAL];
    if (ext) byExternal.set(ext, [...(byExternal.get(ext) ?? []), r]);
  }
  for (const r of resources) {
    for (const [field, value] of Object.entries<any>(r.spec.forProvider ?? {})) {
      if (field.endsWith('Selector')) {
        const hits = resources.filter((o) => Object.entries<string>(value.matchLabels).every(([k, v]) => o.metadata.labels?.[k] === v));
        expect(hits).toHaveLength(1); // every selector of the design pins exactly one resource
        out.add(`${nameOf(r)} -> ${nameOf(hits[0])}`);
      } else if (field === 'launchTemplate') {
        // A launch template is named by its `name` parameter (its external name is the id AWS assigns).
        for (const t of resources) if (t.kind === 'LaunchTemplate' && t.spec.forProvider.name === value.name) out.add(`${nameOf(r)} -> ${nameOf(t)}`);
      } else if (typeof value === 'string' && field !== 'name') {
        const name = value.startsWith('arn:aws:s3:::') ? value.slice('arn:aws:s3:::'.length).split('/')[0] : value;
        const kinds: Record<string, string> = { keyName: 'KeyPair', iamInstanceProfile: 'InstanceProfile', logDestination: 'Bucket', bucket: 'Bucket' };
        for (const t of byExternal.get(name) ?? []) if (t !== r && (kinds[field] ?? t.kind) === t.kind) out.add(`${nameOf(r)} -> ${nameOf(t)}`);
      }
    }
  }
  return out;
}

describe('the diagram of the reference claim', () => {
  const graph = resourceGraph(resources);
  const expected = expectedReferences();

  test('has every composed resource, once', () => {
    expect(graph.nodes.map((n) => n.id)).toEqual(resources.map(nameOf).sort());
    expect(graph.nodes.length).toBeGreaterThanOrEqual(56);
  });

  test('has every reference, and no other', () => {
    expect(new Set(graph.edges.map((e) => `${e.from} -> ${e.to}`))).toEqual(expected);
    expect(graph.unresolved).toEqual([]);
    // The ones without a selector: the bastion's key pair and instance profile by name, flow logs by bucket ARN.
    for (const e of [
      'bastion -> keypair-bastion',
      'bastion -> profile-bastion',
      'bastion -> launch-template-bastion',
      'flow-log -> bucket-logs',
      'bucket-backup-logging -> bucket-logs',
    ])
      expect(expected.has(e)).toBe(true);
  });

  test('Mermaid and DOT draw every resource and every reference', () => {
    const mermaid = diagram(resources, 'mermaid');
    const dot = diagram(resources, 'dot');
    const id = (n: string) => `r_${n.replace(/[^A-Za-z0-9_]/g, '_')}`;
    for (const r of resources) {
      expect(mermaid).toContain(`${id(nameOf(r))}["${nameOf(r)}<br/><i>${r.kind}</i>"]`);
      expect(dot).toContain(`${id(nameOf(r))} [label="${nameOf(r)}\\n${r.kind}"];`);
    }
    const mermaidEdges = new Set([...mermaid.matchAll(/^ {2}(r_\w+) -->\|\w+\| (r_\w+)$/gm)].map((m) => `${m[1]} -> ${m[2]}`));
    const dotEdges = new Set([...dot.matchAll(/^ {2}(r_\w+) -> (r_\w+) \[/gm)].map((m) => `${m[1]} -> ${m[2]}`));
    const want = new Set([...expected].map((e) => e.split(' -> ').map(id).join(' -> ')));
    expect(mermaidEdges).toEqual(want);
    expect(dotEdges).toEqual(want);
  });

  test('groups by zone and tier from labels, falling back to the referenced subnet', () => {
    const node = (n: string) => graph.nodes.find((x) => x.id === n)!;
    expect(node('subnet-private-b')).toMatchObject({ zone: 'b', tier: 'private' });
    expect(node('nat-a')).toMatchObject({ zone: 'a', tier: 'public' }); // zone label, tier from subnet-public-a
    expect(node('bastion')).toMatchObject({ zone: 'a', tier: 'public' }); // both from subnet-public-a
    expect(node('rt-public')).toEqual({ id: 'rt-public', kind: 'RouteTable', tier: 'public' });
    expect(node('vpc')).toEqual({ id: 'vpc', kind: 'VPC' });
    const mermaid = toMermaid(graph);
    const zoneA = mermaid.slice(mermaid.indexOf('subgraph zone_a_public'), mermaid.indexOf('end', mermaid.indexOf('subgraph zone_a_public')));
    expect(zoneA).toContain('r_bastion[');
    expect(zoneA).toContain('r_nat_a[');
  });

  test('is deterministic: the order of the input does not matter', () => {
    const shuffled = [...resources].reverse();
    expect(diagram(shuffled, 'mermaid')).toBe(diagram(resources, 'mermaid'));
    expect(diagram(shuffled, 'dot')).toBe(diagram(resources, 'dot'));
  });

  test('its longest reference chain is vpc → public subnet → NAT → private route', () => {
    expect(longestReferenceChain(graph)).toEqual(['vpc', 'subnet-public-a', 'nat-a', 'route-private-a-nat']);
  });
});

describe('references in general', () => {
  const mr = (kind: string, name: string, forProvider: Record<string, unknown> = {}, extra: Record<string, any> = {}) => ({
    apiVersion: 'x.upbound.io/v1beta1',
    kind,
    metadata: { name, labels: { 'g.org/resource': name, ...(extra.labels ?? {}) }, annotations: { [NAME]: name, ...(extra.annotations ?? {}) } },
    spec: { forProvider },
  });

  test('a selector with matchControllerRef alone picks the resources of the kind the field names', () => {
    const g = resourceGraph([
      mr('VPC', 'net'),
      mr('Subnet', 'sub', { vpcIdSelector: { matchControllerRef: true } }),
      mr('InternetGateway', 'gw', { vpcIdSelector: { matchControllerRef: true } }),
    ]);
    expect(g.edges.map((e) => `${e.from}->${e.to}`)).toEqual(['gw->net', 'sub->net']);
  });

  test('*Ref by metadata name, and a selector matching nothing is reported', () => {
    const g = resourceGraph([
      mr('Role', 'role'),
      mr('InstanceProfile', 'p', { roleRef: { name: 'role' }, otherSelector: { matchLabels: { 'g.org/resource': 'missing' } } }),
    ]);
    expect(g.edges).toEqual([{ from: 'p', to: 'role', field: 'roleRef', via: 'ref' }]);
    expect(g.unresolved).toEqual([{ from: 'p', field: 'otherSelector', reason: 'selector {"g.org/resource":"missing"} matches no resource' }]);
  });

  test('the zone falls back to the resource’s own availability zone', () => {
    const g = resourceGraph([mr('Subnet', 's', { region: 'eu-west-1', availabilityZone: 'eu-west-1c' })]);
    expect(g.nodes[0]).toEqual({ id: 's', kind: 'Subnet', zone: 'c', availabilityZone: 'eu-west-1c' });
  });

  test('a reference cycle is an error naming a resource on it', () => {
    expect(() =>
      longestReferenceChain({
        nodes: [
          { id: 'a', kind: 'K' },
          { id: 'b', kind: 'K' },
        ],
        edges: [
          { from: 'a', to: 'b', field: 'f', via: 'selector' },
          { from: 'b', to: 'a', field: 'f', via: 'selector' },
        ],
      }),
    ).toThrow(/reference cycle through/);
  });

  test('titles and quoting', () => {
    const g = resourceGraph([mr('VPC', 'a"b')]);
    expect(toMermaid(g, 'T')).toMatch(/^---\ntitle: T\n---\nflowchart LR\n/);
    expect(toMermaid(g)).toContain('a#quot;b');
    expect(toDot(g, 'T')).toContain('label="a\\"b\\nVPC"');
  });
});
