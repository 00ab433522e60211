/**
 * The bastion host: IMDSv2 only, an encrypted root volume, setup and logging user data, and an instance profile
 * whose role holds only AmazonSSMManagedInstanceCore, so it is reachable through SSM Session Manager. With the
 * claim's public key it also gets a key pair, a public address in the first zone's public subnet and SSH from the
 * allowed networks; without one it is SSM-only, in the first private subnet with no public address.
 */
import * as fs from 'fs';
import * as path from 'path';
import { InstanceV1Beta2, KeyPair } from '../../imports/ec2.aws.upbound.io';
import { InstanceProfile, Role, RolePolicyAttachment } from '../../imports/iam.aws.upbound.io';
import { connection } from '../../lib/composition/connection';
import { combine, fromComposite, transforms } from '../../lib/composition/patches';
import { ComposedResource } from '../../lib/composition/resource';
import { ARM64_INSTANCE_TYPE } from './api';
import { CompositionContext, FIRST_ZONE, param, when } from './context';
import { names } from './names';

export const SSM_MANAGED_INSTANCE_CORE = 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore';

/**
 * Public SSM parameters that always name the latest image. EC2 resolves `resolve:ssm:` at launch; the value sits
 * in `initProvider`, which the provider uses only to create the instance, so a newer image never shows up as a
 * change that would replace a running bastion (and never leaves it stuck refusing an update).
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

const EC2_ASSUME_ROLE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

export function bastion(ctx: CompositionContext): ComposedResource[] {
  const tags = (purpose: string) => ctx.tags({ component: 'bastion', purpose });
  const meta = (name: string) => ({ labels: ctx.labels.of(name) });
  const externalName = 'metadata.annotations["crossplane.io/external-name"]';

  const keyPair: ComposedResource = {
    name: names.keyPair,
    base: KeyPair.manifest({ metadata: meta(names.keyPair), spec: { forProvider: { ...ctx.regional, tags: tags('SSH key of the bastion') } } }),
    patches: [
      ...ctx.common(names.keyPair),
      ctx.derivedName('bastion', externalName),
      // Not Required: without a key the filter step drops the key pair, and a Required patch would only add a
      // warning to every key-less claim's render.
      fromComposite(param('bastion.sshPublicKey'), 'spec.forProvider.publicKey'),
    ],
    when: [when.bastionEnabled, when.bastionHasKey],
  };

  const role: ComposedResource = {
    name: names.bastionRole,
    base: Role.manifest({
      metadata: meta(names.bastionRole),
      spec: {
        forProvider: { assumeRolePolicy: EC2_ASSUME_ROLE, description: 'Bastion host: SSM Session Manager only', tags: tags('instance role of the bastion') },
      },
    }),
    patches: [...ctx.common(names.bastionRole, { regional: false }), ctx.derivedName('bastion', externalName)],
    when: [when.bastionEnabled],
  };

  const ssmPolicy: ComposedResource = {
    name: names.bastionSsmPolicy,
    base: RolePolicyAttachment.manifest({
      metadata: meta(names.bastionSsmPolicy),
      spec: { forProvider: { policyArn: SSM_MANAGED_INSTANCE_CORE, roleSelector: ctx.select(names.bastionRole) } },
    }),
    patches: ctx.common(names.bastionSsmPolicy, { regional: false, tagged: false }),
    when: [when.bastionEnabled],
  };

  const profile: ComposedResource = {
    name: names.instanceProfile,
    base: InstanceProfile.manifest({
      metadata: meta(names.instanceProfile),
      spec: { forProvider: { roleSelector: ctx.select(names.bastionRole), tags: tags('instance profile of the bastion') } },
    }),
    patches: [...ctx.common(names.instanceProfile, { regional: false }), ctx.derivedName('bastion', externalName)],
    when: [when.bastionEnabled],
  };

  const arch = (image: string) => [
    [`^${image}/${ARM64_INSTANCE_TYPE}`, `resolve:ssm:${LATEST_IMAGE_PARAMETERS[image].arm64}`] as [string, string],
    [`^${image}/`, `resolve:ssm:${LATEST_IMAGE_PARAMETERS[image].x86_64}`] as [string, string],
  ];
  const instance: ComposedResource = {
    name: names.bastion,
    base: InstanceV1Beta2.manifest({
      metadata: meta(names.bastion),
      spec: {
        forProvider: {
          ...ctx.regional,
          instanceType: 't3.micro',
          // Without an SSH key the bastion is reached only through SSM Session Manager, which needs no inbound
          // path: it then sits in the first private subnet with no public address (egress through NAT). With a
          // key it moves to the public subnet and asks for an address (the public subnets hand out none).
          // The key is immutable, so the placement never changes on a live claim (that would replace the instance).
          subnetIdSelector: ctx.select(names.subnet('private', FIRST_ZONE)),
          vpcSecurityGroupIdSelector: ctx.select(names.bastionSecurityGroup),
          associatePublicIpAddress: false,
          metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: 1, instanceMetadataTags: 'disabled' },
          rootBlockDevice: { encrypted: true, volumeType: 'gp3', deleteOnTermination: true },
          userData: USER_DATA,
          tags: tags('SSH and SSM jump host'),
        },
      },
    }),
    patches: [
      ...ctx.common(names.bastion),
      fromComposite(param('bastion.instanceType'), 'spec.forProvider.instanceType'),
      fromComposite(param('bastion.sshPublicKey'), `spec.forProvider.subnetIdSelector.matchLabels[${JSON.stringify(ctx.labels.resourceKey)}]`, {
        transforms: [transforms.matchRegexp([['.', names.subnet('public', FIRST_ZONE)]])],
      }),
      fromComposite(param('bastion.sshPublicKey'), 'spec.forProvider.associatePublicIpAddress', { transforms: [transforms.matchRegexp([['.', true]])] }),
      combine([param('bastion.image'), param('bastion.instanceType')], '%s/%s', 'spec.initProvider.ami', {
        transforms: [transforms.matchRegexp([...arch('AmazonLinux2023'), ...arch('AmazonLinux2')])],
      }),
      fromComposite(param('bastion.amiId'), 'spec.initProvider.ami'),
      ctx.derivedName('bastion', 'spec.forProvider.iamInstanceProfile'),
      ctx.derivedName('bastion', 'spec.forProvider.keyName', { extra: param('bastion.sshPublicKey') }),
      ctx.toStatus('status.atProvider.id', 'bastionInstanceId'),
      ctx.toStatus('status.atProvider.publicIp', 'bastionPublicIp'),
    ],
    // Enough to open a session: `aws ssm start-session --target <bastionInstanceId>`, or SSH as bastionUser.
    connectionDetails: [connection.fromField('bastionInstanceId', 'status.atProvider.id'), connection.value('bastionUser', 'ec2-user')],
    when: [when.bastionEnabled],
  };

  return [keyPair, role, ssmPolicy, profile, instance];
}
