import { parse, plan, celEnv } from '@bufbuild/cel';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { tests as parsingTests } from '@bufbuild/cel-spec/testdata/parsing.js';
import { encode, entryName, fromCache, parseThroughDisk } from './cel-ast';

/** Every expression of cel-spec's parser conformance suite that parses, and constants JSON cannot hold as such. */
const corpus = [
  ...(parsingTests.tests ?? []).map((t: any) => t.original.expr as string),
  '-0.0',
  '1e999',
  '-1e999',
  '9223372036854775807',
  '-9223372036854775808',
  '18446744073709551615u',
  "b'\\x00\\xff' == bytes('abc')",
  "{'a': 1, 2u: [b'x', -0.0]}.exists(k, k == 'a') && self.all(x, x.matches('^[a-z]+$'))",
].filter((text) => {
  try {
    parse(text);
    return true;
  } catch {
    return false;
  }
});

describe('parsed CEL kept on disk', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-cel-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('an entry holds exactly what the parser gives: int64, uint64, bytes, -0 and infinite doubles included', () => {
    expect(corpus.length).toBeGreaterThan(100);
    for (const text of corpus) expect(fromCache(encode(text, parse(text)), text)).toEqual(parse(text));
  });

  test('a parse read back evaluates as the fresh one', () => {
    const env = celEnv();
    for (const text of ['1 + 2 == 3', "b'\\xff'.size() == 1", '-9223372036854775808 < 0', "'abc'.matches('^a')"]) {
      const back = fromCache(encode(text, parse(text)), text)!;
      expect(plan(env, back)({})).toEqual(plan(env, parse(text))({}));
    }
  });

  test('is written on the first parse and read on the next; another text or parser version has its own entry', () => {
    const text = "self.size() <= 2 && self.all(z, z in ['a', 'b', 'c'])";
    expect(parseThroughDisk(text, dir, '1.0.0')).toEqual(parse(text));
    const file = path.join(dir, entryName(text, '1.0.0'));
    expect(fs.existsSync(file)).toBe(true);
    // Proof that the entry is what is read: a tree planted under the name is returned.
    const planted = parse('true');
    fs.writeFileSync(file, encode(text, planted));
    expect(parseThroughDisk(text, dir, '1.0.0')).toEqual(planted);
    expect(entryName(text, '1.0.1')).not.toBe(entryName(text, '1.0.0'));
    expect(entryName(`${text} `, '1.0.0')).not.toBe(entryName(text, '1.0.0'));
    expect(parseThroughDisk(text, dir, '1.0.1')).toEqual(parse(text));
  });

  test('a corrupt entry, or one made from another text, is ignored and replaced', () => {
    const text = 'self.startsWith("a")';
    const file = path.join(dir, entryName(text, 'v'));
    for (const bad of ['{"text": "self.startsWith(\\"a\\")", "parsed": {"expr": ', 'garbage', encode('other', parse('other')), '{}']) {
      fs.writeFileSync(file, bad);
      expect(parseThroughDisk(text, dir, 'v')).toEqual(parse(text));
      expect(fromCache(fs.readFileSync(file, 'utf8'), text)).toEqual(parse(text));
    }
  });

  test('without a cache directory or parser version nothing is written, and a syntax error still throws', () => {
    expect(parseThroughDisk('1 + 1', undefined, 'v')).toEqual(parse('1 + 1'));
    expect(parseThroughDisk('1 + 1', dir, undefined)).toEqual(parse('1 + 1'));
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(() => parseThroughDisk('1 +', dir, 'v')).toThrow();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
