/** The XRD and the Composition as Crossplane receives them: schema, defaults, status, and the patch paths. */
import { validateObject, xrdSchemas } from '../../lib/validate';
import { checkPatchPaths } from '../../lib/validate/paths';
import * as fs from 'fs';
import * as path from 'path';
import { OPT_IN_REGIONS, REGIONS } from '../../compositions/production-network/api';
import { FLAVOURS, productionNetworkApi } from '../../compositions/production-network/index';
import { pinnedCrds } from '../../compositions/production-network/crds';

const { definition: xrd, composition, names } = productionNetworkApi('claim');
const spec = xrd.spec.versions[0].schema.openAPIV3Schema.properties.spec;
const params = spec.properties.parameters;

test('a v1 XRD with claims, foreground deletion and a default composition; no scope (1.20 has none)', () => {
  expect(xrd.apiVersion).toBe('apiextensions.crossplane.io/v1');
  expect(xrd.spec).toMatchObject({
    group: 'network.platform.example.org',
    names: { kind: 'XProductionNetwork', plural: 'xproductionnetworks' },
    claimNames: { kind: 'ProductionNetwork', plural: 'productionnetworks' },
    defaultCompositeDeletePolicy: 'Foreground',
    defaultCompositionRef: { name: composition.metadata.name },
  });
  expect(xrd.spec.scope).toBeUndefined();
  expect(xrd.spec.versions.map((v: any) => [v.name, v.served, v.referenceable])).toEqual([['v1alpha1', true, true]]);
  expect(xrd.spec.versions[0].additionalPrinterColumns.map((c: any) => c.jsonPath)).toEqual(
    expect.arrayContaining(['.status.vpcId', '.status.bastionPublicIp', '.spec.parameters.region']),
  );
});

test('every parameter of the product API, defaulted to the reference design', () => {
  expect(Object.keys(params.properties).sort()).toEqual(
    [
      'availabilityZones',
      'bastion',
      'flowLogs',
      'natGateways',
      'privateSubnetCidrs',
      'providerConfigName',
      'publicSubnetCidrs',
      'region',
      's3GatewayEndpoint',
      'storage',
      'tags',
      'vpcCidr',
    ].sort(),
  );
  const d = (path: string) => path.split('.').reduce((s: any, k) => s.properties[k], params).default;
  expect(d('region')).toBe('us-west-2');
  expect(d('vpcCidr')).toBe('10.0.0.0/16');
  expect(d('availabilityZones')).toEqual(['a', 'b']);
  expect(d('publicSubnetCidrs')).toEqual(['10.0.1.0/24', '10.0.2.0/24']);
  expect(d('privateSubnetCidrs')).toEqual(['10.0.10.0/24', '10.0.11.0/24']);
  expect(d('natGateways')).toBe('PerZone');
  expect(d('bastion.enabled')).toBe(true);
  expect(d('bastion.instanceType')).toBe('t3.micro');
  expect(d('bastion.allowedSshCidrs')).toEqual(['203.0.113.0/24']);
  expect(d('bastion.image')).toBe('AmazonLinux2023');
  expect(d('bastion.sshPublicKey')).toBeUndefined();
  expect(d('flowLogs.enabled')).toBe(true);
  expect(d('storage.deletionPolicy')).toBe('Orphan');
  expect(d('storage.logRetentionDays')).toBe(365);
  expect(d('storage.backupNoncurrentVersionDays')).toBe(90);
  expect(d('s3GatewayEndpoint')).toBe(true);
  expect(d('providerConfigName')).toBe('default');
  // Object-valued parameters default to {} so their inner defaults apply when a claim leaves them out.
  for (const o of ['bastion', 'flowLogs', 'storage']) expect(d(o)).toEqual({});
  expect(params.default).toEqual({});
  for (const [name, p] of Object.entries<any>(params.properties)) expect({ name, description: typeof p.description }).toEqual({ name, description: 'string' });
});

