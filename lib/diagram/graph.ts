/**
 * The reference graph of a set of composed resources: which resource waits for which. Generic: it knows
 * Crossplane's ways of referring to another managed resource, not any product.
 *
 * - `*Selector` / `*Selectors` with `matchLabels` (and optionally `matchControllerRef`): every resource whose
 *   labels include them; with `matchControllerRef` alone, the resources of the kind the field names.
 * - `*Ref` / `*Refs` with a `name`: the resource of that metadata.name.
 * - A plain string equal to another resource's external name, or an ARN ending in it (`bucket: pn-1-logs`,
 *   `logDestination: arn:aws:s3:::pn-1-logs`, `keyName`, `iamInstanceProfile`): names chosen by the composition
 *   so no selector is needed. Several resources may share a name (a role and its instance profile); the field
 *   name picks between them. A kind whose cloud name is a parameter rather than its external name (a launch
 *   template's `name`) is found by that parameter too; a nested `name`/`id` (`launchTemplate.name`) is picked by
 *   the block that holds it.
 */

import { ANNOTATION_EXTERNAL_NAME as EXTERNAL_NAME_ANNOTATION, ANNOTATION_RESOURCE_NAME as RESOURCE_NAME_ANNOTATION } from '../crossplane';

export interface GraphNode {
  /** The composition resource name (unique within a composite). */
  id: string;
  kind: string;
  /** Availability zone suffix or name, from the zone label, the resource's own zone, or the subnet it references. */
  zone?: string;
  /** Subnet tier, from the tier label or the subnet it references. */
  tier?: string;
  /**
   * The availability zone's real name (`us-west-2c`) when the resource names one. A zone label may be a slot
   * (`a` for the first zone) while the claim picked other zones, so pictures are labelled with this.
   */
  availabilityZone?: string;
}

export type ReferenceVia = 'selector' | 'ref' | 'name';

export interface GraphEdge {
  /** The referring resource. */
  from: string;
  /** The referenced resource: `from` cannot be created before it exists. */
  to: string;
  /** The field holding the reference, under `spec.forProvider` / `spec.initProvider`, e.g. `subnetIdSelector`. */
  field: string;
  via: ReferenceVia;
}

export interface ResourceGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** References that match no resource of the set (a typo, or a resource outside this composite). */
  unresolved: Array<{ from: string; field: string; reason: string }>;
}

/** A composed resource's stable name: its composition resource name, else its metadata name, else its kind. */
export function resourceName(obj: any): string {
  return obj?.metadata?.annotations?.[RESOURCE_NAME_ANNOTATION] ?? obj?.metadata?.name ?? obj?.metadata?.generateName ?? String(obj?.kind);
}

/** A label value by its key's last segment (`<group>/zone` → `zone`), ignoring Crossplane's own labels. */
function labelBySuffix(obj: any, suffix: string): string | undefined {
  const labels: Record<string, string> = obj?.metadata?.labels ?? {};
  const key = Object.keys(labels)
    .filter((k) => !k.startsWith('crossplane.io/') && (k === suffix || k.endsWith(`/${suffix}`)))
    .sort()[0];
  return key === undefined ? undefined : labels[key];
}

const lower = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** `vpcIdSelector` → `vpc`, `natGatewayIdSelector` → `natgateway`, `roleSelector` → `role`. */
function fieldStem(field: string): string {
  return lower(field.replace(/(Selector|Selectors|Ref|Refs)$/, '').replace(/(Ids?|Arns?|Names?)$/, ''));
}

/** How well a field names a kind: 2 exact, 1 one contains the other, 0 unrelated. */
function kindAffinity(field: string, kind: string): number {
  const stem = fieldStem(field);
  const k = lower(kind);
  if (!stem) return 0;
  if (stem === k) return 2;
  return k.includes(stem) || stem.includes(k) || (stem.length >= 3 && k.startsWith(stem)) ? 1 : 0;
}

/** Keeps the candidates whose kind the field names best, when the field names any of them. */
function byAffinity(field: string, candidates: any[]): any[] {
  if (candidates.length <= 1) return candidates;
  const scored = candidates.map((c) => ({ c, s: kindAffinity(field, c.kind) }));
  const best = Math.max(...scored.map((x) => x.s));
  return best === 0 ? candidates : scored.filter((x) => x.s === best).map((x) => x.c);
}

function matchesLabels(obj: any, matchLabels: Record<string, string>): boolean {
  const labels = obj?.metadata?.labels ?? {};
  return Object.entries(matchLabels).every(([k, v]) => labels[k] === v);
}

/** The last path segment of an ARN's resource part: `arn:aws:s3:::b/*` → `b`, `arn:aws:iam::1:role/r` → `r`. */
function arnName(value: string): string | undefined {
  const m = /^arn:[^:]+:([^:]*):[^:]*:[^:]*:(.+)$/.exec(value);
  if (!m) return undefined;
  const [, service, resource] = m;
  const parts = resource.split(/[/:]/).filter((p) => p && p !== '*');
  // S3 ARNs name the bucket first and an object key after it; other services name a type first, the resource last.
  return service === 's3' ? parts[0] : parts[parts.length - 1];
}

