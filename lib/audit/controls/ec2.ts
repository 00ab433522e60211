/** EC2 and VPC controls of the AWS Foundational Security Best Practices, over the provider's EC2 kinds. */
import type { KubeObject } from '../../render/function-io';
import {
  coversPort,
  describe,
  Ingress,
  INGRESS_KINDS,
  ingressOf,
  isWorld,
  MAX_PUBLIC_ADMIN_SOURCES_IPV4,
  MAX_PUBLIC_ADMIN_SOURCES_IPV6,
  unionOf,
  WORLD_IPV4,
  WORLD_IPV6,
} from '../ingress';
import { block, displayName, externalName, isKind, kinds, list, param, ResourceSet, single } from '../resources';
import type { AuditContext, Control, Finding } from '../control';

const pass = (resource: KubeObject, reason: string): Finding => ({ resource, outcome: 'PASS', reason });
const fail = (resource: KubeObject, reason: string): Finding => ({ resource, outcome: 'FAIL', reason });

/** Ports Security Hub's EC2.19 calls high risk. */
export const HIGH_RISK_PORTS = [
  20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300,
];
/** Ports EC2.18 authorizes for unrestricted ingress by default. */
export const AUTHORIZED_PUBLIC_PORTS = [80, 443];
const SSH = 22;
const RDP = 3389;

/** Default security group holds no rules and never adopts AWS's defaults. */
const ec2_2: Control = {
  id: 'EC2.2',
  title: "The VPC's default security group allows no inbound or outbound traffic",
  source: 'AWS FSBP / CIS',
  appliesTo: [kinds.vpc, kinds.defaultSecurityGroup],
  check({ resources }) {
    const groups = resources.of(kinds.defaultSecurityGroup).map((g) => {
      const rules = ['ingress', 'egress'].filter((d) => (param(g, d) ?? []).length > 0);
      if (rules.length) return fail(g, `declares ${rules.join(' and ')} rules`);
      const policies: string[] | undefined = g.spec?.managementPolicies;
      // Without an explicit list the provider uses ["*"], which includes LateInitialize: AWS's default
      // allow-within-group ingress and allow-all egress would be copied into the spec and kept.
      if (!policies) return fail(g, 'no managementPolicies: the default ["*"] late-initializes AWS\'s default rules into the spec');
      const adopting = policies.filter((p) => p === '*' || p === 'LateInitialize');
      if (adopting.length) return fail(g, `managementPolicies include ${adopting.join(', ')}: AWS's default rules would be adopted`);
      return pass(g, `no rules; managementPolicies [${policies.join(', ')}] without LateInitialize`);
    });
    const vpcs = resources.of(kinds.vpc).map((vpc) => {
      const managed = resources.referrers(vpc, kinds.defaultSecurityGroup, single('vpcId'));
      return managed.length
        ? pass(vpc, `its default group is managed by ${managed.map(displayName).join(', ')}`)
        : fail(vpc, "its default security group is not managed: AWS's default rules (all traffic within the group, all egress) stay");
    });
    return [...vpcs, ...groups];
  },
};

const ec2_6: Control = {
  id: 'EC2.6',
  title: 'Every VPC has flow logging enabled (all or rejected traffic)',
  source: 'AWS FSBP / CIS',
  appliesTo: [kinds.vpc, kinds.flowLog],
  check({ resources }) {
    return resources.of(kinds.vpc).map((vpc) => {
      const logs = resources.referrers(vpc, kinds.flowLog, single('vpcId'));
      const good = logs.filter((l) => ['ALL', 'REJECT'].includes(String(param(l, 'trafficType'))));
      if (good.length) {
        const l = good[0];
        return pass(
          vpc,
          `${displayName(l)} logs ${param(l, 'trafficType')} traffic to ${param(l, 'logDestination') ?? param(l, 'logDestinationType') ?? 'its destination'}`,
        );
      }
      return fail(vpc, logs.length ? `flow logs ${logs.map(displayName).join(', ')} capture only ACCEPT traffic` : 'no FlowLog refers to this VPC');
    });
  },
};

