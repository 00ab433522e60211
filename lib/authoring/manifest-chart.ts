/**
 * A chart of plain manifests (each already typed by the generated import class that built it), written under
 * stable names: the one helper every folder of dist/ is synthesized with.
 */
import { ApiObject, Chart } from 'cdk8s';
import { Construct } from 'constructs';

export class ManifestChart extends Chart {
  constructor(scope: Construct, id: string, manifests: Record<string, any>[]) {
    super(scope, id, { disableResourceNameHashes: true });
    manifests.forEach((m, i) => new ApiObject(this, `${m.kind}-${m.metadata?.name ?? i}`, m as any));
  }
}
