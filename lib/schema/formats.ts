/**
 * The string and number `format`s the Kubernetes API server checks on custom resources (kube-openapi's strfmt
 * registry plus the numeric formats), as ajv formats. Any other format is ignored by the API server, so
 * `structural.ts` drops it before compiling rather than letting ajv reject the schema.
 */
import type { Format } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats';

/** A Go `time.Duration` string (`90s`, `1h30m`, `-1.5h`). */
const goDuration = /^[-+]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$|^[-+]?0$/;

/** kube-openapi strfmt.ParseDuration's Scala-style fallback (`3 days`, `5 minutes`, `1 wk`): unit names and their prefixes. */
const scalaDurationShape = /^\s*(?:\d+\s*[A-Za-zµ]+\s*)+$/;
const scalaUnits = [
  ['ns', 'nano'],
  ['us', 'µs', 'micro'],
  ['ms', 'milli'],
  ['s', 'sec'],
  ['m', 'min'],
  ['h', 'hr', 'hour'],
  ['d', 'day'],
  ['w', 'wk', 'week'],
];

/**
 * `format: duration` as kube-openapi's strfmt.IsDuration: a Go duration, or digits-and-unit pairs of which at
 * least one names a known unit (the last spelling of each unit also matches as a prefix: `minutes`, `hours`).
 */
function isDuration(s: string): boolean {
  if (goDuration.test(s)) return true;
  if (!scalaDurationShape.test(s)) return false;
  return [...s.matchAll(/\d+\s*([A-Za-zµ]+)/g)].some(([, raw]) => {
    const unit = raw.toLowerCase();
    return scalaUnits.some((variants) => variants.some((v, i) => unit === v || (i === variants.length - 1 && unit.startsWith(v))));
  });
}

/** RFC 3339 and the variants strfmt.ParseDateTime also accepts (no zone, space separator). */
const dateTime = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;

const cidr = (s: string): boolean => {
  const [address, prefix, ...rest] = s.split('/');
  if (rest.length || prefix === undefined || !/^\d{1,3}$/.test(prefix)) return false;
  const bits = Number(prefix);
  if (fullFormats.ipv4 instanceof RegExp && fullFormats.ipv4.test(address)) return bits <= 32;
  return (fullFormats.ipv6 as RegExp).test(address) && bits <= 128;
};

/** strfmt's UUID3 has no variant nibble check; UUID4 and UUID5 require 8, 9, a or b there. */
const uuidOfVersion = (version: string): RegExp => {
  const variant = version === '3' ? '[0-9a-f]{4}' : '[89ab][0-9a-f]{3}';
  return new RegExp(`^[0-9a-f]{8}-?[0-9a-f]{4}-?${version}[0-9a-f]{3}-?${variant}-?[0-9a-f]{12}$`, 'i');
};

export const kubernetesFormats: Record<string, Format> = {
  int32: fullFormats.int32,
  int64: fullFormats.int64,
  float: fullFormats.float,
  double: fullFormats.double,
  byte: fullFormats.byte,
  password: true,
  date: fullFormats.date,
  'date-time': (s: string) => dateTime.test(s) && !Number.isNaN(Date.parse(s.replace(' ', 'T'))),
  datetime: (s: string) => dateTime.test(s) && !Number.isNaN(Date.parse(s.replace(' ', 'T'))),
  duration: isDuration,
  uri: fullFormats.uri,
  email: fullFormats.email,
  hostname: fullFormats.hostname,
  ipv4: fullFormats.ipv4,
  ipv6: fullFormats.ipv6,
  cidr,
  mac: /^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$|^([0-9a-f]{4}\.){2}[0-9a-f]{4}$/i,
  uuid: /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i,
  uuid3: uuidOfVersion('3'),
  uuid4: uuidOfVersion('4'),
  uuid5: uuidOfVersion('5'),
  bsonobjectid: /^[0-9a-f]{24}$/i,
  hexcolor: /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i,
  rgbcolor: /^rgb\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*\)$/,
};

const NUMERIC: Record<string, string[]> = { integer: ['int32', 'int64'], number: ['float', 'double'] };

/**
 * Whether the API server checks this format for a value of this type; other formats are documentation only
 * (apiextensions-apiserver validation/formats.go StripUnsupportedFormatsPostProcessorForVersion: integers keep only
 * int32/int64, numbers only float/double, strings (or no type) only the string formats, other types none).
 */
export function isKnownFormat(format: unknown, type?: unknown): format is string {
  if (typeof format !== 'string' || !Object.prototype.hasOwnProperty.call(kubernetesFormats, format)) return false;
  if (type === 'integer' || type === 'number') return NUMERIC[type].includes(format);
  if (type !== undefined && type !== 'string') return false;
  return !Object.values(NUMERIC).flat().includes(format);
}
