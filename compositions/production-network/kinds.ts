/**
 * The API's kinds, in a module of their own: the offline tools (render, validate, audit) recognise the product by
 * them, and importing definition.ts for two strings would load cdk8s and the XRD's authoring into every tool.
 */
export const CLAIM_KIND = 'ProductionNetwork';
export const COMPOSITE_KIND = 'XProductionNetwork';
