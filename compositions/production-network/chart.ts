/**
 * The ProductionNetwork API as a cdk8s chart: the XRD and the Composition of one flavour, for an app that
 * installs the API itself. The plain API objects stay available for tools that write or inspect them.
 */
import { ApiObject, Chart, type ChartProps } from 'cdk8s';
import { Construct } from 'constructs';
import { DEFAULT_INSTALLATION } from './context';
import { FLAVOURS, type Flavour, type FlavourName } from './flavour';
import { DEFAULT_GROUP, productionNetworkApi, type ProductionNetworkApi } from './index';

export interface ProductionNetworkChartProps extends ChartProps {
  /**
   * Which shape of the API: `claim` (a v1 XRD with claims: Crossplane 1.20 and 2.x) or `namespaced` (a v2 XRD:
   * Crossplane 2 only), or a flavour object (e.g. `namespacedFlavourUsing('ProviderConfig')`).
   * @default 'claim'
   */
  readonly flavour?: FlavourName | Flavour;
  /**
   * The API group of the XRD (the namespaced flavour prefixes it with `m.`).
   * @default 'network.platform.example.org'
   */
  readonly group?: string;
  /**
   * This installation's id, part of every derived AWS name (buckets, IAM role and instance profile, key pair,
   * launch template), so clusters sharing an AWS account never adopt each other's objects. A DNS label.
   * @default 'default'
   */
  readonly installation?: string;
}

export class ProductionNetworkChart extends Chart {
  /** The API: its flavour, names, and the XRD and Composition as plain objects. */
  readonly api: ProductionNetworkApi;
  /** The CompositeResourceDefinition, as a plain object. */
  readonly definition: Record<string, any>;
  /** The Composition, as a plain object. */
  readonly composition: Record<string, any>;

  constructor(scope: Construct, id: string, props: ProductionNetworkChartProps = {}) {
    super(scope, id, { disableResourceNameHashes: true, ...props });
    const flavour = typeof props.flavour === 'string' || props.flavour === undefined ? FLAVOURS[props.flavour ?? 'claim'] : props.flavour;
    this.api = productionNetworkApi(flavour, props.group ?? DEFAULT_GROUP, props.installation ?? DEFAULT_INSTALLATION);
    this.definition = this.api.definition;
    this.composition = this.api.composition;
    new ApiObject(this, 'definition', this.definition as any);
    new ApiObject(this, 'composition', this.composition as any);
  }
}
