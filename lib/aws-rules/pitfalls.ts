/**
 * Provider pitfalls: combinations the CRDs and AWS's API accept one field at a time, which the provider's engine
 * (provider-upjet-aws runs terraform-provider-aws) is known to fail on at apply time. Each rule cites the upstream
 * issue or source it comes from and is judged over all the rendered resources together, because some need
 * another resource (a bucket's versioning is its own kind).
 */
import { ANNOTATION_EXTERNAL_NAME } from '../crossplane';
import { describeValue } from '../schema/issue';
import { kindKey } from './shapes';

export interface PitfallFinding {
  /** The resource the finding is about (an index into the checked list). */
  index: number;
  path: string;
  value: unknown;
  message: string;
}

export interface Pitfall {
  id: string;
  /** The upstream issue or source path that shows the failure. */
  source: string;
  check(resources: any[]): PitfallFinding[];
}

/** A field of forProvider, else of initProvider, with the path it was found at. */
function providerField(r: any, field: string): { path: string; value: unknown } | undefined {
  for (const block of ['forProvider', 'initProvider']) {
    const value = r?.spec?.[block]?.[field];
    if (value !== undefined && value !== null) return { path: `spec.${block}.${field}`, value };
  }
  return undefined;
}

function isSet(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (v && typeof v === 'object') return Object.keys(v).length > 0;
  return v !== undefined && v !== null;
}

/**
 * Whether deleting the managed resource deletes the cloud object: `deletionPolicy` Delete (the default) on
 * cluster-scoped kinds, `Delete` or `*` among the management policies (the default `*`) on any kind.
 */
export function deletesCloudObject(r: any): boolean {
  const policies: unknown = r?.spec?.managementPolicies;
  if (Array.isArray(policies) && !policies.includes('*') && !policies.includes('Delete')) return false;
  return (r?.spec?.deletionPolicy ?? 'Delete') === 'Delete';
}

/** Whether `ref` (a resource of the same render) points at `target`: by selector labels, by reference name or by the bucket name itself. */
function refersTo(owner: any, field: string, target: any): boolean {
  const fp = owner?.spec?.forProvider ?? {};
  const selector = fp[`${field}Selector`];
  const labels = target?.metadata?.labels ?? {};
  if (selector?.matchLabels && Object.entries(selector.matchLabels).every(([k, v]) => labels[k] === v)) return true;
  const refName = fp[`${field}Ref`]?.name;
  if (refName && refName === target?.metadata?.name) return true;
  const externalName = target?.metadata?.annotations?.[ANNOTATION_EXTERNAL_NAME];
  return !!externalName && fp[field] === externalName;
}

/** The LaunchTemplate of this render an Instance names: by id selector, by name, or by the template's external name. */
function launchTemplateOf(instance: any, resources: any[]): any | undefined {
  const spec = instance?.spec?.forProvider?.launchTemplate ?? {};
  return resources.find((t) => {
    if (kindKey(t.apiVersion, t.kind) !== 'ec2/LaunchTemplate') return false;
    const labels = t?.metadata?.labels ?? {};
    const selector = spec.idSelector?.matchLabels;
    if (selector && Object.entries(selector).every(([k, v]) => labels[k] === v)) return true;
    const name = spec.name;
    return !!name && (name === t?.spec?.forProvider?.name || name === t?.metadata?.annotations?.[ANNOTATION_EXTERNAL_NAME]);
  });
}

/** Whether the provider late-initializes the resource: no management policies (the CRDs default to ["*"]), `*` or LateInitialize. */
export function lateInitializes(r: any): boolean {
  const policies: unknown = r?.spec?.managementPolicies;
  return !Array.isArray(policies) || policies.includes('*') || policies.includes('LateInitialize');
}

/**
 * Composed kinds whose external name is the id AWS assigns: `config.IdentifierFromProvider` in
 * crossplane-contrib/provider-upjet-aws v2.6.0 config/externalname.go (the EC2, IAM, KMS and S3 kinds a network
 * like this one composes). Every v2.6.0 controller uses upjet's asynchronous connector
 * (internal/controller/.../zz_controller.go NewTerraformPluginSDKAsyncConnector; aws_instance and aws_eip also set
 * UseAsync in config/{cluster,namespaced}/ec2/config.go).
 */
