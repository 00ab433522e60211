/**
 * Where each field of a provider-upjet-aws managed resource lives in AWS's own model: the CloudFormation resource
 * type and property path (as `@aws-cdk/aws-service-spec` names them) that carry the same AWS API value. Declared
 * once, here, for every kind and field a composition of these kinds is known to set; `scripts/aws-model.ts` reads
 * it to extract just these shapes from the packages into `model.json`.
 *
 * Kinds are keyed `<service>/<Kind>` and serve both API groups: the cluster-scoped `<service>.aws.upbound.io` and the
 * namespaced `<service>.aws.m.upbound.io` kinds share their `forProvider` shape. Field paths are relative to
 * `spec.forProvider` (and `spec.initProvider`, the same shape), with `[]` for list items; `@external-name` is the
 * `crossplane.io/external-name` annotation, for kinds whose external name is an AWS name
 * (provider-upjet-aws config/externalname.go: `aws_s3_bucket` ParameterAsIdentifier("bucket"), `aws_key_pair`
 * ParameterAsIdentifier("key_name"), `aws_iam_role` and `aws_iam_instance_profile` NameAsIdentifier).
 *
 * A shape is `Property.Path` in the kind's CloudFormation type, `AWS::Other::Type#Property.Path` when the field
 * lives in another type (an upjet kind that CloudFormation folds into its parent), or `{ none }` with the reason
 * the field has no AWS model shape (a provider or Terraform setting).
 */

/** A field with no CloudFormation counterpart, and why. */
export interface NoShape {
  none: string;
  /** Changing it creates the cloud object anew (for replacement awareness), and why. */
  replaces?: string;
}

/** A field whose value AWS models, with what Terraform does where it differs from CloudFormation. */
export interface ShapeRef {
  shape: string;
  /**
   * Terraform updates this field in place although CloudFormation replaces the resource for it; the upstream
   * source that says so. The provider runs Terraform, so replacement awareness follows Terraform here.
   */
  updatesInPlace?: string;
}

export type FieldShape = string | ShapeRef | NoShape;

export interface KindShapes {
  /** The CloudFormation resource type; null for a kind CloudFormation has no counterpart for. */
  cfn: string | null;
  fields: Record<string, FieldShape>;
}

const REGION: NoShape = {
  none: 'provider setting: the region the provider calls; not a property of the resource',
  replaces: 'a regional AWS object exists in one region and cannot move: another region is another object',
};
const REFERENCE_TAGS: NoShape = { none: 'Terraform resource tags; CloudFormation models no tags for this type (the tag rules still apply)' };

/** provider-upjet-aws: internal/service/ec2/vpc_security_group_{ingress,egress}_rule.go Update calls ModifySecurityGroupRules; ModifyPlan replaces only when the source type (CIDR, prefix list, group) changes. */
const SG_RULE_IN_PLACE =
  'hashicorp/terraform-provider-aws internal/service/ec2/vpc_security_group_ingress_rule.go (Update: ModifySecurityGroupRules; ModifyPlan requires replacement only when the source type changes)';

const inPlace = (shape: string): ShapeRef => ({ shape, updatesInPlace: SG_RULE_IN_PLACE });

