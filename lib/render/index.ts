/**
 * Offline rendering of Pipeline-mode Compositions built from function-patch-and-transform and
 * function-cel-filter: the engine behind `npm run render`. Generic: it knows no product.
 */
export { render, type RenderInput, type RenderOutput } from './pipeline';
export { claimToComposite, stableSuffix } from './claim-to-composite';
export { parseDocuments, readDocuments, pickComposition, pickXrd } from './documents';
export type { Result, Severity, KubeObject } from './function-io';
