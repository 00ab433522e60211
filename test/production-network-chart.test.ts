/**
 * The cdk8s shell: `ProductionNetworkChart` holds the XRD and the Composition of one flavour. Asserted on the
 * objects first; the snapshots of both flavours are the last line of defence (the tests beside the parts and the
 * dist/ test say what matters in them).
 */
import { App, Testing } from 'cdk8s';
import { ProductionNetworkChart } from '../compositions/production-network/chart';
import { namespacedFlavourUsing } from '../compositions/production-network';

test('by default: the claim flavour, the default group and installation; the chart holds exactly its plain API objects', () => {
  const chart = new ProductionNetworkChart(Testing.app(), 'api');
  const [xrd, composition, ...rest] = Testing.synth(chart);
  expect(rest).toEqual([]);
  expect(xrd).toEqual(chart.definition);
  expect(composition).toEqual(chart.composition);
  expect(xrd.kind).toBe('CompositeResourceDefinition');
  expect(xrd.metadata.name).toBe('xproductionnetworks.network.platform.example.org');
  expect(xrd.spec.claimNames.kind).toBe('ProductionNetwork');
  expect(composition.spec.compositeTypeRef).toEqual({ apiVersion: 'network.platform.example.org/v1alpha1', kind: 'XProductionNetwork' });
  expect(JSON.stringify(composition)).toContain('default/claim/%s/%s');
});

test('props: flavour (by name or object), group and installation reach the objects', () => {
  const app = new App();
  const namespaced = new ProductionNetworkChart(app, 'ns', { flavour: 'namespaced', group: 'net.acme.io', installation: 'prod-eu' });
  expect(namespaced.definition.metadata.name).toBe('productionnetworks.m.net.acme.io');
  expect(namespaced.definition.spec.scope).toBe('Namespaced');
  expect(JSON.stringify(namespaced.composition)).toContain('prod-eu/namespaced/%s/%s');
  const perTeam = new ProductionNetworkChart(app, 'per-team', { flavour: namespacedFlavourUsing('ProviderConfig') });
  expect(perTeam.api.flavour.name).toBe('namespaced');
  expect(() => new ProductionNetworkChart(app, 'bad', { installation: 'Prod EU' })).toThrow(/not a DNS label/);
});

test.each(['claim', 'namespaced'] as const)('snapshot of the %s flavour chart', (flavour) => {
  expect(Testing.synth(new ProductionNetworkChart(Testing.app(), 'api', { flavour }))).toMatchSnapshot();
});
