/**
 * The CompositeResourceDefinition. The claim flavour is an `apiextensions.crossplane.io/v1` XRD with claim names
 * (Crossplane 1.20 and 2.x; no `scope`, which 1.20's schema lacks); the namespaced flavour is a `/v2` XRD with
 * `scope: Namespaced` and no claims. Both serve the same parameters and status.
 */
import {
  CompositeResourceDefinition,
  CompositeResourceDefinitionSpecDefaultCompositeDeletePolicy,
  CompositeResourceDefinitionV2,
  CompositeResourceDefinitionV2SpecScope,
} from '../../imports/apiextensions.crossplane.io';
import { openApi, specSchema, statusSchema } from './api';
import { Flavour } from './flavour';
import { CLAIM_KIND, COMPOSITE_KIND } from './kinds';

export const VERSION = 'v1alpha1';
export { CLAIM_KIND, COMPOSITE_KIND };

export interface ApiNames {
  group: string;
  /** Kind of the composite resource (XR). */
  kind: string;
  plural: string;
  claim?: { kind: string; plural: string };
  xrdName: string;
  compositionName: string;
}

export function apiNames(flavour: Flavour, baseGroup: string): ApiNames {
  const group = flavour.group(baseGroup);
  if (flavour.name === 'claim') {
    return {
      group,
      kind: COMPOSITE_KIND,
      plural: 'xproductionnetworks',
      claim: { kind: CLAIM_KIND, plural: 'productionnetworks' },
      xrdName: `xproductionnetworks.${group}`,
      compositionName: `xproductionnetworks.${group}`,
    };
  }
  return { group, kind: CLAIM_KIND, plural: 'productionnetworks', xrdName: `productionnetworks.${group}`, compositionName: `productionnetworks.${group}` };
}

/** What a claim's connection secret holds (`spec.writeConnectionSecretToRef` on the claim). */
export const CONNECTION_SECRET_KEYS = ['vpcId', 'region', 'privateSecurityGroupId', 'bastionInstanceId', 'bastionUser'];

const printerColumns = [
  { name: 'REGION', type: 'string', jsonPath: '.spec.parameters.region' },
  { name: 'VPC', type: 'string', jsonPath: '.status.vpcId' },
  { name: 'NAT', type: 'string', jsonPath: '.spec.parameters.natGateways', priority: 1 },
  { name: 'BASTION-IP', type: 'string', jsonPath: '.status.bastionPublicIp' },
];

const schema = (flavour: Flavour) => {
  const spec = openApi(specSchema);
  // The parameter names the flavour's kind of provider configuration: say which one.
  spec.properties.parameters.properties.providerConfigName.description = flavour.providerConfig.description;
  return {
    openApiv3Schema: {
      type: 'object',
      description: 'A production-grade AWS network: VPC, subnets in two or three zones, NAT, security groups, a bastion, log and backup buckets, flow logs.',
      properties: { spec, status: openApi(statusSchema) },
    },
  };
};

export function definition(flavour: Flavour, names: ApiNames): Record<string, any> {
  const metadata = { name: names.xrdName };
  if (flavour.name === 'claim') {
    return CompositeResourceDefinition.manifest({
      metadata,
      spec: {
        group: names.group,
        names: { kind: names.kind, plural: names.plural, categories: ['crossplane', 'network'] },
        claimNames: { kind: names.claim!.kind, plural: names.claim!.plural, categories: ['network'] },
        // A deleted claim waits until its cloud resources are gone (VPC teardown converges through retries).
        defaultCompositeDeletePolicy: CompositeResourceDefinitionSpecDefaultCompositeDeletePolicy.FOREGROUND,
        defaultCompositionRef: { name: names.compositionName },
        connectionSecretKeys: CONNECTION_SECRET_KEYS,
        versions: [{ name: VERSION, served: true, referenceable: true, schema: schema(flavour), additionalPrinterColumns: printerColumns }],
      },
    });
  }
  return CompositeResourceDefinitionV2.manifest({
    metadata,
    spec: {
      group: names.group,
      scope: CompositeResourceDefinitionV2SpecScope.NAMESPACED,
      names: { kind: names.kind, plural: names.plural, categories: ['crossplane', 'network'] },
      defaultCompositionRef: { name: names.compositionName },
      versions: [{ name: VERSION, served: true, referenceable: true, schema: schema(flavour), additionalPrinterColumns: printerColumns }],
    },
  });
}
