/**
 * The product's own vocabulary over the generic composition helpers: claim parameters, zone slots, the
 * conditions a part can be switched by, names derived from the claim's identity, and the patches every
 * composed resource shares (provider config, region, tags).
 */
import { createHash } from 'crypto';
import { ResourcesPatchSets } from '../../imports/pt.fn.crossplane.io';
import { combine, fromComposite, Patch, patchSet, toComposite, Transform, transforms } from '../../lib/authoring/typed-patches';
import { ComposedResource, Condition, ConnectionDetail } from '../../lib/authoring/resource';
import { ResourceLabels, Selector } from '../../lib/authoring/selectors';
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

/** The part of the design a composed resource belongs to: its `Component` tag. */
export type Component = 'network' | 'security' | 'bastion' | 'storage' | 'observability';

/** The AWS tag set shared by every taggable object: claim tags merged over these. */
export interface TagSpec {
  component: Component;
  purpose: string;
}

/** What every generated managed-resource kind offers: a typed `manifest()` from its props. */
export interface ManagedKind<P extends { spec: object }> {
  manifest(props: P): any;
}
type SpecOf<P extends { spec: object }> = P['spec'];
type ForProviderOf<P extends { spec: object }> = NonNullable<SpecOf<P> extends { forProvider?: infer F } ? F : never>;

/**
 * A composed resource as a part declares it. Everything that follows from the resource's name is filled in by
 * `CompositionContext.resource`: the name label its selectors match, the `Name` tag, the region, the default tags
 * and the patch sets; so no part can spell a label, a tag or a patch for the wrong name.
 */
export interface ResourceSpec<P extends { spec: object }> {
  /** The resource's own fields; region and tags come from the context. */
  forProvider: Omit<ForProviderOf<P>, 'region' | 'tags'>;
  /** Spec fields beside forProvider (deletionPolicy, managementPolicies). @default none */
  spec?: Omit<SpecOf<P>, 'forProvider'>;
  /**
   * For a kind that takes AWS tags: the `Purpose` tag. The resource then carries the default tags, the claim's tags
   * and a `Name` of `<claim>-<resource name>`. @default untagged
   */
  purpose?: string;
  /** A regional AWS object: `region` in the base and the region patch. @default true (false for IAM) */
  regional?: boolean;
  /** Labels besides the resource's own name label (tier, zone, group, bucket): what a person filters by. @default none */
  labels?: Record<string, string>;
  /** Patches after the common ones (provider config, region, Name tag, claim tags). @default none */
  patches?: Patch[];
  /** What this resource contributes to the connection secret. @default nothing */
  connectionDetails?: ConnectionDetail[];
  /** Composed only when every condition holds. @default always */
  when?: Condition[];
}

export const PATCH_SETS = {
  provider: 'provider-config',
  region: 'region',
  tags: 'claim-tags',
} as const;

/**
 * Derived names: `pn-<first 16 hex of sha256(scope)>-<role>`, where the scope is
 * `[<account>/]<installation>/<flavour>/<namespace>/<name>`:
 *
 * - the account id (buckets only): S3 bucket names are global across every AWS account, so the same claim synced
 *   to a staging and a production account must not ask for the same bucket;
 * - the installation (a synth-time setting): two clusters writing into one account must not adopt, and on deletion
 *   delete, each other's role, instance profile, key pair or buckets;
 * - the flavour: a claim and a namespaced XR of the same namespace/name are different networks (issue 16 item 7);
 * - namespace and name of the claim (or namespaced XR). A cluster-scoped XR created without a claim has no
 *   namespace: its scope is `<installation>/<flavour>//<xr-name>`, which no claim can produce.
 *
 * Deterministic for a given scope, so a bucket kept by `Orphan` is adopted again when the claim is re-created.
 */
export const DERIVED_NAME_PREFIX = 'pn';
export const DERIVED_HASH_LENGTH = 16;

/** The installation when none is configured (`PRODUCTION_NETWORK_INSTALLATION`). */
export const DEFAULT_INSTALLATION = 'default';
/** An installation id: a DNS label, so it can never contain the scope's `/` separator or a `%` verb. */
export const INSTALLATION_PATTERN = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

