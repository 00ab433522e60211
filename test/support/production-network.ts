/**
 * Test support: render a claim of this API the way Crossplane would, to convergence with simulated observed
 * resources, and look at the result by composition resource name and by selector.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { ANNOTATION_RESOURCE_NAME } from '../../lib/crossplane';
import { renderClaim } from '../../lib/simulate/converge';
import { FlavourName, productionNetworkApi, ProductionNetworkApi } from '../../compositions/production-network/index';

/** An OpenSSH public key line for examples and tests (well formed, but its 32 key bytes are readable text: no one holds a private key for it). */
export const EXAMPLE_SSH_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGV4YW1wbGUta2V5LWZvci1kb2N1bWVudGF0aW9uLTAw ops@example.com';

/** Zones and subnets for two or three zones, numbered as the reference design numbers them. */
export function zoneParameters(zones: 2 | 3): { availabilityZones: string[]; publicSubnetCidrs: string[]; privateSubnetCidrs: string[] } {
  const slots = ['a', 'b', 'c'].slice(0, zones);
  return {
    availabilityZones: slots,
    publicSubnetCidrs: slots.map((_, i) => `10.0.${i + 1}.0/24`),
    privateSubnetCidrs: slots.map((_, i) => `10.0.${i + 10}.0/24`),
  };
}

const apis = new Map<FlavourName, ProductionNetworkApi>();
export function api(flavour: FlavourName = 'claim'): ProductionNetworkApi {
  if (!apis.has(flavour)) apis.set(flavour, productionNetworkApi(flavour));
  return apis.get(flavour)!;
}

export function loadYaml(file: string): any[] {
  return parseAllDocuments(fs.readFileSync(path.resolve(__dirname, '..', '..', file), 'utf8')).map((d) => d.toJS());
}

/** A claim (or namespaced XR) with the given parameters, named and namespaced. */
export function claim(parameters: Record<string, unknown> = {}, opts: { name?: string; namespace?: string; flavour?: FlavourName } = {}): any {
  const a = api(opts.flavour ?? 'claim');
  return {
    apiVersion: `${a.names.group}/v1alpha1`,
    kind: a.names.claim?.kind ?? a.names.kind,
    metadata: { name: opts.name ?? 'payments', namespace: opts.namespace ?? 'team-payments' },
    spec: { parameters },
  };
}

export interface Rendered {
  composite: any;
  /** Every desired resource: the managed resources, plus the connection Secret a v2 XR gets. */
  resources: any[];
  /** The provider's managed resources only. */
  managed: any[];
  /** The composed resource by composition resource name; throws when absent. */
  get(name: string): any;
  has(name: string): boolean;
  names: string[];
  /** Resources a selector matches the way the provider does: same composite, every label equal. */
  select(selector: { matchLabels?: Record<string, string> }): any[];
  warnings: string[];
}

export function renderNetwork(input: any, flavour: FlavourName = 'claim'): Rendered {
  const a = api(flavour);
  const out = renderClaim(input, a.definition, a.composition);
  if (out.fatal) throw new Error(`render failed: ${out.fatal.message}`);
  const byName = new Map(out.resources.map((r) => [r.metadata.annotations[ANNOTATION_RESOURCE_NAME], r]));
  return {
    composite: out.composite,
    resources: out.resources,
    managed: out.resources.filter((r) => /\.upbound\.io\//.test(r.apiVersion)),
    names: [...byName.keys()].sort(),
    has: (n) => byName.has(n),
    get(n) {
      const r = byName.get(n);
      if (!r) throw new Error(`no composed resource "${n}"; rendered: ${[...byName.keys()].join(', ')}`);
      return r;
    },
    select: (s) => out.resources.filter((r) => Object.entries(s.matchLabels ?? {}).every(([k, v]) => r.metadata.labels?.[k] === v)),
    warnings: out.results.filter((r) => r.severity !== 'Normal').map((r) => r.message),
  };
}

/** Every `*Selector` in a resource's forProvider, by field name. */
export function selectorsOf(resource: any): Record<string, { matchControllerRef?: boolean; matchLabels?: Record<string, string> }> {
  const out: Record<string, any> = {};
  for (const [k, v] of Object.entries<any>(resource.spec?.forProvider ?? {})) if (k.endsWith('Selector')) out[k] = v;
  return out;
}
