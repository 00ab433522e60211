/**
 * Composition resource names are part of the API. Crossplane identifies each composed resource of a live
 * composite by its name (annotation `crossplane.io/composition-resource-name`): renaming a resource, dropping
 * it, or changing its kind deletes the cloud object behind it (a VPC, a subnet, a bucket of data) and creates a
 * new one. This list is the contract; change it only together with a migration plan.
 */
import { FLAVOURS, productionNetworkApi } from './index';

/** Every composition resource name, sorted, with the kind it composes. */
const COMMITTED: Record<string, string> = {
  'bastion': 'Instance',
  'bucket-backup': 'Bucket',
  'bucket-backup-encryption': 'BucketServerSideEncryptionConfiguration',
  'bucket-backup-lifecycle': 'BucketLifecycleConfiguration',
  'bucket-backup-logging': 'BucketLogging',
  'bucket-backup-ownership': 'BucketOwnershipControls',
  'bucket-backup-policy': 'BucketPolicy',
  'bucket-backup-public-access-block': 'BucketPublicAccessBlock',
  'bucket-backup-versioning': 'BucketVersioning',
  'bucket-logs': 'Bucket',
  'bucket-logs-encryption': 'BucketServerSideEncryptionConfiguration',
  'bucket-logs-lifecycle': 'BucketLifecycleConfiguration',
  'bucket-logs-ownership': 'BucketOwnershipControls',
  'bucket-logs-policy': 'BucketPolicy',
  'bucket-logs-public-access-block': 'BucketPublicAccessBlock',
  'bucket-logs-versioning': 'BucketVersioning',
  'eip-nat-a': 'EIP',
  'eip-nat-b': 'EIP',
  'eip-nat-c': 'EIP',
  'endpoint-s3': 'VPCEndpoint',
  'endpoint-s3-rt-private-a': 'VPCEndpointRouteTableAssociation',
  'endpoint-s3-rt-private-b': 'VPCEndpointRouteTableAssociation',
  'endpoint-s3-rt-private-c': 'VPCEndpointRouteTableAssociation',
  'flow-log': 'FlowLog',
  'igw': 'InternetGateway',
  'keypair-bastion': 'KeyPair',
  'nat-a': 'NATGateway',
  'nat-b': 'NATGateway',
  'nat-c': 'NATGateway',
  'profile-bastion': 'InstanceProfile',
  'role-bastion': 'Role',
  'role-bastion-ssm': 'RolePolicyAttachment',
  'route-private-a-nat': 'Route',
  'route-private-b-nat': 'Route',
  'route-private-c-nat': 'Route',
  'route-public-igw': 'Route',
  'rt-private-a': 'RouteTable',
  'rt-private-b': 'RouteTable',
  'rt-private-c': 'RouteTable',
  'rt-public': 'RouteTable',
  'rta-private-a': 'RouteTableAssociation',
  'rta-private-b': 'RouteTableAssociation',
  'rta-private-c': 'RouteTableAssociation',
  'rta-public-a': 'RouteTableAssociation',
  'rta-public-b': 'RouteTableAssociation',
  'rta-public-c': 'RouteTableAssociation',
  'sg-bastion': 'SecurityGroup',
  'sg-bastion-egress-http': 'SecurityGroupEgressRule',
  'sg-bastion-egress-https': 'SecurityGroupEgressRule',
  'sg-bastion-egress-ssh-vpc': 'SecurityGroupEgressRule',
  'sg-bastion-ingress-ssh-1': 'SecurityGroupIngressRule',
  'sg-bastion-ingress-ssh-2': 'SecurityGroupIngressRule',
  'sg-bastion-ingress-ssh-3': 'SecurityGroupIngressRule',
  'sg-bastion-ingress-ssh-4': 'SecurityGroupIngressRule',
  'sg-default': 'DefaultSecurityGroup',
  'sg-private': 'SecurityGroup',
  'sg-private-egress-http': 'SecurityGroupEgressRule',
  'sg-private-egress-https': 'SecurityGroupEgressRule',
  'sg-private-ingress-http-vpc': 'SecurityGroupIngressRule',
  'sg-private-ingress-https-vpc': 'SecurityGroupIngressRule',
  'sg-private-ingress-ssh-bastion': 'SecurityGroupIngressRule',
  'subnet-private-a': 'Subnet',
  'subnet-private-b': 'Subnet',
  'subnet-private-c': 'Subnet',
  'subnet-public-a': 'Subnet',
  'subnet-public-b': 'Subnet',
  'subnet-public-c': 'Subnet',
  'vpc': 'VPC',
};

const RENAME_WARNING =
  'Composition resource names are the identity of live cloud resources: renaming, removing or re-kinding one makes ' +
  'Crossplane delete that cloud resource (and its data) from every existing claim and create a new one. If this is ' +
  'intended, plan the migration (e.g. orphan and re-import) and update COMMITTED in resource-names.test.ts.';

function composedNames(flavour: keyof typeof FLAVOURS): Record<string, string> {
  const composition = productionNetworkApi(flavour).composition;
  const resources = composition.spec.pipeline.flatMap((step: any) => step.input?.resources ?? []);
  return Object.fromEntries(resources.map((r: any) => [r.name, r.base.kind]).sort(([a]: string[], [b]: string[]) => a.localeCompare(b)));
}

describe.each(Object.keys(FLAVOURS) as (keyof typeof FLAVOURS)[])('composition resource names (%s flavour)', (flavour) => {
  it('are exactly the committed names, with the committed kinds', () => {
    const actual = composedNames(flavour);
    const removed = Object.keys(COMMITTED).filter((n) => !(n in actual));
    const added = Object.keys(actual).filter((n) => !(n in COMMITTED));
    const rekinded = Object.keys(actual).filter((n) => n in COMMITTED && actual[n] !== COMMITTED[n]).map((n) => `${n}: ${COMMITTED[n]} -> ${actual[n]}`);
    if (removed.length || added.length || rekinded.length) {
      throw new Error(
        [
          RENAME_WARNING,
          removed.length ? `removed or renamed (their cloud resources would be DELETED): ${removed.join(', ')}` : '',
          added.length ? `new names (new cloud resources): ${added.join(', ')}` : '',
          rekinded.length ? `kind changed (deleted and recreated): ${rekinded.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
      );
    }
    expect(Object.keys(actual)).toEqual(Object.keys(COMMITTED));
  });

  it('are unique and say role, tier and zone slot in lowercase kebab-case', () => {
    const composition = productionNetworkApi(flavour).composition;
    const names: string[] = composition.spec.pipeline.flatMap((step: any) => (step.input?.resources ?? []).map((r: any) => r.name));
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
