/**
 * Upstream's RunFunction table as data: crossplane-contrib/function-cel-filter fn_test.go (TestRunFunction, the fn
 * proto v1 revision), run through `runCelFilter`. Case names, requests and expected responses are upstream's,
 * translated from the fn proto by ./upstream-proto (response meta ignored).
 */
import { runCelFilter } from './cel-filter';
import { canonical, fromResponse, toRequest, type PbRequest, type PbResponse } from './upstream-proto';

const cases: Record<string, { reason: string; req: PbRequest; want: PbResponse }> = {
  EmptyFiltersDoesNothing: {
    reason: 'The function should return all desired resources if there are no filters',
    req: { input: { apiVersion: 'filters.cel.crossplane.io/v1beta1', kind: 'Filters' } },
    want: {},
  },
  BasicFilter: {
    reason: 'If the filter name matches a resource, it should only be included if the CEL expression evaluates to true',
    req: {
      input: {
        apiVersion: 'filters.cel.crossplane.io/v1beta1',
        kind: 'Filters',
        filters: [
          { name: 'matching-.*', expression: 'observed.composite.resource.spec.watchers == 42' },
          { name: 'matching-.*', expression: 'observed.composite.resource.spec.widgets == 88' },
        ],
      },
      observed: { composite: { resource: { spec: { watchers: 42, widgets: 42 } } } },
      desired: { resources: { 'matching-resource-a': {}, 'matching-resource-b': {}, 'non-matching-resource': {} } },
    },
    want: { desired: { resources: { 'non-matching-resource': {} } } },
  },
};

describe('upstream function-cel-filter fn_test.go TestRunFunction', () => {
  it.each(Object.entries(cases))('%s', (_name, c) => {
    expect(fromResponse(runCelFilter(toRequest(c.req)))).toEqual(canonical(c.want));
  });
});
