/**
 * Replacement awareness: a user's parameter patched into a field AWS replaces the resource for (CloudFormation's
 * `causesReplacement: Yes`, unless Terraform updates it in place) must be immutable in the API (a transition rule
 * in the XRD) or be written only at creation (`spec.initProvider`). Otherwise a change to the claim replaces, or
 * with the provider's refusal to replace, strands live infrastructure.
 */
import { replacementOf } from './model';
import { KIND_SHAPES, kindKey, shapeOf } from './shapes';
import { composedTemplates, compositeSources, composedTarget, userField } from './trace';
import { mappedField } from './index';

export interface ReplacingPatch {
  /** The composition resource name. */
  resource: string;
  kind: string;
  /** The composed field written: `spec.forProvider.cidrBlock`. */
  field: string;
  /** The user's field it is read from: `spec.parameters.vpcCidr`. */
  parameter: string;
  /** Why changing the field replaces the resource: the model shape, or a declared reason. */
  because: string;
  /** The XRD's transition rule that makes the parameter immutable, when there is one. */
  immutableBy?: string;
}

const FOR_PROVIDER = 'spec.forProvider.';

/** Why changing `providerPath` of kind `key` replaces the resource, or undefined when it is updated in place. */
export function replacementReason(key: string, providerPath: string): string | undefined {
  const kindShapes = KIND_SHAPES[key];
  if (!kindShapes) return undefined;
  const field = mappedField(kindShapes, providerPath.replace(/\[[^\]]*"[^\]]*\]/g, ''));
  if (!field) return undefined;
  const declared = kindShapes.fields[field];
  if (typeof declared !== 'string' && 'none' in declared) return declared.replaces;
  if (typeof declared !== 'string' && declared.updatesInPlace) return undefined;
  const shape = shapeOf(kindShapes, declared);
  if (!shape || replacementOf(shape.type, shape.path) !== 'yes') return undefined;
  return `@aws-cdk/aws-service-spec: ${shape.type} ${shape.path} causes replacement`;
}

/**
 * Every patch that writes a user's parameter into a `spec.forProvider` field AWS replaces the resource for, with
 * the XRD transition rule that keeps the parameter immutable (if any). Patches into `spec.initProvider` are
 * creation-time only and never listed.
 */
export function replacingPatches(xrd: any, composition: any): ReplacingPatch[] {
  const out: ReplacingPatch[] = [];
  for (const t of composedTemplates(composition)) {
    const key = kindKey(t.base?.apiVersion, t.base?.kind);
    if (!key) continue;
    for (const p of t.patches ?? []) {
      const target = composedTarget(p);
      if (!target?.startsWith(FOR_PROVIDER)) continue;
      const because = replacementReason(key, target.slice(FOR_PROVIDER.length));
      if (!because) continue;
      for (const source of compositeSources(p)) {
        const parameter = userField(source);
        if (!parameter?.startsWith('spec.parameters')) continue;
        out.push({ resource: t.name, kind: String(t.base?.kind), field: target, parameter, because, immutableBy: transitionRuleFor(xrd, parameter) });
      }
    }
  }
  return out;
}

/** The replacing patches whose parameter the XRD lets change: each a live resource a claim edit would replace. */
export function replacementEscapes(xrd: any, composition: any): ReplacingPatch[] {
  return replacingPatches(xrd, composition).filter((p) => !p.immutableBy);
}

/**
 * The transition rule (on the parameter or an object above it, in every served version) that refuses a change of
 * `parameter`: `self == oldSelf` on the field or a parent, or a rule on a parent that compares the next field down
 * with `oldSelf`.
 */
export function transitionRuleFor(xrd: any, parameter: string): string | undefined {
  const segments = parameter
    .replace(/\[[^\]]*\]/g, '')
    .split('.')
    .filter(Boolean);
  const versions: any[] = (xrd?.spec?.versions ?? []).filter((v: any) => v.served !== false);
  if (versions.length === 0) return undefined;
  let found: string | undefined;
  for (const v of versions) {
    let node = v.schema?.openAPIV3Schema;
    let rule: string | undefined;
    for (let i = 0; node && i <= segments.length && !rule; i++) {
      const next = segments[i];
      for (const r of node['x-kubernetes-validations'] ?? []) {
        const text = String(r.rule ?? '').replace(/\s+/g, ' ');
        if (/^self == oldSelf$/.test(text.trim()) || (next && new RegExp(`oldSelf\\.${next}\\b`).test(text) && new RegExp(`self\\.${next}\\b`).test(text))) {
          rule = text;
          break;
        }
      }
      if (next === undefined) break;
      node = node.properties?.[next] ?? node.items?.properties?.[next];
    }
    if (!rule) return undefined;
    found = rule;
  }
  return found;
}
