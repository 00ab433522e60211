/**
 * Renders a composite as Crossplane would see it after its resources exist: render, simulate the observed state
 * of what was desired, render again with it (and the status the last render reported), until nothing new appears.
 * Resources that wait on observed values (a Required patch from the XR's status) appear in the later rounds.
 */
import { render, RenderInput, RenderOutput } from '../render';
import { simulateObserved, SimulateOptions } from './upjet';

export function renderConverged(input: RenderInput, options: SimulateOptions & { maxRounds?: number } = {}): RenderOutput {
  let out = render(input);
  for (let round = 1; round < (options.maxRounds ?? 8) && !out.fatal; round++) {
    const before = out.resources.length;
    const status = out.composite.status;
    out = render({ ...input, composite: { ...input.composite, status }, observed: simulateObserved(out.resources, options) });
    if (out.resources.length === before && JSON.stringify(out.composite.status) === JSON.stringify(status)) break;
  }
  return out;
}
