/**
 * The names Crossplane gives its annotations and labels, defined once for every module that reads or writes them
 * (crossplane/crossplane, apis/common and internal/xcrd; crossplane-runtime pkg/meta: AnnotationKeyExternalName).
 */

/** The composed resource's name in its Composition (set by function-sdk-go on every desired resource). */
export const ANNOTATION_RESOURCE_NAME = 'crossplane.io/composition-resource-name';
/** The cloud object's own name or id: what the provider creates, adopts or deletes. */
export const ANNOTATION_EXTERNAL_NAME = 'crossplane.io/external-name';
/** The same annotation as a patch's field path. */
export const EXTERNAL_NAME_FIELD_PATH = `metadata.annotations["${ANNOTATION_EXTERNAL_NAME}"]`;
/** The composite a composed resource (or a composite, itself) belongs to. */
export const LABEL_COMPOSITE = 'crossplane.io/composite';
/** The claim a composite (and its composed resources) was created for. */
export const LABEL_CLAIM_NAME = 'crossplane.io/claim-name';
export const LABEL_CLAIM_NAMESPACE = 'crossplane.io/claim-namespace';
