/**
 * The string and number `format`s the Kubernetes API server checks on custom resources (kube-openapi's strfmt
 * registry plus the numeric formats), as ajv formats. Any other format is ignored by the API server, so
 * `structural.ts` drops it before compiling rather than letting ajv reject the schema.
 */
import type { Format } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats';

/** A Go `time.Duration` string (`90s`, `1h30m`, `-1.5h`), which is what `format: duration` means in Kubernetes. */
const goDuration = /^[-+]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$|^[-+]?0$/;

/** RFC 3339 and the variants strfmt.ParseDateTime also accepts (no zone, space separator). */
const dateTime = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;

const cidr = (s: string): boolean => {
  const [address, prefix, ...rest] = s.split('/');
  if (rest.length || prefix === undefined || !/^\d{1,3}$/.test(prefix)) return false;
  const bits = Number(prefix);
  if (fullFormats.ipv4 instanceof RegExp && fullFormats.ipv4.test(address)) return bits <= 32;
  return (fullFormats.ipv6 as RegExp).test(address) && bits <= 128;
};

const uuidOfVersion = (version: string): RegExp => new RegExp(`^[0-9a-f]{8}-?[0-9a-f]{4}-?${version}[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$`, 'i');

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
  duration: (s: string) => goDuration.test(s),
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

/** Whether the API server checks this format; unknown formats are documentation only. */
export function isKnownFormat(format: unknown): format is string {
  return typeof format === 'string' && Object.prototype.hasOwnProperty.call(kubernetesFormats, format);
}
