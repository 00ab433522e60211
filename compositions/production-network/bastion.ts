/**
 * The bastion host: launched from a launch template (latest Amazon Linux through `resolve:ssm:`, an encrypted gp3
 * root volume, IMDSv2 only), with setup and logging user data and an instance profile
 * whose role holds only AmazonSSMManagedInstanceCore, so it is reachable through SSM Session Manager. With the
 * claim's public key it also gets a key pair, a public address in the first zone's public subnet and SSH from the
 * allowed networks; without one it is SSM-only, in the first private subnet with no public address.
 */
import * as fs from 'fs';
import * as path from 'path';
import { InstanceV1Beta2, KeyPair, LaunchTemplateV1Beta2 } from '../../imports/ec2.aws.upbound.io';
import { InstanceProfile, Role, RolePolicyAttachment } from '../../imports/iam.aws.upbound.io';
import { EXTERNAL_NAME_FIELD_PATH } from '../../lib/crossplane';
import { connection } from '../../lib/authoring/typed-connection-details';
import { combine, fromComposite, transforms } from '../../lib/authoring/typed-patches';
import { ComposedResource } from '../../lib/authoring/resource';
import { ARM64_INSTANCE_TYPE, parametersSchema } from './api';
import { CompositionContext, FIRST_ZONE, param, when } from './context';
import { names } from './names';

export const SSM_MANAGED_INSTANCE_CORE = 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore';

/**
 * Public SSM parameters that always name the latest image. EC2 resolves `resolve:ssm:` when it launches an instance
 * from the launch template (see `bastion()` for why the image lives in a template and not on the Instance).
 */
export const LATEST_IMAGE_PARAMETERS: Record<string, { x86_64: string; arm64: string }> = {
  AmazonLinux2023: {
    x86_64: '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
    arm64: '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64',
  },
  AmazonLinux2: {
    x86_64: '/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2',
    arm64: '/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-arm64-gp2',
  },
};
// The API's transition rule on the architecture and the image choice below read the same pattern.
export { ARM64_INSTANCE_TYPE };

export const USER_DATA = fs.readFileSync(path.join(__dirname, 'bastion-user-data.sh'), 'utf8');

/**
 * The root device of every Amazon Linux 2 and 2023 image (x86_64 and arm64). A launch template's block device
 * mapping names its device; naming the image's root device makes the mapping configure the root volume, which then
 * takes its size and snapshot from the image. An `amiId` override must share it: for any other device name the
 * mapping has neither a size nor a snapshot, which EC2 refuses at launch ("You must specify either a snapshot ID or
 * a volume size", EC2 API reference, EbsBlockDevice.VolumeSize), so the bastion never starts (docs/apply-time.md).
 *
 * No `volumeSize` on purpose: a size must be at least the image's snapshot size (same page), which is 8 GiB for the
 * Amazon Linux images (their published block device mappings; not re-read offline) but anything for an `amiId`; a fixed size would refuse larger images, and on a non-root
 * device it would only add an empty second volume beside the image's own, unencrypted-by-template root volume.
 */
export const AMAZON_LINUX_ROOT_DEVICE = '/dev/xvda';

/** IMDSv2 only, no instance tags in the metadata: on the template (at launch) and on the Instance (kept after). */
const METADATA_OPTIONS = { httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: 1, instanceMetadataTags: 'disabled' };

/**
 * The launch template version the Instance uses. terraform-provider-aws (internal/service/ec2/ec2_instance.go,
 * the CustomizeDiff on `launch_template.0.version` and `flattenInstanceLaunchTemplate`) forces a replacement when
 * the instance's version no longer matches: for `$Latest` as soon as the template gets a newer version, for a
 * number when the number changes. `$Default` matches as long as the default version stays the one the instance
 * was launched from, and the template below never moves it (no `updateDefaultVersion`, no `defaultVersion`; the
 * provider does not late-initialize `defaultVersion`: provider-upjet-aws config/cluster/ec2/config.go,
 * aws_launch_template LateInitializer). A later template change only adds a version the running bastion ignores.
 */
export const LAUNCH_TEMPLATE_VERSION = '$Default';

/**
 * What the launch template tags at launch besides the instance (the Instance tags itself): its root volume and its
 * network interface. terraform-provider-aws tags only the instance at RunInstances (ec2_instance.go
 * resourceInstanceCreate builds TagSpecifications from `tags`, and from `volume_tags` that this composition does not
 * set), so without these both would be untagged. EC2 refuses a launch whose template tags a resource type the
 * instance does not create (EC2 API reference, LaunchTemplateTagSpecificationRequest): every bastion has an EBS
 * root volume and a primary network interface.
 *
 * A change to these tags (a claim's tags edited) is a change to `tag_specifications`, which makes
 * terraform-provider-aws create a new template version (ec2_launch_template.go resourceLaunchTemplateUpdate: it is
 * one of the keys that call CreateLaunchTemplateVersion) without moving the default version (that only happens with
 * update_default_version or default_version, neither set). The Instance pins `$Default`, so nothing replaces the
 * bastion; the new tags reach the next bastion only, the running one keeps the tags its volume and interface were
 * launched with.
 */
