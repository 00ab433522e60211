/**
 * Extracts the AWS model shapes the rules need from the maintained packages into a compact JSON file: the
 * CloudFormation resource types `KIND_SHAPES` refers to, every property flattened to a path with its type, whether
 * it is required, whether changing it causes replacement and its allowed values (`@aws-cdk/aws-service-spec`), and
 * the AWS SDK v3 enumerations `SDK_ENUMS` names. Loading the packages takes most of a second (the service spec is a
 * 2.6 MB gzipped database, the EC2 client 2 MB of JavaScript); the extract loads in a few milliseconds.
 *
 * Used by `npm run aws-model` (writes lib/aws-rules/model.json) and by test/scripts/aws-model.test.ts, which proves
 * the committed file is what the installed packages give: updating a package and re-running the script updates the
 * rules. A script, not part of lib/: only it needs those packages (devDependencies).
 */
import { KIND_SHAPES, SDK_ENUMS, shapeOf } from '../lib/aws-rules/shapes';
import type { AwsModel, ModelProperty } from '../lib/aws-rules/model';

const SERVICE_SPEC = '@aws-cdk/aws-service-spec';

function versionOf(pkg: string): string {
  return require(`${pkg}/package.json`).version;
}

/** The CloudFormation types the shapes refer to, sorted. */
export function referencedTypes(): string[] {
  const types = new Set<string>();
  for (const kind of Object.values(KIND_SHAPES)) {
    if (kind.cfn) types.add(kind.cfn);
    for (const field of Object.values(kind.fields)) {
      const s = shapeOf(kind, field);
      if (s) types.add(s.type);
    }
  }
  return [...types].sort();
}

export function generateModel(): AwsModel {
  const { loadAwsServiceSpecSync } = require(SERVICE_SPEC);
  const db = loadAwsServiceSpecSync();
  const types: AwsModel['types'] = {};
  for (const cfnType of referencedTypes()) {
    const found = db.lookup('resource', 'cloudFormationType', 'equals', cfnType);
    if (found.length !== 1) throw new Error(`${SERVICE_SPEC} has no resource type ${cfnType}`);
    const properties: Record<string, ModelProperty> = {};
    flatten(db, found[0].properties, '', properties, []);
    types[cfnType] = sortKeys(properties);
  }

  const enums: AwsModel['enums'] = {};
  const packages: Record<string, string> = { [SERVICE_SPEC]: versionOf(SERVICE_SPEC) };
  for (const [shape, source] of Object.entries(SDK_ENUMS)) {
    const [type, path] = splitShape(shape);
    const property = types[type]?.[path];
    if (!property) throw new Error(`SDK_ENUMS names ${shape}, which ${SERVICE_SPEC} does not define`);
    const key = `${source.package} ${source.enum.replace(/^_/, '')}`;
    if (!enums[key]) {
      const values = require(source.package)[source.enum];
      if (!values || typeof values !== 'object') throw new Error(`${source.package} exports no enum ${source.enum}`);
      enums[key] = [...new Set(Object.values(values) as string[])].sort();
      packages[source.package] = versionOf(source.package);
    }
    property.enum = key;
    property.what = source.what;
  }
  return { packages: sortKeys(packages), types: sortKeys(types), enums: sortKeys(enums) };
}

export function splitShape(shape: string): [string, string] {
  const m = /^(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)\.(.+)$/.exec(shape);
  if (!m) throw new Error(`not a Type.Property shape: ${shape}`);
  return [m[1], m[2]];
}

/** Every property under `props` as `A.B[].C`, depth-first; a type already on the path is not entered again. */
function flatten(db: any, props: Record<string, any>, prefix: string, out: Record<string, ModelProperty>, seen: string[]): void {
  for (const [name, p] of Object.entries(props)) {
    let t = p.type;
    let suffix = '';
    while (t.type === 'array' || t.type === 'map') {
      suffix += t.type === 'array' ? '[]' : '{}';
      t = t.element;
    }
    const path = `${prefix}${name}${suffix}`;
    const entry: ModelProperty = { type: t.type };
    if (p.required) entry.required = true;
    if (p.causesReplacement === 'yes' || p.causesReplacement === 'maybe') entry.replaces = p.causesReplacement;
    if (Array.isArray(t.allowedValues)) entry.values = [...t.allowedValues];
    out[path] = entry;
    if (t.type === 'ref' && !seen.includes(t.reference.$ref)) {
      const def = db.get('typeDefinition', t.reference.$ref);
      flatten(db, def.properties ?? {}, `${path}.`, out, [...seen, t.reference.$ref]);
    }
  }
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
