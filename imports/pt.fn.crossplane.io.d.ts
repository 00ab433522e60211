import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Resources specifies Patch & Transform resource templates.
 *
 * @schema Resources
 */
export declare class Resources extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Resources"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Resources".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ResourcesProps): any;
    /**
     * Defines a "Resources" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ResourcesProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Resources specifies Patch & Transform resource templates.
 *
 * @schema Resources
 */
export interface ResourcesProps {
    /**
     * @schema Resources#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Environment represents the Composition environment.
     *
     * THIS IS AN ALPHA FIELD.
     * Do not use it in production. It may be changed or removed without notice.
     *
     * @schema Resources#environment
     */
    readonly environment?: ResourcesEnvironment;
    /**
     * PatchSets define a named set of patches that may be included by any
     * resource. PatchSets cannot themselves refer to other PatchSets.
     *
     * @schema Resources#patchSets
     */
    readonly patchSets?: ResourcesPatchSets[];
    /**
     * Resources is a list of resource templates that will be used when a
     * composite resource is created.
     *
     * @schema Resources#resources
     */
    readonly resources: ResourcesResources[];
    /**
     * WriteConnectionSecretToRef specifies the name and namespace of a Secret
     * to which any connection details for this composite resource should be
     * written. This field is only used for Crossplane v2 composite resources.
     * For v1 composite resources, connection details are returned via the
     * RunFunctionResponse and handled by Crossplane core.
     *
     * @schema Resources#writeConnectionSecretToRef
     */
    readonly writeConnectionSecretToRef?: ResourcesWriteConnectionSecretToRef;
}
/**
 * Converts an object of type 'ResourcesProps' to JSON representation.
 */
export declare function toJson_ResourcesProps(obj: ResourcesProps | undefined): Record<string, any> | undefined;
/**
 * Environment represents the Composition environment.
 *
 * THIS IS AN ALPHA FIELD.
 * Do not use it in production. It may be changed or removed without notice.
 *
 * @schema ResourcesEnvironment
 */
export interface ResourcesEnvironment {
    /**
     * Patches is a list of environment patches that are executed before a
     * composition's resources are composed. These patches are between the XR
     * and the Environment. Either from the Environment to the XR, or vice
     * versa.
     *
     * @schema ResourcesEnvironment#patches
     */
    readonly patches?: ResourcesEnvironmentPatches[];
}
/**
 * Converts an object of type 'ResourcesEnvironment' to JSON representation.
 */
export declare function toJson_ResourcesEnvironment(obj: ResourcesEnvironment | undefined): Record<string, any> | undefined;
/**
 * A PatchSet is a set of patches that can be reused from all resources.
 *
 * @schema ResourcesPatchSets
 */
export interface ResourcesPatchSets {
    /**
     * Name of this PatchSet.
     *
     * @schema ResourcesPatchSets#name
     */
    readonly name: string;
    /**
     * Patches will be applied as an overlay to the base resource.
     *
     * @schema ResourcesPatchSets#patches
     */
    readonly patches: ResourcesPatchSetsPatches[];
}
/**
 * Converts an object of type 'ResourcesPatchSets' to JSON representation.
 */
export declare function toJson_ResourcesPatchSets(obj: ResourcesPatchSets | undefined): Record<string, any> | undefined;
/**
 * ComposedTemplate is used to provide information about how the composed
 * resource should be processed.
 *
 * @schema ResourcesResources
 */
export interface ResourcesResources {
    /**
     * Base of the composed resource that patches will be applied to and from.
     * If base is omitted, a previous Function within the pipeline must have
     * produced the named composed resource. Patches will be applied to and from
     * that resource. If base is specified, and a previous Function within the
     * pipeline produced the name composed resource, it will be overwritten.
     *
     * @schema ResourcesResources#base
     */
    readonly base?: any;
    /**
     * ConnectionDetails lists the propagation secret keys from this composed
     * resource to the composition instance connection secret.
     *
     * @schema ResourcesResources#connectionDetails
     */
    readonly connectionDetails?: ResourcesResourcesConnectionDetails[];
    /**
     * A Name uniquely identifies this entry within its resources array.
     *
     * @schema ResourcesResources#name
     */
    readonly name: string;
    /**
     * Patches to and from the composed resource.
     *
     * @schema ResourcesResources#patches
     */
    readonly patches?: ResourcesResourcesPatches[];
    /**
     * ReadinessChecks allows users to define custom readiness checks. All
     * checks have to return true in order for resource to be considered ready.
     * The default readiness check is to have the "Ready" condition to be
     * "True".
     *
     * @schema ResourcesResources#readinessChecks
     */
    readonly readinessChecks?: ResourcesResourcesReadinessChecks[];
}
/**
 * Converts an object of type 'ResourcesResources' to JSON representation.
 */
export declare function toJson_ResourcesResources(obj: ResourcesResources | undefined): Record<string, any> | undefined;
/**
 * WriteConnectionSecretToRef specifies the name and namespace of a Secret
 * to which any connection details for this composite resource should be
 * written. This field is only used for Crossplane v2 composite resources.
 * For v1 composite resources, connection details are returned via the
 * RunFunctionResponse and handled by Crossplane core.
 *
 * @schema ResourcesWriteConnectionSecretToRef
 */
