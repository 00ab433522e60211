/**
 * AWS's own rules (lib/aws-rules) over this product: every example and every claim of the options matrix passes
 * them for both flavours; every field the composition sets has a mapping to
 * AWS's model (the list of those without may only shrink); and no claim parameter patched into a field AWS
 * replaces the resource for can change on a live claim.
 */
import * as path from 'path';
import { readDocuments } from '../../lib/render';
import { optionMatrix } from '../../compositions/production-network/bench/claims';
import { KIND_SHAPES, kindKey } from '../../lib/aws-rules';
import { mappedField } from '../../lib/aws-rules';
import { replacementEscapes, replacingPatches } from '../../lib/aws-rules/replacement';
import { composedTemplates } from '../../lib/aws-rules/trace';
import { validateClaim } from '../../lib/validate/claim';
import { claimChecks } from '../../compositions/production-network/checks';
import { FlavourName } from '../../compositions/production-network/index';
import { api, claim, EXAMPLE_SSH_KEY } from '../support/production-network';
import { pinnedCrds } from '../../compositions/production-network/crds';

const FLAVOURS: FlavourName[] = ['claim', 'namespaced'];
const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Composed fields (`<service>/<Kind> <field>`) with no declared shape in lib/aws-rules/shapes.ts. May only shrink:
 * map a new field there (or declare why it has no AWS shape) rather than adding it here.
 */
const UNMAPPED_COMPOSED_FIELDS: string[] = [];

/** Claims beyond the options matrix that exercise what the AWS rules look at: deletion, tags, instance types. */
const EXTRA_CASES: Array<{ option: string; parameters: Record<string, unknown> }> = [
  { option: 'buckets deleted with the claim', parameters: { storage: { deletionPolicy: 'Delete' } } },
  {
    option: 'tags with every character IAM and S3 accept',
    parameters: { tags: { 'Cost Center': 'Produção 2026', 'team:owner': 'ops@example.com', 'a/b=c+d-e_f.g': 'ÅÉÎ 東京' } },
  },
  { option: 'a Graviton bastion', parameters: { bastion: { sshPublicKey: EXAMPLE_SSH_KEY, instanceType: 't4g.small' } } },
];

/** Everything validate reports for a claim, one line per issue: the claim, its render, every composed resource. */
function issues(c: any, flavour: FlavourName): string[] {
  const { definition: xrd, composition } = api(flavour);
  const report = validateClaim({ claim: c, xrd, composition, extraChecks: claimChecks, catalog: pinnedCrds() });
  return [
    ...report.claim.map((i) => `claim ${i.path}: ${i.message}`),
    ...(report.render ? [`render: ${report.render}`] : []),
    ...report.resources.flatMap((r) => r.issues.map((i) => `${r.kind} ${r.resource}: ${i.path}: ${i.message}`)),
  ];
}