export class CompositionContext {
  constructor(
    readonly flavour: Flavour,
    readonly labels: ResourceLabels,
    readonly installation: string = DEFAULT_INSTALLATION,
    /** The part being built (its resources' `Component` tag); set by `part()`. */
    readonly component?: Component,
  ) {
    if (!INSTALLATION_PATTERN.test(installation)) throw new Error(`installation "${installation}" is not a DNS label (lowercase letters, digits, '-')`);
  }

  /** The context one part of the design builds its resources in. */
  part(component: Component): CompositionContext {
    return new CompositionContext(this.flavour, this.labels, this.installation, component);
  }

  /**
   * One composed resource, named once: its labels, region, default tags, `Name` tag and common patches all derive
   * from `name` and the options (see ResourceSpec).
   */
  resource<P extends { metadata?: object; spec: object }>(name: string, kind: ManagedKind<P>, spec: ResourceSpec<P>): ComposedResource {
    const { regional = true, purpose } = spec;
    const tagged = purpose !== undefined;
    if (tagged && !this.component) throw new Error(`resource ${name}: a tagged resource needs the context of a part (ctx.part(component))`);
    const forProvider = {
      ...(regional ? this.regional : {}),
      ...spec.forProvider,
      ...(tagged ? { tags: this.tags({ component: this.component!, purpose }) } : {}),
    };
    const props = { metadata: { labels: this.labels.of(name, spec.labels) }, spec: { ...spec.spec, forProvider } } as unknown as P;
    return {
      name,
      base: kind.manifest(props),
      patches: [...this.common(name, { regional, tagged }), ...(spec.patches ?? [])],
      ...(spec.connectionDetails ? { connectionDetails: spec.connectionDetails } : {}),
      ...(spec.when ? { when: spec.when } : {}),
    };
  }

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
  private common(resourceName: string, opts: { regional?: boolean; tagged?: boolean } = {}): Patch[] {
    const { regional = true, tagged = true } = opts;
    return [
      patchSet(PATCH_SETS.provider),
      ...(regional ? [patchSet(PATCH_SETS.region)] : []),
      ...(tagged ? [...this.namePatches(resourceName, 'spec.forProvider.tags'), patchSet(PATCH_SETS.tags)] : []),
    ];
  }

  /** The `Name` tag of `resourceName`'s objects, written into the tag map at `tagsPath`. */
  private namePatches(resourceName: string, tagsPath: string): Patch[] {
    const to = `${tagsPath}.Name`;
    return [
      // A cluster-scoped XR created without a claim is named after itself (the claim's patch, when there is
      // one, comes second and wins).
      ...(this.flavour.compositeName ? [fromComposite(this.flavour.compositeName, to, { transforms: [transforms.format(`%s-${resourceName}`)] })] : []),
      fromComposite(this.flavour.identity.name, to, { transforms: [transforms.format(`%s-${resourceName}`)] }),
    ];
  }

  /**
   * The default tags of this part's objects with the given `Purpose`, for a tag map that is not the resource's own
   * `spec.forProvider.tags` (a launch template's tag specifications). Complete it with `tagPatches`.
   */
  tagsOf(purpose: string): Record<string, string> {
    if (!this.component) throw new Error(`tags for "${purpose}": tags need the context of a part (ctx.part(component))`);
    return this.tags({ component: this.component, purpose });
  }

  /**
   * The `Name` and claim-tag patches every tagged resource gets, aimed at the tag map at `tagsPath` (a field inside a
   * list entry, such as `spec.forProvider.tagSpecifications[0].tags`). The claim's tags are merged over the base's
   * the same way as the `claim-tags` patch set does for `spec.forProvider.tags` (that set is bound to its path).
   * function-patch-and-transform v0.10.8 (patches.go patchFieldValueToObject) merges through crossplane-runtime's
   * Paved.MergeValue (pkg/fieldpath/merge.go), which reads and writes the indexed path like any other: the base
   * must hold the list entry, which the caller's base does.
   */
  tagPatches(resourceName: string, tagsPath: string): Patch[] {
    return [...this.namePatches(resourceName, tagsPath), fromComposite(param('tags'), tagsPath, { merge: 'ForceMergeObjects' })];
  }