test('every status field of the product, declared so ToCompositeFieldPath patches are not dropped', () => {
  const status = xrd.spec.versions[0].schema.openAPIV3Schema.properties.status.properties;
  for (const f of [
    'vpcId',
    'vpcCidrBlock',
    'publicSubnetIds',
    'privateSubnetIds',
    'availabilityZones',
    'internetGatewayId',
    'natGatewayIds',
    'bastionPublicIp',
    'bastionInstanceId',
    'bastionSecurityGroupId',
    'privateSecurityGroupId',
    'logsBucketName',
    'backupBucketName',
    'flowLogId',
  ]) {
    expect(status).toHaveProperty(f);
  }
});

test('the schemas are structural: enums, not anyOf/const (Kubernetes rejects non-structural schemas)', () => {
  const text = JSON.stringify(xrd);
  expect(text).not.toMatch(/"(anyOf|oneOf|const|patternProperties)"/);
});

test.each(Object.keys(FLAVOURS))('%s: the XRD and Composition are valid objects of Crossplane 2.3 CRDs', (flavour) => {
  const api = productionNetworkApi(flavour as any);
  expect(validateObject(api.definition, { catalog: pinnedCrds() })).toEqual([]);
  expect(validateObject(api.composition, { catalog: pinnedCrds() })).toEqual([]);
  // The function inputs are validated by the functions, not the API server: check them against their CRDs here.
  for (const step of api.composition.spec.pipeline)
    expect({ step: step.step, issues: validateObject(step.input, { catalog: pinnedCrds() }) }).toEqual({ step: step.step, issues: [] });
});

test.each(Object.keys(FLAVOURS))('%s: every patch path exists in the composite schema and in the composed kind schema', (flavour) => {
  const api = productionNetworkApi(flavour as any);
  const xr = xrdSchemas(api.definition).composite.schema;
  const input = api.composition.spec.pipeline[0].input;
  const issues = checkPatchPaths(input, xr, (base) => pinnedCrds().schema(base.apiVersion, base.kind));
  expect(issues.map((i) => i.message)).toEqual([]);
  expect(input.resources.length).toBeGreaterThan(60);
});

test('the patch path check catches a misspelled path on either side', () => {
  const xr = xrdSchemas(xrd).composite.schema;
  const input = {
    resources: [
      {
        name: 'vpc',
        base: { apiVersion: 'ec2.aws.upbound.io/v1beta1', kind: 'VPC' },
        patches: [
          { type: 'FromCompositeFieldPath', fromFieldPath: 'spec.parameters.vpcCidr', toFieldPath: 'spec.forProvider.cidrBlok' },
          { type: 'FromCompositeFieldPath', fromFieldPath: 'spec.parameters.vpcCdir', toFieldPath: 'spec.forProvider.cidrBlock' },
          { type: 'ToCompositeFieldPath', fromFieldPath: 'status.atProvider.id', toFieldPath: 'status.vpcIdd' },
        ],
      },
    ],
  };
  expect(checkPatchPaths(input, xr, (b) => pinnedCrds().schema(b.apiVersion, b.kind)).map((i) => i.path)).toEqual([
    'spec.forProvider.cidrBlok',
    'spec.parameters.vpcCdir',
    'status.vpcIdd',
  ]);
});

test('the API group is a synth-time setting', () => {
  const other = productionNetworkApi('claim', 'net.acme.io');
  expect(other.definition.metadata.name).toBe('xproductionnetworks.net.acme.io');
  expect(other.composition.spec.compositeTypeRef.apiVersion).toBe('net.acme.io/v1alpha1');
  expect(JSON.stringify(other.composition)).toContain('net.acme.io/resource');
  expect(names.group).toBe('network.platform.example.org');
});

test.each(Object.keys(FLAVOURS))('%s: every base, as written, has no unknown or mistyped field for its CRD (patches fill the rest)', (flavour) => {
  const input = productionNetworkApi(flavour as any).composition.spec.pipeline[0].input;
  for (const r of input.resources) {
    // A base alone lacks what patches add (a CIDR, a region's zone), and CEL rules need the whole object: here only
    // what the base itself says is judged.
    const issues = validateObject(r.base, { catalog: pinnedCrds() }).filter((i) => i.kind !== 'cel' && i.reason !== 'FieldValueRequired');
    expect({ resource: r.name, issues }).toEqual({ resource: r.name, issues: [] });
  }
});

