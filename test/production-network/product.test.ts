/** The product's seam: the tools recognise its XRDs by what the product defines, not by a kind's spelling. */
import { FLAVOURS, productionNetworkApi } from '../../compositions/production-network/index';
import { claimChecks } from '../../compositions/production-network/checks';
import { claimChecksFor, definesProduct } from '../../compositions/production-network/product';

test.each(Object.keys(FLAVOURS) as (keyof typeof FLAVOURS)[])(
  'the %s flavour XRD (any group) is the product: its claims get the cross-field checks',
  (flavour) => {
    const xrd = productionNetworkApi(flavour, 'net.acme.io').definition;
    expect(definesProduct(xrd)).toBe(true);
    expect(claimChecksFor(xrd)).toBe(claimChecks);
  },
);

test("another API's XRD gets no product checks, even when its kind ends the same way", () => {
  for (const kind of ['XDatabase', 'XLegacyProductionNetwork']) {
    const xrd = { apiVersion: 'apiextensions.crossplane.io/v1', kind: 'CompositeResourceDefinition', spec: { group: 'acme.io', names: { kind } } };
    expect(definesProduct(xrd)).toBe(false);
    expect(claimChecksFor(xrd)).toBeUndefined();
  }
});
