/**
 * Connection details a composed resource contributes to its XR (function-patch-and-transform connection.go).
 * Only existing (observed) resources contribute. `FromConnectionSecretKey` reads the observed resource's
 * connection details (in render input: an optional `connectionDetails` string map on the observed document),
 * `FromFieldPath` reads the observed resource (a string as is, anything else as JSON), `FromValue` is a
 * constant. A key or path that does not exist yet is skipped silently: it may appear later.
 */
import { getValueOrThrow } from '../fieldpath';
import { goJsonMarshal } from './govalue';
import type { KubeObject } from './function-io';
import { validateConnectionDetail } from './input-validation';

export interface ConnectionDetail {
  name: string;
  type: 'FromConnectionSecretKey' | 'FromFieldPath' | 'FromValue';
  fromConnectionSecretKey?: string;
  fromFieldPath?: string;
  value?: string;
}

export function extractConnectionDetails(
  observed: KubeObject,
  observedDetails: Record<string, string> | undefined,
  configs: ConnectionDetail[] | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const cfg of configs ?? []) {
    // Upstream ExtractConnectionDetails validates each config first (connection_test.go MissingNameError).
    const invalid = validateConnectionDetail(cfg);
    if (invalid) throw new Error(`invalid: ${invalid}`);
    switch (cfg.type) {
      case 'FromValue':
        out[cfg.name] = cfg.value ?? '';
        break;
      case 'FromConnectionSecretKey': {
        const v = observedDetails?.[cfg.fromConnectionSecretKey ?? ''];
        if (v !== undefined && v !== null) out[cfg.name] = v;
        break;
      }
      case 'FromFieldPath':
        try {
          const v = getValueOrThrow(observed, cfg.fromFieldPath ?? '');
          out[cfg.name] = typeof v === 'string' ? v : goJsonMarshal(v);
        } catch {
          // Not there yet; upstream leaves the key out.
        }
        break;
    }
  }
  return out;
}