export const KIND_SHAPES: Record<string, KindShapes> = {
  'ec2/VPC': {
    cfn: 'AWS::EC2::VPC',
    fields: {
      region: REGION,
      cidrBlock: 'CidrBlock',
      enableDnsHostnames: 'EnableDnsHostnames',
      enableDnsSupport: 'EnableDnsSupport',
      instanceTenancy: 'InstanceTenancy',
      tags: 'Tags[]',
    },
  },
  'ec2/Subnet': {
    cfn: 'AWS::EC2::Subnet',
    fields: {
      region: REGION,
      availabilityZone: 'AvailabilityZone',
      availabilityZoneId: 'AvailabilityZoneId',
      cidrBlock: 'CidrBlock',
      mapPublicIpOnLaunch: 'MapPublicIpOnLaunch',
      vpcId: 'VpcId',
      tags: 'Tags[]',
    },
  },
  'ec2/InternetGateway': {
    cfn: 'AWS::EC2::InternetGateway',
    fields: { region: REGION, vpcId: 'AWS::EC2::VPCGatewayAttachment#VpcId', tags: 'Tags[]' },
  },
  'ec2/EIP': { cfn: 'AWS::EC2::EIP', fields: { region: REGION, domain: 'Domain', networkBorderGroup: 'NetworkBorderGroup', tags: 'Tags[]' } },
  'ec2/NATGateway': {
    cfn: 'AWS::EC2::NatGateway',
    fields: {
      region: REGION,
      allocationId: 'AllocationId',
      subnetId: 'SubnetId',
      connectivityType: 'ConnectivityType',
      privateIp: 'PrivateIpAddress',
      tags: 'Tags[]',
    },
  },
  'ec2/RouteTable': { cfn: 'AWS::EC2::RouteTable', fields: { region: REGION, vpcId: 'VpcId', tags: 'Tags[]' } },
  'ec2/Route': {
    cfn: 'AWS::EC2::Route',
    fields: {
      region: REGION,
      routeTableId: 'RouteTableId',
      destinationCidrBlock: 'DestinationCidrBlock',
      gatewayId: 'GatewayId',
      natGatewayId: 'NatGatewayId',
      vpcEndpointId: 'VpcEndpointId',
    },
  },
  'ec2/RouteTableAssociation': { cfn: 'AWS::EC2::SubnetRouteTableAssociation', fields: { region: REGION, routeTableId: 'RouteTableId', subnetId: 'SubnetId' } },
  'ec2/SecurityGroup': {
    cfn: 'AWS::EC2::SecurityGroup',
    fields: { region: REGION, name: 'GroupName', description: 'GroupDescription', vpcId: 'VpcId', tags: 'Tags[]' },
  },
  'ec2/SecurityGroupIngressRule': {
    cfn: 'AWS::EC2::SecurityGroupIngress',
    fields: {
      region: REGION,
      securityGroupId: 'GroupId',
      cidrIpv4: inPlace('CidrIp'),
      referencedSecurityGroupId: inPlace('SourceSecurityGroupId'),
      prefixListId: inPlace('SourcePrefixListId'),
      ipProtocol: inPlace('IpProtocol'),
      fromPort: inPlace('FromPort'),
      toPort: inPlace('ToPort'),
      description: 'Description',
      tags: REFERENCE_TAGS,
    },
  },
  'ec2/SecurityGroupEgressRule': {
    cfn: 'AWS::EC2::SecurityGroupEgress',
    fields: {
      region: REGION,
      securityGroupId: 'GroupId',
      cidrIpv4: inPlace('CidrIp'),
      referencedSecurityGroupId: inPlace('DestinationSecurityGroupId'),
      ipProtocol: inPlace('IpProtocol'),
      fromPort: inPlace('FromPort'),
      toPort: inPlace('ToPort'),
      description: 'Description',
      tags: REFERENCE_TAGS,
    },
  },
  'ec2/DefaultSecurityGroup': {
    cfn: null,
    fields: {
      region: REGION,
      vpcId: { none: 'adopts the VPC’s default security group, which CloudFormation does not model' },
      tags: { none: 'tags of the adopted default security group (the tag rules still apply)' },
    },
  },
  'ec2/KeyPair': {
    cfn: 'AWS::EC2::KeyPair',
    fields: {
      region: REGION,
      '@external-name': 'KeyName',
      publicKey: 'PublicKeyMaterial',
      // CloudFormation replaces a key pair for new tags; Terraform tags it in place.
      tags: {
        shape: 'Tags[]',
        updatesInPlace:
          'hashicorp/terraform-provider-aws internal/service/ec2/ec2_key_pair.go (tags are not ForceNew; resourceKeyPairUpdate updates them in place)',
      },
    },
  },
  'ec2/Instance': {
    cfn: 'AWS::EC2::Instance',
    fields: {
      region: REGION,
      ami: 'ImageId',
      instanceType: 'InstanceType',
      associatePublicIpAddress: 'NetworkInterfaces[].AssociatePublicIpAddress',
      iamInstanceProfile: 'IamInstanceProfile',
      keyName: 'KeyName',
      subnetId: 'SubnetId',
      vpcSecurityGroupIds: 'SecurityGroupIds[]',
      userData: 'UserData',
      'metadataOptions.httpEndpoint': 'MetadataOptions.HttpEndpoint',
      'metadataOptions.httpPutResponseHopLimit': 'MetadataOptions.HttpPutResponseHopLimit',
      'metadataOptions.httpTokens': 'MetadataOptions.HttpTokens',
      'metadataOptions.instanceMetadataTags': 'MetadataOptions.InstanceMetadataTags',
      // Terraform's root_block_device is the block device mapping of the image's root device.
      'rootBlockDevice.deleteOnTermination': 'BlockDeviceMappings[].Ebs.DeleteOnTermination',
      'rootBlockDevice.encrypted': 'BlockDeviceMappings[].Ebs.Encrypted',
      'rootBlockDevice.kmsKeyId': 'BlockDeviceMappings[].Ebs.KmsKeyId',
      'rootBlockDevice.iops': 'BlockDeviceMappings[].Ebs.Iops',
      'rootBlockDevice.volumeSize': 'BlockDeviceMappings[].Ebs.VolumeSize',
      'rootBlockDevice.volumeType': 'BlockDeviceMappings[].Ebs.VolumeType',
      'ebsBlockDevice[].deviceName': 'BlockDeviceMappings[].DeviceName',
      'ebsBlockDevice[].encrypted': 'BlockDeviceMappings[].Ebs.Encrypted',
      'ebsBlockDevice[].volumeSize': 'BlockDeviceMappings[].Ebs.VolumeSize',
      'ebsBlockDevice[].volumeType': 'BlockDeviceMappings[].Ebs.VolumeType',
      'launchTemplate.id': 'LaunchTemplate.LaunchTemplateId',
      'launchTemplate.name': 'LaunchTemplate.LaunchTemplateName',
      'launchTemplate.version': 'LaunchTemplate.Version',
      tags: 'Tags[]',
    },
  },
  'ec2/LaunchTemplate': {
    cfn: 'AWS::EC2::LaunchTemplate',
    fields: {
      region: REGION,
      name: 'LaunchTemplateName',
      description: 'VersionDescription',
      imageId: 'LaunchTemplateData.ImageId',
      instanceType: 'LaunchTemplateData.InstanceType',
      keyName: 'LaunchTemplateData.KeyName',
      userData: 'LaunchTemplateData.UserData',
      vpcSecurityGroupIds: 'LaunchTemplateData.SecurityGroupIds[]',
      'iamInstanceProfile.name': 'LaunchTemplateData.IamInstanceProfile.Name',
      'iamInstanceProfile.arn': 'LaunchTemplateData.IamInstanceProfile.Arn',
      'blockDeviceMappings[].deviceName': 'LaunchTemplateData.BlockDeviceMappings[].DeviceName',
      'blockDeviceMappings[].ebs.deleteOnTermination': 'LaunchTemplateData.BlockDeviceMappings[].Ebs.DeleteOnTermination',
      'blockDeviceMappings[].ebs.encrypted': 'LaunchTemplateData.BlockDeviceMappings[].Ebs.Encrypted',
      'blockDeviceMappings[].ebs.kmsKeyId': 'LaunchTemplateData.BlockDeviceMappings[].Ebs.KmsKeyId',
      'blockDeviceMappings[].ebs.iops': 'LaunchTemplateData.BlockDeviceMappings[].Ebs.Iops',
      'blockDeviceMappings[].ebs.throughput': 'LaunchTemplateData.BlockDeviceMappings[].Ebs.Throughput',
      'blockDeviceMappings[].ebs.volumeSize': 'LaunchTemplateData.BlockDeviceMappings[].Ebs.VolumeSize',
      'blockDeviceMappings[].ebs.volumeType': 'LaunchTemplateData.BlockDeviceMappings[].Ebs.VolumeType',
      'metadataOptions.httpEndpoint': 'LaunchTemplateData.MetadataOptions.HttpEndpoint',
      'metadataOptions.httpPutResponseHopLimit': 'LaunchTemplateData.MetadataOptions.HttpPutResponseHopLimit',
      'metadataOptions.httpTokens': 'LaunchTemplateData.MetadataOptions.HttpTokens',
      'metadataOptions.instanceMetadataTags': 'LaunchTemplateData.MetadataOptions.InstanceMetadataTags',
      'tagSpecifications[].resourceType': 'LaunchTemplateData.TagSpecifications[].ResourceType',
      'tagSpecifications[].tags': 'LaunchTemplateData.TagSpecifications[].Tags[]',
      updateDefaultVersion: { none: 'Terraform setting: makes each new version the default' },
      tags: { none: 'tags of the launch template itself; CloudFormation tags it through TagSpecifications (the tag rules still apply)' },
    },
  },
  'ec2/FlowLog': {
    cfn: 'AWS::EC2::FlowLog',
    fields: {
      region: REGION,
      vpcId: 'ResourceId',
      logDestination: 'LogDestination',
      logDestinationType: 'LogDestinationType',
      logFormat: 'LogFormat',
      maxAggregationInterval: 'MaxAggregationInterval',
      trafficType: 'TrafficType',
      'destinationOptions.fileFormat': 'DestinationOptions.FileFormat',
      'destinationOptions.hiveCompatiblePartitions': 'DestinationOptions.HiveCompatiblePartitions',
      'destinationOptions.perHourPartition': 'DestinationOptions.PerHourPartition',
      tags: 'Tags[]',
    },
  },
  'ec2/VPCEndpoint': {
    cfn: 'AWS::EC2::VPCEndpoint',
    fields: { region: REGION, vpcId: 'VpcId', serviceName: 'ServiceName', vpcEndpointType: 'VpcEndpointType', policy: 'PolicyDocument', tags: 'Tags[]' },
  },
  'ec2/VPCEndpointRouteTableAssociation': {
    cfn: 'AWS::EC2::VPCEndpoint',
    fields: {
      region: REGION,
      routeTableId: 'RouteTableIds[]',
      vpcEndpointId: { none: 'the endpoint the association belongs to: CloudFormation lists the tables on the endpoint itself' },
    },
  },
  'iam/Role': {
    cfn: 'AWS::IAM::Role',
    fields: {
      '@external-name': 'RoleName',
      assumeRolePolicy: 'AssumeRolePolicyDocument',
      description: 'Description',
      maxSessionDuration: 'MaxSessionDuration',
      path: 'Path',
      permissionsBoundary: 'PermissionsBoundary',
      tags: 'Tags[]',
    },
  },
  'iam/RolePolicyAttachment': { cfn: 'AWS::IAM::Role', fields: { role: 'RoleName', policyArn: 'ManagedPolicyArns[]' } },
  'iam/InstanceProfile': {
    cfn: 'AWS::IAM::InstanceProfile',
    fields: {
      '@external-name': 'InstanceProfileName',
      role: 'Roles[]',
      path: 'Path',
      tags: { none: 'CloudFormation models no tags on an instance profile; IAM’s TagInstanceProfile does (the tag rules still apply)' },
    },
  },
  's3/Bucket': {
    cfn: 'AWS::S3::Bucket',
    fields: {
      region: REGION,
      '@external-name': 'BucketName',
      objectLockEnabled: 'ObjectLockEnabled',
      forceDestroy: { none: 'Terraform setting: empty the bucket (every object version) before deleting it' },
      tags: 'Tags[]',
    },
  },
  's3/BucketVersioning': {
    cfn: 'AWS::S3::Bucket',
    fields: { region: REGION, bucket: 'BucketName', 'versioningConfiguration.status': 'VersioningConfiguration.Status' },
  },
  's3/BucketServerSideEncryptionConfiguration': {
    cfn: 'AWS::S3::Bucket',
    fields: {
      region: REGION,
      bucket: 'BucketName',
      'rule[].applyServerSideEncryptionByDefault.sseAlgorithm':
        'BucketEncryption.ServerSideEncryptionConfiguration[].ServerSideEncryptionByDefault.SSEAlgorithm',
      'rule[].applyServerSideEncryptionByDefault.kmsMasterKeyId':
        'BucketEncryption.ServerSideEncryptionConfiguration[].ServerSideEncryptionByDefault.KMSMasterKeyID',
      'rule[].bucketKeyEnabled': 'BucketEncryption.ServerSideEncryptionConfiguration[].BucketKeyEnabled',
    },
  },
  's3/BucketOwnershipControls': {
    cfn: 'AWS::S3::Bucket',
    fields: { region: REGION, bucket: 'BucketName', 'rule.objectOwnership': 'OwnershipControls.Rules[].ObjectOwnership' },
  },
  's3/BucketPublicAccessBlock': {
    cfn: 'AWS::S3::Bucket',
    fields: {
      region: REGION,
      bucket: 'BucketName',
      blockPublicAcls: 'PublicAccessBlockConfiguration.BlockPublicAcls',
      blockPublicPolicy: 'PublicAccessBlockConfiguration.BlockPublicPolicy',
      ignorePublicAcls: 'PublicAccessBlockConfiguration.IgnorePublicAcls',
      restrictPublicBuckets: 'PublicAccessBlockConfiguration.RestrictPublicBuckets',
    },
  },
  's3/BucketPolicy': { cfn: 'AWS::S3::BucketPolicy', fields: { region: REGION, bucket: 'Bucket', policy: 'PolicyDocument' } },
  's3/BucketLifecycleConfiguration': {
    cfn: 'AWS::S3::Bucket',
    fields: {
      region: REGION,
      bucket: 'BucketName',
      'rule[].id': 'LifecycleConfiguration.Rules[].Id',
      'rule[].status': 'LifecycleConfiguration.Rules[].Status',
      'rule[].filter[].prefix': 'LifecycleConfiguration.Rules[].Prefix',
      'rule[].expiration[].days': 'LifecycleConfiguration.Rules[].ExpirationInDays',
      'rule[].noncurrentVersionExpiration[].noncurrentDays': 'LifecycleConfiguration.Rules[].NoncurrentVersionExpiration.NoncurrentDays',
      'rule[].abortIncompleteMultipartUpload[].daysAfterInitiation': 'LifecycleConfiguration.Rules[].AbortIncompleteMultipartUpload.DaysAfterInitiation',
    },
  },
  's3/BucketLogging': {
    cfn: 'AWS::S3::Bucket',
    fields: {
      region: REGION,
      bucket: 'BucketName',
      targetBucket: 'LoggingConfiguration.DestinationBucketName',
      targetPrefix: 'LoggingConfiguration.LogFilePrefix',
    },
  },
};