export const PROVIDER_ASSIGNED_ID_KINDS = new Set([
  'ec2/DefaultSecurityGroup',
  'ec2/EIP',
  'ec2/FlowLog',
  'ec2/Instance',
  'ec2/InternetGateway',
  'ec2/LaunchTemplate',
  'ec2/NATGateway',
  'ec2/RouteTable',
  'ec2/RouteTableAssociation',
  'ec2/SecurityGroup',
  'ec2/Subnet',
  'ec2/VPC',
  'ec2/VPCEndpoint',
  'iam/RolePolicyAttachment',
  'kms/Key',
  's3/BucketLogging',
  's3/BucketOwnershipControls',
  's3/BucketPolicy',
  's3/BucketPublicAccessBlock',
  's3/BucketServerSideEncryptionConfiguration',
  's3/BucketVersioning',
]);

/**
 * Kinds for which creating again is harmless: terraform-provider-aws vpc_default_security_group.go adopts the VPC's
 * one default group on create (it looks the group up by VPC), so a lost id only costs one more adoption.
 */
const RECREATE_ADOPTS = new Set(['ec2/DefaultSecurityGroup']);

export const PITFALLS: Pitfall[] = [
  {
    id: 'instance-launch-template-version-moves',
    source:
      'hashicorp/terraform-provider-aws internal/service/ec2/ec2_instance.go (CustomizeDiff on launch_template.0.version: ForceNew when the instance’s version is no longer $Latest / $Default; flattenInstanceLaunchTemplate)',
    check: (resources) =>
      resources.flatMap((r, index) => {
        if (kindKey(r.apiVersion, r.kind) !== 'ec2/Instance') return [];
        const version = r?.spec?.forProvider?.launchTemplate?.version;
        const path = 'spec.forProvider.launchTemplate.version';
        if (version === '$Latest')
          return [
            {
              index,
              path,
              value: version,
              message: `launch template version "$Latest": the instance is replaced as soon as the template gets a newer version; use "$Default" (and keep the template's default version where it is) or a version number`,
            },
          ];
        const template = version === '$Default' ? launchTemplateOf(r, resources) : undefined;
        const moves = template?.spec?.forProvider?.updateDefaultVersion === true || template?.spec?.forProvider?.defaultVersion !== undefined;
        return moves
          ? [
              {
                index,
                path,
                value: version,
                message: `launch template version "$Default" with a template that moves its default version (updateDefaultVersion or defaultVersion): the instance is replaced when the default moves on`,
              },
            ]
          : [];
      }),
  },
  {
    id: 'instance-ssm-image-with-block-devices',
    source:
      'hashicorp/terraform-provider-aws#43488; internal/service/ec2/ec2_instance.go findRootDeviceName → findImageByID (the image is looked up by id to find its root device)',
    check: (resources) =>
      resources.flatMap((r, index) => {
        if (kindKey(r.apiVersion, r.kind) !== 'ec2/Instance') return [];
        const image = providerField(r, 'ami');
        if (typeof image?.value !== 'string' || !image.value.startsWith('resolve:ssm:')) return [];
        return ['rootBlockDevice', 'ebsBlockDevice']
          .map((f) => providerField(r, f))
          .filter((f): f is { path: string; value: unknown } => !!f && isSet(f.value))
          .map((f) => ({
            index,
            path: f.path,
            value: image.value,
            message: `${f.path.split('.').pop()} with the image ${describeValue(image.value)}: the provider looks the image up by id to find its root device and fails with InvalidAMIID.Malformed on every reconcile; launch from an EC2 LaunchTemplate that carries the image and the block devices, or give an ami-… id`,
          }));
      }),
  },
  {
    id: 'instance-ssm-image-in-for-provider',
    source:
      'hashicorp/terraform-provider-aws internal/service/ec2/ec2_instance.go (ami is ForceNew and is read back as the ami-… id the parameter resolved to)',
    check: (resources) =>
      resources.flatMap((r, index) => {
        if (kindKey(r.apiVersion, r.kind) !== 'ec2/Instance') return [];
        const ami = r?.spec?.forProvider?.ami;
        return typeof ami === 'string' && ami.startsWith('resolve:ssm:')
          ? [
              {
                index,
                path: 'spec.forProvider.ami',
                value: ami,
                message: `${describeValue(ami)} in forProvider reads back as the ami-… id it resolved to, a change that replaces the instance: set it in spec.initProvider (used at creation only)`,
              },
            ]
          : [];
      }),
  },
  {
    id: 'instance-init-user-data-late-initialized',
    source:
      'crossplane/upjet pkg/controller/external_tfpluginsdk.go (filterInitExclusiveDiffs drops the diffs of fields set only in spec.initProvider; Observe late-initializes under LateInitialize or *); hashicorp/terraform-provider-aws internal/service/ec2/ec2_instance.go (user_data StateFunc userDataHashSum; resourceInstanceUpdate → modifyInstanceAttributeWithStopStart); hashicorp/terraform-plugin-sdk helper/schema/schema.go diffString',
    check: (resources) =>
      resources.flatMap((r, index) => {
        if (kindKey(r.apiVersion, r.kind) !== 'ec2/Instance' || !lateInitializes(r)) return [];
        return ['userData', 'userDataBase64']
          .filter((f) => isSet(r?.spec?.initProvider?.[f]) && !isSet(r?.spec?.forProvider?.[f]))
          .map((f) => ({
            index,
            path: `spec.initProvider.${f}`,
            value: r?.spec?.managementPolicies ?? ['*'],
            message: `${f} in spec.initProvider of an Instance whose management policies late-initialize (${describeValue(r?.spec?.managementPolicies ?? ['*'])}): the provider copies what its state holds for it (a SHA-1 of the script, not the script) into spec.forProvider.${f}, the field is then no longer init-only, and the provider stops and starts the instance to write that hash as its user data; set ${f} in spec.forProvider (a changed script then stops and starts the instance), since management policies without LateInitialize lose the instance's id (rule async-provider-id-without-late-initialize)`,
          }));
      }),
  },
  {
    id: 'async-provider-id-without-late-initialize',
    source:
      'crossplane-contrib/provider-upjet-aws v2.6.0 config/externalname.go (IdentifierFromProvider) and internal/controller zz_controller.go (NewTerraformPluginSDKAsyncConnector); crossplane/upjet pkg/controller/external_async_tfpluginsdk.go (Create returns no external name) and external_tfpluginsdk.go (Observe sets it, reported as late-initialized); crossplane/crossplane-runtime v2.2.0 pkg/reconciler/managed/reconciler.go (the update that persists it runs only under ShouldLateInitialize); crossplane/crossplane#5918, crossplane/upjet#531',
    check: (resources) =>
      resources.flatMap((r, index) => {
        const key = kindKey(r.apiVersion, r.kind);
        if (!key || !PROVIDER_ASSIGNED_ID_KINDS.has(key) || RECREATE_ADOPTS.has(key) || lateInitializes(r)) return [];
        if (isSet(r?.metadata?.annotations?.[ANNOTATION_EXTERNAL_NAME])) return [];
        return [
          {
            index,
            path: 'spec.managementPolicies',
            value: r.spec.managementPolicies,
            message: `management policies ${describeValue(r.spec.managementPolicies)} without LateInitialize on a ${r.kind}, whose external name is the id AWS assigns: the provider creates it asynchronously and learns the id afterwards, and Crossplane saves it only in the late-init update, so after a provider restart the ${r.kind} looks missing and is created again, the first one left in AWS outside Crossplane; keep the default management policies (or add LateInitialize), or set crossplane.io/external-name`,
          },
        ];
      }),
  },
  {
    id: 's3-versioned-bucket-delete-without-force-destroy',
    source: 'hashicorp/terraform-provider-aws internal/service/s3/bucket.go resourceBucketDelete (DeleteBucket fails with BucketNotEmpty unless force_destroy)',
    check: (resources) =>
      resources.flatMap((r, index) => {
        if (kindKey(r.apiVersion, r.kind) !== 's3/Bucket' || !deletesCloudObject(r) || r?.spec?.forProvider?.forceDestroy === true) return [];
        const versioned = resources.some(
          (v) =>
            kindKey(v.apiVersion, v.kind) === 's3/BucketVersioning' &&
            v?.spec?.forProvider?.versioningConfiguration?.status === 'Enabled' &&
            refersTo(v, 'bucket', r),
        );
        if (!versioned) return [];
        return [
          {
            index,
            path: 'spec.forProvider.forceDestroy',
            value: r?.spec?.forProvider?.forceDestroy ?? false,
            message:
              'a versioned bucket that is deleted with its managed resource needs forceDestroy: true, or DeleteBucket fails with BucketNotEmpty once it holds an object version and the deletion never finishes (or keep it: deletionPolicy Orphan / managementPolicies without Delete)',
          },
        ];
      }),
  },
];