/**
 * The launch template an instance names (`launchTemplate.id` or `.name`), as EC2 resolves it at RunInstances.
 * `missing` when the instance names one this composite does not hold (its settings cannot be verified).
 */
export function launchTemplateOf(resources: ResourceSet, instance: KubeObject): { template?: KubeObject; missing?: string } {
  const spec = block(param(instance, 'launchTemplate'));
  const wanted = spec?.id ?? spec?.name;
  if (!wanted) return {};
  const template = resources.of(kinds.launchTemplate).find((t) => {
    const at = t.status?.atProvider ?? {};
    return spec?.id ? spec.id === at.id || spec.id === externalName(t) : spec?.name === param(t, 'name') || spec?.name === at.name;
  });
  return template ? { template } : { missing: `launch template ${wanted} is not part of this composite (cannot be verified)` };
}

/**
 * IMDS settings as the instance gets them: its own `metadataOptions`, else its launch template's (parameters on
 * the Instance override the template's: terraform-provider-aws ec2_instance.go, RunInstances with both).
 */
function imdsv2(resources: ResourceSet, instance: KubeObject): { ok: boolean; reason: string } {
  const own = block(param(instance, 'metadataOptions'));
  const { template, missing } = launchTemplateOf(resources, instance);
  const fromTemplate = !own?.httpTokens && !own?.httpEndpoint && template ? block(param(template, 'metadataOptions')) : undefined;
  const md = fromTemplate ?? own;
  const where = fromTemplate ? ` (from ${displayName(template!)})` : '';
  if (md?.httpEndpoint === 'disabled') return { ok: true, reason: `instance metadata service disabled${where}` };
  if (md?.httpTokens === 'required') return { ok: true, reason: `metadataOptions.httpTokens: required (IMDSv2 only)${where}` };
  if (md?.httpTokens) return { ok: false, reason: `metadataOptions.httpTokens: ${md.httpTokens} (IMDSv1 allowed)${where}` };
  if (missing) return { ok: false, reason: `metadataOptions not set on the instance and ${missing}` };
  return { ok: false, reason: 'metadataOptions.httpTokens not set: the AMI default may allow IMDSv1' };
}

/** Whether a launch template's EBS flag (a string in the CRD, a boolean elsewhere) is true. */
const isTrue = (v: unknown) => v === true || v === 'true';

/** Problems with the volumes an instance launches with: its own root/EBS devices, else its template's mappings. */
function volumeProblems(resources: ResourceSet, instance: KubeObject): { problems: string[]; summary: string } {
  const root = block(param(instance, 'rootBlockDevice'));
  const data: any[] = param(instance, 'ebsBlockDevice') ?? [];
  const { template, missing } = launchTemplateOf(resources, instance);
  if (!root && template) {
    const mappings: any[] = param(template, 'blockDeviceMappings') ?? [];
    const ebs = mappings.filter((m) => block(m?.ebs));
    const problems = [
      ...(ebs.length
        ? []
        : [`${displayName(template)} maps no EBS volume: the root volume is the image's default (encrypted only if the account encrypts by default)`]),
      ...ebs.filter((m) => !isTrue(block(m.ebs)?.encrypted)).map((m) => `${displayName(template)} maps ${m.deviceName ?? '?'} unencrypted`),
      ...data.filter((d) => d?.encrypted !== true).map((d) => `ebsBlockDevice ${d?.deviceName ?? '?'} is not encrypted`),
    ];
    return { problems, summary: `volumes encrypted through ${displayName(template)} (${ebs.map((m) => m.deviceName).join(', ')})` };
  }
  const problems = [
    ...(root?.encrypted === true
      ? []
      : [missing && !root ? `no rootBlockDevice and ${missing}` : `rootBlockDevice.encrypted is ${root?.encrypted ?? 'not set'}`]),
    ...data.filter((d) => d?.encrypted !== true).map((d) => `ebsBlockDevice ${d?.deviceName ?? '?'} is not encrypted`),
  ];
  return { problems, summary: `root volume encrypted${data.length ? `, ${data.length} data volume(s) encrypted` : ''}` };
}

