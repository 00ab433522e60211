/**
 * Where this project's pinned upstream CRDs are (crds.lock pins them). They are not vendored into the repository:
 * they are read from the directory named by `PRODUCTION_NETWORK_CRDS`, else `../shared/crds` beside the checkout,
 * else `.crds/` (scripts/fetch-crds.sh downloads the pinned set there, verified by checksum). lib/crds reads
 * whichever folder it is given; this module is the one place that decides which.
 */
import * as fs from 'fs';
import * as path from 'path';
import { crdCatalog, type CrdCatalog } from '../../lib/crds';

export const CRDS_ENV = 'PRODUCTION_NETWORK_CRDS';

/** The project's root: two levels up from here, and from build/cli/<tool>.js in a bundle. */
export const projectRoot = path.resolve(__dirname, '..', '..');

export function crdsDir(): string {
  const candidates = process.env[CRDS_ENV]
    ? [path.resolve(process.env[CRDS_ENV] as string)]
    : [path.resolve(projectRoot, '..', 'shared', 'crds'), path.resolve(projectRoot, '.crds')];
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) {
    throw new Error(
      `upstream CRDs not found (looked in ${candidates.join(', ')}). ` +
        `Set ${CRDS_ENV} to a directory holding them, or run scripts/fetch-crds.sh to download the pinned set into .crds/.`,
    );
  }
  return found;
}

/** The catalog of the project's pinned CRDs (one per process). */
export function pinnedCrds(): CrdCatalog {
  return crdCatalog(crdsDir());
}
