/** VPC flow logs: all traffic, delivered to the logs bucket. */
import { FlowLogV1Beta2 } from '../../imports/ec2.aws.upbound.io';
import { ComposedResource } from '../../lib/composition/resource';
import { CompositionContext, when } from './context';
import { names } from './names';

export function observability(ctx: CompositionContext): ComposedResource[] {
  return [
    {
      name: names.flowLog,
      base: FlowLogV1Beta2.manifest({
        metadata: { labels: ctx.labels.of(names.flowLog) },
        spec: {
          forProvider: {
            ...ctx.regional,
            vpcIdSelector: ctx.select(names.vpc),
            trafficType: 'ALL',
            logDestinationType: 's3',
            maxAggregationInterval: 600,
            destinationOptions: { fileFormat: 'plain-text', perHourPartition: true, hiveCompatiblePartitions: false },
            tags: ctx.tags({ component: 'observability', purpose: 'VPC flow logs, all traffic' }),
          },
        },
      }),
      patches: [
        ...ctx.common(names.flowLog),
        // An S3 destination is the bucket's ARN: a plain string, so the name is derived exactly as the bucket's.
        ctx.derivedName('logs', 'spec.forProvider.logDestination', { format: 'arn:aws:s3:::{}' }),
        ctx.toStatus('status.atProvider.id', 'flowLogId'),
      ],
      when: [when.flowLogsEnabled],
    },
  ];
}