const ec2_8: Control = {
  id: 'EC2.8',
  title: 'Instances use IMDSv2 only (metadataOptions.httpTokens: required, on the instance or its launch template)',
  source: 'AWS FSBP',
  appliesTo: [kinds.instance],
  check({ resources }) {
    return resources.of(kinds.instance).map((i) => {
      const r = imdsv2(resources, i);
      return r.ok ? pass(i, r.reason) : fail(i, r.reason);
    });
  },
};

const ec2_3: Control = {
  id: 'EC2.3',
  title: 'EBS volumes are encrypted at rest (instance root and data volumes, directly or through its launch template; EBSVolume)',
  source: 'AWS FSBP',
  appliesTo: [kinds.instance, kinds.ebsVolume],
  check({ resources }) {
    const instances = resources.of(kinds.instance).map((i) => {
      const { problems, summary } = volumeProblems(resources, i);
      return problems.length ? fail(i, problems.join('; ')) : pass(i, summary);
    });
    const volumes = resources.of(kinds.ebsVolume).map((v) => (param(v, 'encrypted') === true ? pass(v, 'encrypted: true') : fail(v, 'encrypted is not true')));
    return [...instances, ...volumes];
  },
};

/**
 * Every inbound permission of the objects that grant any, with the permissions of the same security group beside
 * it: sources are judged together, so two rules that split the internet between them are the internet.
 */
function ingressByGroup(resources: ResourceSet): Array<{ obj: KubeObject; grants: Ingress[]; group: Ingress[] }> {
  const objects = INGRESS_KINDS.flatMap((k) => resources.of(k));
  // A rule object belongs to the group it resolves to; one that resolves to none (or inline rules) stands alone.
  const groupOf = (obj: KubeObject): KubeObject =>
    isKind(obj, kinds.ingressRule) || isKind(obj, kinds.securityGroupRule)
      ? (resources.resolveOne(obj, single('securityGroupId'), kinds.securityGroup) ?? obj)
      : obj;
  const byGroup = new Map<KubeObject, Ingress[]>();
  const rows = objects.map((obj) => ({ obj, grants: ingressOf(obj), key: groupOf(obj) }));
  for (const r of rows) byGroup.set(r.key, [...(byGroup.get(r.key) ?? []), ...r.grants]);
  return rows.filter((r) => r.grants.length > 0).map((r) => ({ obj: r.obj, grants: r.grants, group: byGroup.get(r.key)! }));
}

type Family = 'ipv4' | 'ipv6';
const familyOf = (cidr: string): Family => (cidr.includes(':') ? 'ipv6' : 'ipv4');

/**
 * Whether `grant` is part of admitting every address of `family` on `port`: it admits some of them on that port,
 * and its group's sources on that port together cover the whole address space (0.0.0.0/0 or ::/0, however split).
 */
function admitsEveryone(grant: Ingress, group: Ingress[], port: number, family: Family): boolean {
  if (!coversPort(grant, port) || !grant.cidrs.some((c) => familyOf(c) === family)) return false;
  const union = unionOf(group.filter((g) => coversPort(g, port)).flatMap((g) => g.cidrs));
  return family === 'ipv4' ? union.allIpv4 : union.allIpv6;
}

/** One finding per object that grants inbound access: fails with the offending permissions. */
function ingressControl(base: Omit<Control, 'check' | 'appliesTo'>, offends: (i: Ingress, group: Ingress[]) => boolean, okReason: string): Control {
  return {
    ...base,
    appliesTo: INGRESS_KINDS,
    check({ resources }) {
      return ingressByGroup(resources).map(({ obj, grants, group }) => {
        const bad = grants.filter((i) => offends(i, group));
        if (!bad.length) return pass(obj, `${grants.map(describe).join('; ')}: ${okReason}`);
        const split = bad.some((i) => !i.cidrs.some(isWorld));
        return fail(obj, `admits ${bad.map(describe).join('; ')}${split ? ", which with the group's other rules on the port admits every address" : ''}`);
      });
    },
  };
}

const fromCidr = (i: Ingress, cidrs: string[]) => i.cidrs.some((c) => cidrs.includes(c));
const world = [WORLD_IPV4, WORLD_IPV6];

