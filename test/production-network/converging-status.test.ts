/**
 * The XR's status while its resources converge (issue 11 item 8). Status list fields are written one index at a
 * time (`publicSubnetIds[1]` from subnet b); when index 1 is observed before index 0 the write pads the list with
 * null (crossplane-runtime v2.1.0 pkg/fieldpath/paved.go, prepareField/prepareElement: `make([]any, n+1)`), and
 * the API server would refuse a status whose string items are null, so the whole status write would fail until
 * every subnet has an id. Rendered here with every subset of observed subnets, NAT gateways and bastion, and the
 * status validated against the XRD.
 */
import { claimToComposite, render } from '../../lib/render';
import { ANNOTATION_RESOURCE_NAME } from '../../lib/crossplane';
import { renderConverged } from '../../lib/simulate/converge';
import { simulateObserved } from '../../lib/simulate/upjet';
import { validateAgainstXrd } from '../../lib/validate';
import { FlavourName } from '../../compositions/production-network/index';
import { api, claim, EXAMPLE_SSH_KEY } from '../support/production-network';

const subsets = <T>(items: T[]): T[][] => items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);

describe.each(['claim', 'namespaced'] as FlavourName[])('%s flavour: the status at every stage of convergence', (flavour) => {
  const a = api(flavour);
  const composite = claimToComposite(claim({ bastion: { sshPublicKey: EXAMPLE_SSH_KEY } }, { flavour }), a.definition);
  const converged = renderConverged({ composite, composition: a.composition });
  const observedAll = simulateObserved(converged.resources);
  const nameOf = (r: any) => r.metadata.annotations[ANNOTATION_RESOURCE_NAME];
  const SUBNETS = ['subnet-public-a', 'subnet-public-b', 'subnet-private-a', 'subnet-private-b'];
  const NATS = ['nat-a', 'nat-b'];

  test('the offline render pads a list written at index 1 first with null, as upstream does', () => {
    const observed = observedAll.filter((r) => nameOf(r) !== 'subnet-public-a');
    const out = render({ composite, composition: a.composition, observed });
    expect(out.composite.status.publicSubnetIds).toEqual([null, expect.stringMatching(/^subnet-/)]);
  });

  test('every subset of observed subnets, NAT gateways and bastion gives a status the XRD accepts', () => {
    const problems: string[] = [];
    for (const subnets of subsets(SUBNETS))
      for (const nats of subsets(NATS))
        for (const bastion of [[], ['bastion']]) {
          const present = new Set([...subnets, ...nats, ...bastion]);
          const observed = observedAll.filter((r) => ![...SUBNETS, ...NATS, 'bastion'].includes(nameOf(r)) || present.has(nameOf(r)));
          const out = render({ composite, composition: a.composition, observed });
          const issues = validateAgainstXrd(out.composite, a.definition).filter((i) => i.path.startsWith('status'));
          if (issues.length) problems.push(`${[...present].join(',') || 'none'}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
        }
    expect(problems).toEqual([]);
  });
});
