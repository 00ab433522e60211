/**
 * AWS's own rules over rendered provider-upjet-aws managed resources (`*.aws.upbound.io` and `*.aws.m.upbound.io`):
 * what the CRDs accept but AWS or the provider refuses at apply time. Three sources, each finding naming its own:
 *
 * - enumerations from AWS's maintained models (`@aws-cdk/aws-service-spec`, the AWS SDK v3 clients), through the
 *   field-to-shape mapping in shapes.ts and the extract in model.json;
 * - the documented rules AWS publishes no data for (documented.ts), each with its page and the date it was read;
 * - provider pitfalls (pitfalls.ts), each with its upstream issue or source.
 *
 * Generic: any composition of these kinds, no knowledge of a product.
 */
import { describeValue } from '../schema/issue';
import { DOCUMENTED_RULES, type DocumentedRule } from './documented';
import { awsModel, modelProperty, packageSource } from './model';
import { PITFALLS } from './pitfalls';
import { KIND_SHAPES, kindKey, shapeOf, type FieldShape, type KindShapes } from './shapes';

export { KIND_SHAPES, kindKey, shapeOf } from './shapes';
export { DOCUMENTED_RULES } from './documented';
export { PITFALLS } from './pitfalls';

export interface AwsFinding {
  /** The composed resource (its composition resource name, else kind and name). */
  resource: string;
  kind: string;
  /** The field, from the object's root: `spec.forProvider.instanceType`. */
  path: string;
  value: unknown;
  /** The rule's id: a documented rule, a pitfall, `aws-allowed-values` or `aws-sdk-enum`. */
  rule: string;
  message: string;
  /** Where the rule comes from: a package and shape, an AWS documentation page (with the date read), an upstream reference. */
  source: string;
}

import { ANNOTATION_EXTERNAL_NAME as EXTERNAL_NAME, ANNOTATION_RESOURCE_NAME as RESOURCE_NAME } from '../crossplane';

export function resourceLabel(r: any): string {
  return r?.metadata?.annotations?.[RESOURCE_NAME] ?? [r?.kind, r?.metadata?.name ?? r?.metadata?.generateName].filter(Boolean).join(' ');
}