const ec2_13 = ingressControl(
  { id: 'EC2.13', title: 'No security group allows SSH (22) from 0.0.0.0/0 or ::/0, alone or split over several rules', source: 'AWS FSBP / CIS' },
  (i, group) => admitsEveryone(i, group, SSH, 'ipv4') || admitsEveryone(i, group, SSH, 'ipv6'),
  'no SSH from the internet',
);
const ec2_53 = ingressControl(
  { id: 'EC2.53', title: 'No security group allows remote administration (22, 3389) from 0.0.0.0/0, alone or split', source: 'AWS FSBP / CIS' },
  (i, group) => admitsEveryone(i, group, SSH, 'ipv4') || admitsEveryone(i, group, RDP, 'ipv4'),
  'no SSH or RDP from any IPv4 address',
);
const ec2_54 = ingressControl(
  { id: 'EC2.54', title: 'No security group allows remote administration (22, 3389) from ::/0, alone or split', source: 'AWS FSBP / CIS' },
  (i, group) => admitsEveryone(i, group, SSH, 'ipv6') || admitsEveryone(i, group, RDP, 'ipv6'),
  'no SSH or RDP from any IPv6 address',
);
const ec2_18 = ingressControl(
  { id: 'EC2.18', title: `Unrestricted inbound traffic only on authorized ports (${AUTHORIZED_PUBLIC_PORTS.join(', ')})`, source: 'AWS FSBP' },
  (i) => fromCidr(i, world) && (i.protocol === 'all' || !(i.fromPort === i.toPort && AUTHORIZED_PUBLIC_PORTS.includes(i.fromPort))),
  'nothing unauthorized open to the internet',
);
const ec2_19 = ingressControl(
  {
    id: 'EC2.19',
    title: `No unrestricted inbound traffic on high-risk ports (${HIGH_RISK_PORTS.join(', ')}) or on all ports, alone or split`,
    source: 'AWS FSBP',
  },
  (i, group) =>
    (fromCidr(i, world) && (i.protocol === 'all' || (i.fromPort === 0 && i.toPort === 65535))) ||
    HIGH_RISK_PORTS.some((p) => admitsEveryone(i, group, p, 'ipv4') || admitsEveryone(i, group, p, 'ipv6')),
  'no high-risk port open to the internet',
);

/**
 * Public addresses that reach SSH on an instance, all its groups' SSH sources together, when more than a jump host
 * may admit (MAX_PUBLIC_ADMIN_SOURCES_*); undefined when within the bound.
 */
function sshTooOpen(grants: Ingress[]): string | undefined {
  const union = unionOf(grants.filter((g) => coversPort(g, SSH)).flatMap((g) => g.cidrs));
  const problems = [
    ...(union.allIpv4
      ? ['every IPv4 address']
      : union.publicIpv4 > MAX_PUBLIC_ADMIN_SOURCES_IPV4
        ? [`${union.publicIpv4.toLocaleString('en-US')} public IPv4 addresses`]
        : []),
    ...(union.publicIpv6 > MAX_PUBLIC_ADMIN_SOURCES_IPV6 ? [`more than four /48s of public IPv6 addresses`] : []),
  ];
  return problems.length
    ? `SSH sources together admit ${problems.join(' and ')} (more than four /16 networks): too broad for an accepted jump host`
    : undefined;
}

const ec2_15: Control = {
  id: 'EC2.15',
  title: 'Subnets do not auto-assign public IP addresses (mapPublicIpOnLaunch: false)',
  source: 'AWS FSBP',
  appliesTo: [kinds.subnet],
  check({ resources }) {
    return resources.of(kinds.subnet).map((s) => {
      const v = param(s, 'mapPublicIpOnLaunch');
      return v === true
        ? fail(s, 'mapPublicIpOnLaunch: true')
        : pass(s, v === false ? 'mapPublicIpOnLaunch: false' : 'mapPublicIpOnLaunch not set (AWS default false)');
    });
  },
};