export const LAUNCH_TAGGED = [
  { resourceType: 'volume', purpose: 'root volume of the bastion' },
  { resourceType: 'network-interface', purpose: 'network interface of the bastion' },
] as const;

/** The API's default instance type (its schema holds the one definition). */
const DEFAULT_INSTANCE_TYPE: string = parametersSchema.properties.bastion.properties.instanceType.default;

const EC2_ASSUME_ROLE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

export function bastion(ctx: CompositionContext): ComposedResource[] {
  const externalName = EXTERNAL_NAME_FIELD_PATH;

  const keyPair = ctx.resource(names.keyPair, KeyPair, {
    purpose: 'SSH key of the bastion',
    forProvider: {},
    patches: [
      ...ctx.derivedName('bastion', externalName),
      // Not Required: without a key the filter step drops the key pair, and a Required patch would only add a
      // warning to every key-less claim's render.
      fromComposite(param('bastion.sshPublicKey'), 'spec.forProvider.publicKey'),
    ],
    when: [when.bastionEnabled, when.bastionHasKey],
  });

  const role = ctx.resource(names.bastionRole, Role, {
    regional: false,
    purpose: 'instance role of the bastion',
    forProvider: { assumeRolePolicy: EC2_ASSUME_ROLE, description: 'Bastion host: SSM Session Manager only' },
    patches: ctx.derivedName('bastion', externalName),
    when: [when.bastionEnabled],
  });

  const ssmPolicy = ctx.resource(names.bastionSsmPolicy, RolePolicyAttachment, {
    regional: false,
    forProvider: { policyArn: SSM_MANAGED_INSTANCE_CORE, roleSelector: ctx.select(names.bastionRole) },
    when: [when.bastionEnabled],
  });

  const profile = ctx.resource(names.instanceProfile, InstanceProfile, {
    regional: false,
    purpose: 'instance profile of the bastion',
    forProvider: { roleSelector: ctx.select(names.bastionRole) },
    patches: ctx.derivedName('bastion', externalName),
    when: [when.bastionEnabled],
  });

  const arch = (image: string) => [
    [`^${image}/${ARM64_INSTANCE_TYPE}`, `resolve:ssm:${LATEST_IMAGE_PARAMETERS[image].arm64}`] as [string, string],
    [`^${image}/`, `resolve:ssm:${LATEST_IMAGE_PARAMETERS[image].x86_64}`] as [string, string],
  ];

  // Why a launch template: terraform-provider-aws cannot launch an Instance whose `ami` is `resolve:ssm:…` when
  // `rootBlockDevice` is set: it looks the image up by id to find its root device name (ec2_instance.go,
  // readBlockDeviceMappingsFromConfig → findRootDeviceName → findImageByID) and fails with InvalidAMIID.Malformed
  // on every reconcile (hashicorp/terraform-provider-aws#43488). A launch template takes `resolve:ssm:` as its
  // image (EC2 resolves it at RunInstances) and carries the root volume as a block device mapping. The Instance
  // must then carry no `rootBlockDevice` at all: with one, readBlockDeviceMappingsFromConfig takes the template's
  // image id and looks that up, failing the same way. The provider never adds one behind our back:
  // provider-upjet-aws config/cluster/ec2/config.go lists root_block_device among the Instance's late-init
  // IgnoredFields.
  //
  // A newer image never replaces the bastion: the template stores the parameter, not an image id, so it reads
  // back unchanged; the Instance sets no `ami`, and the id it launched with is read back into its state (and
  // late-initialized into forProvider) unchanged for the instance's life, so it makes no diff. An instance
  // terminated outside Crossplane is launched again with that id, not the template's newest image (README).
  const launchTemplate = ctx.resource(names.bastionLaunchTemplate, LaunchTemplateV1Beta2, {
    purpose: 'launch template of the bastion',
    forProvider: {
      description: 'Bastion host: latest Amazon Linux, encrypted gp3 root volume, IMDSv2 only',
      // Encryption with the account's default EBS key; the template's EBS flags are strings in the CRD
      // (terraform-provider-aws ec2_launch_template.go keeps them as nullable booleans).
      blockDeviceMappings: [{ deviceName: AMAZON_LINUX_ROOT_DEVICE, ebs: { encrypted: 'true', volumeType: 'gp3', deleteOnTermination: 'true' } }],
      metadataOptions: METADATA_OPTIONS,
      tagSpecifications: LAUNCH_TAGGED.map(({ resourceType, purpose }) => ({ resourceType, tags: ctx.tagsOf(purpose) })),
    },
    patches: [
      ...ctx.derivedName('bastion', 'spec.forProvider.name'),
      // The root volume and the network interface carry the same tags as every other object: the defaults above,
      // the bastion's Name and the claim's tags, patched into each tag specification by index (the base holds both
      // entries, so each index exists; a patch into a missing list entry would create a half-empty one).
      ...LAUNCH_TAGGED.flatMap((_, i) => ctx.tagPatches(names.bastion, `spec.forProvider.tagSpecifications[${i}].tags`)),
      combine([param('bastion.image'), param('bastion.instanceType')], '%s/%s', 'spec.forProvider.imageId', {
        transforms: [transforms.matchRegexp([...arch('AmazonLinux2023'), ...arch('AmazonLinux2')])],
      }),
      fromComposite(param('bastion.amiId'), 'spec.forProvider.imageId'),
    ],
    when: [when.bastionEnabled],
  });

  const instance = ctx.resource(names.bastion, InstanceV1Beta2, {
    purpose: 'SSH and SSM jump host',
    // Default management policies (no `managementPolicies`): the provider's client is asynchronous and the
    // instance id is AWS's, so it reaches `crossplane.io/external-name` only through the late-init update
    // (crossplane/upjet pkg/controller/external_async_tfpluginsdk.go Create returns no external name;
    // crossplane-runtime v2.2.0 pkg/reconciler/managed/reconciler.go persists the one Observe sets only under
    // ShouldLateInitialize). Without LateInitialize a provider restart would launch a second bastion and lose the
    // first (docs/apply-time.md, fourth review, finding 1; crossplane/crossplane#5918, crossplane/upjet#531).
    forProvider: {
      // The API's default, so the base is a complete Instance on its own; the claim's choice is patched in.
      instanceType: DEFAULT_INSTANCE_TYPE,
      // Without an SSH key the bastion is reached only through SSM Session Manager, which needs no inbound
      // path: it then sits in the first private subnet with no public address (egress through NAT). With a
      // key it moves to the public subnet and asks for an address (the public subnets hand out none).
      // The key is immutable, so the placement never changes on a live claim (that would replace the instance).
      subnetIdSelector: ctx.select(names.subnet('private', FIRST_ZONE)),
      vpcSecurityGroupIdSelector: ctx.select(names.bastionSecurityGroup),
      associatePublicIpAddress: false,
      launchTemplate: { version: LAUNCH_TEMPLATE_VERSION },
      // Also on the Instance: the template applies at launch only, the Instance keeps IMDSv2 enforced after.
      metadataOptions: METADATA_OPTIONS,
      // The script runs once, at first boot (cloud-init). It is in forProvider, not initProvider: with the default
      // policies the provider late-initializes, and an init-only userData would get the SHA-1 its state holds copied
      // into forProvider and written to the instance as its user data (the pitfall rule
      // instance-init-user-data-late-initialized; ec2_instance.go user_data StateFunc userDataHashSum). The price:
      // a release that changes bastion-user-data.sh stops and starts every running bastion
      // (hashicorp/terraform-provider-aws internal/service/ec2/ec2_instance.go resourceInstanceUpdate:
      // HasChanges("instance_type", "user_data", …) → modifyInstanceAttributeWithStopStart), a few minutes down and
      // a new public address, without re-running the script (EC2 runs user data at first boot only). README says so.
      userData: USER_DATA,
    },
    patches: [
      fromComposite(param('bastion.instanceType'), 'spec.forProvider.instanceType'),
      fromComposite(param('bastion.sshPublicKey'), `spec.forProvider.subnetIdSelector.matchLabels[${JSON.stringify(ctx.labels.resourceKey)}]`, {
        transforms: [transforms.matchRegexp([['.', names.subnet('public', FIRST_ZONE)]])],
      }),
      fromComposite(param('bastion.sshPublicKey'), 'spec.forProvider.associatePublicIpAddress', { transforms: [transforms.matchRegexp([['.', true]])] }),
      // The Instance takes the template by its derived name (provider-upjet-aws configures no reference for
      // launch_template, so there is no selector). Not gated on the template's status with a Required patch: that
      // would add a warning to every render of a claim whose bastion is disabled (patch-and-transform runs before
      // the filter step drops the Instance). Until the template exists RunInstances fails and the provider retries.
      // Only the name is set, never the id as well: the two conflict (ExactlyOneOf in ec2_instance.go). Late-init
      // never fills in the id: it copies only fields left unset at the top of forProvider and does not descend into
      // a block the composition sets (crossplane/upjet pkg/resource/lateinit.go handleStruct skips non-zero fields).
      ...ctx.derivedName('bastion', 'spec.forProvider.launchTemplate.name'),
      ...ctx.derivedName('bastion', 'spec.forProvider.iamInstanceProfile'),
      ...ctx.derivedName('bastion', 'spec.forProvider.keyName', { extra: param('bastion.sshPublicKey') }),
      ctx.toStatus('status.atProvider.id', 'bastionInstanceId'),
      ctx.toStatus('status.atProvider.publicIp', 'bastionPublicIp'),
    ],
    // Enough to open a session: `aws ssm start-session --target <bastionInstanceId>`, or SSH as bastionUser.
    connectionDetails: [connection.fromField('bastionInstanceId', 'status.atProvider.id'), connection.value('bastionUser', 'ec2-user')],
    when: [when.bastionEnabled],
  });

  return [keyPair, role, ssmPolicy, profile, launchTemplate, instance];
}
