/**
 * What the provider's engine and AWS would refuse on a real account, and the choices that avoid it (issue 11):
 * names unique beyond one cluster, a Delete that finishes, the flow log after the bucket policy, an XR created
 * without a claim. docs/apply-time.md says what each rests on upstream.
 */
import { auditClaim } from '../../lib/audit';
import { claimToComposite, render } from '../../lib/render';
import { ANNOTATION_RESOURCE_NAME } from '../../lib/crossplane';
import { renderConverged } from '../../lib/simulate/converge';
import { simulateObserved } from '../../lib/simulate/upjet';
import { isValid, validateClaim } from '../../lib/validate/claim';
import { DEFAULT_GROUP, derivedName, FlavourName, productionNetworkApi, ProductionNetworkApi } from '../../compositions/production-network/index';
import { api, claim, EXAMPLE_SSH_KEY } from '../support/production-network';

import { ANNOTATION_EXTERNAL_NAME as EXTERNAL_NAME } from '../../lib/crossplane';
import { pinnedCrds } from '../../compositions/production-network/crds';
const nameOf = (r: any) => r.metadata.annotations[ANNOTATION_RESOURCE_NAME];

/** Every AWS name the composition chooses rather than AWS: external names, and the names other objects use. */
function derivedNames(resources: any[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of resources) {
    const external = r.metadata.annotations?.[EXTERNAL_NAME];
    if (external) out[nameOf(r)] = external;
  }
  for (const r of resources) {
    const f = r.spec?.forProvider ?? {};
    if (r.kind === 'Instance')
      Object.assign(out, {
        'bastion.keyName': f.keyName,
        'bastion.iamInstanceProfile': f.iamInstanceProfile,
        'bastion.launchTemplate': f.launchTemplate?.name,
      });
    if (r.kind === 'LaunchTemplate') out['launch-template-bastion.name'] = f.name;
    if (r.kind === 'FlowLog') out['flow-log.logDestination'] = f.logDestination;
  }
  return out;
}

function converge(a: ProductionNetworkApi, input: any, accountId?: string) {
  const composite = claimToComposite(input, a.definition);
  const out = renderConverged({ composite, composition: a.composition }, { accountId });
  if (out.fatal) throw new Error(out.fatal.message);
  return out;
}

const withKey = (flavour: FlavourName, name = 'production', namespace = 'team-platform') =>
  claim({ bastion: { sshPublicKey: EXAMPLE_SSH_KEY } }, { flavour, name, namespace });

describe.each(['claim', 'namespaced'] as FlavourName[])('%s flavour: derived names', (flavour) => {
  const a = api(flavour);
  const names = derivedNames(converge(a, withKey(flavour)).resources);

  test('every role has a derived name, and the composition computes exactly what derivedName does', () => {
    const scope = { flavour, namespace: 'team-platform', name: 'production' };
    const bastion = derivedName(scope, 'bastion');
    const bucket = (role: string) => derivedName({ ...scope, account: '123456789012' }, role);
    expect(names).toEqual({
      'keypair-bastion': bastion,
      'role-bastion': bastion,
      'profile-bastion': bastion,
      'bastion.keyName': bastion,
      'bastion.iamInstanceProfile': bastion,
      'bastion.launchTemplate': bastion,
      'launch-template-bastion.name': bastion,
      'bucket-logs': bucket('logs'),
      'bucket-backup': bucket('backup'),
      'flow-log.logDestination': `arn:aws:s3:::${bucket('logs')}`,
    });
  });

  test('the same claim in two AWS accounts gets different bucket names (and the same IAM names: those are per account)', () => {
    const other = derivedNames(converge(a, withKey(flavour), '999988887777').resources);
    for (const role of ['bucket-logs', 'bucket-backup', 'flow-log.logDestination']) expect(other[role]).not.toBe(names[role]);
    for (const role of ['role-bastion', 'profile-bastion', 'keypair-bastion']) expect(other[role]).toBe(names[role]);
  });

  test('two installations get different names for every derived name', () => {
    const elsewhere = productionNetworkApi(flavour, DEFAULT_GROUP, 'prod-eu');
    const other = derivedNames(converge(elsewhere, withKey(flavour)).resources);
    expect(Object.keys(other).sort()).toEqual(Object.keys(names).sort());
    for (const [role, value] of Object.entries(other)) expect(`${role}: ${value}`).not.toBe(`${role}: ${names[role]}`);
  });

  test('re-rendering is stable: the same claim, account and installation give the same names', () => {
    expect(derivedNames(converge(api(flavour), withKey(flavour)).resources)).toEqual(names);
  });

  test('the bucket is composed only once the account id is known (its name depends on it)', () => {
    const first = render({ composite: claimToComposite(withKey(flavour), a.definition), composition: a.composition });
    expect(first.resources.map(nameOf)).not.toContain('bucket-logs');
    expect(first.resources.map(nameOf)).toContain('vpc');
  });
});