test('claim connection secrets: the v1 XR writes its own to crossplane-system; the namespaced XR composes one instead', () => {
  expect(composition.spec.writeConnectionSecretsToNamespace).toBe('crossplane-system');
  const namespaced = productionNetworkApi('namespaced').composition;
  expect(namespaced.spec.writeConnectionSecretsToNamespace).toBeUndefined();
  expect(namespaced.spec.pipeline[0].input.writeConnectionSecretToRef).toBeDefined();
  expect(composition.spec.pipeline[0].input.writeConnectionSecretToRef).toBeUndefined();
});

test('every value a CEL rule can read is bounded, so the API server can estimate the rules cost (CRD cost limits)', () => {
  // The API server estimates a rule's cost from maxLength, maxItems and maxProperties (apiserver
  // pkg/cel/common/schemas.go); an unbounded string or list is assumed to fill the whole request, which can push a
  // rule over the per-rule or per-CRD budget and get the XRD's CRD refused. Map keys carry no size and cost nothing.
  const unbounded: string[] = [];
  const visit = (node: any, path: string, underRule: boolean) => {
    if (!node || typeof node !== 'object') return;
    const ruled = underRule || (node['x-kubernetes-validations'] ?? []).length > 0;
    if (ruled) {
      if (node.type === 'string' && node.maxLength === undefined && node.enum === undefined) unbounded.push(`${path}: string without maxLength`);
      if (node.type === 'array' && node.maxItems === undefined) unbounded.push(`${path}: array without maxItems`);
      if (node.type === 'object' && node.additionalProperties && node.maxProperties === undefined) unbounded.push(`${path}: map without maxProperties`);
    }
    for (const [k, child] of Object.entries<any>(node.properties ?? {})) visit(child, `${path}.${k}`, ruled);
    if (node.items) visit(node.items, `${path}[*]`, ruled);
    if (typeof node.additionalProperties === 'object') visit(node.additionalProperties, `${path}[*]`, ruled);
  };
  for (const flavour of Object.keys(FLAVOURS)) {
    const schema = productionNetworkApi(flavour as any).definition.spec.versions[0].schema.openAPIV3Schema.properties.spec;
    visit(schema.properties.parameters, `${flavour}: spec.parameters`, false);
  }
  expect(unbounded).toEqual([]);
});

test('the instance type says what changing it does to a running bastion (second review 2026-12-01, item 1)', () => {
  // terraform-provider-aws ec2_instance.go resourceInstanceUpdate stops and starts the instance for a new type.
  const description: string = params.properties.bastion.properties.instanceType.description;
  expect(description).toMatch(/stops and starts the instance/);
  expect(description).toMatch(/new public address/);
  expect(description).toMatch(/architecture \(x86_64 or arm64\) cannot change/);
  expect(description).toMatch(/must be offered in the first zone/);
  // Third review 2026-12-01, finding 1: A1 and Amazon Linux 2023.
  expect(description).toMatch(/A1 types \(a1\.\*\) need image: AmazonLinux2 or an amiId: Amazon Linux 2023 does not run on A1/);
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  expect(readme).toMatch(/`bastion\.instanceType`[^]*stops and starts the bastion[^]*new public address/);
  expect(readme).toMatch(/`bastion\.instanceType` \|[^\n]*A1 types \(`a1\.\*`\) are refused unless `image: AmazonLinux2` or an `amiId` is set/);
});

describe('regions (review 2026-12-01 findings 7 and 8)', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  test('every opt-in region is accepted, and named in the region description and the README as disabled until enabled', () => {
    const description: string = params.properties.region.description;
    expect(description).toMatch(/Opt-in regions .* are disabled in an account until an administrator enables them/);
    for (const region of OPT_IN_REGIONS) {
      expect(REGIONS).toContain(region);
      expect({ region, description: description.includes(region), readme: readme.includes(`\`${region}\``) }).toEqual({
        region,
        description: true,
        readme: true,
      });
    }
  });

  test('an orphaned bucket is re-adopted only in the same region: said by the region description and the README', () => {
    expect(params.properties.region.description).toMatch(
      /orphaned by a deleted ProductionNetwork is adopted again only by one of the same namespace and name in the same region/,
    );
    expect(readme).toMatch(/adopted again only by a claim of the same\s+namespace and name in the same region/);
  });
});
