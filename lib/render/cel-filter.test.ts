import { runCelFilter } from './cel-filter';
import { emptyState, type FunctionRequest } from './function-io';

function request(filters: { name: string; expression: string }[]): FunctionRequest {
  const observed = emptyState();
  observed.composite = { resource: { spec: { bastion: { enabled: false }, zones: 2, name: 'n' } } };
  observed.resources.set('bucket-logs', { resource: { kind: 'Bucket' }, connectionDetails: { user: 'admin' } });
  const desired = emptyState();
  for (const name of ['bastion', 'bastion-key', 'bucket-logs', 'vpc']) desired.resources.set(name, { resource: { kind: name } });
  return { observed, desired, context: { 'example/flag': true }, input: { apiVersion: 'cel.fn.crossplane.io/v1beta1', kind: 'Filters', filters } };
}

const kept = (filters: { name: string; expression: string }[]) => {
  const rsp = runCelFilter(request(filters));
  expect(rsp.results).toEqual([]);
  return [...rsp.desired.resources.keys()];
};

// Behaviour of function-cel-filter fn.go: anchored names, unnamed resources kept, any false filter drops.
describe('cel-filter', () => {
  it('drops resources whose filter is false', () =>
    expect(kept([{ name: 'bastion.*', expression: 'observed.composite.resource.spec.bastion.enabled == true' }])).toEqual(['bucket-logs', 'vpc']));
  it('keeps resources whose filter is true', () =>
    expect(kept([{ name: 'bastion', expression: 'observed.composite.resource.spec.zones == 2' }])).toEqual(['bastion', 'bastion-key', 'bucket-logs', 'vpc']));
  it('anchors names', () => expect(kept([{ name: 'bastion', expression: 'false' }])).toEqual(['bastion-key', 'bucket-logs', 'vpc']));
  it('reads desired, observed connection details and context', () => {
    expect(kept([{ name: 'vpc', expression: "desired.resources['vpc'].resource.kind == 'vpc'" }])).toContain('vpc');
    expect(kept([{ name: 'vpc', expression: "observed.resources['bucket-logs'].connection_details['user'] == b'admin'" }])).toContain('vpc');
    expect(kept([{ name: 'vpc', expression: "context['example/flag'] && has(observed.composite.resource.spec.name)" }])).toContain('vpc');
  });
  it('a filter that errors is fatal', () => {
    const rsp = runCelFilter(request([{ name: 'vpc', expression: "observed.resources['nope'].resource.kind == 'x'" }]));
    expect(rsp.results).toHaveLength(1);
    expect(rsp.results[0].severity).toBe('Fatal');
    expect(rsp.results[0].message).toMatch(/^cannot evaluate CEL expression .* for filter 0: cannot evaluate CEL program/);
    expect([...rsp.desired.resources.keys()]).toHaveLength(4);
  });
  it('a non-boolean expression is fatal, as cel-go type-checking makes it', () => {
    const rsp = runCelFilter(request([{ name: 'vpc', expression: 'observed.composite.resource.spec.bastion.enabled' }]));
    expect(rsp.results[0].message).toMatch(/must return a boolean, but will return dyn instead/);
  });
  it('a syntax error is fatal', () =>
    expect(runCelFilter(request([{ name: 'vpc', expression: '1 +' }])).results[0].message).toMatch(/cannot parse expression/));
  it('an expression compiled once answers for the state of each request, and a bad one fails every time', () => {
    const expression = 'observed.composite.resource.spec.zones == 2';
    const req = (zones: number) => {
      const r = request([{ name: 'vpc', expression }]);
      r.observed.composite.resource.spec.zones = zones;
      return r;
    };
    expect([...runCelFilter(req(2)).desired.resources.keys()]).toContain('vpc');
    expect([...runCelFilter(req(3)).desired.resources.keys()]).not.toContain('vpc');
    expect([...runCelFilter(req(2)).desired.resources.keys()]).toContain('vpc');
    for (let i = 0; i < 2; i++) expect(runCelFilter(request([{ name: 'vpc', expression: '1 +' }])).results[0].message).toMatch(/cannot parse expression/);
  });
  it('a bad name regexp is fatal', () =>
    expect(runCelFilter(request([{ name: '(', expression: 'true' }])).results[0].message).toMatch(/^cannot compile regular expression "\^\(\$" for filter 0/));
});

describe('filter names', () => {
  // Literal names are looked up instead of compiled; the answer must be the anchored RE2's, name for name.
  const names = ['bastion', 'bastion-key', 'bucket-logs', 'vpc'];
  const dropped = (name: string) => {
    const all = runCelFilter(request([{ name, expression: 'false' }]));
    expect(all.results).toEqual([]);
    return names.filter((n) => !all.desired.resources.has(n));
  };
  it.each([
    ['bastion', ['bastion']],
    ['^bastion$', ['bastion']],
    ['^(bastion|vpc)$', ['bastion', 'vpc']],
    ['(bastion-key|nope)', ['bastion-key']],
    ['bastion.*', ['bastion', 'bastion-key']],
    ['bastion|vpc', ['bastion', 'bastion-key', 'vpc']], // ^bastion|vpc$ is (^bastion)|(vpc$): bastion-key too
    ['(bastion|)', ['bastion']],
    ['b[a-z]+', ['bastion', 'bucket-logs'].filter((n) => /^b[a-z]+$/.test(n))],
  ])('%s drops %j', (name, expected) => expect(dropped(name)).toEqual(expected));
  it('an unbalanced group is still a compile error', () =>
    expect(runCelFilter(request([{ name: '(bastion', expression: 'true' }])).results[0].message).toMatch(/cannot compile regular expression/));
});
