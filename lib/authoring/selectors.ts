/**
 * References between composed resources. The provider resolves a selector to the first match, so when one
 * composite holds several objects of a kind (subnets, route tables, NAT gateways) a selector must pick exactly one:
 * every composed resource carries a label with its composition resource name, and selectors match on it plus
 * the controller reference (this composite's objects only).
 */
export interface Selector {
  matchControllerRef: true;
  matchLabels: Record<string, string>;
  /** Typed loosely: every generated selector type has its own (identical) policy enum. */
  policy?: { resolve?: any };
}

export class ResourceLabels {
  /** @param prefix a DNS prefix owned by the API, e.g. the XRD's group */
  constructor(readonly prefix: string) {}

  /** The label naming a composed resource by its composition resource name. */
  get resourceKey(): string {
    return `${this.prefix}/resource`;
  }

  /** Labels every composed resource carries: its identity plus what a person filters by. */
  of(name: string, extra: Record<string, string | undefined> = {}): Record<string, string> {
    const labels: Record<string, string> = { [this.resourceKey]: name };
    for (const [k, v] of Object.entries(extra)) if (v !== undefined) labels[`${this.prefix}/${k}`] = v;
    return labels;
  }

  /**
   * A selector for the composed resource `name` of this composite.
   * @param reResolve re-resolve on every reconcile: for references whose target can change on a live claim
   *   (a resolved reference is otherwise cached and would keep pointing at a deleted object)
   */
  select(name: string, reResolve = false): Selector {
    return { matchControllerRef: true, matchLabels: { [this.resourceKey]: name }, ...(reResolve ? { policy: { resolve: 'Always' } } : {}) };
  }
}
