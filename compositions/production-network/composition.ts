/** The Composition: the reference design's parts, assembled into one function pipeline. */
import { Composition } from '../../imports/apiextensions.crossplane.io';
import { pipeline } from '../../lib/authoring/pipeline-input';
import { ComposedResource } from '../../lib/authoring/resource';
import { ResourceLabels } from '../../lib/authoring/selectors';
import { bastion } from './bastion';
import { Component, CompositionContext } from './context';
import { ApiNames, VERSION } from './definition';
import { Flavour } from './flavour';
import { network } from './network';
import { observability } from './observability';
import { security } from './security';
import { storage } from './storage';

/** Every composed resource of the design, in the order they are templated (dependencies first). */
export function composedResources(flavour: Flavour, names: ApiNames, installation?: string): ComposedResource[] {
  const ctx = new CompositionContext(flavour, new ResourceLabels(names.group), installation);
  const parts = Object.entries({ network, security, bastion, storage, observability }).flatMap(([component, part]) => part(ctx.part(component as Component)));
  return parts.map((r) => ({ ...r, base: flavour.adapt(r.base) }));
}

export function composition(flavour: Flavour, names: ApiNames, installation?: string): Record<string, any> {
  const ctx = new CompositionContext(flavour, new ResourceLabels(names.group), installation);
  return Composition.manifest({
    metadata: { name: names.compositionName, labels: { [`${names.group}/flavour`]: flavour.name } },
    spec: {
      compositeTypeRef: { apiVersion: `${names.group}/${VERSION}`, kind: names.kind },
      writeConnectionSecretsToNamespace: flavour.compositeSecretsNamespace,
      ...pipeline({
        resources: composedResources(flavour, names, installation),
        patchSets: ctx.patchSets(),
        writeConnectionSecretToRef: flavour.connectionSecret,
      }),
    },
  });
}
