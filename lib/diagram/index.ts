/**
 * Pictures of what a composite builds: its composed resources grouped by zone and tier, with the references
 * between them, as Mermaid (renders on GitHub) or Graphviz DOT. Deterministic: the same resources always give
 * the same text, so a committed diagram can be checked for staleness.
 */
import { cmp, type GraphNode, type ResourceGraph, resourceGraph } from './graph';

export { resourceGraph, longestReferenceChain, resourceName, type GraphEdge, type GraphNode, type ResourceGraph } from './graph';

export type DiagramFormat = 'mermaid' | 'dot';
export const DIAGRAM_FORMATS: readonly DiagramFormat[] = ['mermaid', 'dot'];

/** A box of the picture: the whole region, a tier spanning zones, a zone, or a tier within a zone. */
interface Group {
  key: string;
  label: string;
  nodes: GraphNode[];
  children: Group[];
}

/**
 * Regional resources (no zone, no tier) first, then tiers that span zones (a shared route table), then one box
 * per zone with a box per tier inside it.
 */
function groups(graph: ResourceGraph): Group[] {
  const top: Group[] = [];
  const regional: Group = { key: 'regional', label: 'regional', nodes: [], children: [] };
  const spanning = new Map<string, Group>();
  const zones = new Map<string, Group>();
  for (const n of graph.nodes) {
    if (n.zone === undefined && n.tier === undefined) regional.nodes.push(n);
    else if (n.zone === undefined) {
      const t = n.tier!;
      if (!spanning.has(t)) spanning.set(t, { key: `tier_${t}`, label: `${t} (all zones)`, nodes: [], children: [] });
      spanning.get(t)!.nodes.push(n);
    } else {
      const z = n.zone;
      if (!zones.has(z)) zones.set(z, { key: `zone_${z}`, label: `zone ${z}`, nodes: [], children: [] });
      const zone = zones.get(z)!;
      if (n.tier === undefined) zone.nodes.push(n);
      else {
        let tier = zone.children.find((c) => c.key === `zone_${z}_${n.tier}`);
        if (!tier) zone.children.push((tier = { key: `zone_${z}_${n.tier}`, label: `${n.tier}`, nodes: [], children: [] }));
        tier.nodes.push(n);
      }
    }
  }
  // A zone box shows the zone's real name when its resources agree on one (zones [c, d] fill slots a and b).
  for (const zone of zones.values()) {
    const names = new Set([...zone.nodes, ...zone.children.flatMap((c) => c.nodes)].map((n) => n.availabilityZone).filter(Boolean));
    if (names.size === 1) zone.label = `zone ${[...names][0]}`;
  }
  const sorted = (m: Map<string, Group>) => [...m.entries()].sort(([a], [b]) => cmp(a, b)).map(([, g]) => g);
  if (regional.nodes.length) top.push(regional);
  top.push(...sorted(spanning), ...sorted(zones));
  const sortDeep = (g: Group) => {
    g.nodes.sort((a, b) => cmp(a.id, b.id));
    g.children.sort((a, b) => cmp(a.key, b.key)).forEach(sortDeep);
  };
  top.forEach(sortDeep);
  return top;
}

/** Identifiers both languages accept, unique per resource name. */
function identifiers(graph: ResourceGraph): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const n of graph.nodes) {
    const base = `r_${n.id.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}_${i}`;
    used.add(id);
    ids.set(n.id, id);
  }
  return ids;
}

/** The edge label: the field without the reference suffix (`subnetIdSelector` → `subnetId`). */
function edgeLabel(field: string): string {
  const last = field.split('.').pop()!;
  return last.replace(/(Selector|Selectors|Ref|Refs)$/, '');
}

const escapeMermaid = (s: string) => s.replace(/"/g, '#quot;');
const escapeDot = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

export function toMermaid(graph: ResourceGraph, title?: string): string {
  const id = identifiers(graph);
  const lines: string[] = [];
  if (title) lines.push('---', `title: ${title}`, '---');
  lines.push('flowchart LR');
  const emit = (g: Group, depth: number) => {
    const pad = '  '.repeat(depth);
    lines.push(`${pad}subgraph ${g.key}["${escapeMermaid(g.label)}"]`);
    for (const c of g.children) emit(c, depth + 1);
    for (const n of g.nodes) lines.push(`${pad}  ${id.get(n.id)}["${escapeMermaid(n.id)}<br/><i>${escapeMermaid(n.kind)}</i>"]`);
    lines.push(`${pad}end`);
  };
  for (const g of groups(graph)) emit(g, 1);
  for (const e of graph.edges) lines.push(`  ${id.get(e.from)} -->|${escapeMermaid(edgeLabel(e.field))}| ${id.get(e.to)}`);
  return `${lines.join('\n')}\n`;
}

export function toDot(graph: ResourceGraph, title?: string): string {
  const id = identifiers(graph);
  const lines: string[] = [
    'digraph composite {',
    '  rankdir=LR;',
    '  compound=true;',
    '  node [shape=box, fontname="Helvetica", fontsize=10];',
    '  edge [fontname="Helvetica", fontsize=8];',
  ];
  if (title) lines.push(`  label="${escapeDot(title)}";`, '  labelloc=t;');
  const emit = (g: Group, depth: number) => {
    const pad = '  '.repeat(depth);
    lines.push(`${pad}subgraph cluster_${g.key} {`, `${pad}  label="${escapeDot(g.label)}";`);
    for (const c of g.children) emit(c, depth + 1);
    for (const n of g.nodes) lines.push(`${pad}  ${id.get(n.id)} [label="${escapeDot(n.id)}\\n${escapeDot(n.kind)}"];`);
    lines.push(`${pad}}`);
  };
  for (const g of groups(graph)) emit(g, 1);
  for (const e of graph.edges) lines.push(`  ${id.get(e.from)} -> ${id.get(e.to)} [label="${escapeDot(edgeLabel(e.field))}"];`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** The diagram of composed resources in the given format. */
export function diagram(resources: any[], format: DiagramFormat, title?: string): string {
  const graph = resourceGraph(resources);
  return format === 'dot' ? toDot(graph, title) : toMermaid(graph, title);
}
