/**
 * Assembles a Pipeline-mode composition from composed resources: function-patch-and-transform templates them,
 * then function-cel-filter drops the ones whose conditions do not hold for this composite.
 */
import { CompositionSpecMode, CompositionSpecPipeline } from '../../imports/apiextensions.crossplane.io';
import { Filters } from '../../imports/cel.fn.crossplane.io';
import { Resources, ResourcesPatchSets, ResourcesWriteConnectionSecretToRef } from '../../imports/pt.fn.crossplane.io';
import { and, ComposedResource } from './resource';

/**
 * Function objects by the names Crossplane gives them when a Configuration package installs them as dependencies
 * (`<registry org>-<repository>`): the composition then works whether the functions came with the package or
 * were applied directly (dist/install names them the same).
 */
export const PATCH_AND_TRANSFORM = 'crossplane-contrib-function-patch-and-transform';
export const CEL_FILTER = 'crossplane-contrib-function-cel-filter';

export interface PipelineOptions {
  resources: ComposedResource[];
  patchSets?: ResourcesPatchSets[];
  /**
   * Where function-patch-and-transform writes the connection details of a Crossplane v2 composite (which has no
   * connection secret of its own). Ignored for v1 composites, whose connection secret Crossplane writes.
   */
  writeConnectionSecretToRef?: ResourcesWriteConnectionSecretToRef;
}

/** One filter per distinct condition, naming its resources by an anchored alternation of their names. */
export function celFilters(resources: ComposedResource[]): Array<{ name: string; expression: string; description: string }> {
  const groups = new Map<string, { names: string[]; description: string }>();
  for (const r of resources) {
    if (!r.when?.length) continue;
    const c = and(r.when);
    const g = groups.get(c.cel) ?? { names: [], description: c.description };
    g.names.push(r.name);
    groups.set(c.cel, g);
  }
  return [...groups].map(([expression, g]) => ({
    name: `^(${g.names.map(escapeRegExp).join('|')})$`,
    expression,
    description: g.description,
  }));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function pipeline(opts: PipelineOptions): { mode: CompositionSpecMode; pipeline: CompositionSpecPipeline[] } {
  const names = new Set<string>();
  for (const r of opts.resources) {
    if (names.has(r.name)) throw new Error(`composed resource name "${r.name}" is used twice: names identify cloud resources and must be unique`);
    names.add(r.name);
  }
  const steps: CompositionSpecPipeline[] = [
    {
      step: 'patch-and-transform',
      functionRef: { name: PATCH_AND_TRANSFORM },
      input: Resources.manifest({
        patchSets: opts.patchSets,
        writeConnectionSecretToRef: opts.writeConnectionSecretToRef,
        resources: opts.resources.map((r) => ({
          name: r.name,
          base: r.base,
          patches: r.patches?.length ? r.patches : undefined,
          readinessChecks: r.readinessChecks,
          connectionDetails: r.connectionDetails,
        })),
      }),
    },
  ];
  const filters = celFilters(opts.resources);
  if (filters.length > 0) {
    steps.push({
      step: 'drop-disabled-parts',
      functionRef: { name: CEL_FILTER },
      input: Filters.manifest({ filters: filters.map(({ name, expression }) => ({ name, expression })) }),
    });
  }
  return { mode: CompositionSpecMode.PIPELINE, pipeline: steps };
}
