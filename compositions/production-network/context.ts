/**
 * The product's own vocabulary over the generic composition helpers: claim parameters, zone slots, the
 * conditions a part can be switched by, names derived from the claim's identity, and the patches every
 * composed resource shares (provider config, region, tags).
 */
import { ResourcesPatchSets } from '../../imports/pt.fn.crossplane.io';
import { combine, fromComposite, Patch, patchSet, toComposite, Transform, transforms } from '../../lib/composition/patches';
import { Condition } from '../../lib/composition/resource';
import { ResourceLabels, Selector } from '../../lib/composition/selectors';
import { MAX_SSH_CIDRS, MAX_ZONES, NatMode, parametersSchema } from './api';
import { Flavour } from './flavour';

export const DEFAULT_REGION: string = parametersSchema.properties.region.default;

/** Path of a claim parameter on the composite. */
export const param = (path: string) => `spec.parameters.${path}`;
export const status = (path: string) => `status.${path}`;

/**
 * A zone slot: the n-th entry of `availabilityZones`. Resource names carry the slot's letter (`subnet-public-a`
 * is the subnet of the first zone), which with the default zones [a, b] is also the zone's own suffix.
 * Slots beyond the claim's zone count are dropped by the cel-filter step.
 */
export interface ZoneSlot {
  readonly letter: string;
  readonly index: number;
}
export const ZONE_SLOTS: ZoneSlot[] = Array.from({ length: MAX_ZONES }, (_, index) => ({ letter: String.fromCharCode(97 + index), index }));
export const FIRST_ZONE = ZONE_SLOTS[0];

// function-cel-filter type-checks each expression to bool; fields of the observed composite are `dyn`, so a
// boolean parameter is compared with `== true` rather than used bare.
const xr = 'observed.composite.resource.spec.parameters';
export const when = {
  zoneInUse: (zone: ZoneSlot): Condition[] =>
    zone.index < 2 ? [] : [{ cel: `size(${xr}.availabilityZones) > ${zone.index}`, description: `the claim has at least ${zone.index + 1} zones` }],
  natIn: (modes: NatMode[]): Condition => ({
    cel: modes.length === 1 ? `${xr}.natGateways == '${modes[0]}'` : `${xr}.natGateways in [${modes.map((m) => `'${m}'`).join(', ')}]`,
    description: `natGateways is ${modes.join(' or ')}`,
  }),
  bastionEnabled: { cel: `${xr}.bastion.enabled == true`, description: 'the bastion is enabled' } as Condition,
  bastionHasKey: { cel: `has(${xr}.bastion.sshPublicKey)`, description: 'the bastion has an SSH public key' } as Condition,
  sshCidrSlot: (index: number): Condition[] =>
    index === 0 ? [] : [{ cel: `size(${xr}.bastion.allowedSshCidrs) > ${index}`, description: `allowedSshCidrs has at least ${index + 1} entries` }],
  sshCidrsGiven: { cel: `size(${xr}.bastion.allowedSshCidrs) > 0`, description: 'allowedSshCidrs is not empty' } as Condition,
  flowLogsEnabled: { cel: `${xr}.flowLogs.enabled == true`, description: 'flow logs are enabled' } as Condition,
  s3GatewayEndpoint: { cel: `${xr}.s3GatewayEndpoint == true`, description: 's3GatewayEndpoint is true' } as Condition,
};
export { MAX_SSH_CIDRS };

/** The AWS tag set shared by every taggable object: claim tags merged over these. */
export interface TagSpec {
  component: 'network' | 'security' | 'bastion' | 'storage' | 'observability';
  purpose: string;
}

export const PATCH_SETS = {
  provider: 'provider-config',
  region: 'region',
  tags: 'claim-tags',
} as const;

/** Derived names: `pn-<first 16 hex of sha256("<namespace>/<name>")>-<role>`. */
export const DERIVED_NAME_PREFIX = 'pn';
export const DERIVED_HASH_LENGTH = 16;

export class CompositionContext {
  constructor(
    readonly flavour: Flavour,
    readonly labels: ResourceLabels,
  ) {}