test('the claim and the namespaced flavour of one namespace/name get different names for every derived name', () => {
  const claimNames = derivedNames(converge(api('claim'), withKey('claim')).resources);
  const namespacedNames = derivedNames(converge(api('namespaced'), withKey('namespaced')).resources);
  for (const [role, value] of Object.entries(claimNames)) expect(`${role}: ${namespacedNames[role]}`).not.toBe(`${role}: ${value}`);
});

test('an installation that is not a DNS label is refused', () => {
  expect(() => productionNetworkApi('claim', undefined, 'Prod/EU')).toThrow(/installation "Prod\/EU" is not a DNS label/);
});

describe.each(['claim', 'namespaced'] as FlavourName[])('%s flavour: storage.deletionPolicy', (flavour) => {
  const buckets = (deletionPolicy: string) =>
    converge(api(flavour), claim({ storage: { deletionPolicy } }, { flavour })).resources.filter((r) => r.kind === 'Bucket');

  test('Delete force-destroys both buckets, so the deletion of a versioned bucket with logs finishes', () => {
    const deleted = buckets('Delete');
    expect(deleted.map(nameOf).sort()).toEqual(['bucket-backup', 'bucket-logs']);
    for (const b of deleted) expect(b.spec.forProvider.forceDestroy).toBe(true);
  });

  test('Orphan never force-destroys', () => {
    for (const b of buckets('Orphan')) expect(b.spec.forProvider.forceDestroy).toBe(false);
  });
});

describe.each(['claim', 'namespaced'] as FlavourName[])('%s flavour: the flow log and the logs bucket policy', (flavour) => {
  const a = api(flavour);
  const composite = claimToComposite(claim({}, { flavour }), a.definition);
  const converged = renderConverged({ composite, composition: a.composition });

  test('the flow log is composed only once the logs bucket policy exists, so the project policy is the one on the bucket', () => {
    const observedAll = simulateObserved(converged.resources);
    const withoutPolicy = observedAll.filter((r) => nameOf(r) !== 'bucket-logs-policy' && nameOf(r) !== 'flow-log');
    const status = { ...converged.composite.status };
    delete status.logsBucketPolicyId;
    delete status.flowLogId;
    const before = render({ composite: { ...composite, status }, composition: a.composition, observed: withoutPolicy });
    expect(before.resources.map(nameOf)).toContain('bucket-logs-policy');
    expect(before.resources.map(nameOf)).not.toContain('flow-log');
    expect(converged.resources.map(nameOf)).toContain('flow-log');
  });
});

describe('a cluster-scoped XR created without a claim (Crossplane 1.x allows it)', () => {
  const a = api('claim');
  const xr = {
    apiVersion: `${a.names.group}/v1alpha1`,
    kind: a.names.kind,
    metadata: { name: 'shared-services' },
    spec: { parameters: { bastion: { sshPublicKey: EXAMPLE_SSH_KEY } } },
  };

  test('gets every derived name from its own name, distinct from any claim', () => {
    const names = derivedNames(converge(a, xr).resources);
    const scope = { flavour: 'claim' as const, namespace: '', name: 'shared-services' };
    expect(names['bucket-logs']).toBe(derivedName({ ...scope, account: '123456789012' }, 'logs'));
    expect(names['role-bastion']).toBe(derivedName(scope, 'bastion'));
    expect(names['bastion.iamInstanceProfile']).toBe(names['profile-bastion']);
    expect(names['role-bastion']).not.toBe(derivedName({ flavour: 'claim', namespace: 'default', name: 'shared-services' }, 'bastion'));
    const vpc = converge(a, xr).resources.find((r) => nameOf(r) === 'vpc');
    expect(vpc?.spec.forProvider.tags.Name).toBe('shared-services-vpc');
  });

  test('validate and audit agree: both accept it', () => {
    const report = validateClaim({ claim: xr, xrd: a.definition, composition: a.composition, catalog: pinnedCrds() });
    expect(isValid(report)).toBe(true);
    const audit = auditClaim(xr, { xrd: a.definition, composition: a.composition });
    expect(audit.report.controls.filter((c: any) => c.outcome === 'FAIL').map((c: any) => c.id)).toEqual([]);
  });
});

