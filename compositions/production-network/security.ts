/**
 * Security groups. The provider's SecurityGroup takes no inline rules and, once it manages a group, removes AWS's
 * default allow-all egress: every rule here is its own object, one port range and one source each.
 *
 * - bastion: SSH in only from `bastion.allowedSshCidrs`; out: SSH to the VPC, HTTP/HTTPS for updates.
 * - private: SSH in only from the bastion's group; HTTP/HTTPS in from the VPC; HTTP/HTTPS out (through NAT).
 * - the VPC's default group: adopted and left with no rules, so nothing that lands in it is reachable.
 */
import {
  DefaultSecurityGroup,
  DefaultSecurityGroupSpecManagementPolicies,
  SecurityGroup,
  SecurityGroupEgressRule,
  SecurityGroupIngressRule,
} from '../../imports/ec2.aws.upbound.io';
import { connection } from '../../lib/authoring/typed-connection-details';
import { fromComposite, transforms } from '../../lib/authoring/typed-patches';
import { ComposedResource, Condition } from '../../lib/authoring/resource';
import { CompositionContext, MAX_SSH_CIDRS, param, when } from './context';
import { names } from './names';

const SSH = 22;
const HTTP = 80;
const HTTPS = 443;
const INTERNET = '0.0.0.0/0';
/** The claim's name without leading `sg-` (or a whole name `sg`): group 1 is the stem a group name starts with. */
export const SECURITY_GROUP_NAME_STEM = '^(?:sg(?:-|$))*(.*)$';

interface RuleSpec {
  group: 'bastion' | 'private';
  direction: 'ingress' | 'egress';
  what: string;
  port: number;
  description: string;
  /** One source/destination: a fixed CIDR, a claim parameter holding one, or another group of this composite. */
  peer: { cidr: string } | { cidrFrom: string } | { group: string };
  when?: Condition[];
}

