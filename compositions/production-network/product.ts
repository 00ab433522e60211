/**
 * The product's one seam for the offline tools: everything cli/ needs to know about the ProductionNetwork API
 * (which XRDs are its own, its cross-field claim checks, its bench) comes from this module, so the engine in lib/
 * stays product-free and no tool recognises the product by the spelling of a kind.
 */
import type { KubeObject } from '../../lib/render';
import type { ValidateClaimInput } from '../../lib/validate/claim';
import { claimChecks } from './checks';
import { CLAIM_KIND, COMPOSITE_KIND } from './kinds';

export { formatBench, runBench, type BenchResults } from './bench';
export { claimChecks };
export { crdsDir, pinnedCrds } from './crds';

/** The kinds an XRD of this product defines: the composite of the claim flavour, the namespaced XR. */
const PRODUCT_KINDS = new Set([COMPOSITE_KIND, CLAIM_KIND]);

/** Whether an XRD defines this product's API (either flavour, any group). */
export function definesProduct(xrd: KubeObject): boolean {
  return PRODUCT_KINDS.has(xrd.spec?.names?.kind);
}

/** The product's cross-field checks for claims of `xrd`'s API; none for another API. */
export function claimChecksFor(xrd: KubeObject): ValidateClaimInput['extraChecks'] {
  return definesProduct(xrd) ? claimChecks : undefined;
}