describe.each(['claim', 'namespaced'] as FlavourName[])('Amazon Linux 2 past its end of support (%s flavour, review 2026-12-01 finding 5)', (flavour) => {
  const a = api(flavour);
  const os1 = (parameters: Record<string, unknown>) => {
    const audit = auditClaim(claim(parameters, { flavour }), { xrd: a.definition, composition: a.composition });
    return { report: audit.report, os1: audit.report.controls.find((c: any) => c.id === 'OS.1')! };
  };

  test('the audit reports it as an accepted exception that names the end of support, and does not fail', () => {
    const { report, os1: control } = os1({ bastion: { image: 'AmazonLinux2' } });
    expect(control.outcome).toBe('EXCEPTION');
    expect(control.resources[0].reason).toMatch(/Amazon Linux 2 reached its end of support on 2026-06-30/);
    expect(control.resources[0].reason).toMatch(/move to a supported image \(Amazon Linux 2023\)/);
    expect(report.failed).toBe(false);
    // Still a valid claim: existing claims on it keep working.
    expect(
      isValid(
        validateClaim({
          claim: claim({ bastion: { image: 'AmazonLinux2' } }, { flavour }),
          xrd: a.definition,
          composition: a.composition,
          catalog: pinnedCrds(),
        }),
      ),
    ).toBe(true);
  });

  test('Amazon Linux 2023 passes; a pinned AMI cannot be judged offline', () => {
    expect(os1({}).os1.outcome).toBe('PASS');
    expect(os1({ bastion: { amiId: 'ami-0123456789abcdef0' } }).os1.outcome).toBe('N/A');
  });

  test("the image parameter's description says so", () => {
    const image = a.definition.spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.parameters.properties.bastion.properties.image;
    expect(image.description).toMatch(/AmazonLinux2 reached its end of support on 2026-06-30.*stays selectable.*audit reports it/);
  });
});

/**
 * Third review 2026-12-01, finding 3: the bastion's launch template never moves its default version, so a bastion
 * the provider relaunches (after a termination outside Crossplane) comes from version 1. Both documents say so,
 * with the way to pick up template changes.
 */
describe.each(['claim', 'namespaced'] as FlavourName[])('%s flavour: a relaunched bastion uses template version 1', (flavour) => {
  const { renderNetwork } = require('../support/production-network');
  test('the Instance pins $Default and the template never moves its default version', () => {
    const rendered = renderNetwork(claim({ bastion: { sshPublicKey: EXAMPLE_SSH_KEY }, tags: { Team: 'x' } }, { flavour }), flavour);
    expect(rendered.get('bastion').spec.forProvider.launchTemplate.version).toBe('$Default');
    const template = rendered.get('launch-template-bastion').spec.forProvider;
    expect(template.updateDefaultVersion).toBeUndefined();
    expect(template.defaultVersion).toBeUndefined();
  });
});

test('the README and this page say what a relaunch from version 1 means and how to pick up template changes', () => {
  const root = require('path').join(__dirname, '..', '..');
  const read = (f: string) => require('fs').readFileSync(require('path').join(root, f), 'utf8').replace(/\s+/g, ' ');
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## What could still stop a claim on a real account'), readme.indexOf('## Design'));
  expect(section).toMatch(/terminated outside Crossplane .* launched again by the provider from version 1/);
  expect(section).toMatch(/To pick up template changes, disable and re-enable the bastion/);
  const page = read('docs/apply-time.md');
  expect(page).toMatch(/terminated outside Crossplane[^.]*version 1/);
  expect(page).toMatch(/disables? and re-enables? the bastion[^.]*picks? up/i);
});
