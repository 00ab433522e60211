import { Float64 } from './govalue';
import { goQuote, goSprintf, formatFloatShortestFixed } from './gofmt';

// Expected strings are what Go's fmt prints (https://pkg.go.dev/fmt).
describe('goSprintf', () => {
  it.each<[string, unknown[], string]>([
    ['%s-%s', ['a', 'b'], 'a-b'],
    ['%d', [42], '42'],
    ['%v', [42], '42'],
    ['%v', [1.5], '1.5'],
    ['%v', [new Float64(1000000)], '1e+06'],
    ['%v', [new Float64(123456)], '123456'],
    ['%v', [0.00001], '1e-05'],
    ['%v', [true], 'true'],
    ['%v', [null], '<nil>'],
    ['%s', [null], '%!s(<nil>)'],
    ['%s', [5], '%!s(int64=5)'],
    ['%d', ['abc'], '%!d(string=abc)'],
    ['%d', [new Float64(5)], '%!d(float64=5)'],
    ['%q', ['a"b'], '"a\\"b"'],
    ['%q', [65], "'A'"],
    ['%05d', [42], '00042'],
    ['%-4s|', ['a'], 'a   |'],
    ['%.2f', [3.14159], '3.14'],
    ['%x', [255], 'ff'],
    ['%t', [false], 'false'],
    ['%v', [['a', 'b']], '[a b]'],
    ['%v', [{ b: 1, a: 'x' }], 'map[a:x b:1]'],
    ['%s', [['a', 1]], '[a %!s(int64=1)]'],
    ['%s-%s', ['a'], 'a-%!s(MISSING)'],
    ['%s', ['a', 'b'], 'a%!(EXTRA string=b)'],
    ['100%%', [], '100%'],
    ['%T', [1.5], 'float64'],
  ])('%s %j', (format, args, want) => expect(goSprintf(format, args)).toBe(want));
});

it('goQuote escapes like strconv.Quote', () => expect(goQuote('a\n\tb\u0001é')).toBe('"a\\n\\tb\\x01é"'));
it('formatFloatShortestFixed never uses exponents', () => {
  expect(formatFloatShortestFixed(1e21)).toBe('1000000000000000000000');
  expect(formatFloatShortestFixed(1e-7)).toBe('0.0000001');
  expect(formatFloatShortestFixed(2.5)).toBe('2.5');
});

describe('explicit argument indexes (Go fmt: "%[n]verb")', () => {
  test('select arguments by 1-based index, repeat and reorder them', () => {
    expect(goSprintf('%[2]s-%[1]s-%[2]s', ['a', 'b'])).toBe('b-a-b');
  });
  test('continue with the argument after the indexed one', () => {
    expect(goSprintf('%[2]s %s', ['a', 'b', 'c'])).toBe('b c');
  });
  test('do not report unused arguments once an index is used', () => {
    expect(goSprintf('%[1]s', ['a', 'b'])).toBe('a');
  });
  test('an index out of range is BADINDEX', () => {
    expect(goSprintf('%[3]s', ['a'])).toBe('%!s(BADINDEX)');
    expect(goSprintf('%[0]d', [1])).toBe('%!d(BADINDEX)');
  });
  test('an index before the precision applies to the verb', () => {
    expect(goSprintf('%.[2]s|%[1]s', ['abc', 'xyz'])).toBe('|abc');
    expect(goSprintf('%[1].2s', ['abc'])).toBe('%!s(BADINDEX)');
  });
  test('precision 0 prints nothing of a string (used to gate a combine on a field)', () => {
    expect(goSprintf('%s/%s%.0s', ['ns', 'name', 'ssh-ed25519 AAAA'])).toBe('ns/name');
  });
});

// k8s.io/apimachinery util/json makes a number an int64 only when json.Number.Int64() succeeds.
test('a whole number beyond int64 is a float64', () => {
  expect(goSprintf('%v', [1e300])).toBe('1e+300');
  expect(goSprintf('%v', [2 ** 62])).toBe('4611686018427387904');
});