/** Builds the reference graph of composed resources (as rendered for one composite). */
export function resourceGraph(resources: any[]): ResourceGraph {
  const ids = resources.map(resourceName);
  const idOf = new Map<any, string>(resources.map((r, i) => [r, ids[i]]));
  const byExternalName = new Map<string, any[]>();
  for (const r of resources) {
    const ext = r?.metadata?.annotations?.[EXTERNAL_NAME_ANNOTATION];
    if (typeof ext === 'string' && ext) byExternalName.set(ext, [...(byExternalName.get(ext) ?? []), r]);
    const own = r?.spec?.forProvider?.name;
    if (typeof own === 'string' && own && own !== ext) byExternalName.set(own, [...(byExternalName.get(own) ?? []), r]);
  }
  const edges = new Map<string, GraphEdge>();
  const unresolved: ResourceGraph['unresolved'] = [];
  const addEdges = (from: any, field: string, via: ReferenceVia, targets: any[]) => {
    for (const t of targets) {
      if (t === from) continue;
      const e: GraphEdge = { from: idOf.get(from)!, to: idOf.get(t)!, field, via };
      edges.set(`${e.from}\0${e.to}\0${e.field}`, e);
    }
  };

  for (const r of resources) {
    const visit = (value: any, field: string, path: string) => {
      if (Array.isArray(value)) {
        value.forEach((v) => visit(v, field, path));
        return;
      }
      if (value && typeof value === 'object') {
        if (/Selectors?$/.test(field) && (value.matchLabels || value.matchControllerRef)) {
          const targets = value.matchLabels
            ? resources.filter((o) => matchesLabels(o, value.matchLabels))
            : resources.filter((o) => kindAffinity(field, o.kind) > 0);
          const picked = byAffinity(field, targets);
          if (picked.length === 0)
            unresolved.push({
              from: idOf.get(r)!,
              field: path,
              reason: `selector ${JSON.stringify(value.matchLabels ?? { matchControllerRef: true })} matches no resource`,
            });
          addEdges(r, path, 'selector', picked);
          return;
        }
        if (/Refs?$/.test(field) && typeof value.name === 'string') {
          const targets = resources.filter((o) => o?.metadata?.name === value.name);
          if (targets.length === 0) unresolved.push({ from: idOf.get(r)!, field: path, reason: `no resource named ${value.name}` });
          addEdges(r, path, 'ref', byAffinity(field, targets));
          return;
        }
        for (const [k, v] of Object.entries(value)) visit(v, k, path ? `${path}.${k}` : k);
        return;
      }
      // A resource's own top-level `name` names itself, not another resource.
      if (typeof value === 'string' && !/^(tags|labels)\./.test(path) && path !== 'name') {
        const name = byExternalName.has(value) ? value : arnName(value);
        const targets = name === undefined ? undefined : byExternalName.get(name);
        const holder = /^(name|id|arn)$/.test(field) && path.includes('.') ? path.split('.').slice(-2)[0] : field;
        if (targets) addEdges(r, path, 'name', byAffinity(holder, targets));
      }
    };
    for (const part of ['forProvider', 'initProvider']) visit(r?.spec?.[part], part, '');
  }

  const edgeList = [...edges.values()].sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.field, b.field));
  const nodes = resources.map((r, i): GraphNode => {
    const own = r?.spec?.forProvider?.availabilityZone ?? r?.spec?.initProvider?.availabilityZone;
    const region = r?.spec?.forProvider?.region;
    const ownZone = typeof own === 'string' ? (region && own.startsWith(region) ? own.slice(region.length) : own) : undefined;
    return {
      id: ids[i],
      kind: String(r?.kind),
      zone: labelBySuffix(r, 'zone') ?? ownZone,
      tier: labelBySuffix(r, 'tier'),
      ...(typeof own === 'string' ? { availabilityZone: own } : {}),
    };
  });
  // Fall back to the subnet a resource references (a NAT gateway, an instance): it sits in that subnet's zone and tier.
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  for (const n of nodes) {
    if (n.zone !== undefined && n.tier !== undefined) continue;
    const subnets = edgeList.filter((e) => e.from === n.id && nodeById.get(e.to)?.kind === 'Subnet').map((e) => nodeById.get(e.to)!);
    const only = (values: Array<string | undefined>) => (new Set(values).size === 1 ? values[0] : undefined);
    n.zone ??= only(subnets.map((s) => s.zone));
    n.tier ??= only(subnets.map((s) => s.tier));
  }
  for (const n of nodes) {
    if (n.zone === undefined) delete n.zone;
    if (n.tier === undefined) delete n.tier;
  }
  return { nodes: nodes.sort((a, b) => cmp(a.id, b.id)), edges: edgeList, unresolved };
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The longest chain of references: the resources Crossplane must create one after another, because each waits
 * for an id the previous one reports (vpc → subnet → nat → route). Its length counts resources; a cycle is an error.
 */
export function longestReferenceChain(graph: Pick<ResourceGraph, 'nodes' | 'edges'>): string[] {
  const out = new Map<string, string[]>();
  for (const e of graph.edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  const memo = new Map<string, string[]>();
  const visiting = new Set<string>();
  const chainFrom = (id: string): string[] => {
    const known = memo.get(id);
    if (known) return known;
    if (visiting.has(id)) throw new Error(`reference cycle through ${id}: Crossplane could never resolve it`);
    visiting.add(id);
    let best: string[] = [];
    for (const next of [...new Set(out.get(id) ?? [])].sort()) {
      const c = chainFrom(next);
      if (c.length > best.length) best = c;
    }
    visiting.delete(id);
    const chain = [id, ...best];
    memo.set(id, chain);
    return chain;
  };
  let longest: string[] = [];
  for (const n of [...graph.nodes].sort((a, b) => cmp(a.id, b.id))) {
    const c = chainFrom(n.id);
    if (c.length > longest.length) longest = c;
  }
  // Listed in creation order: the resource with no dependencies first.
  return longest.reverse();
}
