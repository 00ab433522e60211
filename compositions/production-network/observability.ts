/** VPC flow logs: all traffic, delivered to the logs bucket. */
import { FlowLogV1Beta2 } from '../../imports/ec2.aws.upbound.io';
import { ComposedResource } from '../../lib/authoring/resource';
import { CompositionContext, status, when } from './context';
import { names } from './names';

export function observability(ctx: CompositionContext): ComposedResource[] {
  return [
    ctx.resource(names.flowLog, FlowLogV1Beta2, {
      purpose: 'VPC flow logs, all traffic',
      forProvider: {
        vpcIdSelector: ctx.select(names.vpc),
        trafficType: 'ALL',
        logDestinationType: 's3',
        maxAggregationInterval: 600,
        destinationOptions: { fileFormat: 'plain-text', perHourPartition: true, hiveCompatiblePartitions: false },
      },
      patches: [
        // An S3 destination is the bucket's ARN: a plain string, so the name is derived exactly as the bucket's.
        // The flow log is composed only once the logs bucket's policy exists (the gate). When a flow log to S3 is
        // created, the log delivery service checks the bucket policy and, when it finds no grant for itself, writes
        // its own policy on the bucket (AWS VPC User Guide, "Flow logs: publish to Amazon S3", bucket permissions).
        // Created after the project's policy, which already grants delivery.logs.amazonaws.com write access for
        // this account, the flow log finds what it needs and leaves that policy (TLS-only, scoped) as it is.
        // Created first, AWS's policy and the provider's PutBucketPolicy would race for the bucket.
        ...ctx.derivedName('logs', 'spec.forProvider.logDestination', { format: 'arn:aws:s3:::{}', perAccount: true, extra: status('logsBucketPolicyId') }),
        ctx.toStatus('status.atProvider.id', 'flowLogId'),
      ],
      when: [when.flowLogsEnabled],
    }),
  ];
}