/** How an instance gets a public address, or undefined when it has none. */
function publicAddress(resources: ResourceSet, instance: KubeObject): string | undefined {
  const associate = param(instance, 'associatePublicIpAddress');
  if (associate === true) return 'associatePublicIpAddress: true';
  const eips = resources.referrers(instance, kinds.eip, single('instance'));
  if (eips.length) return `Elastic IP ${displayName(eips[0])}`;
  if (associate === undefined) {
    const subnet = resources.resolveOne(instance, single('subnetId'), kinds.subnet);
    if (subnet && param(subnet, 'mapPublicIpOnLaunch') === true) return `its subnet ${displayName(subnet)} maps public IPs on launch`;
  }
  return undefined;
}

/** Inbound permissions of an instance: those of every security group it is in. */
export function instanceIngress(resources: ResourceSet, instance: KubeObject): { groups: KubeObject[]; grants: Ingress[] } {
  const groups = resources.resolve(instance, list('vpcSecurityGroupIds'), kinds.securityGroup);
  const grants = groups.flatMap((g) => [
    ...ingressOf(g),
    ...[kinds.ingressRule, kinds.securityGroupRule].flatMap((k) => resources.referrers(g, k, single('securityGroupId'))).flatMap(ingressOf),
  ]);
  return { groups, grants };
}

const ec2_9: Control = {
  id: 'EC2.9',
  title: 'Instances have no public IPv4 address',
  source: 'AWS FSBP',
  appliesTo: [kinds.instance],
  check({ resources }) {
    return resources.of(kinds.instance).map((i) => {
      const how = publicAddress(resources, i);
      const tooOpen = how && sshTooOpen(instanceIngress(resources, i).grants);
      return how ? fail(i, `public address: ${how}${tooOpen ? `; ${tooOpen}` : ''}`) : pass(i, 'no public address');
    });
  },
  // A jump host needs an address to be reached at all. Accepted only when nothing on the internet at large can
  // reach it: every inbound permission of its groups names specific networks or peer groups, its SSH sources
  // together admit no more than four /16s of public addresses, and its credentials cannot be taken through IMDSv1.
  accept(finding, { resources }: AuditContext) {
    const { groups, grants } = instanceIngress(resources, finding.resource);
    if (!groups.length) return undefined;
    // Judged on the union of SSH sources: split halves of the internet, or a few very broad networks, are not
    // "specific networks".
    if (grants.some((g) => g.cidrs.some(isWorld)) || sshTooOpen(grants)) return undefined;
    if (!imdsv2(resources, finding.resource).ok) return undefined;
    const sources = [...new Set(grants.map((g) => (g.cidrs.length ? g.cidrs.join(', ') : 'a peer group')))];
    const key = param(finding.resource, 'keyName');
    return key
      ? `SSH jump host (key pair ${key}): the address is how operators reach it; inbound only from ${sources.join('; ') || 'nowhere'}, IMDSv2 only`
      : `no key pair, so no SSH login: the address carries its outbound traffic (Systems Manager) from a public subnet; inbound only from ${sources.join('; ') || 'nowhere'}, IMDSv2 only`;
  },
};

/**
 * Images whose operating system no longer gets security updates, by the public SSM parameter that names them.
 * Amazon Linux 2: end of support 2026-06-30 (https://aws.amazon.com/amazon-linux-2/faqs/); the Amazon Linux AMI
 * (2018.03): 2023-12-31 (https://aws.amazon.com/amazon-linux-ami/faqs/).
 */
export const END_OF_SUPPORT_IMAGES: ReadonlyArray<{ parameterPrefix: string; os: string; endOfSupport: string }> = [
  { parameterPrefix: '/aws/service/ami-amazon-linux-latest/amzn2-ami-', os: 'Amazon Linux 2', endOfSupport: '2026-06-30' },
  { parameterPrefix: '/aws/service/ami-amazon-linux-latest/amzn-ami-', os: 'Amazon Linux AMI', endOfSupport: '2023-12-31' },
];

/** The image an instance launches: its own `ami`, else its launch template's `imageId`. */
function imageOf(resources: ResourceSet, instance: KubeObject): { image?: string; where: string } {
  const own = param(instance, 'ami');
  if (own) return { image: String(own), where: 'ami' };
  const { template } = launchTemplateOf(resources, instance);
  const image = template ? param(template, 'imageId') : undefined;
  return { image: image === undefined ? undefined : String(image), where: template ? `${displayName(template)} imageId` : 'no image' };
}