  /**
   * The forProvider fields every regional base starts from. The region patch overrides it from the claim; the
   * base carries the API's default so each base is a valid object of its kind on its own.
   */
  private get regional(): { region: string } {
    return { region: DEFAULT_REGION };
  }

  /** The default tags a base starts from (Name is patched from the claim's name). */
  private tags(spec: TagSpec): Record<string, string> {
    return { ManagedBy: 'crossplane', Component: spec.component, Purpose: spec.purpose };
  }

  /**
   * Patches that write a name for a cloud object that must be known in advance (bucket names, IAM and key pair
   * names the Instance takes as plain strings): deterministic, the same for every reconcile, unique per scope (see
   * DERIVED_NAME_PREFIX), at most 3 + 16 + 1 + role characters, lowercase.
   * @param perAccount the name must be unique across AWS accounts (S3 buckets): the patch waits (Required) until
   *   the VPC reports the account id, and the resource is not composed before
   * @param extra a further composite field that must exist for the name to be written (e.g. the SSH key)
   */
  derivedName(role: string, to: string, opts: { extra?: string; format?: string; perAccount?: boolean; required?: boolean } = {}): Patch[] {
    const account = opts.perAccount ? [status('accountId')] : [];
    const gate = opts.extra ? [opts.extra] : [];
    // `%.0s` prints nothing: the extra variable only gates the patch (a combine skips when a variable is missing).
    const prefix = `${opts.perAccount ? '%s/' : ''}${this.installation}/${this.flavour.name}/`;
    const suffix = opts.extra ? '%.0s' : '';
    const name = `${DERIVED_NAME_PREFIX}-%s-${role}`;
    const hashed = {
      transforms: [
        transforms.sha256(),
        transforms.regexp(`^([0-9a-f]{${DERIVED_HASH_LENGTH}})`, 1),
        transforms.format(opts.format ? opts.format.replace('{}', name) : name),
      ],
    };
    const required = opts.perAccount || opts.required;
    const { namespace, name: identityName } = this.flavour.identity;
    if (!this.flavour.compositeName) {
      return [combine([...account, namespace, identityName, ...gate], `${prefix}%s/%s${suffix}`, to, { ...hashed, required })];
    }
    // A v1 XR bound to a claim takes the claim's namespace and name; one created without a claim (possible on
    // Crossplane 1.x) has neither, and is named after itself with an empty namespace. Both patches write the same
    // field: the claim's comes second and, when the claim exists, wins. Only the first (whose variables always
    // exist once the account is known) is Required, so a claim-less XR still gets every name.
    return [
      combine([...account, this.flavour.compositeName, ...gate], `${prefix}/%s${suffix}`, to, { ...hashed, required }),
      combine([...account, namespace, identityName, ...gate], `${prefix}%s/%s${suffix}`, to, hashed),
    ];
  }

  /** The availability zone of a slot: region + the slot's zone suffix. */
  zone(zone: ZoneSlot, to = 'spec.forProvider.availabilityZone'): Patch {
    return combine([param('region'), param(`availabilityZones[${zone.index}]`)], '%s%s', to);
  }

  toStatus(from: string, field: string, transforms?: Transform[]): Patch {
    return toComposite(from, status(field), transforms);
  }
}

/** What a derived name is unique for (see DERIVED_NAME_PREFIX). */
export interface NameScope {
  installation?: string;
  flavour: 'claim' | 'namespaced';
  /** Empty for a cluster-scoped XR created without a claim. */
  namespace: string;
  name: string;
  /** Only for per-account names (buckets). */
  account?: string;
}

/** The name derivation, computed in TypeScript exactly as the composition's transforms compute it. */
export function derivedName(scope: NameScope, role: string): string {
  const parts = [
    ...(scope.account !== undefined ? [scope.account] : []),
    scope.installation ?? DEFAULT_INSTALLATION,
    scope.flavour,
    scope.namespace,
    scope.name,
  ];
  const hash = createHash('sha256').update(parts.join('/')).digest('hex');
  return `${DERIVED_NAME_PREFIX}-${hash.slice(0, DERIVED_HASH_LENGTH)}-${role}`;
}