  select(name: string, reResolve = false): Selector {
    return this.labels.select(name, reResolve);
  }

  /** The patch sets every composed resource refers to; defined once in the pipeline input. */
  patchSets(): ResourcesPatchSets[] {
    // Patch-set patches have their own generated type, identical in shape to resource patches.
    const sets: Array<{ name: string; patches: Patch[] }> = [
      { name: PATCH_SETS.provider, patches: [fromComposite(param('providerConfigName'), 'spec.providerConfigRef.name')] },
      { name: PATCH_SETS.region, patches: [fromComposite(param('region'), 'spec.forProvider.region')] },
      // Claim tags win over the defaults: ForceMergeObjects overwrites keys the base already has.
      { name: PATCH_SETS.tags, patches: [fromComposite(param('tags'), 'spec.forProvider.tags', { merge: 'ForceMergeObjects' })] },
    ];
    return sets as unknown as ResourcesPatchSets[];
  }

  /** Patches for a regional, tagged AWS object named `resourceName`. */
  common(resourceName: string, opts: { regional?: boolean; tagged?: boolean } = {}): Patch[] {
    const { regional = true, tagged = true } = opts;
    return [
      patchSet(PATCH_SETS.provider),
      ...(regional ? [patchSet(PATCH_SETS.region)] : []),
      ...(tagged
        ? [
            fromComposite(this.flavour.identity.name, 'spec.forProvider.tags.Name', { transforms: [transforms.format(`%s-${resourceName}`)] }),
            patchSet(PATCH_SETS.tags),
          ]
        : []),
    ];
  }

  /**
   * The forProvider fields every regional base starts from. The region patch overrides it from the claim; the
   * base carries the API's default so each base is a valid object of its kind on its own.
   */
  get regional(): { region: string } {
    return { region: DEFAULT_REGION };
  }

  /** The default tags a base starts from (Name is patched from the claim's name). */
  tags(spec: TagSpec): Record<string, string> {
    return { ManagedBy: 'crossplane', Component: spec.component, Purpose: spec.purpose };
  }

  /**
   * A name for a cloud object that must be known in advance (bucket names, IAM and key pair names the Instance
   * takes as plain strings): deterministic, the same for every reconcile, unique per claim across namespaces,
   * at most 3 + 16 + 1 + role characters, lowercase.
   * @param extra a further composite field that must exist for the name to be written (e.g. the SSH key)
   */
  derivedName(role: string, to: string, opts: { extra?: string; format?: string } = {}): Patch {
    const vars = [this.flavour.identity.namespace, this.flavour.identity.name, ...(opts.extra ? [opts.extra] : [])];
    // `%.0s` prints nothing: the extra variable only gates the patch (a combine skips when a variable is missing).
    const fmt = opts.extra ? '%s/%s%.0s' : '%s/%s';
    const name = `${DERIVED_NAME_PREFIX}-%s-${role}`;
    return combine(vars, fmt, to, {
      transforms: [
        transforms.sha256(),
        transforms.regexp(`^([0-9a-f]{${DERIVED_HASH_LENGTH}})`, 1),
        transforms.format(opts.format ? opts.format.replace('{}', name) : name),
      ],
    });
  }

  /** The availability zone of a slot: region + the slot's zone suffix. */
  zone(zone: ZoneSlot, to = 'spec.forProvider.availabilityZone'): Patch {
    return combine([param('region'), param(`availabilityZones[${zone.index}]`)], '%s%s', to);
  }

  toStatus(from: string, field: string, transforms?: Transform[]): Patch {
    return toComposite(from, status(field), transforms);
  }
}

/** The name derivation, computed in TypeScript exactly as the composition's transforms compute it. */
export function derivedName(namespace: string, name: string, role: string): string {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const hash = require('crypto').createHash('sha256').update(`${namespace}/${name}`).digest('hex') as string;
  return `${DERIVED_NAME_PREFIX}-${hash.slice(0, DERIVED_HASH_LENGTH)}-${role}`;
}
