/**
 * From a composed field back to what the user wrote: the function-patch-and-transform patches that write a field
 * of a composed resource, and the composite (and so claim) fields they read. Used to report an AWS rule a
 * rendered value breaks on the claim parameter it came from, and to find the claim parameters patched into
 * fields AWS replaces the resource for. Generic over Pipeline compositions that use patch-and-transform.
 */
import { patchType, resolvePatchSets, type ComposedTemplate, type Patch } from '../render/patches';

const templatesOf = new WeakMap<object, ComposedTemplate[]>();

/** Every patch-and-transform template of a Pipeline composition, PatchSets inlined (computed once per composition object). */
export function composedTemplates(composition: any): ComposedTemplate[] {
  if (!composition || typeof composition !== 'object') return [];
  let templates = templatesOf.get(composition);
  if (!templates) templatesOf.set(composition, (templates = templatesIn(composition)));
  return templates;
}

function templatesIn(composition: any): ComposedTemplate[] {
  return (composition?.spec?.pipeline ?? [])
    .map((step: any) => step?.input)
    .filter((input: any) => input?.kind === 'Resources' && String(input?.apiVersion ?? '').startsWith('pt.fn.crossplane.io/'))
    .flatMap((input: any) => resolvePatchSets(input.patchSets, input.resources ?? []));
}

/** The composite fields a patch reads into a composed resource (none for patches that read elsewhere). */
export function compositeSources(p: Patch): string[] {
  switch (patchType(p)) {
    case 'FromCompositeFieldPath':
      return p.fromFieldPath ? [p.fromFieldPath] : [];
    case 'CombineFromComposite':
      return (p.combine?.variables ?? []).map((v) => v.fromFieldPath);
    default:
      return [];
  }
}

/** The composed resource's field a patch writes (FromCompositeFieldPath defaults it to the source path). */
export function composedTarget(p: Patch): string | undefined {
  if (!['FromCompositeFieldPath', 'CombineFromComposite'].includes(patchType(p))) return undefined;
  return p.toFieldPath ?? p.fromFieldPath;
}

/**
 * The composite fields the value at `path` of the composed resource `resource` comes from. A patch into a parent
 * of the path (a whole tag map) traces a key below it to the same key below the source (`spec.parameters.tags`
 * for `spec.forProvider.tags["R&D"]` gives `spec.parameters.tags["R&D"]`) when it has no transforms.
 */
export function compositeSourcesOf(templates: ComposedTemplate[], resource: string, findingPath: string): string[] {
  const template = templates.find((t) => t.name === resource);
  const found = new Set<string>();
  const path = unquoted(findingPath);
  for (const p of template?.patches ?? []) {
    const raw = composedTarget(p);
    if (!raw) continue;
    const target = unquoted(raw);
    if (target === path) compositeSources(p).forEach((s) => found.add(s));
    else if ((path.startsWith(`${target}.`) || path.startsWith(`${target}[`)) && patchType(p) === 'FromCompositeFieldPath' && !p.transforms?.length)
      found.add(`${p.fromFieldPath}${path.slice(target.length).replace(/\[([^\]\d][^\]]*)\]/g, (_m, key) => `[${JSON.stringify(key)}]`)}`);
  }
  return [...found];
}

/** `a["b.c"]` and `a[b.c]` name the same field (fieldpath.go accepts both): compare them unquoted. */
function unquoted(path: string): string {
  return path.replace(/\["([^"]*)"\]/g, '[$1]');
}

/**
 * The field of the claim (or of a namespaced XR, which users write themselves) a composite field comes from:
 * `spec.parameters.*` as is, the claim's identity from `spec.claimRef`, undefined for what Crossplane or the
 * composition sets (status, labels).
 */
export function userField(compositePath: string): string | undefined {
  if (compositePath === 'spec.parameters' || compositePath.startsWith('spec.parameters.') || compositePath.startsWith('spec.parameters[')) return compositePath;
  if (compositePath === 'spec.claimRef.name' || compositePath === 'metadata.name') return 'metadata.name';
  if (compositePath === 'spec.claimRef.namespace' || compositePath === 'metadata.namespace') return 'metadata.namespace';
  return undefined;
}