describe.each(FLAVOURS)('%s flavour', (flavour) => {
  const examples = (flavour === 'claim' ? ['production-network', 'minimal', 'cost-optimized', 'high-availability'] : ['namespaced/production-network']).map(
    (f) => `examples/${f}.yaml`,
  );

  test.each(examples)('%s passes every AWS rule', (file) => {
    const [example] = readDocuments(path.join(ROOT, file));
    if (flavour === 'namespaced') expect(example.apiVersion).toMatch(/^m\./);
    expect(issues(example, flavour)).toEqual([]);
  });

  const type = { apiVersion: claim({}, { flavour }).apiVersion, kind: claim({}, { flavour }).kind };
  test.each([...optionMatrix(type).map((o) => ({ option: o.option, parameters: o.claim.spec.parameters })), ...EXTRA_CASES])(
    'options matrix: $option passes every AWS rule',
    ({ parameters }) => {
      expect(issues(claim(parameters, { flavour }), flavour)).toEqual([]);
    },
  );

  test('no claim parameter patched into a field AWS replaces the resource for can change on a live claim', () => {
    const { definition: xrd, composition } = api(flavour);
    const derived = replacingPatches(xrd, composition);
    // The list is derived from the model's replacement facts and the Composition's patches, not declared.
    expect(derived.map((p) => `${p.parameter} → ${p.resource} ${p.field}`)).toEqual(
      expect.arrayContaining([
        'spec.parameters.vpcCidr → vpc spec.forProvider.cidrBlock',
        'spec.parameters.publicSubnetCidrs[0] → subnet-public-a spec.forProvider.cidrBlock',
        'spec.parameters.availabilityZones[0] → subnet-public-a spec.forProvider.availabilityZone',
        'spec.parameters.bastion.sshPublicKey → keypair-bastion spec.forProvider.publicKey',
        'spec.parameters.region → vpc spec.forProvider.region',
      ]),
    );
    expect(replacementEscapes(xrd, composition)).toEqual([]);
  });

  test('a replacing parameter whose transition rule is removed escapes, and is reported', () => {
    const { definition, composition } = api(flavour);
    const xrd = structuredClone(definition);
    for (const v of xrd.spec.versions) {
      const vpcCidr = v.schema.openAPIV3Schema.properties.spec.properties.parameters.properties.vpcCidr;
      vpcCidr['x-kubernetes-validations'] = (vpcCidr['x-kubernetes-validations'] ?? []).filter((r: any) => !String(r.rule).includes('oldSelf'));
    }
    expect(replacementEscapes(xrd, composition).map((p) => `${p.parameter} → ${p.resource} ${p.field}: ${p.because}`)).toEqual([
      'spec.parameters.vpcCidr → vpc spec.forProvider.cidrBlock: @aws-cdk/aws-service-spec: AWS::EC2::VPC CidrBlock causes replacement',
    ]);
  });
});

/** Every field the Composition writes into a managed resource: its bases' provider fields and external names, and its patches' targets. */
function composedFields(composition: any): Array<{ key: string; field: string }> {
  const out: Array<{ key: string; field: string }> = [];
  const leaves = (v: unknown, p: string) => {
    if (v === undefined || v === null) return;
    if (Array.isArray(v)) v.forEach((x, i) => leaves(x, `${p}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) leaves(x, p ? `${p}.${k}` : k);
    else out.push({ key: currentKey, field: p });
  };
  let currentKey = '';
  for (const t of composedTemplates(composition)) {
    const key = kindKey(t.base?.apiVersion, t.base?.kind);
    if (!key) continue;
    currentKey = key;
    for (const block of ['forProvider', 'initProvider']) leaves(t.base?.spec?.[block], '');
    if (t.base?.metadata?.annotations?.['crossplane.io/external-name'] !== undefined) out.push({ key, field: '@external-name' });
    for (const p of t.patches ?? []) {
      const to = p.toFieldPath ?? '';
      const m = /^spec\.(?:forProvider|initProvider)\.(.+)$/.exec(to);
      if (m) out.push({ key, field: m[1] });
      else if (/^metadata\.annotations\[["']?crossplane\.io\/external-name/.test(to)) out.push({ key, field: '@external-name' });
    }
  }
  return out;
}

test('every field the composition sets maps to AWS’s model or says why it has none; the unmapped list only shrinks', () => {
  const unmapped = new Set<string>();
  let fields = 0;
  for (const flavour of FLAVOURS) {
    for (const { key, field } of composedFields(api(flavour).composition)) {
      fields++;
      const kindShapes = KIND_SHAPES[key];
      const mapped = kindShapes && (field === '@external-name' ? field in kindShapes.fields : mappedField(kindShapes, field.replace(/\[[^\]]*"[^\]]*\]/g, '')));
      if (!mapped) unmapped.add(`${key} ${field.replace(/\[\d+\]/g, '[]')}`);
    }
  }
  expect(fields).toBeGreaterThan(100);
  expect([...unmapped].sort()).toEqual([...UNMAPPED_COMPOSED_FIELDS].sort());
});
