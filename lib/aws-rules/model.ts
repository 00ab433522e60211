/**
 * AWS's model of the resource types the rules know, as extracted from `@aws-cdk/aws-service-spec` and the AWS SDK v3
 * clients into model.json (see scripts/generate-aws-model.ts). Read on first use only: nothing is loaded by importing this module.
 */
import * as path from 'path';

export interface ModelProperty {
  /** `string`, `integer`, `boolean`, `json`, `union`, `tag`, `ref` (an object), … */
  type: string;
  required?: boolean;
  /** CloudFormation replaces the resource when this changes (`yes`), or may, depending on the value (`maybe`). */
  replaces?: 'yes' | 'maybe';
  /** The allowed values CloudFormation's model lists. */
  values?: string[];
  /** The SDK enumeration the value must be one of (a key of `AwsModel.enums`), and what its values are. */
  enum?: string;
  what?: string;
}

export interface AwsModel {
  /** The packages and versions the model was extracted from. */
  packages: Record<string, string>;
  /** CloudFormation type → flattened property path (`A.B[].C`) → property. */
  types: Record<string, Record<string, ModelProperty>>;
  /** `<package> <Enum>` → its values. */
  enums: Record<string, string[]>;
}

export const MODEL_FILE = path.join(__dirname, 'model.json');

let loaded: AwsModel | undefined;
export function awsModel(): AwsModel {
  // require, not a read of MODEL_FILE: the CLIs' bundles (scripts/cli.js) carry the extract inside them, and
  // esbuild counts it as an input, so a regenerated extract rebuilds them. Still loaded on first use only.
  return (loaded ??= require('./model.json') as AwsModel);
}

/** The property at `propertyPath` of `cfnType`, or undefined when the model has no such shape. */
export function modelProperty(cfnType: string, propertyPath: string): ModelProperty | undefined {
  return awsModel().types[cfnType]?.[propertyPath];
}

/**
 * Whether changing the value at `propertyPath` replaces the resource: `yes` when the property or any property it is
 * nested in says so, else the strongest `maybe`, else undefined (updated in place).
 */
export function replacementOf(cfnType: string, propertyPath: string): 'yes' | 'maybe' | undefined {
  const props = awsModel().types[cfnType] ?? {};
  let verdict: 'yes' | 'maybe' | undefined;
  const parts = propertyPath.split('.');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('.');
    for (const key of [prefix, prefix.replace(/\[\]$/, '')]) {
      const r = props[key]?.replaces;
      if (r === 'yes') return 'yes';
      if (r === 'maybe') verdict = 'maybe';
    }
  }
  return verdict;
}

/** Where the model's facts come from, for messages: `@aws-cdk/aws-service-spec@0.1.216`. */
export function packageSource(pkg: string): string {
  return `${pkg}@${awsModel().packages[pkg] ?? '?'}`;
}