/**
 * Enumerations CloudFormation's model leaves open that an AWS SDK v3 client carries: `Type.Property.Path` → the
 * client package and its exported enum. The SDK's list is AWS's current one (EC2's instance types change monthly).
 */
export const SDK_ENUMS: Record<string, { package: string; enum: string; what: string }> = {
  'AWS::EC2::Instance.InstanceType': { package: '@aws-sdk/client-ec2', enum: '_InstanceType', what: 'an EC2 instance type' },
  'AWS::EC2::LaunchTemplate.LaunchTemplateData.InstanceType': { package: '@aws-sdk/client-ec2', enum: '_InstanceType', what: 'an EC2 instance type' },
  'AWS::EC2::Instance.BlockDeviceMappings[].Ebs.VolumeType': { package: '@aws-sdk/client-ec2', enum: 'VolumeType', what: 'an EBS volume type' },
  'AWS::EC2::LaunchTemplate.LaunchTemplateData.BlockDeviceMappings[].Ebs.VolumeType': {
    package: '@aws-sdk/client-ec2',
    enum: 'VolumeType',
    what: 'an EBS volume type',
  },
  'AWS::EC2::EIP.Domain': { package: '@aws-sdk/client-ec2', enum: 'DomainType', what: 'an Elastic IP domain' },
  'AWS::EC2::NatGateway.ConnectivityType': { package: '@aws-sdk/client-ec2', enum: 'ConnectivityType', what: 'a NAT gateway connectivity type' },
  'AWS::EC2::VPC.InstanceTenancy': { package: '@aws-sdk/client-ec2', enum: 'Tenancy', what: 'an instance tenancy' },
  'AWS::EC2::LaunchTemplate.LaunchTemplateData.MetadataOptions.HttpTokens': {
    package: '@aws-sdk/client-ec2',
    enum: 'LaunchTemplateHttpTokensState',
    what: 'an IMDS token setting',
  },
};

/** `ec2.aws.upbound.io/v1beta2` or `ec2.aws.m.upbound.io/v1beta1` + `Instance` → `ec2/Instance`; undefined for other groups. */
export function kindKey(apiVersion: unknown, kind: unknown): string | undefined {
  const m = /^([a-z0-9]+)\.aws(?:\.m)?\.upbound\.io\//.exec(String(apiVersion ?? ''));
  return m && typeof kind === 'string' ? `${m[1]}/${kind}` : undefined;
}

/** The CloudFormation type and property path of a mapped field (`Type#Path` or the kind's type). */
export function shapeOf(kindShapes: KindShapes, field: FieldShape): { type: string; path: string } | undefined {
  if (typeof field !== 'string' && 'none' in field) return undefined;
  const ref = typeof field === 'string' ? field : field.shape;
  const hash = ref.indexOf('#');
  if (hash >= 0) return { type: ref.slice(0, hash), path: ref.slice(hash + 1) };
  return kindShapes.cfn ? { type: kindShapes.cfn, path: ref } : undefined;
}
