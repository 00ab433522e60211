/**
 * Argo CD sync ordering, in one place. Within an Application, Argo CD applies lower waves first and waits for
 * them to be healthy. Objects without the annotation are in wave 0: the XRDs and Compositions of `dist/claim` and
 * `dist/namespaced` are left unannotated and so sit between the ProviderConfig and the claims.
 */
export const SYNC_WAVE = 'argocd.argoproj.io/sync-wave';
export const SYNC_OPTIONS = 'argocd.argoproj.io/sync-options';
export const SKIP_DRY_RUN = 'SkipDryRunOnMissingResource=true';

export const WAVES = {
  /** The providers' ServiceAccount and DeploymentRuntimeConfig (IRSA, Pod Identity): Providers name them. */
  runtime: -3,
  /** Providers, Functions, the activation policy and the teams' namespaces. */
  packages: -2,
  /** ProviderConfig / ClusterProviderConfig: their CRDs exist once the providers are installed. */
  providerConfig: -1,
  /** XRD and Composition (unannotated: Argo CD's default wave). */
  api: 0,
  /** Claims: their CRD exists once Crossplane has established the XRD. */
  claims: 1,
} as const;

/** The annotations of an object in `wave`; `crdFromCrossplane` for objects whose CRD a provider or Crossplane creates. */
export function syncAnnotations(wave: number, crdFromCrossplane: boolean): Record<string, string> {
  return { [SYNC_WAVE]: String(wave), ...(crdFromCrossplane ? { [SYNC_OPTIONS]: SKIP_DRY_RUN } : {}) };
}

/** An object's wave as Argo CD reads it: the annotation, or 0. */
export function waveOf(obj: { metadata?: { annotations?: Record<string, string> } }): number {
  const w = obj.metadata?.annotations?.[SYNC_WAVE];
  return w === undefined ? 0 : Number(w);
}
