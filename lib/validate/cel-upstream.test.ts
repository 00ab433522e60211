/**
 * Every distinct CEL rule in the pinned upstream CRDs (provider-aws, provider-aws-namespaced, crossplane)
 * must compile with our Kubernetes library and evaluate to a boolean on a value shaped by its schema.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { rulesIn } from './cel';
import { compileExpression } from './cel-compile';
import { toCel } from './cel-values';
import { crdsDir } from '../../compositions/production-network/crds';

interface FoundRule {
  rule: string;
  node: any;
  where: string;
}

function rulesOfDir(dir: string): FoundRule[] {
  const found: FoundRule[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    for (const doc of parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8'))) {
      for (const version of doc.toJS()?.spec?.versions ?? []) {
        collect(version.schema?.openAPIV3Schema, `${file} ${version.name}`, found);
      }
    }
  }
  return found;
}

function collect(schema: any, where: string, found: FoundRule[]): void {
  if (!schema || typeof schema !== 'object') return;
  for (const v of schema['x-kubernetes-validations'] ?? []) found.push({ rule: v.rule, node: schema, where });
  for (const child of Object.values<any>(schema.properties ?? {})) collect(child, where, found);
  collect(schema.items, where, found);
  if (typeof schema.additionalProperties === 'object') collect(schema.additionalProperties, where, found);
}

/** A value with every declared field filled in, strings being `text` (so duration rules get a duration). */
function sample(schema: any, text: string, depth = 0): unknown {
  if (!schema || depth > 8) return text;
  if (schema.enum) return schema.enum[0];
  if (schema['x-kubernetes-int-or-string']) return 1;
  switch (schema.type) {
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [sample(schema.items, text, depth + 1)];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, s] of Object.entries<any>(schema.properties ?? {})) out[k] = sample(s, text, depth + 1);
      if (typeof schema.additionalProperties === 'object') out.key = sample(schema.additionalProperties, text, depth + 1);
      return out;
    }
    default:
      return text;
  }
}

describe('upstream CRD CEL rules', () => {
  const dirs = ['provider-aws', 'provider-aws-namespaced', 'crossplane'].map((d) => path.join(crdsDir(), d));
  const all = dirs.flatMap(rulesOfDir);
  const distinct = [...new Map(all.map((r) => [r.rule, r])).values()];

  it('finds the rules', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(distinct.length).toBeGreaterThan(20);
  });

  it.each(distinct.map((r) => [r.rule, r] as const))('%s', (_, found) => {
    const compiled = compileExpression(found.rule);
    const results = ['x', '60s'].map((text) => {
      const self = toCel(found.node, sample(found.node, text));
      return compiled.evaluate({ self, oldSelf: self });
    });
    expect(results.some((r) => typeof r === 'boolean')).toBe(true);
  });

  it('lists rules with the paths of their nodes', () => {
    const withItems = { type: 'object', properties: { a: { type: 'array', items: { 'x-kubernetes-validations': [{ rule: 'true' }] } } } };
    expect(rulesIn(withItems)).toEqual([{ path: 'a[*]', rule: { rule: 'true' } }]);
  });
});
