/**
 * Kubernetes `resource.Quantity` parsing, as far as `convert` with `format: quantity` needs it
 * (string → float64 via `AsApproximateFloat64`). https://pkg.go.dev/k8s.io/apimachinery/pkg/api/resource
 */
const binary: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const decimal: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

export const errQuantityFormat = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

export function parseQuantity(text: string): number {
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))([eEinumkKMGTP]*[-+]?\d*)$/.exec(text);
  if (!m || text === '') throw new Error(errQuantityFormat);
  const value = Number(m[1]);
  const suffix = m[2];
  if (suffix in binary) return value * binary[suffix];
  if (suffix in decimal) return value * decimal[suffix];
  const exp = /^[eE]([-+]?\d+)$/.exec(suffix);
  if (exp) return value * 10 ** Number(exp[1]);
  throw new Error("unable to parse quantity's suffix");
}