export interface ResourcesWriteConnectionSecretToRef {
    /**
     * Name of the connection secret. If not specified, defaults to {xr-name}-connection.
     *
     * @schema ResourcesWriteConnectionSecretToRef#name
     */
    readonly name?: string;
    /**
     * Namespace of the connection secret. If not specified for namespaced XRs,
     * Crossplane will default it to the XR's namespace. For cluster-scoped XRs,
     * namespace must be explicitly provided.
     *
     * @schema ResourcesWriteConnectionSecretToRef#namespace
     */
    readonly namespace?: string;
    /**
     * Patches define transformations to apply to the connection secret reference.
     * Patches are only applied from the composite resource to the secret reference.
     * Supported patch types: FromCompositeFieldPath, CombineFromComposite.
     * ToFieldPath must be either "name" or "namespace".
     *
     * @schema ResourcesWriteConnectionSecretToRef#patches
     */
    readonly patches?: ResourcesWriteConnectionSecretToRefPatches[];
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRef' to JSON representation.
 */
export declare function toJson_ResourcesWriteConnectionSecretToRef(obj: ResourcesWriteConnectionSecretToRef | undefined): Record<string, any> | undefined;
/**
 * EnvironmentPatch objects are applied between the composite resource and
 * the environment. Their behaviour depends on the Type selected. The default
 * Type, FromCompositeFieldPath, copies a value from the composite resource
 * to the environment, applying any defined transformers.
 *
 * @schema ResourcesEnvironmentPatches
 */
export interface ResourcesEnvironmentPatches {
    /**
     * Combine is the patch configuration for a CombineFromComposite,
     * CombineToComposite patch.
     *
     * @schema ResourcesEnvironmentPatches#combine
     */
    readonly combine?: ResourcesEnvironmentPatchesCombine;
    /**
     * FromFieldPath is the path of the field on the resource whose value is
     * to be used as input. Required when type is FromCompositeFieldPath or
     * ToCompositeFieldPath.
     *
     * @schema ResourcesEnvironmentPatches#fromFieldPath
     */
    readonly fromFieldPath?: string;
    /**
     * Policy configures the specifics of patching behaviour.
     *
     * @schema ResourcesEnvironmentPatches#policy
     */
    readonly policy?: ResourcesEnvironmentPatchesPolicy;
    /**
     * ToFieldPath is the path of the field on the resource whose value will
     * be changed with the result of transforms. Leave empty if you'd like to
     * propagate to the same path as fromFieldPath.
     *
     * @schema ResourcesEnvironmentPatches#toFieldPath
     */
    readonly toFieldPath?: string;
    /**
     * Transforms are the list of functions that are used as a FIFO pipe for the
     * input to be transformed.
     *
     * @schema ResourcesEnvironmentPatches#transforms
     */
    readonly transforms?: ResourcesEnvironmentPatchesTransforms[];
    /**
     * Type sets the patching behaviour to be used. Each patch type may require
     * its own fields to be set on the Patch object.
     *
     * @schema ResourcesEnvironmentPatches#type
     */
    readonly type?: ResourcesEnvironmentPatchesType;
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatches' to JSON representation.
 */
export declare function toJson_ResourcesEnvironmentPatches(obj: ResourcesEnvironmentPatches | undefined): Record<string, any> | undefined;
/**
 * PatchSetPatch defines a set of Patches that can be referenced by name by
 * other patches of type PatchSet.
 *
 * @schema ResourcesPatchSetsPatches
 */
export interface ResourcesPatchSetsPatches {
    /**
     * Combine is the patch configuration for a CombineFromComposite,
     * CombineToComposite patch.
     *
     * @schema ResourcesPatchSetsPatches#combine
     */
    readonly combine?: ResourcesPatchSetsPatchesCombine;
    /**
     * FromFieldPath is the path of the field on the resource whose value is
     * to be used as input. Required when type is FromCompositeFieldPath or
     * ToCompositeFieldPath.
     *
     * @schema ResourcesPatchSetsPatches#fromFieldPath
     */
    readonly fromFieldPath?: string;
    /**
     * Policy configures the specifics of patching behaviour.
     *
     * @schema ResourcesPatchSetsPatches#policy
     */
    readonly policy?: ResourcesPatchSetsPatchesPolicy;
    /**
     * ToFieldPath is the path of the field on the resource whose value will
     * be changed with the result of transforms. Leave empty if you'd like to
     * propagate to the same path as fromFieldPath.
     *
     * @schema ResourcesPatchSetsPatches#toFieldPath
     */
    readonly toFieldPath?: string;
    /**
     * Transforms are the list of functions that are used as a FIFO pipe for the
     * input to be transformed.
     *
     * @schema ResourcesPatchSetsPatches#transforms
     */
    readonly transforms?: ResourcesPatchSetsPatchesTransforms[];
    /**
     * Type sets the patching behaviour to be used. Each patch type may require
     * its own fields to be set on the ComposedPatch object.
     *
     * @schema ResourcesPatchSetsPatches#type
     */
    readonly type?: ResourcesPatchSetsPatchesType;
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatches' to JSON representation.
 */
export declare function toJson_ResourcesPatchSetsPatches(obj: ResourcesPatchSetsPatches | undefined): Record<string, any> | undefined;
/**
 * ConnectionDetail includes the information about the propagation of the connection
 * information from one secret to another.
 *
 * @schema ResourcesResourcesConnectionDetails
 */
export interface ResourcesResourcesConnectionDetails {
    /**
     * FromConnectionSecretKey is the key that will be used to fetch the value
     * from the composed resource's connection secret.
     *
     * @schema ResourcesResourcesConnectionDetails#fromConnectionSecretKey
     */
    readonly fromConnectionSecretKey?: string;
    /**
     * FromFieldPath is the path of the field on the composed resource whose
     * value to be used as input. Name must be specified if the type is
     * FromFieldPath.
     *
     * @schema ResourcesResourcesConnectionDetails#fromFieldPath
     */
    readonly fromFieldPath?: string;
    /**
     * Name of the connection secret key that will be propagated to the
     * connection secret of the composed resource.
     *
     * @schema ResourcesResourcesConnectionDetails#name
     */
    readonly name: string;
    /**
     * Type sets the connection detail fetching behavior to be used. Each
     * connection detail type may require its own fields to be set on the
     * ConnectionDetail object.
     *
     * @schema ResourcesResourcesConnectionDetails#type
     */
    readonly type: ResourcesResourcesConnectionDetailsType;
    /**
     * Value that will be propagated to the connection secret of the composite
     * resource. May be set to inject a fixed, non-sensitive connection secret
     * value, for example a well-known port.
     *
     * @schema ResourcesResourcesConnectionDetails#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ResourcesResourcesConnectionDetails' to JSON representation.
 */
export declare function toJson_ResourcesResourcesConnectionDetails(obj: ResourcesResourcesConnectionDetails | undefined): Record<string, any> | undefined;
/**
 * ComposedPatch objects are applied between composite and composed resources.
 * Their behaviour depends on the Type selected. The default Type,
 * FromCompositeFieldPath, copies a value from the composite resource to the
 * composed resource, applying any defined transformers.
 *
 * @schema ResourcesResourcesPatches
 */
export interface ResourcesResourcesPatches {
    /**
     * Combine is the patch configuration for a CombineFromComposite,
     * CombineToComposite patch.
     *
     * @schema ResourcesResourcesPatches#combine
     */
    readonly combine?: ResourcesResourcesPatchesCombine;
    /**
     * FromFieldPath is the path of the field on the resource whose value is
     * to be used as input. Required when type is FromCompositeFieldPath or
     * ToCompositeFieldPath.
     *
     * @schema ResourcesResourcesPatches#fromFieldPath
     */
    readonly fromFieldPath?: string;
    /**
     * PatchSetName to include patches from. Required when type is PatchSet.
     *
     * @schema ResourcesResourcesPatches#patchSetName
     */
    readonly patchSetName?: string;
    /**
     * Policy configures the specifics of patching behaviour.
     *
     * @schema ResourcesResourcesPatches#policy
     */
    readonly policy?: ResourcesResourcesPatchesPolicy;
    /**
     * ToFieldPath is the path of the field on the resource whose value will
     * be changed with the result of transforms. Leave empty if you'd like to
     * propagate to the same path as fromFieldPath.
     *
     * @schema ResourcesResourcesPatches#toFieldPath
     */
    readonly toFieldPath?: string;
    /**
     * Transforms are the list of functions that are used as a FIFO pipe for the
     * input to be transformed.
     *
     * @schema ResourcesResourcesPatches#transforms
     */
    readonly transforms?: ResourcesResourcesPatchesTransforms[];
    /**
     * Type sets the patching behaviour to be used. Each patch type may require
     * its own fields to be set on the ComposedPatch object.
     *
     * @schema ResourcesResourcesPatches#type
     */
    readonly type?: ResourcesResourcesPatchesType;
}
/**
 * Converts an object of type 'ResourcesResourcesPatches' to JSON representation.
 */
export declare function toJson_ResourcesResourcesPatches(obj: ResourcesResourcesPatches | undefined): Record<string, any> | undefined;
/**
 * ReadinessCheck is used to indicate how to tell whether a resource is ready
 * for consumption.
 *
 * @schema ResourcesResourcesReadinessChecks
 */
export interface ResourcesResourcesReadinessChecks {
    /**
     * FieldPath shows the path of the field whose value will be used.
     *
     * @schema ResourcesResourcesReadinessChecks#fieldPath
     */
    readonly fieldPath?: string;
    /**
     * MatchCondition specifies the condition you'd like to match if you're using "MatchCondition" type.
     *
     * @schema ResourcesResourcesReadinessChecks#matchCondition
     */
    readonly matchCondition?: ResourcesResourcesReadinessChecksMatchCondition;
    /**
     * MatchInt is the value you'd like to match if you're using "MatchInt" type.
     *
     * @schema ResourcesResourcesReadinessChecks#matchInteger
     */
    readonly matchInteger?: number;
    /**
     * MatchString is the value you'd like to match if you're using "MatchString" type.
     *
     * @schema ResourcesResourcesReadinessChecks#matchString
     */
    readonly matchString?: string;
    /**
     * Type indicates the type of probe you'd like to use.
     *
     * @schema ResourcesResourcesReadinessChecks#type
     */
    readonly type: ResourcesResourcesReadinessChecksType;
}
/**
 * Converts an object of type 'ResourcesResourcesReadinessChecks' to JSON representation.
 */
export declare function toJson_ResourcesResourcesReadinessChecks(obj: ResourcesResourcesReadinessChecks | undefined): Record<string, any> | undefined;
/**
 * ConnectionSecretPatch defines a patch to apply to the connection secret reference.
 * This uses the same patching logic as resource patches but targets the secret
 * reference name and namespace fields.
 *
 * Only patch types that make sense for connection secrets
 * (FromCompositeFieldPath, CombineFromComposite) are allowed.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatches
 */
export interface ResourcesWriteConnectionSecretToRefPatches {
    /**
     * Combine is the patch configuration for a CombineFromComposite,
     * CombineToComposite patch.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatches#combine
     */
    readonly combine?: ResourcesWriteConnectionSecretToRefPatchesCombine;
    /**
     * FromFieldPath is the path of the field on the resource whose value is
     * to be used as input. Required when type is FromCompositeFieldPath or
     * ToCompositeFieldPath.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatches#fromFieldPath
     */
    readonly fromFieldPath?: string;
    /**
     * Policy configures the specifics of patching behaviour.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatches#policy
     */
    readonly policy?: ResourcesWriteConnectionSecretToRefPatchesPolicy;
    /**
     * ToFieldPath is the path of the field on the resource whose value will
     * be changed with the result of transforms. Leave empty if you'd like to
     * propagate to the same path as fromFieldPath.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatches#toFieldPath
     */
    readonly toFieldPath?: string;
    /**
     * Transforms are the list of functions that are used as a FIFO pipe for the
     * input to be transformed.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatches#transforms
     */
    readonly transforms?: ResourcesWriteConnectionSecretToRefPatchesTransforms[];
    /**
     * Type sets the patch type. Only FromCompositeFieldPath and CombineFromComposite
     * are supported for connection secret patches.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatches#type
     */
    readonly type?: ResourcesWriteConnectionSecretToRefPatchesType;
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatches' to JSON representation.
 */
export declare function toJson_ResourcesWriteConnectionSecretToRefPatches(obj: ResourcesWriteConnectionSecretToRefPatches | undefined): Record<string, any> | undefined;
/**
 * Combine is the patch configuration for a CombineFromComposite,
 * CombineToComposite patch.
 *
 * @schema ResourcesEnvironmentPatchesCombine
 */
export interface ResourcesEnvironmentPatchesCombine {
    /**
     * Strategy defines the strategy to use to combine the input variable values.
     * Currently only string is supported.
     *
     * @schema ResourcesEnvironmentPatchesCombine#strategy
     */
    readonly strategy: ResourcesEnvironmentPatchesCombineStrategy;
    /**
     * String declares that input variables should be combined into a single
     * string, using the relevant settings for formatting purposes.
     *
     * @schema ResourcesEnvironmentPatchesCombine#string
     */
    readonly string?: ResourcesEnvironmentPatchesCombineString;
    /**
     * Variables are the list of variables whose values will be retrieved and
     * combined.
     *
     * @schema ResourcesEnvironmentPatchesCombine#variables
     */
    readonly variables: ResourcesEnvironmentPatchesCombineVariables[];
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesCombine' to JSON representation.
 */
export declare function toJson_ResourcesEnvironmentPatchesCombine(obj: ResourcesEnvironmentPatchesCombine | undefined): Record<string, any> | undefined;
/**
 * Policy configures the specifics of patching behaviour.
 *
 * @schema ResourcesEnvironmentPatchesPolicy
 */
export interface ResourcesEnvironmentPatchesPolicy {
    /**
     * FromFieldPath specifies how to patch from a field path. The default is
     * 'Optional', which means the patch will be a no-op if the specified
     * fromFieldPath does not exist. Use 'Required' to prevent the creation of a
     * new composed resource until the required path exists.
     *
     * @schema ResourcesEnvironmentPatchesPolicy#fromFieldPath
     */
    readonly fromFieldPath?: ResourcesEnvironmentPatchesPolicyFromFieldPath;
    /**
     * ToFieldPath specifies how to patch to a field path. The default is
     * 'Replace', which means the patch will completely replace the target field,
     * or create it if it does not exist. Use 'MergeObjects' to recursively merge the patch
     * object with the target object, while keeping target object keys, but overwriting any array values, or use
     * 'MergeObjectsAppendArrays' to recursively merge the patch object with the target object, while keeping
     * target object keys and appending any array values to target array values, or use
     * 'ForceMergeObjects' to recursively merge the patch object with the target object, overwriting
     * any target object keys, including array values, or use
     * 'ForceMergeObjectsAppendArrays' to recursively merge the patch object with the target object,
     * overwriting target object keys, and appending any array values to target array values.
     * 'MergeObject' is deprecated, use 'MergeObjects' instead, which is functionally identical.
     * 'AppendArray' is deprecated, use 'ForceMergeObjectsAppendArrays' instead, which is functionally identical.
     *
     * @schema ResourcesEnvironmentPatchesPolicy#toFieldPath
     */
    readonly toFieldPath?: ResourcesEnvironmentPatchesPolicyToFieldPath;
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesPolicy' to JSON representation.
 */
export declare function toJson_ResourcesEnvironmentPatchesPolicy(obj: ResourcesEnvironmentPatchesPolicy | undefined): Record<string, any> | undefined;
/**
 * Transform is a unit of process whose input is transformed into an output with
 * the supplied configuration.
 *
 * @schema ResourcesEnvironmentPatchesTransforms
 */
export interface ResourcesEnvironmentPatchesTransforms {
    /**
     * Convert is used to cast the input into the given output type.
     *
     * @schema ResourcesEnvironmentPatchesTransforms#convert
     */
    readonly convert?: ResourcesEnvironmentPatchesTransformsConvert;
    /**
     * Map uses the input as a key in the given map and returns the value.
     *
     * @schema ResourcesEnvironmentPatchesTransforms#map
     */
    readonly map?: {
        [key: string]: any;
    };
    /**
     * Match is a more complex version of Map that matches a list of patterns.
     *
     * @schema ResourcesEnvironmentPatchesTransforms#match
     */
    readonly match?: ResourcesEnvironmentPatchesTransformsMatch;
    /**
     * Math is used to transform the input via mathematical operations such as
     * multiplication.
     *
     * @schema ResourcesEnvironmentPatchesTransforms#math
     */
    readonly math?: ResourcesEnvironmentPatchesTransformsMath;
    /**
     * String is used to transform the input into a string or a different kind
     * of string. Note that the input does not necessarily need to be a string.
     *
     * @schema ResourcesEnvironmentPatchesTransforms#string
     */
    readonly string?: ResourcesEnvironmentPatchesTransformsString;
    /**
     * Type of the transform to be run.
     *
     * @schema ResourcesEnvironmentPatchesTransforms#type
     */
    readonly type: ResourcesEnvironmentPatchesTransformsType;
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesTransforms' to JSON representation.
 */
export declare function toJson_ResourcesEnvironmentPatchesTransforms(obj: ResourcesEnvironmentPatchesTransforms | undefined): Record<string, any> | undefined;
/**
 * Type sets the patching behaviour to be used. Each patch type may require
 * its own fields to be set on the Patch object.
 *
 * @schema ResourcesEnvironmentPatchesType
 */
export declare enum ResourcesEnvironmentPatchesType {
    /** FromCompositeFieldPath */
    FROM_COMPOSITE_FIELD_PATH = "FromCompositeFieldPath",
    /** ToCompositeFieldPath */
    TO_COMPOSITE_FIELD_PATH = "ToCompositeFieldPath",
    /** CombineFromComposite */
    COMBINE_FROM_COMPOSITE = "CombineFromComposite",
    /** CombineToComposite */
    COMBINE_TO_COMPOSITE = "CombineToComposite",
    /** FromEnvironmentFieldPath */
    FROM_ENVIRONMENT_FIELD_PATH = "FromEnvironmentFieldPath",
    /** ToEnvironmentFieldPath */
    TO_ENVIRONMENT_FIELD_PATH = "ToEnvironmentFieldPath"
}
/**
 * Combine is the patch configuration for a CombineFromComposite,
 * CombineToComposite patch.
 *
 * @schema ResourcesPatchSetsPatchesCombine
 */
export interface ResourcesPatchSetsPatchesCombine {
    /**
     * Strategy defines the strategy to use to combine the input variable values.
     * Currently only string is supported.
     *
     * @schema ResourcesPatchSetsPatchesCombine#strategy
     */
    readonly strategy: ResourcesPatchSetsPatchesCombineStrategy;
    /**
     * String declares that input variables should be combined into a single
     * string, using the relevant settings for formatting purposes.
     *
     * @schema ResourcesPatchSetsPatchesCombine#string
     */
    readonly string?: ResourcesPatchSetsPatchesCombineString;
    /**
     * Variables are the list of variables whose values will be retrieved and
     * combined.
     *
     * @schema ResourcesPatchSetsPatchesCombine#variables
     */
    readonly variables: ResourcesPatchSetsPatchesCombineVariables[];
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesCombine' to JSON representation.
 */
export declare function toJson_ResourcesPatchSetsPatchesCombine(obj: ResourcesPatchSetsPatchesCombine | undefined): Record<string, any> | undefined;
/**
 * Policy configures the specifics of patching behaviour.
 *
 * @schema ResourcesPatchSetsPatchesPolicy
 */
export interface ResourcesPatchSetsPatchesPolicy {
    /**
     * FromFieldPath specifies how to patch from a field path. The default is
     * 'Optional', which means the patch will be a no-op if the specified
     * fromFieldPath does not exist. Use 'Required' to prevent the creation of a
     * new composed resource until the required path exists.
     *
     * @schema ResourcesPatchSetsPatchesPolicy#fromFieldPath
     */
    readonly fromFieldPath?: ResourcesPatchSetsPatchesPolicyFromFieldPath;
    /**
     * ToFieldPath specifies how to patch to a field path. The default is
     * 'Replace', which means the patch will completely replace the target field,
     * or create it if it does not exist. Use 'MergeObjects' to recursively merge the patch
     * object with the target object, while keeping target object keys, but overwriting any array values, or use
     * 'MergeObjectsAppendArrays' to recursively merge the patch object with the target object, while keeping
     * target object keys and appending any array values to target array values, or use
     * 'ForceMergeObjects' to recursively merge the patch object with the target object, overwriting
     * any target object keys, including array values, or use
     * 'ForceMergeObjectsAppendArrays' to recursively merge the patch object with the target object,
     * overwriting target object keys, and appending any array values to target array values.
     * 'MergeObject' is deprecated, use 'MergeObjects' instead, which is functionally identical.
     * 'AppendArray' is deprecated, use 'ForceMergeObjectsAppendArrays' instead, which is functionally identical.
     *
     * @schema ResourcesPatchSetsPatchesPolicy#toFieldPath
     */
    readonly toFieldPath?: ResourcesPatchSetsPatchesPolicyToFieldPath;
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesPolicy' to JSON representation.
 */
export declare function toJson_ResourcesPatchSetsPatchesPolicy(obj: ResourcesPatchSetsPatchesPolicy | undefined): Record<string, any> | undefined;
/**
 * Transform is a unit of process whose input is transformed into an output with
 * the supplied configuration.
 *
 * @schema ResourcesPatchSetsPatchesTransforms
 */
export interface ResourcesPatchSetsPatchesTransforms {
    /**
     * Convert is used to cast the input into the given output type.
     *
     * @schema ResourcesPatchSetsPatchesTransforms#convert
     */
    readonly convert?: ResourcesPatchSetsPatchesTransformsConvert;
    /**
     * Map uses the input as a key in the given map and returns the value.
     *
     * @schema ResourcesPatchSetsPatchesTransforms#map
     */
    readonly map?: {
        [key: string]: any;
    };
    /**
     * Match is a more complex version of Map that matches a list of patterns.
     *
     * @schema ResourcesPatchSetsPatchesTransforms#match
     */
    readonly match?: ResourcesPatchSetsPatchesTransformsMatch;
    /**
     * Math is used to transform the input via mathematical operations such as
     * multiplication.
     *
     * @schema ResourcesPatchSetsPatchesTransforms#math
     */
    readonly math?: ResourcesPatchSetsPatchesTransformsMath;
    /**
     * String is used to transform the input into a string or a different kind
     * of string. Note that the input does not necessarily need to be a string.
     *
     * @schema ResourcesPatchSetsPatchesTransforms#string
     */
    readonly string?: ResourcesPatchSetsPatchesTransformsString;
    /**
     * Type of the transform to be run.
     *
     * @schema ResourcesPatchSetsPatchesTransforms#type
     */
    readonly type: ResourcesPatchSetsPatchesTransformsType;
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesTransforms' to JSON representation.
 */
export declare function toJson_ResourcesPatchSetsPatchesTransforms(obj: ResourcesPatchSetsPatchesTransforms | undefined): Record<string, any> | undefined;
/**
 * Type sets the patching behaviour to be used. Each patch type may require
 * its own fields to be set on the ComposedPatch object.
 *
 * @schema ResourcesPatchSetsPatchesType
 */
export declare enum ResourcesPatchSetsPatchesType {
    /** FromCompositeFieldPath */
    FROM_COMPOSITE_FIELD_PATH = "FromCompositeFieldPath",
    /** ToCompositeFieldPath */
    TO_COMPOSITE_FIELD_PATH = "ToCompositeFieldPath",
    /** CombineFromComposite */
    COMBINE_FROM_COMPOSITE = "CombineFromComposite",
    /** CombineToComposite */
    COMBINE_TO_COMPOSITE = "CombineToComposite",
    /** FromEnvironmentFieldPath */
    FROM_ENVIRONMENT_FIELD_PATH = "FromEnvironmentFieldPath",
    /** ToEnvironmentFieldPath */
    TO_ENVIRONMENT_FIELD_PATH = "ToEnvironmentFieldPath",
    /** CombineFromEnvironment */
    COMBINE_FROM_ENVIRONMENT = "CombineFromEnvironment",
    /** CombineToEnvironment */
    COMBINE_TO_ENVIRONMENT = "CombineToEnvironment"
}
/**
 * Type sets the connection detail fetching behavior to be used. Each
 * connection detail type may require its own fields to be set on the
 * ConnectionDetail object.
 *
 * @schema ResourcesResourcesConnectionDetailsType
 */
export declare enum ResourcesResourcesConnectionDetailsType {
    /** FromConnectionSecretKey */
    FROM_CONNECTION_SECRET_KEY = "FromConnectionSecretKey",
    /** FromFieldPath */
    FROM_FIELD_PATH = "FromFieldPath",
    /** FromValue */
    FROM_VALUE = "FromValue"
}
/**
 * Combine is the patch configuration for a CombineFromComposite,
 * CombineToComposite patch.
 *
 * @schema ResourcesResourcesPatchesCombine
 */
export interface ResourcesResourcesPatchesCombine {
    /**
     * Strategy defines the strategy to use to combine the input variable values.
     * Currently only string is supported.
     *
     * @schema ResourcesResourcesPatchesCombine#strategy
     */
    readonly strategy: ResourcesResourcesPatchesCombineStrategy;
    /**
     * String declares that input variables should be combined into a single
     * string, using the relevant settings for formatting purposes.
     *
     * @schema ResourcesResourcesPatchesCombine#string
     */
    readonly string?: ResourcesResourcesPatchesCombineString;
    /**
     * Variables are the list of variables whose values will be retrieved and
     * combined.
     *
     * @schema ResourcesResourcesPatchesCombine#variables
     */
    readonly variables: ResourcesResourcesPatchesCombineVariables[];
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesCombine' to JSON representation.
 */
export declare function toJson_ResourcesResourcesPatchesCombine(obj: ResourcesResourcesPatchesCombine | undefined): Record<string, any> | undefined;
/**
 * Policy configures the specifics of patching behaviour.
 *
 * @schema ResourcesResourcesPatchesPolicy
 */
export interface ResourcesResourcesPatchesPolicy {
    /**
     * FromFieldPath specifies how to patch from a field path. The default is
     * 'Optional', which means the patch will be a no-op if the specified
     * fromFieldPath does not exist. Use 'Required' to prevent the creation of a
     * new composed resource until the required path exists.
     *
     * @schema ResourcesResourcesPatchesPolicy#fromFieldPath
     */
    readonly fromFieldPath?: ResourcesResourcesPatchesPolicyFromFieldPath;
    /**
     * ToFieldPath specifies how to patch to a field path. The default is
     * 'Replace', which means the patch will completely replace the target field,
     * or create it if it does not exist. Use 'MergeObjects' to recursively merge the patch
     * object with the target object, while keeping target object keys, but overwriting any array values, or use
     * 'MergeObjectsAppendArrays' to recursively merge the patch object with the target object, while keeping
     * target object keys and appending any array values to target array values, or use
     * 'ForceMergeObjects' to recursively merge the patch object with the target object, overwriting
     * any target object keys, including array values, or use
     * 'ForceMergeObjectsAppendArrays' to recursively merge the patch object with the target object,
     * overwriting target object keys, and appending any array values to target array values.
     * 'MergeObject' is deprecated, use 'MergeObjects' instead, which is functionally identical.
     * 'AppendArray' is deprecated, use 'ForceMergeObjectsAppendArrays' instead, which is functionally identical.
     *
     * @schema ResourcesResourcesPatchesPolicy#toFieldPath
     */
    readonly toFieldPath?: ResourcesResourcesPatchesPolicyToFieldPath;
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesPolicy' to JSON representation.
 */
export declare function toJson_ResourcesResourcesPatchesPolicy(obj: ResourcesResourcesPatchesPolicy | undefined): Record<string, any> | undefined;
/**
 * Transform is a unit of process whose input is transformed into an output with
 * the supplied configuration.
 *
 * @schema ResourcesResourcesPatchesTransforms
 */
export interface ResourcesResourcesPatchesTransforms {
    /**
     * Convert is used to cast the input into the given output type.
     *
     * @schema ResourcesResourcesPatchesTransforms#convert
     */
    readonly convert?: ResourcesResourcesPatchesTransformsConvert;
    /**
     * Map uses the input as a key in the given map and returns the value.
     *
     * @schema ResourcesResourcesPatchesTransforms#map
     */
    readonly map?: {
        [key: string]: any;
    };
    /**
     * Match is a more complex version of Map that matches a list of patterns.
     *
     * @schema ResourcesResourcesPatchesTransforms#match
     */
    readonly match?: ResourcesResourcesPatchesTransformsMatch;
    /**
     * Math is used to transform the input via mathematical operations such as
     * multiplication.
     *
     * @schema ResourcesResourcesPatchesTransforms#math
     */
    readonly math?: ResourcesResourcesPatchesTransformsMath;
    /**
     * String is used to transform the input into a string or a different kind
     * of string. Note that the input does not necessarily need to be a string.
     *
     * @schema ResourcesResourcesPatchesTransforms#string
     */
    readonly string?: ResourcesResourcesPatchesTransformsString;
    /**
     * Type of the transform to be run.
     *
     * @schema ResourcesResourcesPatchesTransforms#type
     */
    readonly type: ResourcesResourcesPatchesTransformsType;
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesTransforms' to JSON representation.
 */
export declare function toJson_ResourcesResourcesPatchesTransforms(obj: ResourcesResourcesPatchesTransforms | undefined): Record<string, any> | undefined;
/**
 * Type sets the patching behaviour to be used. Each patch type may require
 * its own fields to be set on the ComposedPatch object.
 *
 * @schema ResourcesResourcesPatchesType
 */
export declare enum ResourcesResourcesPatchesType {
    /** FromCompositeFieldPath */
    FROM_COMPOSITE_FIELD_PATH = "FromCompositeFieldPath",
    /** PatchSet */
    PATCH_SET = "PatchSet",
    /** ToCompositeFieldPath */
    TO_COMPOSITE_FIELD_PATH = "ToCompositeFieldPath",
    /** CombineFromComposite */
    COMBINE_FROM_COMPOSITE = "CombineFromComposite",
    /** CombineToComposite */
    COMBINE_TO_COMPOSITE = "CombineToComposite",
    /** FromEnvironmentFieldPath */
    FROM_ENVIRONMENT_FIELD_PATH = "FromEnvironmentFieldPath",
    /** ToEnvironmentFieldPath */
    TO_ENVIRONMENT_FIELD_PATH = "ToEnvironmentFieldPath",
    /** CombineFromEnvironment */
    COMBINE_FROM_ENVIRONMENT = "CombineFromEnvironment",
    /** CombineToEnvironment */
    COMBINE_TO_ENVIRONMENT = "CombineToEnvironment"
}
/**
 * MatchCondition specifies the condition you'd like to match if you're using "MatchCondition" type.
 *
 * @schema ResourcesResourcesReadinessChecksMatchCondition
 */
export interface ResourcesResourcesReadinessChecksMatchCondition {
    /**
     * Status is the status of the condition you'd like to match.
     *
     * @schema ResourcesResourcesReadinessChecksMatchCondition#status
     */
    readonly status: string;
    /**
     * Type indicates the type of condition you'd like to use.
     *
     * @schema ResourcesResourcesReadinessChecksMatchCondition#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'ResourcesResourcesReadinessChecksMatchCondition' to JSON representation.
 */
export declare function toJson_ResourcesResourcesReadinessChecksMatchCondition(obj: ResourcesResourcesReadinessChecksMatchCondition | undefined): Record<string, any> | undefined;
/**
 * Type indicates the type of probe you'd like to use.
 *
 * @schema ResourcesResourcesReadinessChecksType
 */
export declare enum ResourcesResourcesReadinessChecksType {
    /** MatchString */
    MATCH_STRING = "MatchString",
    /** MatchInteger */
    MATCH_INTEGER = "MatchInteger",
    /** NonEmpty */
    NON_EMPTY = "NonEmpty",
    /** MatchCondition */
    MATCH_CONDITION = "MatchCondition",
    /** MatchTrue */
    MATCH_TRUE = "MatchTrue",
    /** MatchFalse */
    MATCH_FALSE = "MatchFalse",
    /** None */
    NONE = "None"
}
/**
 * Combine is the patch configuration for a CombineFromComposite,
 * CombineToComposite patch.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesCombine
 */
export interface ResourcesWriteConnectionSecretToRefPatchesCombine {
    /**
     * Strategy defines the strategy to use to combine the input variable values.
     * Currently only string is supported.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesCombine#strategy
     */
    readonly strategy: ResourcesWriteConnectionSecretToRefPatchesCombineStrategy;
    /**
     * String declares that input variables should be combined into a single
     * string, using the relevant settings for formatting purposes.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesCombine#string
     */
    readonly string?: ResourcesWriteConnectionSecretToRefPatchesCombineString;
    /**
     * Variables are the list of variables whose values will be retrieved and
     * combined.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesCombine#variables
     */
    readonly variables: ResourcesWriteConnectionSecretToRefPatchesCombineVariables[];
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesCombine' to JSON representation.
 */
export declare function toJson_ResourcesWriteConnectionSecretToRefPatchesCombine(obj: ResourcesWriteConnectionSecretToRefPatchesCombine | undefined): Record<string, any> | undefined;
/**
 * Policy configures the specifics of patching behaviour.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesPolicy
 */
export interface ResourcesWriteConnectionSecretToRefPatchesPolicy {
    /**
     * FromFieldPath specifies how to patch from a field path. The default is
     * 'Optional', which means the patch will be a no-op if the specified
     * fromFieldPath does not exist. Use 'Required' to prevent the creation of a
     * new composed resource until the required path exists.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesPolicy#fromFieldPath
     */
    readonly fromFieldPath?: ResourcesWriteConnectionSecretToRefPatchesPolicyFromFieldPath;
    /**
     * ToFieldPath specifies how to patch to a field path. The default is
     * 'Replace', which means the patch will completely replace the target field,
     * or create it if it does not exist. Use 'MergeObjects' to recursively merge the patch
     * object with the target object, while keeping target object keys, but overwriting any array values, or use
     * 'MergeObjectsAppendArrays' to recursively merge the patch object with the target object, while keeping
     * target object keys and appending any array values to target array values, or use
     * 'ForceMergeObjects' to recursively merge the patch object with the target object, overwriting
     * any target object keys, including array values, or use
     * 'ForceMergeObjectsAppendArrays' to recursively merge the patch object with the target object,
     * overwriting target object keys, and appending any array values to target array values.
     * 'MergeObject' is deprecated, use 'MergeObjects' instead, which is functionally identical.
     * 'AppendArray' is deprecated, use 'ForceMergeObjectsAppendArrays' instead, which is functionally identical.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesPolicy#toFieldPath
     */
    readonly toFieldPath?: ResourcesWriteConnectionSecretToRefPatchesPolicyToFieldPath;
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesPolicy' to JSON representation.
 */
export declare function toJson_ResourcesWriteConnectionSecretToRefPatchesPolicy(obj: ResourcesWriteConnectionSecretToRefPatchesPolicy | undefined): Record<string, any> | undefined;
/**
 * Transform is a unit of process whose input is transformed into an output with
 * the supplied configuration.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransforms
 */
export interface ResourcesWriteConnectionSecretToRefPatchesTransforms {
    /**
     * Convert is used to cast the input into the given output type.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransforms#convert
     */
    readonly convert?: ResourcesWriteConnectionSecretToRefPatchesTransformsConvert;
    /**
     * Map uses the input as a key in the given map and returns the value.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransforms#map
     */
    readonly map?: {
        [key: string]: any;
    };
    /**
     * Match is a more complex version of Map that matches a list of patterns.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransforms#match
     */
    readonly match?: ResourcesWriteConnectionSecretToRefPatchesTransformsMatch;
    /**
     * Math is used to transform the input via mathematical operations such as
     * multiplication.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransforms#math
     */
    readonly math?: ResourcesWriteConnectionSecretToRefPatchesTransformsMath;
    /**
     * String is used to transform the input into a string or a different kind
     * of string. Note that the input does not necessarily need to be a string.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransforms#string
     */
    readonly string?: ResourcesWriteConnectionSecretToRefPatchesTransformsString;
    /**
     * Type of the transform to be run.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransforms#type
     */
    readonly type: ResourcesWriteConnectionSecretToRefPatchesTransformsType;
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesTransforms' to JSON representation.
 */
export declare function toJson_ResourcesWriteConnectionSecretToRefPatchesTransforms(obj: ResourcesWriteConnectionSecretToRefPatchesTransforms | undefined): Record<string, any> | undefined;
/**
 * Type sets the patch type. Only FromCompositeFieldPath and CombineFromComposite
 * are supported for connection secret patches.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesType
 */
export declare enum ResourcesWriteConnectionSecretToRefPatchesType {
    /** FromCompositeFieldPath */
    FROM_COMPOSITE_FIELD_PATH = "FromCompositeFieldPath",
    /** CombineFromComposite */
    COMBINE_FROM_COMPOSITE = "CombineFromComposite"
}
/**
 * Strategy defines the strategy to use to combine the input variable values.
 * Currently only string is supported.
 *
 * @schema ResourcesEnvironmentPatchesCombineStrategy
 */
export declare enum ResourcesEnvironmentPatchesCombineStrategy {
    /** string */
    STRING = "string"
}
/**
 * String declares that input variables should be combined into a single
 * string, using the relevant settings for formatting purposes.
 *
 * @schema ResourcesEnvironmentPatchesCombineString
 */
export interface ResourcesEnvironmentPatchesCombineString {
    /**
     * Format the input using a Go format string. See
     * https://golang.org/pkg/fmt/ for details.
     *
     * @schema ResourcesEnvironmentPatchesCombineString#fmt
     */
    readonly fmt: string;
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesCombineString' to JSON representation.
 */
export declare function toJson_ResourcesEnvironmentPatchesCombineString(obj: ResourcesEnvironmentPatchesCombineString | undefined): Record<string, any> | undefined;
/**
 * A CombineVariable defines the source of a value that is combined with
 * others to form and patch an output value. Currently, this only supports
 * retrieving values from a field path.
 *
 * @schema ResourcesEnvironmentPatchesCombineVariables
 */
export interface ResourcesEnvironmentPatchesCombineVariables {
    /**
     * FromFieldPath is the path of the field on the source whose value is
     * to be used as input.
     *
     * @schema ResourcesEnvironmentPatchesCombineVariables#fromFieldPath
     */
    readonly fromFieldPath: string;
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesCombineVariables' to JSON representation.
 */
export declare function toJson_ResourcesEnvironmentPatchesCombineVariables(obj: ResourcesEnvironmentPatchesCombineVariables | undefined): Record<string, any> | undefined;
/**
 * FromFieldPath specifies how to patch from a field path. The default is
 * 'Optional', which means the patch will be a no-op if the specified
 * fromFieldPath does not exist. Use 'Required' to prevent the creation of a
 * new composed resource until the required path exists.
 *
 * @schema ResourcesEnvironmentPatchesPolicyFromFieldPath
 */
export declare enum ResourcesEnvironmentPatchesPolicyFromFieldPath {
    /** Optional */
    OPTIONAL = "Optional",
    /** Required */
    REQUIRED = "Required"
}
/**
 * ToFieldPath specifies how to patch to a field path. The default is
 * 'Replace', which means the patch will completely replace the target field,
 * or create it if it does not exist. Use 'MergeObjects' to recursively merge the patch
 * object with the target object, while keeping target object keys, but overwriting any array values, or use
 * 'MergeObjectsAppendArrays' to recursively merge the patch object with the target object, while keeping
 * target object keys and appending any array values to target array values, or use
 * 'ForceMergeObjects' to recursively merge the patch object with the target object, overwriting
 * any target object keys, including array values, or use
 * 'ForceMergeObjectsAppendArrays' to recursively merge the patch object with the target object,
 * overwriting target object keys, and appending any array values to target array values.
 * 'MergeObject' is deprecated, use 'MergeObjects' instead, which is functionally identical.
 * 'AppendArray' is deprecated, use 'ForceMergeObjectsAppendArrays' instead, which is functionally identical.
 *
 * @schema ResourcesEnvironmentPatchesPolicyToFieldPath
 */
export declare enum ResourcesEnvironmentPatchesPolicyToFieldPath {
    /** Replace */
    REPLACE = "Replace",
    /** MergeObjects */
    MERGE_OBJECTS = "MergeObjects",
    /** MergeObjectsAppendArrays */
    MERGE_OBJECTS_APPEND_ARRAYS = "MergeObjectsAppendArrays",
    /** ForceMergeObjects */
    FORCE_MERGE_OBJECTS = "ForceMergeObjects",
    /** ForceMergeObjectsAppendArrays */
    FORCE_MERGE_OBJECTS_APPEND_ARRAYS = "ForceMergeObjectsAppendArrays",
    /** MergeObject */
    MERGE_OBJECT = "MergeObject",
    /** AppendArray */
    APPEND_ARRAY = "AppendArray"
}
/**
 * Convert is used to cast the input into the given output type.
 *
 * @schema ResourcesEnvironmentPatchesTransformsConvert
 */
export interface ResourcesEnvironmentPatchesTransformsConvert {
    /**
     * The expected input format.
     *
     * * `quantity` - parses the input as a K8s [`resource.Quantity`](https://pkg.go.dev/k8s.io/apimachinery/pkg/api/resource#Quantity).
     * Only used during `string -> float64` conversions.
     * * `json` - parses the input as a JSON string.
     * Only used during `string -> object` or `string -> list` conversions.
     *
     * If this property is null, the default conversion is applied.
     *
     * @schema ResourcesEnvironmentPatchesTransformsConvert#format
     */
    readonly format?: ResourcesEnvironmentPatchesTransformsConvertFormat;
    /**
     * ToType is the type of the output of this transform.
     *
     * @schema ResourcesEnvironmentPatchesTransformsConvert#toType
     */
    readonly toType: ResourcesEnvironmentPatchesTransformsConvertToType;
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesTransformsConvert' to JSON representation.
 */
export declare function toJson_ResourcesEnvironmentPatchesTransformsConvert(obj: ResourcesEnvironmentPatchesTransformsConvert | undefined): Record<string, any> | undefined;
/**
 * Match is a more complex version of Map that matches a list of patterns.
 *
 * @schema ResourcesEnvironmentPatchesTransformsMatch
 */
export interface ResourcesEnvironmentPatchesTransformsMatch {
    /**
     * Determines to what value the transform should fallback if no pattern matches.
     *
     * @schema ResourcesEnvironmentPatchesTransformsMatch#fallbackTo
     */
    readonly fallbackTo?: ResourcesEnvironmentPatchesTransformsMatchFallbackTo;
    /**
     * The fallback value that should be returned by the transform if now pattern
     * matches.
     *
     * @schema ResourcesEnvironmentPatchesTransformsMatch#fallbackValue
     */
    readonly fallbackValue?: any;
    /**
     * The patterns that should be tested against the input string.
     * Patterns are tested in order. The value of the first match is used as
     * result of this transform.
     *
     * @schema ResourcesEnvironmentPatchesTransformsMatch#patterns
     */
    readonly patterns?: ResourcesEnvironmentPatchesTransformsMatchPatterns[];
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesTransformsMatch' to JSON representation.
 */
export declare function toJson_ResourcesEnvironmentPatchesTransformsMatch(obj: ResourcesEnvironmentPatchesTransformsMatch | undefined): Record<string, any> | undefined;
/**
 * Math is used to transform the input via mathematical operations such as
 * multiplication.
 *
 * @schema ResourcesEnvironmentPatchesTransformsMath
 */
export interface ResourcesEnvironmentPatchesTransformsMath {
    /**
     * ClampMax makes sure that the value is not bigger than the given value.
     *
     * @schema ResourcesEnvironmentPatchesTransformsMath#clampMax
     */
    readonly clampMax?: number;
    /**
     * ClampMin makes sure that the value is not smaller than the given value.
     *
     * @schema ResourcesEnvironmentPatchesTransformsMath#clampMin
     */
    readonly clampMin?: number;
    /**
     * Multiply the value.
     *
     * @schema ResourcesEnvironmentPatchesTransformsMath#multiply
     */
    readonly multiply?: number;
    /**
     * Type of the math transform to be run.
     *
     * @schema ResourcesEnvironmentPatchesTransformsMath#type
     */
    readonly type?: ResourcesEnvironmentPatchesTransformsMathType;
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesTransformsMath' to JSON representation.
 */
export declare function toJson_ResourcesEnvironmentPatchesTransformsMath(obj: ResourcesEnvironmentPatchesTransformsMath | undefined): Record<string, any> | undefined;
/**
 * String is used to transform the input into a string or a different kind
 * of string. Note that the input does not necessarily need to be a string.
 *
 * @schema ResourcesEnvironmentPatchesTransformsString
 */
export interface ResourcesEnvironmentPatchesTransformsString {
    /**
     * Optional conversion method to be specified.
     * `ToUpper` and `ToLower` change the letter case of the input string.
     * `ToBase64` and `FromBase64` perform a base64 conversion based on the input string.
     * `ToJson` converts any input value into its raw JSON representation.
     * `ToSha1`, `ToSha256` and `ToSha512` generate a hash value based on the input
     * converted to JSON.
     *
     * @schema ResourcesEnvironmentPatchesTransformsString#convert
     */
    readonly convert?: ResourcesEnvironmentPatchesTransformsStringConvert;
    /**
     * Format the input using a Go format string. See
     * https://golang.org/pkg/fmt/ for details.
     *
     * @schema ResourcesEnvironmentPatchesTransformsString#fmt
     */
    readonly fmt?: string;
    /**
     * Join the input strings.
     *
     * @schema ResourcesEnvironmentPatchesTransformsString#join
     */
    readonly join?: ResourcesEnvironmentPatchesTransformsStringJoin;
    /**
     * Extract a match from the input using a regular expression.
     *
     * @schema ResourcesEnvironmentPatchesTransformsString#regexp
     */
    readonly regexp?: ResourcesEnvironmentPatchesTransformsStringRegexp;
    /**
     * Search/Replace applied to the input string.
     *
     * @schema ResourcesEnvironmentPatchesTransformsString#replace
     */
    readonly replace?: ResourcesEnvironmentPatchesTransformsStringReplace;
    /**
     * Trim the prefix or suffix from the input
     *
     * @schema ResourcesEnvironmentPatchesTransformsString#trim
     */
    readonly trim?: string;
    /**
     * Type of the string transform to be run.
     *
     * @schema ResourcesEnvironmentPatchesTransformsString#type
     */
    readonly type: ResourcesEnvironmentPatchesTransformsStringType;
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesTransformsString' to JSON representation.
 */
export declare function toJson_ResourcesEnvironmentPatchesTransformsString(obj: ResourcesEnvironmentPatchesTransformsString | undefined): Record<string, any> | undefined;
/**
 * Type of the transform to be run.
 *
 * @schema ResourcesEnvironmentPatchesTransformsType
 */
export declare enum ResourcesEnvironmentPatchesTransformsType {
    /** map */
    MAP = "map",
    /** match */
    MATCH = "match",
    /** math */
    MATH = "math",
    /** string */
    STRING = "string",
    /** convert */
    CONVERT = "convert"
}
/**
 * Strategy defines the strategy to use to combine the input variable values.
 * Currently only string is supported.
 *
 * @schema ResourcesPatchSetsPatchesCombineStrategy
 */
export declare enum ResourcesPatchSetsPatchesCombineStrategy {
    /** string */
    STRING = "string"
}
/**
 * String declares that input variables should be combined into a single
 * string, using the relevant settings for formatting purposes.
 *
 * @schema ResourcesPatchSetsPatchesCombineString
 */
export interface ResourcesPatchSetsPatchesCombineString {
    /**
     * Format the input using a Go format string. See
     * https://golang.org/pkg/fmt/ for details.
     *
     * @schema ResourcesPatchSetsPatchesCombineString#fmt
     */
    readonly fmt: string;
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesCombineString' to JSON representation.
 */
export declare function toJson_ResourcesPatchSetsPatchesCombineString(obj: ResourcesPatchSetsPatchesCombineString | undefined): Record<string, any> | undefined;
/**
 * A CombineVariable defines the source of a value that is combined with
 * others to form and patch an output value. Currently, this only supports
 * retrieving values from a field path.
 *
 * @schema ResourcesPatchSetsPatchesCombineVariables
 */
export interface ResourcesPatchSetsPatchesCombineVariables {
    /**
     * FromFieldPath is the path of the field on the source whose value is
     * to be used as input.
     *
     * @schema ResourcesPatchSetsPatchesCombineVariables#fromFieldPath
     */
    readonly fromFieldPath: string;
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesCombineVariables' to JSON representation.
 */
export declare function toJson_ResourcesPatchSetsPatchesCombineVariables(obj: ResourcesPatchSetsPatchesCombineVariables | undefined): Record<string, any> | undefined;
/**
 * FromFieldPath specifies how to patch from a field path. The default is
 * 'Optional', which means the patch will be a no-op if the specified
 * fromFieldPath does not exist. Use 'Required' to prevent the creation of a
 * new composed resource until the required path exists.
 *
 * @schema ResourcesPatchSetsPatchesPolicyFromFieldPath
 */
export declare enum ResourcesPatchSetsPatchesPolicyFromFieldPath {
    /** Optional */
    OPTIONAL = "Optional",
    /** Required */
    REQUIRED = "Required"
}
/**
 * ToFieldPath specifies how to patch to a field path. The default is
 * 'Replace', which means the patch will completely replace the target field,
 * or create it if it does not exist. Use 'MergeObjects' to recursively merge the patch
 * object with the target object, while keeping target object keys, but overwriting any array values, or use
 * 'MergeObjectsAppendArrays' to recursively merge the patch object with the target object, while keeping
 * target object keys and appending any array values to target array values, or use
 * 'ForceMergeObjects' to recursively merge the patch object with the target object, overwriting
 * any target object keys, including array values, or use
 * 'ForceMergeObjectsAppendArrays' to recursively merge the patch object with the target object,
 * overwriting target object keys, and appending any array values to target array values.
 * 'MergeObject' is deprecated, use 'MergeObjects' instead, which is functionally identical.
 * 'AppendArray' is deprecated, use 'ForceMergeObjectsAppendArrays' instead, which is functionally identical.
 *
 * @schema ResourcesPatchSetsPatchesPolicyToFieldPath
 */
export declare enum ResourcesPatchSetsPatchesPolicyToFieldPath {
    /** Replace */
    REPLACE = "Replace",
    /** MergeObjects */
    MERGE_OBJECTS = "MergeObjects",
    /** MergeObjectsAppendArrays */
    MERGE_OBJECTS_APPEND_ARRAYS = "MergeObjectsAppendArrays",
    /** ForceMergeObjects */
    FORCE_MERGE_OBJECTS = "ForceMergeObjects",
    /** ForceMergeObjectsAppendArrays */
    FORCE_MERGE_OBJECTS_APPEND_ARRAYS = "ForceMergeObjectsAppendArrays",
    /** MergeObject */
    MERGE_OBJECT = "MergeObject",
    /** AppendArray */
    APPEND_ARRAY = "AppendArray"
}
/**
 * Convert is used to cast the input into the given output type.
 *
 * @schema ResourcesPatchSetsPatchesTransformsConvert
 */
export interface ResourcesPatchSetsPatchesTransformsConvert {
    /**
     * The expected input format.
     *
     * * `quantity` - parses the input as a K8s [`resource.Quantity`](https://pkg.go.dev/k8s.io/apimachinery/pkg/api/resource#Quantity).
     * Only used during `string -> float64` conversions.
     * * `json` - parses the input as a JSON string.
     * Only used during `string -> object` or `string -> list` conversions.
     *
     * If this property is null, the default conversion is applied.
     *
     * @schema ResourcesPatchSetsPatchesTransformsConvert#format
     */
    readonly format?: ResourcesPatchSetsPatchesTransformsConvertFormat;
    /**
     * ToType is the type of the output of this transform.
     *
     * @schema ResourcesPatchSetsPatchesTransformsConvert#toType
     */
    readonly toType: ResourcesPatchSetsPatchesTransformsConvertToType;
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesTransformsConvert' to JSON representation.
 */
export declare function toJson_ResourcesPatchSetsPatchesTransformsConvert(obj: ResourcesPatchSetsPatchesTransformsConvert | undefined): Record<string, any> | undefined;
/**
 * Match is a more complex version of Map that matches a list of patterns.
 *
 * @schema ResourcesPatchSetsPatchesTransformsMatch
 */
export interface ResourcesPatchSetsPatchesTransformsMatch {
    /**
     * Determines to what value the transform should fallback if no pattern matches.
     *
     * @schema ResourcesPatchSetsPatchesTransformsMatch#fallbackTo
     */
    readonly fallbackTo?: ResourcesPatchSetsPatchesTransformsMatchFallbackTo;
    /**
     * The fallback value that should be returned by the transform if now pattern
     * matches.
     *
     * @schema ResourcesPatchSetsPatchesTransformsMatch#fallbackValue
     */
    readonly fallbackValue?: any;
    /**
     * The patterns that should be tested against the input string.
     * Patterns are tested in order. The value of the first match is used as
     * result of this transform.
     *
     * @schema ResourcesPatchSetsPatchesTransformsMatch#patterns
     */
    readonly patterns?: ResourcesPatchSetsPatchesTransformsMatchPatterns[];
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesTransformsMatch' to JSON representation.
 */
export declare function toJson_ResourcesPatchSetsPatchesTransformsMatch(obj: ResourcesPatchSetsPatchesTransformsMatch | undefined): Record<string, any> | undefined;
/**
 * Math is used to transform the input via mathematical operations such as
 * multiplication.
 *
 * @schema ResourcesPatchSetsPatchesTransformsMath
 */
export interface ResourcesPatchSetsPatchesTransformsMath {
    /**
     * ClampMax makes sure that the value is not bigger than the given value.
     *
     * @schema ResourcesPatchSetsPatchesTransformsMath#clampMax
     */
    readonly clampMax?: number;
    /**
     * ClampMin makes sure that the value is not smaller than the given value.
     *
     * @schema ResourcesPatchSetsPatchesTransformsMath#clampMin
     */
    readonly clampMin?: number;
    /**
     * Multiply the value.
     *
     * @schema ResourcesPatchSetsPatchesTransformsMath#multiply
     */
    readonly multiply?: number;
    /**
     * Type of the math transform to be run.
     *
     * @schema ResourcesPatchSetsPatchesTransformsMath#type
     */
    readonly type?: ResourcesPatchSetsPatchesTransformsMathType;
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesTransformsMath' to JSON representation.
 */
export declare function toJson_ResourcesPatchSetsPatchesTransformsMath(obj: ResourcesPatchSetsPatchesTransformsMath | undefined): Record<string, any> | undefined;
/**
 * String is used to transform the input into a string or a different kind
 * of string. Note that the input does not necessarily need to be a string.
 *
 * @schema ResourcesPatchSetsPatchesTransformsString
 */
export interface ResourcesPatchSetsPatchesTransformsString {
    /**
     * Optional conversion method to be specified.
     * `ToUpper` and `ToLower` change the letter case of the input string.
     * `ToBase64` and `FromBase64` perform a base64 conversion based on the input string.
     * `ToJson` converts any input value into its raw JSON representation.
     * `ToSha1`, `ToSha256` and `ToSha512` generate a hash value based on the input
     * converted to JSON.
     *
     * @schema ResourcesPatchSetsPatchesTransformsString#convert
     */
    readonly convert?: ResourcesPatchSetsPatchesTransformsStringConvert;
    /**
     * Format the input using a Go format string. See
     * https://golang.org/pkg/fmt/ for details.
     *
     * @schema ResourcesPatchSetsPatchesTransformsString#fmt
     */
    readonly fmt?: string;
    /**
     * Join the input strings.
     *
     * @schema ResourcesPatchSetsPatchesTransformsString#join
     */
    readonly join?: ResourcesPatchSetsPatchesTransformsStringJoin;
    /**
     * Extract a match from the input using a regular expression.
     *
     * @schema ResourcesPatchSetsPatchesTransformsString#regexp
     */
    readonly regexp?: ResourcesPatchSetsPatchesTransformsStringRegexp;
    /**
     * Search/Replace applied to the input string.
     *
     * @schema ResourcesPatchSetsPatchesTransformsString#replace
     */
    readonly replace?: ResourcesPatchSetsPatchesTransformsStringReplace;
    /**
     * Trim the prefix or suffix from the input
     *
     * @schema ResourcesPatchSetsPatchesTransformsString#trim
     */
    readonly trim?: string;
    /**
     * Type of the string transform to be run.
     *
     * @schema ResourcesPatchSetsPatchesTransformsString#type
     */
    readonly type: ResourcesPatchSetsPatchesTransformsStringType;
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesTransformsString' to JSON representation.
 */
export declare function toJson_ResourcesPatchSetsPatchesTransformsString(obj: ResourcesPatchSetsPatchesTransformsString | undefined): Record<string, any> | undefined;
/**
 * Type of the transform to be run.
 *
 * @schema ResourcesPatchSetsPatchesTransformsType
 */
export declare enum ResourcesPatchSetsPatchesTransformsType {
    /** map */
    MAP = "map",
    /** match */
    MATCH = "match",
    /** math */
    MATH = "math",
    /** string */
    STRING = "string",
    /** convert */
    CONVERT = "convert"
}
/**
 * Strategy defines the strategy to use to combine the input variable values.
 * Currently only string is supported.
 *
 * @schema ResourcesResourcesPatchesCombineStrategy
 */
export declare enum ResourcesResourcesPatchesCombineStrategy {
    /** string */
    STRING = "string"
}
/**
 * String declares that input variables should be combined into a single
 * string, using the relevant settings for formatting purposes.
 *
 * @schema ResourcesResourcesPatchesCombineString
 */
export interface ResourcesResourcesPatchesCombineString {
    /**
     * Format the input using a Go format string. See
     * https://golang.org/pkg/fmt/ for details.
     *
     * @schema ResourcesResourcesPatchesCombineString#fmt
     */
    readonly fmt: string;
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesCombineString' to JSON representation.
 */
export declare function toJson_ResourcesResourcesPatchesCombineString(obj: ResourcesResourcesPatchesCombineString | undefined): Record<string, any> | undefined;
/**
 * A CombineVariable defines the source of a value that is combined with
 * others to form and patch an output value. Currently, this only supports
 * retrieving values from a field path.
 *
 * @schema ResourcesResourcesPatchesCombineVariables
 */
export interface ResourcesResourcesPatchesCombineVariables {
    /**
     * FromFieldPath is the path of the field on the source whose value is
     * to be used as input.
     *
     * @schema ResourcesResourcesPatchesCombineVariables#fromFieldPath
     */
    readonly fromFieldPath: string;
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesCombineVariables' to JSON representation.
 */
export declare function toJson_ResourcesResourcesPatchesCombineVariables(obj: ResourcesResourcesPatchesCombineVariables | undefined): Record<string, any> | undefined;
/**
 * FromFieldPath specifies how to patch from a field path. The default is
 * 'Optional', which means the patch will be a no-op if the specified
 * fromFieldPath does not exist. Use 'Required' to prevent the creation of a
 * new composed resource until the required path exists.
 *
 * @schema ResourcesResourcesPatchesPolicyFromFieldPath
 */
export declare enum ResourcesResourcesPatchesPolicyFromFieldPath {
    /** Optional */
    OPTIONAL = "Optional",
    /** Required */
    REQUIRED = "Required"
}
/**
 * ToFieldPath specifies how to patch to a field path. The default is
 * 'Replace', which means the patch will completely replace the target field,
 * or create it if it does not exist. Use 'MergeObjects' to recursively merge the patch
 * object with the target object, while keeping target object keys, but overwriting any array values, or use
 * 'MergeObjectsAppendArrays' to recursively merge the patch object with the target object, while keeping
 * target object keys and appending any array values to target array values, or use
 * 'ForceMergeObjects' to recursively merge the patch object with the target object, overwriting
 * any target object keys, including array values, or use
 * 'ForceMergeObjectsAppendArrays' to recursively merge the patch object with the target object,
 * overwriting target object keys, and appending any array values to target array values.
 * 'MergeObject' is deprecated, use 'MergeObjects' instead, which is functionally identical.
 * 'AppendArray' is deprecated, use 'ForceMergeObjectsAppendArrays' instead, which is functionally identical.
 *
 * @schema ResourcesResourcesPatchesPolicyToFieldPath
 */
export declare enum ResourcesResourcesPatchesPolicyToFieldPath {
    /** Replace */
    REPLACE = "Replace",
    /** MergeObjects */
    MERGE_OBJECTS = "MergeObjects",
    /** MergeObjectsAppendArrays */
    MERGE_OBJECTS_APPEND_ARRAYS = "MergeObjectsAppendArrays",
    /** ForceMergeObjects */
    FORCE_MERGE_OBJECTS = "ForceMergeObjects",
    /** ForceMergeObjectsAppendArrays */
    FORCE_MERGE_OBJECTS_APPEND_ARRAYS = "ForceMergeObjectsAppendArrays",
    /** MergeObject */
    MERGE_OBJECT = "MergeObject",
    /** AppendArray */
    APPEND_ARRAY = "AppendArray"
}
/**
 * Convert is used to cast the input into the given output type.
 *
 * @schema ResourcesResourcesPatchesTransformsConvert
 */
export interface ResourcesResourcesPatchesTransformsConvert {
    /**
     * The expected input format.
     *
     * * `quantity` - parses the input as a K8s [`resource.Quantity`](https://pkg.go.dev/k8s.io/apimachinery/pkg/api/resource#Quantity).
     * Only used during `string -> float64` conversions.
     * * `json` - parses the input as a JSON string.
     * Only used during `string -> object` or `string -> list` conversions.
     *
     * If this property is null, the default conversion is applied.
     *
     * @schema ResourcesResourcesPatchesTransformsConvert#format
     */
    readonly format?: ResourcesResourcesPatchesTransformsConvertFormat;
    /**
     * ToType is the type of the output of this transform.
     *
     * @schema ResourcesResourcesPatchesTransformsConvert#toType
     */
    readonly toType: ResourcesResourcesPatchesTransformsConvertToType;
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesTransformsConvert' to JSON representation.
 */
export declare function toJson_ResourcesResourcesPatchesTransformsConvert(obj: ResourcesResourcesPatchesTransformsConvert | undefined): Record<string, any> | undefined;
/**
 * Match is a more complex version of Map that matches a list of patterns.
 *
 * @schema ResourcesResourcesPatchesTransformsMatch
 */
export interface ResourcesResourcesPatchesTransformsMatch {
    /**
     * Determines to what value the transform should fallback if no pattern matches.
     *
     * @schema ResourcesResourcesPatchesTransformsMatch#fallbackTo
     */
    readonly fallbackTo?: ResourcesResourcesPatchesTransformsMatchFallbackTo;
    /**
     * The fallback value that should be returned by the transform if now pattern
     * matches.
     *
     * @schema ResourcesResourcesPatchesTransformsMatch#fallbackValue
     */
    readonly fallbackValue?: any;
    /**
     * The patterns that should be tested against the input string.
     * Patterns are tested in order. The value of the first match is used as
     * result of this transform.
     *
     * @schema ResourcesResourcesPatchesTransformsMatch#patterns
     */
    readonly patterns?: ResourcesResourcesPatchesTransformsMatchPatterns[];
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesTransformsMatch' to JSON representation.
 */
export declare function toJson_ResourcesResourcesPatchesTransformsMatch(obj: ResourcesResourcesPatchesTransformsMatch | undefined): Record<string, any> | undefined;
/**
 * Math is used to transform the input via mathematical operations such as
 * multiplication.
 *
 * @schema ResourcesResourcesPatchesTransformsMath
 */
export interface ResourcesResourcesPatchesTransformsMath {
    /**
     * ClampMax makes sure that the value is not bigger than the given value.
     *
     * @schema ResourcesResourcesPatchesTransformsMath#clampMax
     */
    readonly clampMax?: number;
    /**
     * ClampMin makes sure that the value is not smaller than the given value.
     *
     * @schema ResourcesResourcesPatchesTransformsMath#clampMin
     */
    readonly clampMin?: number;
    /**
     * Multiply the value.
     *
     * @schema ResourcesResourcesPatchesTransformsMath#multiply
     */
    readonly multiply?: number;
    /**
     * Type of the math transform to be run.
     *
     * @schema ResourcesResourcesPatchesTransformsMath#type
     */
    readonly type?: ResourcesResourcesPatchesTransformsMathType;
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesTransformsMath' to JSON representation.
 */
export declare function toJson_ResourcesResourcesPatchesTransformsMath(obj: ResourcesResourcesPatchesTransformsMath | undefined): Record<string, any> | undefined;
/**
 * String is used to transform the input into a string or a different kind
 * of string. Note that the input does not necessarily need to be a string.
 *
 * @schema ResourcesResourcesPatchesTransformsString
 */
export interface ResourcesResourcesPatchesTransformsString {
    /**
     * Optional conversion method to be specified.
     * `ToUpper` and `ToLower` change the letter case of the input string.
     * `ToBase64` and `FromBase64` perform a base64 conversion based on the input string.
     * `ToJson` converts any input value into its raw JSON representation.
     * `ToSha1`, `ToSha256` and `ToSha512` generate a hash value based on the input
     * converted to JSON.
     *
     * @schema ResourcesResourcesPatchesTransformsString#convert
     */
    readonly convert?: ResourcesResourcesPatchesTransformsStringConvert;
    /**
     * Format the input using a Go format string. See
     * https://golang.org/pkg/fmt/ for details.
     *
     * @schema ResourcesResourcesPatchesTransformsString#fmt
     */
    readonly fmt?: string;
    /**
     * Join the input strings.
     *
     * @schema ResourcesResourcesPatchesTransformsString#join
     */
    readonly join?: ResourcesResourcesPatchesTransformsStringJoin;
    /**
     * Extract a match from the input using a regular expression.
     *
     * @schema ResourcesResourcesPatchesTransformsString#regexp
     */
    readonly regexp?: ResourcesResourcesPatchesTransformsStringRegexp;
    /**
     * Search/Replace applied to the input string.
     *
     * @schema ResourcesResourcesPatchesTransformsString#replace
     */
    readonly replace?: ResourcesResourcesPatchesTransformsStringReplace;
    /**
     * Trim the prefix or suffix from the input
     *
     * @schema ResourcesResourcesPatchesTransformsString#trim
     */
    readonly trim?: string;
    /**
     * Type of the string transform to be run.
     *
     * @schema ResourcesResourcesPatchesTransformsString#type
     */
    readonly type: ResourcesResourcesPatchesTransformsStringType;
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesTransformsString' to JSON representation.
 */
export declare function toJson_ResourcesResourcesPatchesTransformsString(obj: ResourcesResourcesPatchesTransformsString | undefined): Record<string, any> | undefined;
/**
 * Type of the transform to be run.
 *
 * @schema ResourcesResourcesPatchesTransformsType
 */
export declare enum ResourcesResourcesPatchesTransformsType {
    /** map */
    MAP = "map",
    /** match */
    MATCH = "match",
    /** math */
    MATH = "math",
    /** string */
    STRING = "string",
    /** convert */
    CONVERT = "convert"
}
/**
 * Strategy defines the strategy to use to combine the input variable values.
 * Currently only string is supported.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesCombineStrategy
 */
export declare enum ResourcesWriteConnectionSecretToRefPatchesCombineStrategy {
    /** string */
    STRING = "string"
}
/**
 * String declares that input variables should be combined into a single
 * string, using the relevant settings for formatting purposes.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesCombineString
 */
export interface ResourcesWriteConnectionSecretToRefPatchesCombineString {
    /**
     * Format the input using a Go format string. See
     * https://golang.org/pkg/fmt/ for details.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesCombineString#fmt
     */
    readonly fmt: string;
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesCombineString' to JSON representation.
 */
export declare function toJson_ResourcesWriteConnectionSecretToRefPatchesCombineString(obj: ResourcesWriteConnectionSecretToRefPatchesCombineString | undefined): Record<string, any> | undefined;
/**
 * A CombineVariable defines the source of a value that is combined with
 * others to form and patch an output value. Currently, this only supports
 * retrieving values from a field path.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesCombineVariables
 */
export interface ResourcesWriteConnectionSecretToRefPatchesCombineVariables {
    /**
     * FromFieldPath is the path of the field on the source whose value is
     * to be used as input.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesCombineVariables#fromFieldPath
     */
    readonly fromFieldPath: string;
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesCombineVariables' to JSON representation.
 */
export declare function toJson_ResourcesWriteConnectionSecretToRefPatchesCombineVariables(obj: ResourcesWriteConnectionSecretToRefPatchesCombineVariables | undefined): Record<string, any> | undefined;
/**
 * FromFieldPath specifies how to patch from a field path. The default is
 * 'Optional', which means the patch will be a no-op if the specified
 * fromFieldPath does not exist. Use 'Required' to prevent the creation of a
 * new composed resource until the required path exists.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesPolicyFromFieldPath
 */
export declare enum ResourcesWriteConnectionSecretToRefPatchesPolicyFromFieldPath {
    /** Optional */
    OPTIONAL = "Optional",
    /** Required */
    REQUIRED = "Required"
}
/**
 * ToFieldPath specifies how to patch to a field path. The default is
 * 'Replace', which means the patch will completely replace the target field,
 * or create it if it does not exist. Use 'MergeObjects' to recursively merge the patch
 * object with the target object, while keeping target object keys, but overwriting any array values, or use
 * 'MergeObjectsAppendArrays' to recursively merge the patch object with the target object, while keeping
 * target object keys and appending any array values to target array values, or use
 * 'ForceMergeObjects' to recursively merge the patch object with the target object, overwriting
 * any target object keys, including array values, or use
 * 'ForceMergeObjectsAppendArrays' to recursively merge the patch object with the target object,
 * overwriting target object keys, and appending any array values to target array values.
 * 'MergeObject' is deprecated, use 'MergeObjects' instead, which is functionally identical.
 * 'AppendArray' is deprecated, use 'ForceMergeObjectsAppendArrays' instead, which is functionally identical.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesPolicyToFieldPath
 */
export declare enum ResourcesWriteConnectionSecretToRefPatchesPolicyToFieldPath {
    /** Replace */
    REPLACE = "Replace",
    /** MergeObjects */
    MERGE_OBJECTS = "MergeObjects",
    /** MergeObjectsAppendArrays */
    MERGE_OBJECTS_APPEND_ARRAYS = "MergeObjectsAppendArrays",
    /** ForceMergeObjects */
    FORCE_MERGE_OBJECTS = "ForceMergeObjects",
    /** ForceMergeObjectsAppendArrays */
    FORCE_MERGE_OBJECTS_APPEND_ARRAYS = "ForceMergeObjectsAppendArrays",
    /** MergeObject */
    MERGE_OBJECT = "MergeObject",
    /** AppendArray */
    APPEND_ARRAY = "AppendArray"
}
/**
 * Convert is used to cast the input into the given output type.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsConvert
 */
export interface ResourcesWriteConnectionSecretToRefPatchesTransformsConvert {
    /**
     * The expected input format.
     *
     * * `quantity` - parses the input as a K8s [`resource.Quantity`](https://pkg.go.dev/k8s.io/apimachinery/pkg/api/resource#Quantity).
     * Only used during `string -> float64` conversions.
     * * `json` - parses the input as a JSON string.
     * Only used during `string -> object` or `string -> list` conversions.
     *
     * If this property is null, the default conversion is applied.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsConvert#format
     */
    readonly format?: ResourcesWriteConnectionSecretToRefPatchesTransformsConvertFormat;
    /**
     * ToType is the type of the output of this transform.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsConvert#toType
     */
    readonly toType: ResourcesWriteConnectionSecretToRefPatchesTransformsConvertToType;
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesTransformsConvert' to JSON representation.
 */
export declare function toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsConvert(obj: ResourcesWriteConnectionSecretToRefPatchesTransformsConvert | undefined): Record<string, any> | undefined;
/**
 * Match is a more complex version of Map that matches a list of patterns.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMatch
 */
export interface ResourcesWriteConnectionSecretToRefPatchesTransformsMatch {
    /**
     * Determines to what value the transform should fallback if no pattern matches.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMatch#fallbackTo
     */
    readonly fallbackTo?: ResourcesWriteConnectionSecretToRefPatchesTransformsMatchFallbackTo;
    /**
     * The fallback value that should be returned by the transform if now pattern
     * matches.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMatch#fallbackValue
     */
    readonly fallbackValue?: any;
    /**
     * The patterns that should be tested against the input string.
     * Patterns are tested in order. The value of the first match is used as
     * result of this transform.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMatch#patterns
     */
    readonly patterns?: ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatterns[];
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesTransformsMatch' to JSON representation.
 */
export declare function toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsMatch(obj: ResourcesWriteConnectionSecretToRefPatchesTransformsMatch | undefined): Record<string, any> | undefined;
/**
 * Math is used to transform the input via mathematical operations such as
 * multiplication.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMath
 */
export interface ResourcesWriteConnectionSecretToRefPatchesTransformsMath {
    /**
     * ClampMax makes sure that the value is not bigger than the given value.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMath#clampMax
     */
    readonly clampMax?: number;
    /**
     * ClampMin makes sure that the value is not smaller than the given value.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMath#clampMin
     */
    readonly clampMin?: number;
    /**
     * Multiply the value.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMath#multiply
     */
    readonly multiply?: number;
    /**
     * Type of the math transform to be run.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMath#type
     */
    readonly type?: ResourcesWriteConnectionSecretToRefPatchesTransformsMathType;
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesTransformsMath' to JSON representation.
 */
export declare function toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsMath(obj: ResourcesWriteConnectionSecretToRefPatchesTransformsMath | undefined): Record<string, any> | undefined;
/**
 * String is used to transform the input into a string or a different kind
 * of string. Note that the input does not necessarily need to be a string.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsString
 */
export interface ResourcesWriteConnectionSecretToRefPatchesTransformsString {
    /**
     * Optional conversion method to be specified.
     * `ToUpper` and `ToLower` change the letter case of the input string.
     * `ToBase64` and `FromBase64` perform a base64 conversion based on the input string.
     * `ToJson` converts any input value into its raw JSON representation.
     * `ToSha1`, `ToSha256` and `ToSha512` generate a hash value based on the input
     * converted to JSON.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsString#convert
     */
    readonly convert?: ResourcesWriteConnectionSecretToRefPatchesTransformsStringConvert;
    /**
     * Format the input using a Go format string. See
     * https://golang.org/pkg/fmt/ for details.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsString#fmt
     */
    readonly fmt?: string;
    /**
     * Join the input strings.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsString#join
     */
    readonly join?: ResourcesWriteConnectionSecretToRefPatchesTransformsStringJoin;
    /**
     * Extract a match from the input using a regular expression.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsString#regexp
     */
    readonly regexp?: ResourcesWriteConnectionSecretToRefPatchesTransformsStringRegexp;
    /**
     * Search/Replace applied to the input string.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsString#replace
     */
    readonly replace?: ResourcesWriteConnectionSecretToRefPatchesTransformsStringReplace;
    /**
     * Trim the prefix or suffix from the input
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsString#trim
     */
    readonly trim?: string;
    /**
     * Type of the string transform to be run.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsString#type
     */
    readonly type: ResourcesWriteConnectionSecretToRefPatchesTransformsStringType;
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesTransformsString' to JSON representation.
 */
export declare function toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsString(obj: ResourcesWriteConnectionSecretToRefPatchesTransformsString | undefined): Record<string, any> | undefined;
/**
 * Type of the transform to be run.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsType
 */
export declare enum ResourcesWriteConnectionSecretToRefPatchesTransformsType {
    /** map */
    MAP = "map",
    /** match */
    MATCH = "match",
    /** math */
    MATH = "math",
    /** string */
    STRING = "string",
    /** convert */
    CONVERT = "convert"
}
/**
 * The expected input format.
 *
 * * `quantity` - parses the input as a K8s [`resource.Quantity`](https://pkg.go.dev/k8s.io/apimachinery/pkg/api/resource#Quantity).
 * Only used during `string -> float64` conversions.
 * * `json` - parses the input as a JSON string.
 * Only used during `string -> object` or `string -> list` conversions.
 *
 * If this property is null, the default conversion is applied.
 *
 * @schema ResourcesEnvironmentPatchesTransformsConvertFormat
 */
export declare enum ResourcesEnvironmentPatchesTransformsConvertFormat {
    /** none */
    NONE = "none",
    /** quantity */
    QUANTITY = "quantity",
    /** json */
    JSON = "json"
}
/**
 * ToType is the type of the output of this transform.
 *
 * @schema ResourcesEnvironmentPatchesTransformsConvertToType
 */
export declare enum ResourcesEnvironmentPatchesTransformsConvertToType {
    /** string */
    STRING = "string",
    /** int */
    INT = "int",
    /** int64 */
    INT64 = "int64",
    /** bool */
    BOOL = "bool",
    /** float64 */
    FLOAT64 = "float64",
    /** object */
    OBJECT = "object",
    /** array */
    ARRAY = "array"
}
/**
 * Determines to what value the transform should fallback if no pattern matches.
 *
 * @schema ResourcesEnvironmentPatchesTransformsMatchFallbackTo
 */
export declare enum ResourcesEnvironmentPatchesTransformsMatchFallbackTo {
    /** Value */
    VALUE = "Value",
    /** Input */
    INPUT = "Input"
}
/**
 * MatchTransformPattern is a transform that returns the value that matches a
 * pattern.
 *
 * @schema ResourcesEnvironmentPatchesTransformsMatchPatterns
 */
export interface ResourcesEnvironmentPatchesTransformsMatchPatterns {
    /**
     * Literal exactly matches the input string (case sensitive).
     * Is required if `type` is `literal`.
     *
     * @schema ResourcesEnvironmentPatchesTransformsMatchPatterns#literal
     */
    readonly literal?: string;
    /**
     * Regexp to match against the input string.
     * Is required if `type` is `regexp`.
     *
     * @schema ResourcesEnvironmentPatchesTransformsMatchPatterns#regexp
     */
    readonly regexp?: string;
    /**
     * The value that is used as result of the transform if the pattern matches.
     *
     * @schema ResourcesEnvironmentPatchesTransformsMatchPatterns#result
     */
    readonly result: any;
    /**
     * Type specifies how the pattern matches the input.
     *
     * * `literal` - the pattern value has to exactly match (case sensitive) the
     * input string. This is the default.
     *
     * * `regexp` - the pattern treated as a regular expression against
     * which the input string is tested. Crossplane will throw an error if the
     * key is not a valid regexp.
     *
     * @schema ResourcesEnvironmentPatchesTransformsMatchPatterns#type
     */
    readonly type: ResourcesEnvironmentPatchesTransformsMatchPatternsType;
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesTransformsMatchPatterns' to JSON representation.
 */
export declare function toJson_ResourcesEnvironmentPatchesTransformsMatchPatterns(obj: ResourcesEnvironmentPatchesTransformsMatchPatterns | undefined): Record<string, any> | undefined;
/**
 * Type of the math transform to be run.
 *
 * @schema ResourcesEnvironmentPatchesTransformsMathType
 */
export declare enum ResourcesEnvironmentPatchesTransformsMathType {
    /** Multiply */
    MULTIPLY = "Multiply",
    /** ClampMin */
    CLAMP_MIN = "ClampMin",
    /** ClampMax */
    CLAMP_MAX = "ClampMax"
}
/**
 * Optional conversion method to be specified.
 * `ToUpper` and `ToLower` change the letter case of the input string.
 * `ToBase64` and `FromBase64` perform a base64 conversion based on the input string.
 * `ToJson` converts any input value into its raw JSON representation.
 * `ToSha1`, `ToSha256` and `ToSha512` generate a hash value based on the input
 * converted to JSON.
 *
 * @schema ResourcesEnvironmentPatchesTransformsStringConvert
 */
export declare enum ResourcesEnvironmentPatchesTransformsStringConvert {
    /** ToUpper */
    TO_UPPER = "ToUpper",
    /** ToLower */
    TO_LOWER = "ToLower",
    /** ToBase64 */
    TO_BASE64 = "ToBase64",
    /** FromBase64 */
    FROM_BASE64 = "FromBase64",
    /** ToJson */
    TO_JSON = "ToJson",
    /** ToSha1 */
    TO_SHA1 = "ToSha1",
    /** ToSha256 */
    TO_SHA256 = "ToSha256",
    /** ToSha512 */
    TO_SHA512 = "ToSha512"
}
/**
 * Join the input strings.
 *
 * @schema ResourcesEnvironmentPatchesTransformsStringJoin
 */
export interface ResourcesEnvironmentPatchesTransformsStringJoin {
    /**
     * Separator to join the input strings.
     *
     * @schema ResourcesEnvironmentPatchesTransformsStringJoin#separator
     */
    readonly separator: string;
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesTransformsStringJoin' to JSON representation.
 */
export declare function toJson_ResourcesEnvironmentPatchesTransformsStringJoin(obj: ResourcesEnvironmentPatchesTransformsStringJoin | undefined): Record<string, any> | undefined;
/**
 * Extract a match from the input using a regular expression.
 *
 * @schema ResourcesEnvironmentPatchesTransformsStringRegexp
 */
export interface ResourcesEnvironmentPatchesTransformsStringRegexp {
    /**
     * Group number to match. 0 (the default) matches the entire expression.
     *
     * @schema ResourcesEnvironmentPatchesTransformsStringRegexp#group
     */
    readonly group?: number;
    /**
     * Match string. May optionally include submatches, aka capture groups.
     * See https://pkg.go.dev/regexp/ for details.
     *
     * @schema ResourcesEnvironmentPatchesTransformsStringRegexp#match
     */
    readonly match: string;
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesTransformsStringRegexp' to JSON representation.
 */
export declare function toJson_ResourcesEnvironmentPatchesTransformsStringRegexp(obj: ResourcesEnvironmentPatchesTransformsStringRegexp | undefined): Record<string, any> | undefined;
/**
 * Search/Replace applied to the input string.
 *
 * @schema ResourcesEnvironmentPatchesTransformsStringReplace
 */
export interface ResourcesEnvironmentPatchesTransformsStringReplace {
    /**
     * The Replace string replaces all occurrences of the search string.
     *
     * @schema ResourcesEnvironmentPatchesTransformsStringReplace#replace
     */
    readonly replace: string;
    /**
     * The Search string to match.
     *
     * @schema ResourcesEnvironmentPatchesTransformsStringReplace#search
     */
    readonly search: string;
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesTransformsStringReplace' to JSON representation.
 */
export declare function toJson_ResourcesEnvironmentPatchesTransformsStringReplace(obj: ResourcesEnvironmentPatchesTransformsStringReplace | undefined): Record<string, any> | undefined;
/**
 * Type of the string transform to be run.
 *
 * @schema ResourcesEnvironmentPatchesTransformsStringType
 */
export declare enum ResourcesEnvironmentPatchesTransformsStringType {
    /** Format */
    FORMAT = "Format",
    /** Convert */
    CONVERT = "Convert",
    /** TrimPrefix */
    TRIM_PREFIX = "TrimPrefix",
    /** TrimSuffix */
    TRIM_SUFFIX = "TrimSuffix",
    /** Regexp */
    REGEXP = "Regexp"
}
/**
 * The expected input format.
 *
 * * `quantity` - parses the input as a K8s [`resource.Quantity`](https://pkg.go.dev/k8s.io/apimachinery/pkg/api/resource#Quantity).
 * Only used during `string -> float64` conversions.
 * * `json` - parses the input as a JSON string.
 * Only used during `string -> object` or `string -> list` conversions.
 *
 * If this property is null, the default conversion is applied.
 *
 * @schema ResourcesPatchSetsPatchesTransformsConvertFormat
 */
export declare enum ResourcesPatchSetsPatchesTransformsConvertFormat {
    /** none */
    NONE = "none",
    /** quantity */
    QUANTITY = "quantity",
    /** json */
    JSON = "json"
}
/**
 * ToType is the type of the output of this transform.
 *
 * @schema ResourcesPatchSetsPatchesTransformsConvertToType
 */
export declare enum ResourcesPatchSetsPatchesTransformsConvertToType {
    /** string */
    STRING = "string",
    /** int */
    INT = "int",
    /** int64 */
    INT64 = "int64",
    /** bool */
    BOOL = "bool",
    /** float64 */
    FLOAT64 = "float64",
    /** object */
    OBJECT = "object",
    /** array */
    ARRAY = "array"
}
/**
 * Determines to what value the transform should fallback if no pattern matches.
 *
 * @schema ResourcesPatchSetsPatchesTransformsMatchFallbackTo
 */
export declare enum ResourcesPatchSetsPatchesTransformsMatchFallbackTo {
    /** Value */
    VALUE = "Value",
    /** Input */
    INPUT = "Input"
}
/**
 * MatchTransformPattern is a transform that returns the value that matches a
 * pattern.
 *
 * @schema ResourcesPatchSetsPatchesTransformsMatchPatterns
 */
export interface ResourcesPatchSetsPatchesTransformsMatchPatterns {
    /**
     * Literal exactly matches the input string (case sensitive).
     * Is required if `type` is `literal`.
     *
     * @schema ResourcesPatchSetsPatchesTransformsMatchPatterns#literal
     */
    readonly literal?: string;
    /**
     * Regexp to match against the input string.
     * Is required if `type` is `regexp`.
     *
     * @schema ResourcesPatchSetsPatchesTransformsMatchPatterns#regexp
     */
    readonly regexp?: string;
    /**
     * The value that is used as result of the transform if the pattern matches.
     *
     * @schema ResourcesPatchSetsPatchesTransformsMatchPatterns#result
     */
    readonly result: any;
    /**
     * Type specifies how the pattern matches the input.
     *
     * * `literal` - the pattern value has to exactly match (case sensitive) the
     * input string. This is the default.
     *
     * * `regexp` - the pattern treated as a regular expression against
     * which the input string is tested. Crossplane will throw an error if the
     * key is not a valid regexp.
     *
     * @schema ResourcesPatchSetsPatchesTransformsMatchPatterns#type
     */
    readonly type: ResourcesPatchSetsPatchesTransformsMatchPatternsType;
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesTransformsMatchPatterns' to JSON representation.
 */
export declare function toJson_ResourcesPatchSetsPatchesTransformsMatchPatterns(obj: ResourcesPatchSetsPatchesTransformsMatchPatterns | undefined): Record<string, any> | undefined;
/**
 * Type of the math transform to be run.
 *
 * @schema ResourcesPatchSetsPatchesTransformsMathType
 */
export declare enum ResourcesPatchSetsPatchesTransformsMathType {
    /** Multiply */
    MULTIPLY = "Multiply",
    /** ClampMin */
    CLAMP_MIN = "ClampMin",
    /** ClampMax */
    CLAMP_MAX = "ClampMax"
}
/**
 * Optional conversion method to be specified.
 * `ToUpper` and `ToLower` change the letter case of the input string.
 * `ToBase64` and `FromBase64` perform a base64 conversion based on the input string.
 * `ToJson` converts any input value into its raw JSON representation.
 * `ToSha1`, `ToSha256` and `ToSha512` generate a hash value based on the input
 * converted to JSON.
 *
 * @schema ResourcesPatchSetsPatchesTransformsStringConvert
 */
export declare enum ResourcesPatchSetsPatchesTransformsStringConvert {
    /** ToUpper */
    TO_UPPER = "ToUpper",
    /** ToLower */
    TO_LOWER = "ToLower",
    /** ToBase64 */
    TO_BASE64 = "ToBase64",
    /** FromBase64 */
    FROM_BASE64 = "FromBase64",
    /** ToJson */
    TO_JSON = "ToJson",
    /** ToSha1 */
    TO_SHA1 = "ToSha1",
    /** ToSha256 */
    TO_SHA256 = "ToSha256",
    /** ToSha512 */
    TO_SHA512 = "ToSha512"
}
/**
 * Join the input strings.
 *
 * @schema ResourcesPatchSetsPatchesTransformsStringJoin
 */
export interface ResourcesPatchSetsPatchesTransformsStringJoin {
    /**
     * Separator to join the input strings.
     *
     * @schema ResourcesPatchSetsPatchesTransformsStringJoin#separator
     */
    readonly separator: string;
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesTransformsStringJoin' to JSON representation.
 */
export declare function toJson_ResourcesPatchSetsPatchesTransformsStringJoin(obj: ResourcesPatchSetsPatchesTransformsStringJoin | undefined): Record<string, any> | undefined;
/**
 * Extract a match from the input using a regular expression.
 *
 * @schema ResourcesPatchSetsPatchesTransformsStringRegexp
 */
export interface ResourcesPatchSetsPatchesTransformsStringRegexp {
    /**
     * Group number to match. 0 (the default) matches the entire expression.
     *
     * @schema ResourcesPatchSetsPatchesTransformsStringRegexp#group
     */
    readonly group?: number;
    /**
     * Match string. May optionally include submatches, aka capture groups.
     * See https://pkg.go.dev/regexp/ for details.
     *
     * @schema ResourcesPatchSetsPatchesTransformsStringRegexp#match
     */
    readonly match: string;
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesTransformsStringRegexp' to JSON representation.
 */
export declare function toJson_ResourcesPatchSetsPatchesTransformsStringRegexp(obj: ResourcesPatchSetsPatchesTransformsStringRegexp | undefined): Record<string, any> | undefined;
/**
 * Search/Replace applied to the input string.
 *
 * @schema ResourcesPatchSetsPatchesTransformsStringReplace
 */
export interface ResourcesPatchSetsPatchesTransformsStringReplace {
    /**
     * The Replace string replaces all occurrences of the search string.
     *
     * @schema ResourcesPatchSetsPatchesTransformsStringReplace#replace
     */
    readonly replace: string;
    /**
     * The Search string to match.
     *
     * @schema ResourcesPatchSetsPatchesTransformsStringReplace#search
     */
    readonly search: string;
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesTransformsStringReplace' to JSON representation.
 */
export declare function toJson_ResourcesPatchSetsPatchesTransformsStringReplace(obj: ResourcesPatchSetsPatchesTransformsStringReplace | undefined): Record<string, any> | undefined;
/**
 * Type of the string transform to be run.
 *
 * @schema ResourcesPatchSetsPatchesTransformsStringType
 */
export declare enum ResourcesPatchSetsPatchesTransformsStringType {
    /** Format */
    FORMAT = "Format",
    /** Convert */
    CONVERT = "Convert",
    /** TrimPrefix */
    TRIM_PREFIX = "TrimPrefix",
    /** TrimSuffix */
    TRIM_SUFFIX = "TrimSuffix",
    /** Regexp */
    REGEXP = "Regexp"
}
/**
 * The expected input format.
 *
 * * `quantity` - parses the input as a K8s [`resource.Quantity`](https://pkg.go.dev/k8s.io/apimachinery/pkg/api/resource#Quantity).
 * Only used during `string -> float64` conversions.
 * * `json` - parses the input as a JSON string.
 * Only used during `string -> object` or `string -> list` conversions.
 *
 * If this property is null, the default conversion is applied.
 *
 * @schema ResourcesResourcesPatchesTransformsConvertFormat
 */
export declare enum ResourcesResourcesPatchesTransformsConvertFormat {
    /** none */
    NONE = "none",
    /** quantity */
    QUANTITY = "quantity",
    /** json */
    JSON = "json"
}
/**
 * ToType is the type of the output of this transform.
 *
 * @schema ResourcesResourcesPatchesTransformsConvertToType
 */
export declare enum ResourcesResourcesPatchesTransformsConvertToType {
    /** string */
    STRING = "string",
    /** int */
    INT = "int",
    /** int64 */
    INT64 = "int64",
    /** bool */
    BOOL = "bool",
    /** float64 */
    FLOAT64 = "float64",
    /** object */
    OBJECT = "object",
    /** array */
    ARRAY = "array"
}
/**
 * Determines to what value the transform should fallback if no pattern matches.
 *
 * @schema ResourcesResourcesPatchesTransformsMatchFallbackTo
 */
export declare enum ResourcesResourcesPatchesTransformsMatchFallbackTo {
    /** Value */
    VALUE = "Value",
    /** Input */
    INPUT = "Input"
}
/**
 * MatchTransformPattern is a transform that returns the value that matches a
 * pattern.
 *
 * @schema ResourcesResourcesPatchesTransformsMatchPatterns
 */
export interface ResourcesResourcesPatchesTransformsMatchPatterns {
    /**
     * Literal exactly matches the input string (case sensitive).
     * Is required if `type` is `literal`.
     *
     * @schema ResourcesResourcesPatchesTransformsMatchPatterns#literal
     */
    readonly literal?: string;
    /**
     * Regexp to match against the input string.
     * Is required if `type` is `regexp`.
     *
     * @schema ResourcesResourcesPatchesTransformsMatchPatterns#regexp
     */
    readonly regexp?: string;
    /**
     * The value that is used as result of the transform if the pattern matches.
     *
     * @schema ResourcesResourcesPatchesTransformsMatchPatterns#result
     */
    readonly result: any;
    /**
     * Type specifies how the pattern matches the input.
     *
     * * `literal` - the pattern value has to exactly match (case sensitive) the
     * input string. This is the default.
     *
     * * `regexp` - the pattern treated as a regular expression against
     * which the input string is tested. Crossplane will throw an error if the
     * key is not a valid regexp.
     *
     * @schema ResourcesResourcesPatchesTransformsMatchPatterns#type
     */
    readonly type: ResourcesResourcesPatchesTransformsMatchPatternsType;
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesTransformsMatchPatterns' to JSON representation.
 */
export declare function toJson_ResourcesResourcesPatchesTransformsMatchPatterns(obj: ResourcesResourcesPatchesTransformsMatchPatterns | undefined): Record<string, any> | undefined;
/**
 * Type of the math transform to be run.
 *
 * @schema ResourcesResourcesPatchesTransformsMathType
 */
export declare enum ResourcesResourcesPatchesTransformsMathType {
    /** Multiply */
    MULTIPLY = "Multiply",
    /** ClampMin */
    CLAMP_MIN = "ClampMin",
    /** ClampMax */
    CLAMP_MAX = "ClampMax"
}
/**
 * Optional conversion method to be specified.
 * `ToUpper` and `ToLower` change the letter case of the input string.
 * `ToBase64` and `FromBase64` perform a base64 conversion based on the input string.
 * `ToJson` converts any input value into its raw JSON representation.
 * `ToSha1`, `ToSha256` and `ToSha512` generate a hash value based on the input
 * converted to JSON.
 *
 * @schema ResourcesResourcesPatchesTransformsStringConvert
 */
export declare enum ResourcesResourcesPatchesTransformsStringConvert {
    /** ToUpper */
    TO_UPPER = "ToUpper",
    /** ToLower */
    TO_LOWER = "ToLower",
    /** ToBase64 */
    TO_BASE64 = "ToBase64",
    /** FromBase64 */
    FROM_BASE64 = "FromBase64",
    /** ToJson */
    TO_JSON = "ToJson",
    /** ToSha1 */
    TO_SHA1 = "ToSha1",
    /** ToSha256 */
    TO_SHA256 = "ToSha256",
    /** ToSha512 */
    TO_SHA512 = "ToSha512"
}
/**
 * Join the input strings.
 *
 * @schema ResourcesResourcesPatchesTransformsStringJoin
 */
export interface ResourcesResourcesPatchesTransformsStringJoin {
    /**
     * Separator to join the input strings.
     *
     * @schema ResourcesResourcesPatchesTransformsStringJoin#separator
     */
    readonly separator: string;
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesTransformsStringJoin' to JSON representation.
 */
export declare function toJson_ResourcesResourcesPatchesTransformsStringJoin(obj: ResourcesResourcesPatchesTransformsStringJoin | undefined): Record<string, any> | undefined;
/**
 * Extract a match from the input using a regular expression.
 *
 * @schema ResourcesResourcesPatchesTransformsStringRegexp
 */
export interface ResourcesResourcesPatchesTransformsStringRegexp {
    /**
     * Group number to match. 0 (the default) matches the entire expression.
     *
     * @schema ResourcesResourcesPatchesTransformsStringRegexp#group
     */
    readonly group?: number;
    /**
     * Match string. May optionally include submatches, aka capture groups.
     * See https://pkg.go.dev/regexp/ for details.
     *
     * @schema ResourcesResourcesPatchesTransformsStringRegexp#match
     */
    readonly match: string;
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesTransformsStringRegexp' to JSON representation.
 */
export declare function toJson_ResourcesResourcesPatchesTransformsStringRegexp(obj: ResourcesResourcesPatchesTransformsStringRegexp | undefined): Record<string, any> | undefined;
/**
 * Search/Replace applied to the input string.
 *
 * @schema ResourcesResourcesPatchesTransformsStringReplace
 */
export interface ResourcesResourcesPatchesTransformsStringReplace {
    /**
     * The Replace string replaces all occurrences of the search string.
     *
     * @schema ResourcesResourcesPatchesTransformsStringReplace#replace
     */
    readonly replace: string;
    /**
     * The Search string to match.
     *
     * @schema ResourcesResourcesPatchesTransformsStringReplace#search
     */
    readonly search: string;
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesTransformsStringReplace' to JSON representation.
 */
export declare function toJson_ResourcesResourcesPatchesTransformsStringReplace(obj: ResourcesResourcesPatchesTransformsStringReplace | undefined): Record<string, any> | undefined;
/**
 * Type of the string transform to be run.
 *
 * @schema ResourcesResourcesPatchesTransformsStringType
 */
export declare enum ResourcesResourcesPatchesTransformsStringType {
    /** Format */
    FORMAT = "Format",
    /** Convert */
    CONVERT = "Convert",
    /** TrimPrefix */
    TRIM_PREFIX = "TrimPrefix",
    /** TrimSuffix */
    TRIM_SUFFIX = "TrimSuffix",
    /** Regexp */
    REGEXP = "Regexp"
}
/**
 * The expected input format.
 *
 * * `quantity` - parses the input as a K8s [`resource.Quantity`](https://pkg.go.dev/k8s.io/apimachinery/pkg/api/resource#Quantity).
 * Only used during `string -> float64` conversions.
 * * `json` - parses the input as a JSON string.
 * Only used during `string -> object` or `string -> list` conversions.
 *
 * If this property is null, the default conversion is applied.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsConvertFormat
 */
export declare enum ResourcesWriteConnectionSecretToRefPatchesTransformsConvertFormat {
    /** none */
    NONE = "none",
    /** quantity */
    QUANTITY = "quantity",
    /** json */
    JSON = "json"
}
/**
 * ToType is the type of the output of this transform.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsConvertToType
 */
export declare enum ResourcesWriteConnectionSecretToRefPatchesTransformsConvertToType {
    /** string */
    STRING = "string",
    /** int */
    INT = "int",
    /** int64 */
    INT64 = "int64",
    /** bool */
    BOOL = "bool",
    /** float64 */
    FLOAT64 = "float64",
    /** object */
    OBJECT = "object",
    /** array */
    ARRAY = "array"
}
/**
 * Determines to what value the transform should fallback if no pattern matches.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMatchFallbackTo
 */
export declare enum ResourcesWriteConnectionSecretToRefPatchesTransformsMatchFallbackTo {
    /** Value */
    VALUE = "Value",
    /** Input */
    INPUT = "Input"
}
/**
 * MatchTransformPattern is a transform that returns the value that matches a
 * pattern.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatterns
 */
export interface ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatterns {
    /**
     * Literal exactly matches the input string (case sensitive).
     * Is required if `type` is `literal`.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatterns#literal
     */
    readonly literal?: string;
    /**
     * Regexp to match against the input string.
     * Is required if `type` is `regexp`.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatterns#regexp
     */
    readonly regexp?: string;
    /**
     * The value that is used as result of the transform if the pattern matches.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatterns#result
     */
    readonly result: any;
    /**
     * Type specifies how the pattern matches the input.
     *
     * * `literal` - the pattern value has to exactly match (case sensitive) the
     * input string. This is the default.
     *
     * * `regexp` - the pattern treated as a regular expression against
     * which the input string is tested. Crossplane will throw an error if the
     * key is not a valid regexp.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatterns#type
     */
    readonly type: ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatternsType;
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatterns' to JSON representation.
 */
export declare function toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatterns(obj: ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatterns | undefined): Record<string, any> | undefined;
/**
 * Type of the math transform to be run.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMathType
 */
export declare enum ResourcesWriteConnectionSecretToRefPatchesTransformsMathType {
    /** Multiply */
    MULTIPLY = "Multiply",
    /** ClampMin */
    CLAMP_MIN = "ClampMin",
    /** ClampMax */
    CLAMP_MAX = "ClampMax"
}
/**
 * Optional conversion method to be specified.
 * `ToUpper` and `ToLower` change the letter case of the input string.
 * `ToBase64` and `FromBase64` perform a base64 conversion based on the input string.
 * `ToJson` converts any input value into its raw JSON representation.
 * `ToSha1`, `ToSha256` and `ToSha512` generate a hash value based on the input
 * converted to JSON.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsStringConvert
 */
export declare enum ResourcesWriteConnectionSecretToRefPatchesTransformsStringConvert {
    /** ToUpper */
    TO_UPPER = "ToUpper",
    /** ToLower */
    TO_LOWER = "ToLower",
    /** ToBase64 */
    TO_BASE64 = "ToBase64",
    /** FromBase64 */
    FROM_BASE64 = "FromBase64",
    /** ToJson */
    TO_JSON = "ToJson",
    /** ToSha1 */
    TO_SHA1 = "ToSha1",
    /** ToSha256 */
    TO_SHA256 = "ToSha256",
    /** ToSha512 */
    TO_SHA512 = "ToSha512"
}
/**
 * Join the input strings.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsStringJoin
 */
export interface ResourcesWriteConnectionSecretToRefPatchesTransformsStringJoin {
    /**
     * Separator to join the input strings.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsStringJoin#separator
     */
    readonly separator: string;
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesTransformsStringJoin' to JSON representation.
 */
export declare function toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsStringJoin(obj: ResourcesWriteConnectionSecretToRefPatchesTransformsStringJoin | undefined): Record<string, any> | undefined;
/**
 * Extract a match from the input using a regular expression.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsStringRegexp
 */
export interface ResourcesWriteConnectionSecretToRefPatchesTransformsStringRegexp {
    /**
     * Group number to match. 0 (the default) matches the entire expression.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsStringRegexp#group
     */
    readonly group?: number;
    /**
     * Match string. May optionally include submatches, aka capture groups.
     * See https://pkg.go.dev/regexp/ for details.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsStringRegexp#match
     */
    readonly match: string;
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesTransformsStringRegexp' to JSON representation.
 */
export declare function toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsStringRegexp(obj: ResourcesWriteConnectionSecretToRefPatchesTransformsStringRegexp | undefined): Record<string, any> | undefined;
/**
 * Search/Replace applied to the input string.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsStringReplace
 */
export interface ResourcesWriteConnectionSecretToRefPatchesTransformsStringReplace {
    /**
     * The Replace string replaces all occurrences of the search string.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsStringReplace#replace
     */
    readonly replace: string;
    /**
     * The Search string to match.
     *
     * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsStringReplace#search
     */
    readonly search: string;
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesTransformsStringReplace' to JSON representation.
 */
export declare function toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsStringReplace(obj: ResourcesWriteConnectionSecretToRefPatchesTransformsStringReplace | undefined): Record<string, any> | undefined;
/**
 * Type of the string transform to be run.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsStringType
 */
export declare enum ResourcesWriteConnectionSecretToRefPatchesTransformsStringType {
    /** Format */
    FORMAT = "Format",
    /** Convert */
    CONVERT = "Convert",
    /** TrimPrefix */
    TRIM_PREFIX = "TrimPrefix",
    /** TrimSuffix */
    TRIM_SUFFIX = "TrimSuffix",
    /** Regexp */
    REGEXP = "Regexp"
}
/**
 * Type specifies how the pattern matches the input.
 *
 * * `literal` - the pattern value has to exactly match (case sensitive) the
 * input string. This is the default.
 *
 * * `regexp` - the pattern treated as a regular expression against
 * which the input string is tested. Crossplane will throw an error if the
 * key is not a valid regexp.
 *
 * @schema ResourcesEnvironmentPatchesTransformsMatchPatternsType
 */
export declare enum ResourcesEnvironmentPatchesTransformsMatchPatternsType {
    /** literal */
    LITERAL = "literal",
    /** regexp */
    REGEXP = "regexp"
}
/**
 * Type specifies how the pattern matches the input.
 *
 * * `literal` - the pattern value has to exactly match (case sensitive) the
 * input string. This is the default.
 *
 * * `regexp` - the pattern treated as a regular expression against
 * which the input string is tested. Crossplane will throw an error if the
 * key is not a valid regexp.
 *
 * @schema ResourcesPatchSetsPatchesTransformsMatchPatternsType
 */
export declare enum ResourcesPatchSetsPatchesTransformsMatchPatternsType {
    /** literal */
    LITERAL = "literal",
    /** regexp */
    REGEXP = "regexp"
}
/**
 * Type specifies how the pattern matches the input.
 *
 * * `literal` - the pattern value has to exactly match (case sensitive) the
 * input string. This is the default.
 *
 * * `regexp` - the pattern treated as a regular expression against
 * which the input string is tested. Crossplane will throw an error if the
 * key is not a valid regexp.
 *
 * @schema ResourcesResourcesPatchesTransformsMatchPatternsType
 */
export declare enum ResourcesResourcesPatchesTransformsMatchPatternsType {
    /** literal */
    LITERAL = "literal",
    /** regexp */
    REGEXP = "regexp"
}
/**
 * Type specifies how the pattern matches the input.
 *
 * * `literal` - the pattern value has to exactly match (case sensitive) the
 * input string. This is the default.
 *
 * * `regexp` - the pattern treated as a regular expression against
 * which the input string is tested. Crossplane will throw an error if the
 * key is not a valid regexp.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatternsType
 */
export declare enum ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatternsType {
    /** literal */
    LITERAL = "literal",
    /** regexp */
    REGEXP = "regexp"
}