export function security(ctx: CompositionContext): ComposedResource[] {
  const groupName = (g: RuleSpec['group']) => (g === 'bastion' ? names.bastionSecurityGroup : names.privateSecurityGroup);

  const rule = (spec: RuleSpec): ComposedResource => {
    const peer =
      'group' in spec.peer ? { referencedSecurityGroupIdSelector: ctx.select(spec.peer.group) } : 'cidr' in spec.peer ? { cidrIpv4: spec.peer.cidr } : {};
    const options = {
      labels: { group: spec.group },
      purpose: spec.description,
      forProvider: {
        securityGroupIdSelector: ctx.select(groupName(spec.group)),
        ipProtocol: 'tcp',
        fromPort: spec.port,
        toPort: spec.port,
        description: spec.description,
        ...peer,
      },
      // Slots beyond the claim's CIDR count are dropped by the filter step, so the CIDR patch need not be Required.
      patches: 'cidrFrom' in spec.peer ? [fromComposite(spec.peer.cidrFrom, 'spec.forProvider.cidrIpv4')] : [],
      when: [...(spec.group === 'bastion' || 'group' in spec.peer ? [when.bastionEnabled] : []), ...(spec.when ?? [])],
    };
    const name = names.securityGroupRule(spec.group, spec.direction, spec.what);
    return spec.direction === 'ingress' ? ctx.resource(name, SecurityGroupIngressRule, options) : ctx.resource(name, SecurityGroupEgressRule, options);
  };

  const group = (name: string, description: string, condition: Condition[]): ComposedResource =>
    ctx.resource(name, SecurityGroup, {
      purpose: description,
      forProvider: { vpcIdSelector: ctx.select(names.vpc), description },
      patches: [
        // AWS requires a group name unique in the VPC (a claim's VPC holds only its own groups) that does not start with
        // "sg-" (CreateSecurityGroup, GroupName constraints: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSecurityGroup.html).
        // A claim named sg-… or sg would yield one, so those leading "sg-" are dropped before the name is written:
        // every other claim keeps the name it always had (the name forces replacement of the group in
        // terraform-provider-aws, internal/service/ec2/vpc_security_group.go, ForceNew), and no name can fail.
        fromComposite(ctx.flavour.identity.name, 'spec.forProvider.name', {
          transforms: [transforms.regexp(SECURITY_GROUP_NAME_STEM, 1), transforms.format(`%s-${name}`)],
        }),
        ctx.toStatus('status.atProvider.id', name === names.bastionSecurityGroup ? 'bastionSecurityGroupId' : 'privateSecurityGroupId'),
      ],
      connectionDetails: name === names.privateSecurityGroup ? [connection.fromField('privateSecurityGroupId', 'status.atProvider.id')] : undefined,
      when: condition,
    });

  const defaultGroup = ctx.resource(names.defaultSecurityGroup, DefaultSecurityGroup, {
    purpose: 'default group locked: no rules',
    // Without LateInitialize the provider never copies AWS's default rules into the spec: the group stays empty.
    spec: {
      managementPolicies: [
        DefaultSecurityGroupSpecManagementPolicies.OBSERVE,
        DefaultSecurityGroupSpecManagementPolicies.CREATE,
        DefaultSecurityGroupSpecManagementPolicies.UPDATE,
        DefaultSecurityGroupSpecManagementPolicies.DELETE,
      ],
    },
    forProvider: { vpcIdSelector: ctx.select(names.vpc) },
  });

  const sshFromAllowed = Array.from({ length: MAX_SSH_CIDRS }, (_, i) =>
    rule({
      group: 'bastion',
      direction: 'ingress',
      what: `ssh-${i + 1}`,
      port: SSH,
      description: `SSH from allowed network ${i + 1}`,
      peer: { cidrFrom: param(`bastion.allowedSshCidrs[${i}]`) },
      // No key, no SSH: an SSM-only bastion takes no inbound traffic at all.
      when: [when.bastionHasKey, ...(i === 0 ? [when.sshCidrsGiven] : when.sshCidrSlot(i))],
    }),
  );

  const vpcCidr = { cidrFrom: param('vpcCidr') };
  return [
    defaultGroup,
    group(names.bastionSecurityGroup, 'bastion host: SSH from allowed networks only', [when.bastionEnabled]),
    ...sshFromAllowed,
    rule({ group: 'bastion', direction: 'egress', what: 'ssh-vpc', port: SSH, description: 'SSH to hosts in the VPC', peer: vpcCidr }),
    rule({ group: 'bastion', direction: 'egress', what: 'http', port: HTTP, description: 'HTTP out for package updates', peer: { cidr: INTERNET } }),
    rule({ group: 'bastion', direction: 'egress', what: 'https', port: HTTPS, description: 'HTTPS out for updates and SSM', peer: { cidr: INTERNET } }),
    group(names.privateSecurityGroup, 'private workloads: SSH from the bastion, web from the VPC', []),
    rule({
      group: 'private',
      direction: 'ingress',
      what: 'ssh-bastion',
      port: SSH,
      description: 'SSH from the bastion group only',
      peer: { group: names.bastionSecurityGroup },
    }),
    rule({ group: 'private', direction: 'ingress', what: 'http-vpc', port: HTTP, description: 'HTTP from inside the VPC', peer: vpcCidr }),
    rule({ group: 'private', direction: 'ingress', what: 'https-vpc', port: HTTPS, description: 'HTTPS from inside the VPC', peer: vpcCidr }),
    rule({ group: 'private', direction: 'egress', what: 'http', port: HTTP, description: 'HTTP out through NAT', peer: { cidr: INTERNET } }),
    rule({
      group: 'private',
      direction: 'egress',
      what: 'https',
      port: HTTPS,
      description: 'HTTPS out through NAT and the S3 endpoint',
      peer: { cidr: INTERNET },
    }),
  ];
}
