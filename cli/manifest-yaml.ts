/**
 * YAML for manifests, written directly: `render` prints some sixty objects, and building the `yaml` library's
 * document model for them was a third of a render's start-up. Manifests are plain data (maps, lists, strings,
 * numbers, booleans, null), so block style with two-space indentation is all that is needed. A string is written
 * plain only when it cannot be read back as anything else (a conservative character set, and not a word or number
 * YAML 1.1 or 1.2 would resolve to another type); otherwise it is double-quoted as JSON, which is valid YAML, or, when
 * it has several lines, as a literal block. The tests read every output back with the `yaml` parser.
 */

/** One document per object, each starting with `---`. */
export function manifestsToYaml(docs: unknown[]): string {
  return docs.map((d) => `---\n${node(d, 0)}`).join('');
}

function node(value: unknown, indent: number): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return `${pad}[]\n`;
    return value.map((item) => `${pad}-${inline(item, indent + 2, true)}`).join('');
  }
  if (isMap(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined);
    if (keys.length === 0) return `${pad}{}\n`;
    return keys.map((k) => `${pad}${key(k)}:${inline(value[k], indent + 2, false)}`).join('');
  }
  return `${pad}${scalar(value, indent)}\n`;
}

/**
 * What follows `key:` or `-`: a scalar on the same line, or a nested collection on the following lines. A map
 * inside a list starts on the dash's line, as YAML writers do (`- name: a`).
 */
function inline(value: unknown, indent: number, inList: boolean): string {
  if (Array.isArray(value) && value.length > 0) return inList ? ` ${node(value, indent).slice(indent)}` : `\n${node(value, indent)}`;
  if (isMap(value) && Object.keys(value).some((k) => value[k] !== undefined)) {
    return inList ? ` ${node(value, indent).slice(indent)}` : `\n${node(value, indent)}`;
  }
  if (Array.isArray(value)) return ' []\n';
  if (isMap(value)) return ' {}\n';
  return ` ${scalar(value, indent)}\n`;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A plain scalar's safe characters: no indicator first, no `: ` or ` #`, nothing that needs escaping. */
const PLAIN = /^[A-Za-z0-9_./$(][A-Za-z0-9_ ./$()=+,;:@<>^~'-]*$/;
/** Words and forms YAML 1.1 or 1.2 (Go's yaml.v2 and v3, the API server's sigs.k8s.io/yaml) resolve to another type. */
const NOT_A_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+|0b[01_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|\d{4}-\d\d?-\d\d?(?:[Tt ].*)?|<<|=)$/;

function isPlain(s: string): boolean {
  return PLAIN.test(s) && !NOT_A_STRING.test(s) && !s.endsWith(' ') && !s.endsWith(':') && !s.includes(': ');
}

/** A map key: plain or double-quoted, never a block. */
function key(k: string): string {
  return isPlain(k) ? k : JSON.stringify(k);
}

function scalar(value: unknown, indent: number): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : value > 0 ? '.inf' : value < 0 ? '-.inf' : '.nan';
  if (typeof value === 'bigint') return String(value);
  const s = String(value);
  if (isPlain(s)) return s;
  if (s.includes('\n') && !/[\r\t\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(s) && !s.startsWith(' ') && !s.startsWith('\n')) {
    return literalBlock(s, indent);
  }
  return JSON.stringify(s);
}

/** `|`, `|-` or `|+` by how the string ends, each line at the block's indentation. */
function literalBlock(s: string, indent: number): string {
  const trailing = /\n*$/.exec(s)![0].length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const body = trailing === 0 ? s : s.slice(0, -1);
  const pad = ' '.repeat(indent);
  return `|${chomp}\n${body
    .split('\n')
    .map((line) => (line ? `${pad}${line}` : ''))
    .join('\n')}`;
}
