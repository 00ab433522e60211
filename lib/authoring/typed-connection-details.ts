/** Connection details a composed resource contributes to its composite's connection secret. */
import {
  ResourcesResourcesConnectionDetails as ConnectionDetail,
  ResourcesResourcesConnectionDetailsType as ConnectionDetailType,
} from '../../imports/pt.fn.crossplane.io';

export const connection = {
  /** A field of the observed composed resource, e.g. `status.atProvider.id`. */
  fromField: (name: string, fromFieldPath: string): ConnectionDetail => ({ name, type: ConnectionDetailType.FROM_FIELD_PATH, fromFieldPath }),
  /** A fixed value. */
  value: (name: string, value: string): ConnectionDetail => ({ name, type: ConnectionDetailType.FROM_VALUE, value }),
};