/** `rule[0].applyServerSideEncryptionByDefault` → `rule[].applyServerSideEncryptionByDefault`. */
export function normalizeField(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/**
 * The mapped field a provider field path belongs to: the path itself, or the nearest mapped prefix (a tag map's
 * key, a block inside a mapped block). A reference's selector or ref (`vpcIdSelector`, `vpcSecurityGroupIdRefs`)
 * belongs to the field it resolves into (`vpcId`, `vpcSecurityGroupIds`).
 */
export function mappedField(kindShapes: KindShapes, providerPath: string): string | undefined {
  const parts = normalizeField(providerPath).split('.');
  const head = /^(.*?)(Selector|Refs?)$/.exec(parts[0]);
  if (head) {
    for (const candidate of [head[1], `${head[1]}s`]) if (candidate in kindShapes.fields) return candidate;
    return undefined;
  }
  for (let i = parts.length; i > 0; i--) {
    const prefix = parts.slice(0, i).join('.');
    if (prefix in kindShapes.fields) return prefix;
  }
  return undefined;
}

/** The values at a mapped field path (`rule[].status`), each with its concrete path (`rule[0].status`). */
function valuesAt(value: unknown, field: string): Array<[string, unknown]> {
  let found: Array<[string, unknown]> = [['', value]];
  for (const segment of field.split('.')) {
    const list = segment.endsWith('[]');
    const name = list ? segment.slice(0, -2) : segment;
    const next: Array<[string, unknown]> = [];
    for (const [at, v] of found) {
      const child = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[name] : undefined;
      if (child === undefined || child === null) continue;
      const path = at ? `${at}.${name}` : name;
      if (list && Array.isArray(child)) child.forEach((c, i) => next.push([`${path}[${i}]`, c]));
      else if (!list) next.push([path, child]);
    }
    found = next;
  }
  return found;
}

/** Per kind, the mapped fields whose model shape has an enumeration: the only ones the model rules look at. */
const enumeratedFieldsCache = new Map<string, string[]>();
function enumeratedFields(key: string, kindShapes: KindShapes): string[] {
  let fields = enumeratedFieldsCache.get(key);
  if (!fields) {
    fields = Object.entries(kindShapes.fields)
      .filter(([, declared]) => {
        const shape = shapeOf(kindShapes, declared);
        const property = shape && modelProperty(shape.type, shape.path);
        return !!property && (!!property.enum || !!property.values);
      })
      .map(([field]) => field);
    enumeratedFieldsCache.set(key, fields);
  }
  return fields;
}

function matchesKind(pattern: string, key: string): boolean {
  return pattern === '*' || pattern === key || (pattern.endsWith('/*') && key.startsWith(pattern.slice(0, -1)));
}

/** The enumeration findings of one leaf whose field maps to a model shape. */
function enumerationFinding(kindShapes: KindShapes, field: FieldShape, value: unknown): { rule: string; message: string; source: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const shape = shapeOf(kindShapes, field);
  if (!shape) return undefined;
  const property = modelProperty(shape.type, shape.path);
  if (!property) return undefined;
  if (property.enum) {
    const values = awsModel().enums[property.enum] ?? [];
    if (values.includes(value)) return undefined;
    const [pkg, name] = property.enum.split(' ');
    return {
      rule: 'aws-sdk-enum',
      message: `${describeValue(value)} is not ${property.what ?? `a value of ${name}`}${nearest(value, values)}`,
      source: `${packageSource(pkg)} ${name} (for ${shape.type} ${shape.path})`,
    };
  }
  if (property.values && !property.values.includes(value)) {
    return {
      rule: 'aws-allowed-values',
      message: `${describeValue(value)} is not one of ${property.values.map((v) => describeValue(v)).join(', ')}`,
      source: `${packageSource('@aws-cdk/aws-service-spec')} ${shape.type} ${shape.path}`,
    };
  }
  return undefined;
}

/** A hint for a near miss in a long list: values that share the part before the dot (`t3.micro` for `t3.humongous`). */
function nearest(value: string, values: string[]): string {
  if (values.length <= 12) return `: one of ${values.map((v) => describeValue(v)).join(', ')}`;
  const family = value.split('.')[0];
  const same = values.filter((v) => v.startsWith(`${family}.`));
  return same.length ? ` (${family} has ${same.slice(0, 8).join(', ')}${same.length > 8 ? ', …' : ''})` : '';
}

const documentedTargetsCache = new Map<string, Array<{ rule: DocumentedRule; field: string }>>();
function documentedTargets(key: string): Array<{ rule: DocumentedRule; field: string }> {
  let targets = documentedTargetsCache.get(key);
  if (!targets) {
    targets = DOCUMENTED_RULES.flatMap((rule) => rule.appliesTo.filter((t) => matchesKind(t.kind, key)).map((t) => ({ rule, field: t.field })));
    documentedTargetsCache.set(key, targets);
  }
  return targets;
}

/**
 * Checks every rendered resource against AWS's rules. Resources of other API groups are skipped; kinds the
 * mapping does not know still get the rules that apply to any kind (tags) and the pitfalls.
 */
export function checkAwsRules(resources: any[]): AwsFinding[] {
  const findings: AwsFinding[] = [];
  resources.forEach((r) => {
    const key = kindKey(r?.apiVersion, r?.kind);
    if (!key) return;
    const kindShapes = KIND_SHAPES[key];
    const base = { resource: resourceLabel(r), kind: r.kind };

    if (kindShapes) {
      for (const field of enumeratedFields(key, kindShapes)) {
        for (const block of ['forProvider', 'initProvider']) {
          for (const [path, value] of valuesAt(r.spec?.[block], field)) {
            const found = enumerationFinding(kindShapes, kindShapes.fields[field], value);
            if (found) findings.push({ ...base, path: `spec.${block}.${path}`, value, ...found });
          }
        }
      }
    }

    for (const { rule, field } of documentedTargets(key)) {
      const places: Array<[string, unknown]> =
        field === '@external-name'
          ? [[`metadata.annotations["${EXTERNAL_NAME}"]`, r.metadata?.annotations?.[EXTERNAL_NAME]]]
          : ['forProvider', 'initProvider'].map((b) => [`spec.${b}.${field}`, r.spec?.[b]?.[field]]);
      for (const [path, value] of places) {
        if (value === undefined || value === null) continue;
        for (const v of rule.check(value, r)) {
          findings.push({
            ...base,
            path: `${path}${v.subpath ?? ''}`,
            value: v.value,
            rule: rule.id,
            message: v.message,
            source: `${rule.source}, read ${rule.read}`,
          });
        }
      }
    }
  });

  for (const pitfall of PITFALLS) {
    for (const f of pitfall.check(resources)) {
      const r = resources[f.index];
      findings.push({ resource: resourceLabel(r), kind: r.kind, path: f.path, value: f.value, rule: pitfall.id, message: f.message, source: pitfall.source });
    }
  }
  return findings;
}

/**
 * Mapped shapes the model does not have: a kind whose CloudFormation type is gone, a field whose property path is
 * gone (renamed or removed in a package update). Each as `<kind> <field> → <Type> <Path>`.
 */
export function missingShapes(kinds: Record<string, KindShapes> = KIND_SHAPES): string[] {
  const model = awsModel();
  const missing: string[] = [];
  for (const [key, kindShapes] of Object.entries(kinds)) {
    if (kindShapes.cfn && !model.types[kindShapes.cfn]) missing.push(`${key} → ${kindShapes.cfn}`);
    for (const [field, declared] of Object.entries(kindShapes.fields)) {
      const shape = shapeOf(kindShapes, declared);
      if (shape && !modelProperty(shape.type, shape.path)) missing.push(`${key} ${field} → ${shape.type} ${shape.path}`);
    }
  }
  return missing;
}
