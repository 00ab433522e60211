/**
 * Composition resource names: part of the API. Crossplane identifies each cloud object by its name, so renaming
 * one deletes and recreates the object. Names say role, tier and zone slot; `test/production-network/resource-names.test.ts` pins them.
 */
import { ZoneSlot } from './context';

export const names = {
  vpc: 'vpc',
  internetGateway: 'igw',
  subnet: (tier: 'public' | 'private', z: ZoneSlot) => `subnet-${tier}-${z.letter}`,
  natEip: (z: ZoneSlot) => `eip-nat-${z.letter}`,
  nat: (z: ZoneSlot) => `nat-${z.letter}`,
  publicRouteTable: 'rt-public',
  publicDefaultRoute: 'route-public-igw',
  privateRouteTable: (z: ZoneSlot) => `rt-private-${z.letter}`,
  privateDefaultRoute: (z: ZoneSlot) => `route-private-${z.letter}-nat`,
  routeTableAssociation: (tier: 'public' | 'private', z: ZoneSlot) => `rta-${tier}-${z.letter}`,
  s3Endpoint: 'endpoint-s3',
  s3EndpointAssociation: (z: ZoneSlot) => `endpoint-s3-rt-private-${z.letter}`,

  defaultSecurityGroup: 'sg-default',
  bastionSecurityGroup: 'sg-bastion',
  privateSecurityGroup: 'sg-private',
  securityGroupRule: (group: 'bastion' | 'private', direction: 'ingress' | 'egress', what: string) => `sg-${group}-${direction}-${what}`,

  keyPair: 'keypair-bastion',
  bastionRole: 'role-bastion',
  bastionSsmPolicy: 'role-bastion-ssm',
  instanceProfile: 'profile-bastion',
  bastionLaunchTemplate: 'launch-template-bastion',
  bastion: 'bastion',

  bucket: (role: BucketRole) => `bucket-${role}`,
  bucketPart: (role: BucketRole, part: string) => `bucket-${role}-${part}`,
  flowLog: 'flow-log',
};

export type BucketRole = 'logs' | 'backup';