const os_1: Control = {
  id: 'OS.1',
  title: 'Instances launch an operating system that still gets security updates',
  source: 'vendor support',
  appliesTo: [kinds.instance, kinds.launchTemplate],
  check({ resources }) {
    return resources.of(kinds.instance).map((i) => {
      const { image, where } = imageOf(resources, i);
      const parameter = image?.startsWith('resolve:ssm:') ? image.slice('resolve:ssm:'.length) : undefined;
      const ended = parameter && END_OF_SUPPORT_IMAGES.find((e) => parameter.startsWith(e.parameterPrefix));
      if (ended) return fail(i, `${where} ${image}: ${ended.os} reached its end of support on ${ended.endOfSupport} and gets no more security updates`);
      if (parameter) return pass(i, `${where} ${image}: a supported image`);
      return { resource: i, outcome: 'N/A', reason: image ? `${where} ${image}: a pinned image id, whose support cannot be checked offline` : 'no image set' };
    });
  },
  // Warn, not fail: an instance already running on the image keeps working, and moving it to another image replaces
  // it, which the owner schedules. The exception names the way out.
  accept() {
    return 'kept working for existing instances; move to a supported image (Amazon Linux 2023), which replaces the instance';
  },
};

export const SSM_MANAGED_INSTANCE_CORE = /^arn:aws[a-z-]*:iam::aws:policy\/AmazonSSMManagedInstanceCore$/;

/** The role behind an instance: iamInstanceProfile (a name) → InstanceProfile → role. */
export function instanceRole(resources: ResourceSet, instance: KubeObject): { profile?: KubeObject; role?: KubeObject; why?: string } {
  const profileName = param(instance, 'iamInstanceProfile');
  if (!profileName) return { why: 'no iamInstanceProfile' };
  const profile = resources.of(kinds.instanceProfile).find((p) => externalName(p) === profileName || p.status?.atProvider?.arn === profileName);
  if (!profile) return { why: `iamInstanceProfile ${profileName} is not an InstanceProfile of this composite (cannot be verified)` };
  const role = resources.resolveOne(profile, single('role'), kinds.role);
  if (!role) return { profile, why: `${displayName(profile)} resolves to no Role of this composite` };
  return { profile, role };
}

/** Managed policy ARNs attached to a role: RolePolicyAttachments that resolve to it, and managedPolicyArns. */
export function attachedPolicies(resources: ResourceSet, role: KubeObject): { arn: string; by: KubeObject }[] {
  return [
    ...resources.referrers(role, kinds.rolePolicyAttachment, single('role')).map((a) => ({ arn: String(param(a, 'policyArn') ?? ''), by: a })),
    ...((param(role, 'managedPolicyArns') ?? []) as string[]).map((arn) => ({ arn, by: role })),
  ];
}

const ssm_1: Control = {
  id: 'SSM.1',
  title: 'Instances are managed by Systems Manager (instance profile role has AmazonSSMManagedInstanceCore)',
  source: 'AWS FSBP',
  appliesTo: [kinds.instance, kinds.instanceProfile, kinds.role, kinds.rolePolicyAttachment],
  check({ resources }) {
    return resources.of(kinds.instance).map((i) => {
      const { profile, role, why } = instanceRole(resources, i);
      if (!role) return fail(i, why!);
      const ssm = attachedPolicies(resources, role).find((p) => SSM_MANAGED_INSTANCE_CORE.test(p.arn));
      return ssm
        ? pass(i, `${displayName(profile!)} → ${displayName(role)} → AmazonSSMManagedInstanceCore (${displayName(ssm.by)})`)
        : fail(i, `${displayName(role)} has no AmazonSSMManagedInstanceCore attachment`);
    });
  },
};

export const EC2_CONTROLS: Control[] = [ec2_2, ec2_3, ec2_6, ec2_8, ec2_9, ec2_13, ec2_15, ec2_18, ec2_19, ec2_53, ec2_54, ssm_1, os_1];
