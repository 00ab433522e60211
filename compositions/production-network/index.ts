/** The ProductionNetwork API: everything the app, the CLI and the tests need, from one place. */
import { composition, composedResources } from './composition';
import { apiNames, ApiNames, definition } from './definition';
import { Flavour, FLAVOURS, FlavourName } from './flavour';

export * from './api';
export { DEFAULT_INSTALLATION, derivedName, INSTALLATION_PATTERN } from './context';
export type { NameScope } from './context';
export { apiNames, CLAIM_KIND, COMPOSITE_KIND, VERSION } from './definition';
export type { ApiNames } from './definition';
export { FLAVOURS, namespacedFlavourUsing } from './flavour';
export type { Flavour, FlavourName } from './flavour';
export { names } from './names';
export { composedResources };

/** The API group when none is configured (`PRODUCTION_NETWORK_GROUP`). */
export const DEFAULT_GROUP = 'network.platform.example.org';

export interface ProductionNetworkApi {
  flavour: Flavour;
  names: ApiNames;
  definition: Record<string, any>;
  composition: Record<string, any>;
}

/**
 * @param installation what makes derived AWS names (buckets, IAM, key pair) unique to this installation
 *   (`PRODUCTION_NETWORK_INSTALLATION`, default `default`): give each cluster that shares an AWS account its own.
 */
export function productionNetworkApi(flavour: FlavourName | Flavour, group = DEFAULT_GROUP, installation?: string): ProductionNetworkApi {
  const f = typeof flavour === 'string' ? FLAVOURS[flavour] : flavour;
  const names = apiNames(f, group);
  return { flavour: f, names, definition: definition(f, names), composition: composition(f, names, installation) };
}
