import * as path from 'path';
import { parse, parseAllDocuments } from 'yaml';
import { manifestsToYaml } from '../../cli/manifest-yaml';
import { runRenderCli } from '../../cli/render';

const ROOT = path.resolve(__dirname, '..', '..');
/** Both YAML versions a manifest may be read with: 1.2 (kubectl, yaml v3) and 1.1 (Go's yaml.v2, PyYAML). */
const readBack = (text: string) =>
  (['1.1', '1.2'] as const).map((version) => parseAllDocuments(text, { version }).map((d) => (expect(d.errors).toEqual([]), d.toJS())));

describe('manifest YAML', () => {
  const tricky = [
    '',
    ' leading space',
    'trailing space ',
    'yes',
    'no',
    'on',
    'off',
    'y',
    'N',
    'true',
    'False',
    'null',
    '~',
    '0',
    '0755',
    '0x1F',
    '1e3',
    '.5',
    '-1',
    '+1',
    '1_000',
    '1:20',
    '.inf',
    '.NaN',
    '2024-01-01',
    '2024-01-01T00:00:00Z',
    '=',
    '<<',
    '- item',
    '? key',
    ': colon',
    'a: b',
    'ends with colon:',
    'has # hash',
    '#comment',
    '&anchor',
    '*alias',
    '!tag',
    '%directive',
    '@at',
    '`tick',
    '[flow]',
    '{flow}',
    '"quoted"',
    "'single'",
    '|pipe',
    '>fold',
    'tab\there',
    'multi\nline',
    'multi\nline\n',
    'multi\nline\n\n',
    '\nstarts with newline',
    '  indented\nsecond',
    'line\n  indented second\n',
    'cr\r\nlf',
    'unicode ü – 日本',
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA ops@example.com',
    'arn:aws:s3:::bucket/*',
    '${AWS::Region}',
    '10.0.0.0/16',
    'us-west-2a',
    '#!/bin/bash\nset -euo pipefail\necho "hi" >> /var/log/x\n',
  ];

  test('every string reads back as the same string, in YAML 1.1 and 1.2, as a value, a key and a list item', () => {
    const doc = { values: Object.fromEntries(tricky.map((s, i) => [`k${i}`, s])), keys: Object.fromEntries(tricky.map((s) => [s, s])), list: tricky };
    for (const [back] of [readBack(manifestsToYaml([doc]))[0], readBack(manifestsToYaml([doc]))[1]]) expect(back).toEqual(doc);
  });

  test('numbers, booleans, null, empty and nested collections keep their types and shape', () => {
    const doc = { a: 1, b: -2.5, c: 1e21, d: true, e: false, f: null, g: [], h: {}, i: [[1, [2]], { x: [{ y: {} }] }], j: [{ name: 'a', v: [1] }, {}] };
    for (const [back] of readBack(manifestsToYaml([doc]))) expect(back).toEqual(doc);
  });

  test('render prints each example exactly as its JSON output, in block style', () => {
    for (const example of ['examples/production-network.yaml', 'examples/high-availability.yaml', 'examples/namespaced/production-network.yaml']) {
      const out = (format: string) => {
        let stdout = '';
        expect(runRenderCli(['--simulate', '--format', format, example], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: ROOT, root: ROOT })).toBe(0);
        return stdout;
      };
      const yamlText = out('yaml');
      for (const docs of readBack(yamlText)) expect(docs).toEqual(JSON.parse(out('json')));
      expect(yamlText).toMatch(/^---\napiVersion: \S+\nkind: X?ProductionNetwork\nmetadata:\n {2}name: /);
    }
  });

  test('a bastion user-data script is a literal block, readable in review', () => {
    const text = manifestsToYaml([{ spec: { userData: '#!/bin/bash\nset -e\necho ok\n' } }]);
    expect(text).toBe('---\nspec:\n  userData: |\n    #!/bin/bash\n    set -e\n    echo ok\n');
    expect(parse(text.slice(4))).toEqual({ spec: { userData: '#!/bin/bash\nset -e\necho ok\n' } });
  });
});
