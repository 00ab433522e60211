import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Bucket is the Schema for the Buckets API. Provides a S3 bucket resource.
Deprecated: This API version (v1beta1) has been deprecated in release v2.6.0.
 *
 * @schema Bucket
 */
export declare class Bucket extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Bucket"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Bucket".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: BucketProps): any;
    /**
     * Defines a "Bucket" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: BucketProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Bucket is the Schema for the Buckets API. Provides a S3 bucket resource.
 * Deprecated: This API version (v1beta1) has been deprecated in release v2.6.0.
 *
 * @schema Bucket
 */
export interface BucketProps {
    /**
     * @schema Bucket#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * BucketSpec defines the desired state of Bucket
     *
     * @schema Bucket#spec
     */
    readonly spec: BucketSpec;
}
/**
 * Converts an object of type 'BucketProps' to JSON representation.
 */
export declare function toJson_BucketProps(obj: BucketProps | undefined): Record<string, any> | undefined;
/**
 * BucketSpec defines the desired state of Bucket
 *
 * @schema BucketSpec
 */
export interface BucketSpec {
    /**
     * DeletionPolicy specifies what will happen to the underlying external
     * when this managed resource is deleted - either "Delete" or "Orphan" the
     * external resource.
     * This field is planned to be deprecated in favor of the ManagementPolicies
     * field in a future release. Currently, both could be set independently and
     * non-default values would be honored if the feature flag is enabled.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     *
     * @schema BucketSpec#deletionPolicy
     */
    readonly deletionPolicy?: BucketSpecDeletionPolicy;
    /**
     * @schema BucketSpec#forProvider
     */
    readonly forProvider: BucketSpecForProvider;
    /**
     * THIS IS A BETA FIELD. It will be honored
     * unless the Management Policies feature flag is disabled.
     * InitProvider holds the same fields as ForProvider, with the exception
     * of Identifier and other resource reference fields. The fields that are
     * in InitProvider are merged into ForProvider when the resource is created.
     * The same fields are also added to the terraform ignore_changes hook, to
     * avoid updating them after creation. This is useful for fields that are
     * required on creation, but we do not desire to update them after creation,
     * for example because of an external controller is managing them, like an
     * autoscaler.
     *
     * @schema BucketSpec#initProvider
     */
    readonly initProvider?: BucketSpecInitProvider;
    /**
     * THIS IS A BETA FIELD. It is on by default but can be opted out
     * through a Crossplane feature flag.
     * ManagementPolicies specify the array of actions Crossplane is allowed to
     * take on the managed and external resources.
     * This field is planned to replace the DeletionPolicy field in a future
     * release. Currently, both could be set independently and non-default
     * values would be honored if the feature flag is enabled. If both are
     * custom, the DeletionPolicy field will be ignored.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     * and this one: https://github.com/crossplane/crossplane/blob/444267e84783136daa93568b364a5f01228cacbe/design/one-pager-ignore-changes.md
     *
     * @schema BucketSpec#managementPolicies
     */
    readonly managementPolicies?: BucketSpecManagementPolicies[];
    /**
     * ProviderConfigReference specifies how the provider that will be used to
     * create, observe, update, and delete this managed resource should be
     * configured.
     *
     * @schema BucketSpec#providerConfigRef
     */
    readonly providerConfigRef?: BucketSpecProviderConfigRef;
    /**
     * WriteConnectionSecretToReference specifies the namespace and name of a
     * Secret to which any connection details for this managed resource should
     * be written. Connection details frequently include the endpoint, username,
     * and password required to connect to the managed resource.
     *
     * @schema BucketSpec#writeConnectionSecretToRef
     */
    readonly writeConnectionSecretToRef?: BucketSpecWriteConnectionSecretToRef;
}
/**
 * Converts an object of type 'BucketSpec' to JSON representation.
 */
export declare function toJson_BucketSpec(obj: BucketSpec | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy specifies what will happen to the underlying external
 * when this managed resource is deleted - either "Delete" or "Orphan" the
 * external resource.
 * This field is planned to be deprecated in favor of the ManagementPolicies
 * field in a future release. Currently, both could be set independently and
 * non-default values would be honored if the feature flag is enabled.
 * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
 *
 * @schema BucketSpecDeletionPolicy
 */
export declare enum BucketSpecDeletionPolicy {
    /** Orphan */
    ORPHAN = "Orphan",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema BucketSpecForProvider
 */
export interface BucketSpecForProvider {
    /**
     * Boolean that indicates all objects (including any locked objects) should be deleted from the bucket when the bucket is destroyed so that the bucket can be destroyed without error. These objects are not recoverable. This only deletes objects when the bucket is destroyed, not when setting this parameter to true. If setting this field in the same operation that would require replacing the bucket or destroying the bucket, this flag will not work.
     *
     * @schema BucketSpecForProvider#forceDestroy
     */
    readonly forceDestroy?: boolean;
    /**
     * Indicates whether this bucket has an Object Lock configuration enabled. Valid values are true or false. This argument is not supported in all regions or partitions.
     *
     * @schema BucketSpecForProvider#objectLockEnabled
     */
    readonly objectLockEnabled?: boolean;
    /**
     * Region where this resource will be managed. Defaults to the Region set in the provider configuration.
     * Region is the region you'd like your resource to be created in.
     *
     * @default the Region set in the provider configuration.
     * @schema BucketSpecForProvider#region
     */
    readonly region: string;
    /**
     * Key-value map of resource tags.
     *
     * @schema BucketSpecForProvider#tags
     */
    readonly tags?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'BucketSpecForProvider' to JSON representation.
 */
export declare function toJson_BucketSpecForProvider(obj: BucketSpecForProvider | undefined): Record<string, any> | undefined;
/**
 * THIS IS A BETA FIELD. It will be honored
 * unless the Management Policies feature flag is disabled.
 * InitProvider holds the same fields as ForProvider, with the exception
 * of Identifier and other resource reference fields. The fields that are
 * in InitProvider are merged into ForProvider when the resource is created.
 * The same fields are also added to the terraform ignore_changes hook, to
 * avoid updating them after creation. This is useful for fields that are
 * required on creation, but we do not desire to update them after creation,
 * for example because of an external controller is managing them, like an
 * autoscaler.
 *
 * @schema BucketSpecInitProvider
 */
export interface BucketSpecInitProvider {
    /**
     * Boolean that indicates all objects (including any locked objects) should be deleted from the bucket when the bucket is destroyed so that the bucket can be destroyed without error. These objects are not recoverable. This only deletes objects when the bucket is destroyed, not when setting this parameter to true. If setting this field in the same operation that would require replacing the bucket or destroying the bucket, this flag will not work.
     *
     * @schema BucketSpecInitProvider#forceDestroy
     */
    readonly forceDestroy?: boolean;
    /**
     * Indicates whether this bucket has an Object Lock configuration enabled. Valid values are true or false. This argument is not supported in all regions or partitions.
     *
     * @schema BucketSpecInitProvider#objectLockEnabled
     */
    readonly objectLockEnabled?: boolean;
    /**
     * Key-value map of resource tags.
     *
     * @schema BucketSpecInitProvider#tags
     */
    readonly tags?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'BucketSpecInitProvider' to JSON representation.
 */
export declare function toJson_BucketSpecInitProvider(obj: BucketSpecInitProvider | undefined): Record<string, any> | undefined;
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema BucketSpecManagementPolicies
 */
export declare enum BucketSpecManagementPolicies {
    /** Observe */
    OBSERVE = "Observe",
    /** Create */
    CREATE = "Create",
    /** Update */
    UPDATE = "Update",
    /** Delete */
    DELETE = "Delete",
    /** LateInitialize */
    LATE_INITIALIZE = "LateInitialize",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * ProviderConfigReference specifies how the provider that will be used to
 * create, observe, update, and delete this managed resource should be
 * configured.
 *
 * @schema BucketSpecProviderConfigRef
 */
export interface BucketSpecProviderConfigRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketSpecProviderConfigRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketSpecProviderConfigRef#policy
     */
    readonly policy?: BucketSpecProviderConfigRefPolicy;
}
/**
 * Converts an object of type 'BucketSpecProviderConfigRef' to JSON representation.
 */
export declare function toJson_BucketSpecProviderConfigRef(obj: BucketSpecProviderConfigRef | undefined): Record<string, any> | undefined;
/**
 * WriteConnectionSecretToReference specifies the namespace and name of a
 * Secret to which any connection details for this managed resource should
 * be written. Connection details frequently include the endpoint, username,
 * and password required to connect to the managed resource.
 *
 * @schema BucketSpecWriteConnectionSecretToRef
 */
export interface BucketSpecWriteConnectionSecretToRef {
    /**
     * Name of the secret.
     *
     * @schema BucketSpecWriteConnectionSecretToRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema BucketSpecWriteConnectionSecretToRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'BucketSpecWriteConnectionSecretToRef' to JSON representation.
 */
export declare function toJson_BucketSpecWriteConnectionSecretToRef(obj: BucketSpecWriteConnectionSecretToRef | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketSpecProviderConfigRefPolicy
 */
export interface BucketSpecProviderConfigRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketSpecProviderConfigRefPolicy#resolution
     */
    readonly resolution?: BucketSpecProviderConfigRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketSpecProviderConfigRefPolicy#resolve
     */
    readonly resolve?: BucketSpecProviderConfigRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketSpecProviderConfigRefPolicy' to JSON representation.
 */
export declare function toJson_BucketSpecProviderConfigRefPolicy(obj: BucketSpecProviderConfigRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketSpecProviderConfigRefPolicyResolution
 */
export declare enum BucketSpecProviderConfigRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketSpecProviderConfigRefPolicyResolve
 */
export declare enum BucketSpecProviderConfigRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Bucket is the Schema for the Buckets API. Provides a S3 bucket resource.
 *
 * @schema BucketV1Beta2
 */
export declare class BucketV1Beta2 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "BucketV1Beta2"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "BucketV1Beta2".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: BucketV1Beta2Props): any;
    /**
     * Defines a "BucketV1Beta2" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: BucketV1Beta2Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Bucket is the Schema for the Buckets API. Provides a S3 bucket resource.
 *
 * @schema BucketV1Beta2
 */
export interface BucketV1Beta2Props {
    /**
     * @schema BucketV1Beta2#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * BucketSpec defines the desired state of Bucket
     *
     * @schema BucketV1Beta2#spec
     */
    readonly spec: BucketV1Beta2Spec;
}
/**
 * Converts an object of type 'BucketV1Beta2Props' to JSON representation.
 */
export declare function toJson_BucketV1Beta2Props(obj: BucketV1Beta2Props | undefined): Record<string, any> | undefined;
/**
 * BucketSpec defines the desired state of Bucket
 *
 * @schema BucketV1Beta2Spec
 */
export interface BucketV1Beta2Spec {
    /**
     * DeletionPolicy specifies what will happen to the underlying external
     * when this managed resource is deleted - either "Delete" or "Orphan" the
     * external resource.
     * This field is planned to be deprecated in favor of the ManagementPolicies
     * field in a future release. Currently, both could be set independently and
     * non-default values would be honored if the feature flag is enabled.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     *
     * @schema BucketV1Beta2Spec#deletionPolicy
     */
    readonly deletionPolicy?: BucketV1Beta2SpecDeletionPolicy;
    /**
     * @schema BucketV1Beta2Spec#forProvider
     */
    readonly forProvider: BucketV1Beta2SpecForProvider;
    /**
     * THIS IS A BETA FIELD. It will be honored
     * unless the Management Policies feature flag is disabled.
     * InitProvider holds the same fields as ForProvider, with the exception
     * of Identifier and other resource reference fields. The fields that are
     * in InitProvider are merged into ForProvider when the resource is created.
     * The same fields are also added to the terraform ignore_changes hook, to
     * avoid updating them after creation. This is useful for fields that are
     * required on creation, but we do not desire to update them after creation,
     * for example because of an external controller is managing them, like an
     * autoscaler.
     *
     * @schema BucketV1Beta2Spec#initProvider
     */
    readonly initProvider?: BucketV1Beta2SpecInitProvider;
    /**
     * THIS IS A BETA FIELD. It is on by default but can be opted out
     * through a Crossplane feature flag.
     * ManagementPolicies specify the array of actions Crossplane is allowed to
     * take on the managed and external resources.
     * This field is planned to replace the DeletionPolicy field in a future
     * release. Currently, both could be set independently and non-default
     * values would be honored if the feature flag is enabled. If both are
     * custom, the DeletionPolicy field will be ignored.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     * and this one: https://github.com/crossplane/crossplane/blob/444267e84783136daa93568b364a5f01228cacbe/design/one-pager-ignore-changes.md
     *
     * @schema BucketV1Beta2Spec#managementPolicies
     */
    readonly managementPolicies?: BucketV1Beta2SpecManagementPolicies[];
    /**
     * ProviderConfigReference specifies how the provider that will be used to
     * create, observe, update, and delete this managed resource should be
     * configured.
     *
     * @schema BucketV1Beta2Spec#providerConfigRef
     */
    readonly providerConfigRef?: BucketV1Beta2SpecProviderConfigRef;
    /**
     * WriteConnectionSecretToReference specifies the namespace and name of a
     * Secret to which any connection details for this managed resource should
     * be written. Connection details frequently include the endpoint, username,
     * and password required to connect to the managed resource.
     *
     * @schema BucketV1Beta2Spec#writeConnectionSecretToRef
     */
    readonly writeConnectionSecretToRef?: BucketV1Beta2SpecWriteConnectionSecretToRef;
}
/**
 * Converts an object of type 'BucketV1Beta2Spec' to JSON representation.
 */
export declare function toJson_BucketV1Beta2Spec(obj: BucketV1Beta2Spec | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy specifies what will happen to the underlying external
 * when this managed resource is deleted - either "Delete" or "Orphan" the
 * external resource.
 * This field is planned to be deprecated in favor of the ManagementPolicies
 * field in a future release. Currently, both could be set independently and
 * non-default values would be honored if the feature flag is enabled.
 * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
 *
 * @schema BucketV1Beta2SpecDeletionPolicy
 */
export declare enum BucketV1Beta2SpecDeletionPolicy {
    /** Orphan */
    ORPHAN = "Orphan",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema BucketV1Beta2SpecForProvider
 */
export interface BucketV1Beta2SpecForProvider {
    /**
     * Boolean that indicates all objects (including any locked objects) should be deleted from the bucket when the bucket is destroyed so that the bucket can be destroyed without error. These objects are not recoverable. This only deletes objects when the bucket is destroyed, not when setting this parameter to true. If setting this field in the same operation that would require replacing the bucket or destroying the bucket, this flag will not work.
     *
     * @schema BucketV1Beta2SpecForProvider#forceDestroy
     */
    readonly forceDestroy?: boolean;
    /**
     * Indicates whether this bucket has an Object Lock configuration enabled. Valid values are true or false. This argument is not supported in all regions or partitions.
     *
     * @schema BucketV1Beta2SpecForProvider#objectLockEnabled
     */
    readonly objectLockEnabled?: boolean;
    /**
     * Region where this resource will be managed. Defaults to the Region set in the provider configuration.
     * Region is the region you'd like your resource to be created in.
     *
     * @default the Region set in the provider configuration.
     * @schema BucketV1Beta2SpecForProvider#region
     */
    readonly region: string;
    /**
     * Key-value map of resource tags.
     *
     * @schema BucketV1Beta2SpecForProvider#tags
     */
    readonly tags?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'BucketV1Beta2SpecForProvider' to JSON representation.
 */
export declare function toJson_BucketV1Beta2SpecForProvider(obj: BucketV1Beta2SpecForProvider | undefined): Record<string, any> | undefined;
/**
 * THIS IS A BETA FIELD. It will be honored
 * unless the Management Policies feature flag is disabled.
 * InitProvider holds the same fields as ForProvider, with the exception
 * of Identifier and other resource reference fields. The fields that are
 * in InitProvider are merged into ForProvider when the resource is created.
 * The same fields are also added to the terraform ignore_changes hook, to
 * avoid updating them after creation. This is useful for fields that are
 * required on creation, but we do not desire to update them after creation,
 * for example because of an external controller is managing them, like an
 * autoscaler.
 *
 * @schema BucketV1Beta2SpecInitProvider
 */
export interface BucketV1Beta2SpecInitProvider {
    /**
     * Boolean that indicates all objects (including any locked objects) should be deleted from the bucket when the bucket is destroyed so that the bucket can be destroyed without error. These objects are not recoverable. This only deletes objects when the bucket is destroyed, not when setting this parameter to true. If setting this field in the same operation that would require replacing the bucket or destroying the bucket, this flag will not work.
     *
     * @schema BucketV1Beta2SpecInitProvider#forceDestroy
     */
    readonly forceDestroy?: boolean;
    /**
     * Indicates whether this bucket has an Object Lock configuration enabled. Valid values are true or false. This argument is not supported in all regions or partitions.
     *
     * @schema BucketV1Beta2SpecInitProvider#objectLockEnabled
     */
    readonly objectLockEnabled?: boolean;
    /**
     * Key-value map of resource tags.
     *
     * @schema BucketV1Beta2SpecInitProvider#tags
     */
    readonly tags?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'BucketV1Beta2SpecInitProvider' to JSON representation.
 */
export declare function toJson_BucketV1Beta2SpecInitProvider(obj: BucketV1Beta2SpecInitProvider | undefined): Record<string, any> | undefined;
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema BucketV1Beta2SpecManagementPolicies
 */
export declare enum BucketV1Beta2SpecManagementPolicies {
    /** Observe */
    OBSERVE = "Observe",
    /** Create */
    CREATE = "Create",
    /** Update */
    UPDATE = "Update",
    /** Delete */
    DELETE = "Delete",
    /** LateInitialize */
    LATE_INITIALIZE = "LateInitialize",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * ProviderConfigReference specifies how the provider that will be used to
 * create, observe, update, and delete this managed resource should be
 * configured.
 *
 * @schema BucketV1Beta2SpecProviderConfigRef
 */
export interface BucketV1Beta2SpecProviderConfigRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketV1Beta2SpecProviderConfigRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketV1Beta2SpecProviderConfigRef#policy
     */
    readonly policy?: BucketV1Beta2SpecProviderConfigRefPolicy;
}
/**
 * Converts an object of type 'BucketV1Beta2SpecProviderConfigRef' to JSON representation.
 */
export declare function toJson_BucketV1Beta2SpecProviderConfigRef(obj: BucketV1Beta2SpecProviderConfigRef | undefined): Record<string, any> | undefined;
/**
 * WriteConnectionSecretToReference specifies the namespace and name of a
 * Secret to which any connection details for this managed resource should
 * be written. Connection details frequently include the endpoint, username,
 * and password required to connect to the managed resource.
 *
 * @schema BucketV1Beta2SpecWriteConnectionSecretToRef
 */
export interface BucketV1Beta2SpecWriteConnectionSecretToRef {
    /**
     * Name of the secret.
     *
     * @schema BucketV1Beta2SpecWriteConnectionSecretToRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema BucketV1Beta2SpecWriteConnectionSecretToRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'BucketV1Beta2SpecWriteConnectionSecretToRef' to JSON representation.
 */
export declare function toJson_BucketV1Beta2SpecWriteConnectionSecretToRef(obj: BucketV1Beta2SpecWriteConnectionSecretToRef | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketV1Beta2SpecProviderConfigRefPolicy
 */
export interface BucketV1Beta2SpecProviderConfigRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketV1Beta2SpecProviderConfigRefPolicy#resolution
     */
    readonly resolution?: BucketV1Beta2SpecProviderConfigRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketV1Beta2SpecProviderConfigRefPolicy#resolve
     */
    readonly resolve?: BucketV1Beta2SpecProviderConfigRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketV1Beta2SpecProviderConfigRefPolicy' to JSON representation.
 */
export declare function toJson_BucketV1Beta2SpecProviderConfigRefPolicy(obj: BucketV1Beta2SpecProviderConfigRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketV1Beta2SpecProviderConfigRefPolicyResolution
 */
export declare enum BucketV1Beta2SpecProviderConfigRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketV1Beta2SpecProviderConfigRefPolicyResolve
 */
export declare enum BucketV1Beta2SpecProviderConfigRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * BucketLifecycleConfiguration is the Schema for the BucketLifecycleConfigurations API. Provides a S3 bucket lifecycle configuration resource.
 *
 * @schema BucketLifecycleConfiguration
 */
export declare class BucketLifecycleConfiguration extends ApiObject {
    /**
     * Returns the apiVersion and kind for "BucketLifecycleConfiguration"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "BucketLifecycleConfiguration".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: BucketLifecycleConfigurationProps): any;
    /**
     * Defines a "BucketLifecycleConfiguration" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: BucketLifecycleConfigurationProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * BucketLifecycleConfiguration is the Schema for the BucketLifecycleConfigurations API. Provides a S3 bucket lifecycle configuration resource.
 *
 * @schema BucketLifecycleConfiguration
 */
export interface BucketLifecycleConfigurationProps {
    /**
     * @schema BucketLifecycleConfiguration#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * BucketLifecycleConfigurationSpec defines the desired state of BucketLifecycleConfiguration
     *
     * @schema BucketLifecycleConfiguration#spec
     */
    readonly spec: BucketLifecycleConfigurationSpec;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationProps' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationProps(obj: BucketLifecycleConfigurationProps | undefined): Record<string, any> | undefined;
/**
 * BucketLifecycleConfigurationSpec defines the desired state of BucketLifecycleConfiguration
 *
 * @schema BucketLifecycleConfigurationSpec
 */
export interface BucketLifecycleConfigurationSpec {
    /**
     * DeletionPolicy specifies what will happen to the underlying external
     * when this managed resource is deleted - either "Delete" or "Orphan" the
     * external resource.
     * This field is planned to be deprecated in favor of the ManagementPolicies
     * field in a future release. Currently, both could be set independently and
     * non-default values would be honored if the feature flag is enabled.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     *
     * @schema BucketLifecycleConfigurationSpec#deletionPolicy
     */
    readonly deletionPolicy?: BucketLifecycleConfigurationSpecDeletionPolicy;
    /**
     * @schema BucketLifecycleConfigurationSpec#forProvider
     */
    readonly forProvider: BucketLifecycleConfigurationSpecForProvider;
    /**
     * THIS IS A BETA FIELD. It will be honored
     * unless the Management Policies feature flag is disabled.
     * InitProvider holds the same fields as ForProvider, with the exception
     * of Identifier and other resource reference fields. The fields that are
     * in InitProvider are merged into ForProvider when the resource is created.
     * The same fields are also added to the terraform ignore_changes hook, to
     * avoid updating them after creation. This is useful for fields that are
     * required on creation, but we do not desire to update them after creation,
     * for example because of an external controller is managing them, like an
     * autoscaler.
     *
     * @schema BucketLifecycleConfigurationSpec#initProvider
     */
    readonly initProvider?: BucketLifecycleConfigurationSpecInitProvider;
    /**
     * THIS IS A BETA FIELD. It is on by default but can be opted out
     * through a Crossplane feature flag.
     * ManagementPolicies specify the array of actions Crossplane is allowed to
     * take on the managed and external resources.
     * This field is planned to replace the DeletionPolicy field in a future
     * release. Currently, both could be set independently and non-default
     * values would be honored if the feature flag is enabled. If both are
     * custom, the DeletionPolicy field will be ignored.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     * and this one: https://github.com/crossplane/crossplane/blob/444267e84783136daa93568b364a5f01228cacbe/design/one-pager-ignore-changes.md
     *
     * @schema BucketLifecycleConfigurationSpec#managementPolicies
     */
    readonly managementPolicies?: BucketLifecycleConfigurationSpecManagementPolicies[];
    /**
     * ProviderConfigReference specifies how the provider that will be used to
     * create, observe, update, and delete this managed resource should be
     * configured.
     *
     * @schema BucketLifecycleConfigurationSpec#providerConfigRef
     */
    readonly providerConfigRef?: BucketLifecycleConfigurationSpecProviderConfigRef;
    /**
     * WriteConnectionSecretToReference specifies the namespace and name of a
     * Secret to which any connection details for this managed resource should
     * be written. Connection details frequently include the endpoint, username,
     * and password required to connect to the managed resource.
     *
     * @schema BucketLifecycleConfigurationSpec#writeConnectionSecretToRef
     */
    readonly writeConnectionSecretToRef?: BucketLifecycleConfigurationSpecWriteConnectionSecretToRef;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpec' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpec(obj: BucketLifecycleConfigurationSpec | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy specifies what will happen to the underlying external
 * when this managed resource is deleted - either "Delete" or "Orphan" the
 * external resource.
 * This field is planned to be deprecated in favor of the ManagementPolicies
 * field in a future release. Currently, both could be set independently and
 * non-default values would be honored if the feature flag is enabled.
 * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
 *
 * @schema BucketLifecycleConfigurationSpecDeletionPolicy
 */
export declare enum BucketLifecycleConfigurationSpecDeletionPolicy {
    /** Orphan */
    ORPHAN = "Orphan",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema BucketLifecycleConfigurationSpecForProvider
 */
export interface BucketLifecycleConfigurationSpecForProvider {
    /**
     * Name of the source S3 bucket you want Amazon S3 to monitor.
     *
     * @schema BucketLifecycleConfigurationSpecForProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketLifecycleConfigurationSpecForProvider#bucketRef
     */
    readonly bucketRef?: BucketLifecycleConfigurationSpecForProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketLifecycleConfigurationSpecForProvider#bucketSelector
     */
    readonly bucketSelector?: BucketLifecycleConfigurationSpecForProviderBucketSelector;
    /**
     * Account ID of the expected bucket owner. If the bucket is owned by a different account, the request will fail with an HTTP 403 (Access Denied) error.
     *
     * @schema BucketLifecycleConfigurationSpecForProvider#expectedBucketOwner
     */
    readonly expectedBucketOwner?: string;
    /**
     * Region where this resource will be managed. Defaults to the Region set in the provider configuration.
     * Region is the region you'd like your resource to be created in.
     *
     * @default the Region set in the provider configuration.
     * @schema BucketLifecycleConfigurationSpecForProvider#region
     */
    readonly region: string;
    /**
     * List of configuration blocks describing the rules managing the replication. See below.
     *
     * @schema BucketLifecycleConfigurationSpecForProvider#rule
     */
    readonly rule?: BucketLifecycleConfigurationSpecForProviderRule[];
    /**
     * The default minimum object size behavior applied to the lifecycle configuration. Valid values: all_storage_classes_128K (default), varies_by_storage_class. To customize the minimum object size for any transition you can add a filter that specifies a custom object_size_greater_than or object_size_less_than value. Custom filters always take precedence over the default transition behavior.
     *
     * @schema BucketLifecycleConfigurationSpecForProvider#transitionDefaultMinimumObjectSize
     */
    readonly transitionDefaultMinimumObjectSize?: string;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecForProvider' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecForProvider(obj: BucketLifecycleConfigurationSpecForProvider | undefined): Record<string, any> | undefined;
/**
 * THIS IS A BETA FIELD. It will be honored
 * unless the Management Policies feature flag is disabled.
 * InitProvider holds the same fields as ForProvider, with the exception
 * of Identifier and other resource reference fields. The fields that are
 * in InitProvider are merged into ForProvider when the resource is created.
 * The same fields are also added to the terraform ignore_changes hook, to
 * avoid updating them after creation. This is useful for fields that are
 * required on creation, but we do not desire to update them after creation,
 * for example because of an external controller is managing them, like an
 * autoscaler.
 *
 * @schema BucketLifecycleConfigurationSpecInitProvider
 */
export interface BucketLifecycleConfigurationSpecInitProvider {
    /**
     * Name of the source S3 bucket you want Amazon S3 to monitor.
     *
     * @schema BucketLifecycleConfigurationSpecInitProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketLifecycleConfigurationSpecInitProvider#bucketRef
     */
    readonly bucketRef?: BucketLifecycleConfigurationSpecInitProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketLifecycleConfigurationSpecInitProvider#bucketSelector
     */
    readonly bucketSelector?: BucketLifecycleConfigurationSpecInitProviderBucketSelector;
    /**
     * Account ID of the expected bucket owner. If the bucket is owned by a different account, the request will fail with an HTTP 403 (Access Denied) error.
     *
     * @schema BucketLifecycleConfigurationSpecInitProvider#expectedBucketOwner
     */
    readonly expectedBucketOwner?: string;
    /**
     * List of configuration blocks describing the rules managing the replication. See below.
     *
     * @schema BucketLifecycleConfigurationSpecInitProvider#rule
     */
    readonly rule?: BucketLifecycleConfigurationSpecInitProviderRule[];
    /**
     * The default minimum object size behavior applied to the lifecycle configuration. Valid values: all_storage_classes_128K (default), varies_by_storage_class. To customize the minimum object size for any transition you can add a filter that specifies a custom object_size_greater_than or object_size_less_than value. Custom filters always take precedence over the default transition behavior.
     *
     * @schema BucketLifecycleConfigurationSpecInitProvider#transitionDefaultMinimumObjectSize
     */
    readonly transitionDefaultMinimumObjectSize?: string;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecInitProvider' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecInitProvider(obj: BucketLifecycleConfigurationSpecInitProvider | undefined): Record<string, any> | undefined;
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema BucketLifecycleConfigurationSpecManagementPolicies
 */
export declare enum BucketLifecycleConfigurationSpecManagementPolicies {
    /** Observe */
    OBSERVE = "Observe",
    /** Create */
    CREATE = "Create",
    /** Update */
    UPDATE = "Update",
    /** Delete */
    DELETE = "Delete",
    /** LateInitialize */
    LATE_INITIALIZE = "LateInitialize",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * ProviderConfigReference specifies how the provider that will be used to
 * create, observe, update, and delete this managed resource should be
 * configured.
 *
 * @schema BucketLifecycleConfigurationSpecProviderConfigRef
 */
export interface BucketLifecycleConfigurationSpecProviderConfigRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketLifecycleConfigurationSpecProviderConfigRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketLifecycleConfigurationSpecProviderConfigRef#policy
     */
    readonly policy?: BucketLifecycleConfigurationSpecProviderConfigRefPolicy;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecProviderConfigRef' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecProviderConfigRef(obj: BucketLifecycleConfigurationSpecProviderConfigRef | undefined): Record<string, any> | undefined;
/**
 * WriteConnectionSecretToReference specifies the namespace and name of a
 * Secret to which any connection details for this managed resource should
 * be written. Connection details frequently include the endpoint, username,
 * and password required to connect to the managed resource.
 *
 * @schema BucketLifecycleConfigurationSpecWriteConnectionSecretToRef
 */
export interface BucketLifecycleConfigurationSpecWriteConnectionSecretToRef {
    /**
     * Name of the secret.
     *
     * @schema BucketLifecycleConfigurationSpecWriteConnectionSecretToRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema BucketLifecycleConfigurationSpecWriteConnectionSecretToRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecWriteConnectionSecretToRef' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecWriteConnectionSecretToRef(obj: BucketLifecycleConfigurationSpecWriteConnectionSecretToRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketLifecycleConfigurationSpecForProviderBucketRef
 */
export interface BucketLifecycleConfigurationSpecForProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderBucketRef#policy
     */
    readonly policy?: BucketLifecycleConfigurationSpecForProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecForProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecForProviderBucketRef(obj: BucketLifecycleConfigurationSpecForProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketLifecycleConfigurationSpecForProviderBucketSelector
 */
export interface BucketLifecycleConfigurationSpecForProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderBucketSelector#policy
     */
    readonly policy?: BucketLifecycleConfigurationSpecForProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecForProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecForProviderBucketSelector(obj: BucketLifecycleConfigurationSpecForProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationSpecForProviderRule
 */
export interface BucketLifecycleConfigurationSpecForProviderRule {
    /**
     * Configuration block that specifies the days since the initiation of an incomplete multipart upload that Amazon S3 will wait before permanently removing all parts of the upload. See below.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRule#abortIncompleteMultipartUpload
     */
    readonly abortIncompleteMultipartUpload?: BucketLifecycleConfigurationSpecForProviderRuleAbortIncompleteMultipartUpload[];
    /**
     * Configuration block that specifies the expiration for the lifecycle of the object in the form of date, days and, whether the object has a delete marker. See below.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRule#expiration
     */
    readonly expiration?: BucketLifecycleConfigurationSpecForProviderRuleExpiration[];
    /**
     * Configuration block used to identify objects that a Lifecycle Rule applies to.
     * See below.
     * If not specified, the rule will default to using prefix.
     * One of filter or prefix should be specified.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRule#filter
     */
    readonly filter?: BucketLifecycleConfigurationSpecForProviderRuleFilter[];
    /**
     * Unique identifier for the rule. The value cannot be longer than 255 characters.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRule#id
     */
    readonly id?: string;
    /**
     * Configuration block that specifies when noncurrent object versions expire. See below.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRule#noncurrentVersionExpiration
     */
    readonly noncurrentVersionExpiration?: BucketLifecycleConfigurationSpecForProviderRuleNoncurrentVersionExpiration[];
    /**
     * Set of configuration blocks that specify the transition rule for the lifecycle rule that describes when noncurrent objects transition to a specific storage class. See below.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRule#noncurrentVersionTransition
     */
    readonly noncurrentVersionTransition?: BucketLifecycleConfigurationSpecForProviderRuleNoncurrentVersionTransition[];
    /**
     * DEPRECATED Use filter instead.
     * This has been deprecated by Amazon S3.
     * Prefix identifying one or more objects to which the rule applies.
     * Defaults to an empty string ("") if filter is not specified.
     * One of prefix or filter should be specified.
     *
     * @default an empty string ("") if filter is not specified.
     * @schema BucketLifecycleConfigurationSpecForProviderRule#prefix
     */
    readonly prefix?: string;
    /**
     * Whether the rule is currently being applied. Valid values: Enabled or Disabled.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRule#status
     */
    readonly status?: string;
    /**
     * Set of configuration blocks that specify when an Amazon S3 object transitions to a specified storage class. See below.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRule#transition
     */
    readonly transition?: BucketLifecycleConfigurationSpecForProviderRuleTransition[];
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecForProviderRule' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecForProviderRule(obj: BucketLifecycleConfigurationSpecForProviderRule | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketLifecycleConfigurationSpecInitProviderBucketRef
 */
export interface BucketLifecycleConfigurationSpecInitProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderBucketRef#policy
     */
    readonly policy?: BucketLifecycleConfigurationSpecInitProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecInitProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecInitProviderBucketRef(obj: BucketLifecycleConfigurationSpecInitProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketLifecycleConfigurationSpecInitProviderBucketSelector
 */
export interface BucketLifecycleConfigurationSpecInitProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderBucketSelector#policy
     */
    readonly policy?: BucketLifecycleConfigurationSpecInitProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecInitProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecInitProviderBucketSelector(obj: BucketLifecycleConfigurationSpecInitProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationSpecInitProviderRule
 */
export interface BucketLifecycleConfigurationSpecInitProviderRule {
    /**
     * Configuration block that specifies the days since the initiation of an incomplete multipart upload that Amazon S3 will wait before permanently removing all parts of the upload. See below.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRule#abortIncompleteMultipartUpload
     */
    readonly abortIncompleteMultipartUpload?: BucketLifecycleConfigurationSpecInitProviderRuleAbortIncompleteMultipartUpload[];
    /**
     * Configuration block that specifies the expiration for the lifecycle of the object in the form of date, days and, whether the object has a delete marker. See below.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRule#expiration
     */
    readonly expiration?: BucketLifecycleConfigurationSpecInitProviderRuleExpiration[];
    /**
     * Configuration block used to identify objects that a Lifecycle Rule applies to.
     * See below.
     * If not specified, the rule will default to using prefix.
     * One of filter or prefix should be specified.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRule#filter
     */
    readonly filter?: BucketLifecycleConfigurationSpecInitProviderRuleFilter[];
    /**
     * Unique identifier for the rule. The value cannot be longer than 255 characters.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRule#id
     */
    readonly id?: string;
    /**
     * Configuration block that specifies when noncurrent object versions expire. See below.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRule#noncurrentVersionExpiration
     */
    readonly noncurrentVersionExpiration?: BucketLifecycleConfigurationSpecInitProviderRuleNoncurrentVersionExpiration[];
    /**
     * Set of configuration blocks that specify the transition rule for the lifecycle rule that describes when noncurrent objects transition to a specific storage class. See below.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRule#noncurrentVersionTransition
     */
    readonly noncurrentVersionTransition?: BucketLifecycleConfigurationSpecInitProviderRuleNoncurrentVersionTransition[];
    /**
     * DEPRECATED Use filter instead.
     * This has been deprecated by Amazon S3.
     * Prefix identifying one or more objects to which the rule applies.
     * Defaults to an empty string ("") if filter is not specified.
     * One of prefix or filter should be specified.
     *
     * @default an empty string ("") if filter is not specified.
     * @schema BucketLifecycleConfigurationSpecInitProviderRule#prefix
     */
    readonly prefix?: string;
    /**
     * Whether the rule is currently being applied. Valid values: Enabled or Disabled.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRule#status
     */
    readonly status?: string;
    /**
     * Set of configuration blocks that specify when an Amazon S3 object transitions to a specified storage class. See below.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRule#transition
     */
    readonly transition?: BucketLifecycleConfigurationSpecInitProviderRuleTransition[];
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecInitProviderRule' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecInitProviderRule(obj: BucketLifecycleConfigurationSpecInitProviderRule | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketLifecycleConfigurationSpecProviderConfigRefPolicy
 */
export interface BucketLifecycleConfigurationSpecProviderConfigRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLifecycleConfigurationSpecProviderConfigRefPolicy#resolution
     */
    readonly resolution?: BucketLifecycleConfigurationSpecProviderConfigRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLifecycleConfigurationSpecProviderConfigRefPolicy#resolve
     */
    readonly resolve?: BucketLifecycleConfigurationSpecProviderConfigRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecProviderConfigRefPolicy' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecProviderConfigRefPolicy(obj: BucketLifecycleConfigurationSpecProviderConfigRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketLifecycleConfigurationSpecForProviderBucketRefPolicy
 */
export interface BucketLifecycleConfigurationSpecForProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketLifecycleConfigurationSpecForProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketLifecycleConfigurationSpecForProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecForProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecForProviderBucketRefPolicy(obj: BucketLifecycleConfigurationSpecForProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketLifecycleConfigurationSpecForProviderBucketSelectorPolicy
 */
export interface BucketLifecycleConfigurationSpecForProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketLifecycleConfigurationSpecForProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketLifecycleConfigurationSpecForProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecForProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecForProviderBucketSelectorPolicy(obj: BucketLifecycleConfigurationSpecForProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationSpecForProviderRuleAbortIncompleteMultipartUpload
 */
export interface BucketLifecycleConfigurationSpecForProviderRuleAbortIncompleteMultipartUpload {
    /**
     * Number of days after which Amazon S3 aborts an incomplete multipart upload.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleAbortIncompleteMultipartUpload#daysAfterInitiation
     */
    readonly daysAfterInitiation?: number;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecForProviderRuleAbortIncompleteMultipartUpload' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecForProviderRuleAbortIncompleteMultipartUpload(obj: BucketLifecycleConfigurationSpecForProviderRuleAbortIncompleteMultipartUpload | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationSpecForProviderRuleExpiration
 */
export interface BucketLifecycleConfigurationSpecForProviderRuleExpiration {
    /**
     * Date objects are transitioned to the specified storage class. The date value must be in RFC3339 full-date format e.g. 2023-08-22.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleExpiration#date
     */
    readonly date?: string;
    /**
     * Number of days after creation when objects are transitioned to the specified storage class. The value must be a positive integer. If both days and date are not specified, defaults to 0. Valid values depend on storage_class, see Transition objects using Amazon S3 Lifecycle for more details.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleExpiration#days
     */
    readonly days?: number;
    /**
     * Indicates whether Amazon S3 will remove a delete marker with no noncurrent versions. If set to true, the delete marker will be expired; if set to false the policy takes no action.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleExpiration#expiredObjectDeleteMarker
     */
    readonly expiredObjectDeleteMarker?: boolean;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecForProviderRuleExpiration' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecForProviderRuleExpiration(obj: BucketLifecycleConfigurationSpecForProviderRuleExpiration | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationSpecForProviderRuleFilter
 */
export interface BucketLifecycleConfigurationSpecForProviderRuleFilter {
    /**
     * Configuration block used to apply a logical AND to two or more predicates. See below. The Lifecycle Rule will apply to any object matching all the predicates configured inside the and block.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleFilter#and
     */
    readonly and?: BucketLifecycleConfigurationSpecForProviderRuleFilterAnd[];
    /**
     * Minimum object size (in bytes) to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleFilter#objectSizeGreaterThan
     */
    readonly objectSizeGreaterThan?: number;
    /**
     * Maximum object size (in bytes) to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleFilter#objectSizeLessThan
     */
    readonly objectSizeLessThan?: number;
    /**
     * Prefix identifying one or more objects to which the rule applies. Defaults to an empty string ("") if not specified.
     *
     * @default an empty string ("") if not specified.
     * @schema BucketLifecycleConfigurationSpecForProviderRuleFilter#prefix
     */
    readonly prefix?: string;
    /**
     * Configuration block for specifying a tag key and value. See below.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleFilter#tag
     */
    readonly tag?: BucketLifecycleConfigurationSpecForProviderRuleFilterTag[];
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecForProviderRuleFilter' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecForProviderRuleFilter(obj: BucketLifecycleConfigurationSpecForProviderRuleFilter | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationSpecForProviderRuleNoncurrentVersionExpiration
 */
export interface BucketLifecycleConfigurationSpecForProviderRuleNoncurrentVersionExpiration {
    /**
     * Number of noncurrent versions Amazon S3 will retain. Must be a non-zero positive integer.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleNoncurrentVersionExpiration#newerNoncurrentVersions
     */
    readonly newerNoncurrentVersions?: number;
    /**
     * Number of days an object is noncurrent before Amazon S3 can perform the associated action.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleNoncurrentVersionExpiration#noncurrentDays
     */
    readonly noncurrentDays?: number;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecForProviderRuleNoncurrentVersionExpiration' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecForProviderRuleNoncurrentVersionExpiration(obj: BucketLifecycleConfigurationSpecForProviderRuleNoncurrentVersionExpiration | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationSpecForProviderRuleNoncurrentVersionTransition
 */
export interface BucketLifecycleConfigurationSpecForProviderRuleNoncurrentVersionTransition {
    /**
     * Number of noncurrent versions Amazon S3 will retain. Must be a non-zero positive integer.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleNoncurrentVersionTransition#newerNoncurrentVersions
     */
    readonly newerNoncurrentVersions?: number;
    /**
     * Number of days an object is noncurrent before Amazon S3 can perform the associated action.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleNoncurrentVersionTransition#noncurrentDays
     */
    readonly noncurrentDays?: number;
    /**
     * Class of storage used to store the object. Valid Values: GLACIER, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, DEEP_ARCHIVE, GLACIER_IR.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleNoncurrentVersionTransition#storageClass
     */
    readonly storageClass?: string;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecForProviderRuleNoncurrentVersionTransition' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecForProviderRuleNoncurrentVersionTransition(obj: BucketLifecycleConfigurationSpecForProviderRuleNoncurrentVersionTransition | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationSpecForProviderRuleTransition
 */
export interface BucketLifecycleConfigurationSpecForProviderRuleTransition {
    /**
     * Date objects are transitioned to the specified storage class. The date value must be in RFC3339 full-date format e.g. 2023-08-22.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleTransition#date
     */
    readonly date?: string;
    /**
     * Number of days after creation when objects are transitioned to the specified storage class. The value must be a positive integer. If both days and date are not specified, defaults to 0. Valid values depend on storage_class, see Transition objects using Amazon S3 Lifecycle for more details.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleTransition#days
     */
    readonly days?: number;
    /**
     * Class of storage used to store the object. Valid Values: GLACIER, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, DEEP_ARCHIVE, GLACIER_IR.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleTransition#storageClass
     */
    readonly storageClass?: string;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecForProviderRuleTransition' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecForProviderRuleTransition(obj: BucketLifecycleConfigurationSpecForProviderRuleTransition | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketLifecycleConfigurationSpecInitProviderBucketRefPolicy
 */
export interface BucketLifecycleConfigurationSpecInitProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketLifecycleConfigurationSpecInitProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketLifecycleConfigurationSpecInitProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecInitProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecInitProviderBucketRefPolicy(obj: BucketLifecycleConfigurationSpecInitProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketLifecycleConfigurationSpecInitProviderBucketSelectorPolicy
 */
export interface BucketLifecycleConfigurationSpecInitProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketLifecycleConfigurationSpecInitProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketLifecycleConfigurationSpecInitProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecInitProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecInitProviderBucketSelectorPolicy(obj: BucketLifecycleConfigurationSpecInitProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationSpecInitProviderRuleAbortIncompleteMultipartUpload
 */
export interface BucketLifecycleConfigurationSpecInitProviderRuleAbortIncompleteMultipartUpload {
    /**
     * Number of days after which Amazon S3 aborts an incomplete multipart upload.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleAbortIncompleteMultipartUpload#daysAfterInitiation
     */
    readonly daysAfterInitiation?: number;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecInitProviderRuleAbortIncompleteMultipartUpload' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecInitProviderRuleAbortIncompleteMultipartUpload(obj: BucketLifecycleConfigurationSpecInitProviderRuleAbortIncompleteMultipartUpload | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationSpecInitProviderRuleExpiration
 */
export interface BucketLifecycleConfigurationSpecInitProviderRuleExpiration {
    /**
     * Date objects are transitioned to the specified storage class. The date value must be in RFC3339 full-date format e.g. 2023-08-22.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleExpiration#date
     */
    readonly date?: string;
    /**
     * Number of days after creation when objects are transitioned to the specified storage class. The value must be a positive integer. If both days and date are not specified, defaults to 0. Valid values depend on storage_class, see Transition objects using Amazon S3 Lifecycle for more details.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleExpiration#days
     */
    readonly days?: number;
    /**
     * Indicates whether Amazon S3 will remove a delete marker with no noncurrent versions. If set to true, the delete marker will be expired; if set to false the policy takes no action.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleExpiration#expiredObjectDeleteMarker
     */
    readonly expiredObjectDeleteMarker?: boolean;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecInitProviderRuleExpiration' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecInitProviderRuleExpiration(obj: BucketLifecycleConfigurationSpecInitProviderRuleExpiration | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationSpecInitProviderRuleFilter
 */
export interface BucketLifecycleConfigurationSpecInitProviderRuleFilter {
    /**
     * Configuration block used to apply a logical AND to two or more predicates. See below. The Lifecycle Rule will apply to any object matching all the predicates configured inside the and block.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleFilter#and
     */
    readonly and?: BucketLifecycleConfigurationSpecInitProviderRuleFilterAnd[];
    /**
     * Minimum object size (in bytes) to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleFilter#objectSizeGreaterThan
     */
    readonly objectSizeGreaterThan?: number;
    /**
     * Maximum object size (in bytes) to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleFilter#objectSizeLessThan
     */
    readonly objectSizeLessThan?: number;
    /**
     * Prefix identifying one or more objects to which the rule applies. Defaults to an empty string ("") if not specified.
     *
     * @default an empty string ("") if not specified.
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleFilter#prefix
     */
    readonly prefix?: string;
    /**
     * Configuration block for specifying a tag key and value. See below.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleFilter#tag
     */
    readonly tag?: BucketLifecycleConfigurationSpecInitProviderRuleFilterTag[];
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecInitProviderRuleFilter' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecInitProviderRuleFilter(obj: BucketLifecycleConfigurationSpecInitProviderRuleFilter | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationSpecInitProviderRuleNoncurrentVersionExpiration
 */
export interface BucketLifecycleConfigurationSpecInitProviderRuleNoncurrentVersionExpiration {
    /**
     * Number of noncurrent versions Amazon S3 will retain. Must be a non-zero positive integer.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleNoncurrentVersionExpiration#newerNoncurrentVersions
     */
    readonly newerNoncurrentVersions?: number;
    /**
     * Number of days an object is noncurrent before Amazon S3 can perform the associated action.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleNoncurrentVersionExpiration#noncurrentDays
     */
    readonly noncurrentDays?: number;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecInitProviderRuleNoncurrentVersionExpiration' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecInitProviderRuleNoncurrentVersionExpiration(obj: BucketLifecycleConfigurationSpecInitProviderRuleNoncurrentVersionExpiration | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationSpecInitProviderRuleNoncurrentVersionTransition
 */
export interface BucketLifecycleConfigurationSpecInitProviderRuleNoncurrentVersionTransition {
    /**
     * Number of noncurrent versions Amazon S3 will retain. Must be a non-zero positive integer.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleNoncurrentVersionTransition#newerNoncurrentVersions
     */
    readonly newerNoncurrentVersions?: number;
    /**
     * Number of days an object is noncurrent before Amazon S3 can perform the associated action.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleNoncurrentVersionTransition#noncurrentDays
     */
    readonly noncurrentDays?: number;
    /**
     * Class of storage used to store the object. Valid Values: GLACIER, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, DEEP_ARCHIVE, GLACIER_IR.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleNoncurrentVersionTransition#storageClass
     */
    readonly storageClass?: string;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecInitProviderRuleNoncurrentVersionTransition' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecInitProviderRuleNoncurrentVersionTransition(obj: BucketLifecycleConfigurationSpecInitProviderRuleNoncurrentVersionTransition | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationSpecInitProviderRuleTransition
 */
export interface BucketLifecycleConfigurationSpecInitProviderRuleTransition {
    /**
     * Date objects are transitioned to the specified storage class. The date value must be in RFC3339 full-date format e.g. 2023-08-22.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleTransition#date
     */
    readonly date?: string;
    /**
     * Number of days after creation when objects are transitioned to the specified storage class. The value must be a positive integer. If both days and date are not specified, defaults to 0. Valid values depend on storage_class, see Transition objects using Amazon S3 Lifecycle for more details.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleTransition#days
     */
    readonly days?: number;
    /**
     * Class of storage used to store the object. Valid Values: GLACIER, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, DEEP_ARCHIVE, GLACIER_IR.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleTransition#storageClass
     */
    readonly storageClass?: string;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecInitProviderRuleTransition' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecInitProviderRuleTransition(obj: BucketLifecycleConfigurationSpecInitProviderRuleTransition | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLifecycleConfigurationSpecProviderConfigRefPolicyResolution
 */
export declare enum BucketLifecycleConfigurationSpecProviderConfigRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLifecycleConfigurationSpecProviderConfigRefPolicyResolve
 */
export declare enum BucketLifecycleConfigurationSpecProviderConfigRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLifecycleConfigurationSpecForProviderBucketRefPolicyResolution
 */
export declare enum BucketLifecycleConfigurationSpecForProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLifecycleConfigurationSpecForProviderBucketRefPolicyResolve
 */
export declare enum BucketLifecycleConfigurationSpecForProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLifecycleConfigurationSpecForProviderBucketSelectorPolicyResolution
 */
export declare enum BucketLifecycleConfigurationSpecForProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLifecycleConfigurationSpecForProviderBucketSelectorPolicyResolve
 */
export declare enum BucketLifecycleConfigurationSpecForProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * @schema BucketLifecycleConfigurationSpecForProviderRuleFilterAnd
 */
export interface BucketLifecycleConfigurationSpecForProviderRuleFilterAnd {
    /**
     * Minimum object size (in bytes) to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleFilterAnd#objectSizeGreaterThan
     */
    readonly objectSizeGreaterThan?: number;
    /**
     * Maximum object size (in bytes) to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleFilterAnd#objectSizeLessThan
     */
    readonly objectSizeLessThan?: number;
    /**
     * Prefix identifying one or more objects to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleFilterAnd#prefix
     */
    readonly prefix?: string;
    /**
     * Key-value map of resource tags.
     * All of these tags must exist in the object's tag set in order for the rule to apply.
     * If set, must contain at least one key-value pair.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleFilterAnd#tags
     */
    readonly tags?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecForProviderRuleFilterAnd' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecForProviderRuleFilterAnd(obj: BucketLifecycleConfigurationSpecForProviderRuleFilterAnd | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationSpecForProviderRuleFilterTag
 */
export interface BucketLifecycleConfigurationSpecForProviderRuleFilterTag {
    /**
     * Name of the object key.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleFilterTag#key
     */
    readonly key?: string;
    /**
     * Value of the tag.
     *
     * @schema BucketLifecycleConfigurationSpecForProviderRuleFilterTag#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecForProviderRuleFilterTag' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecForProviderRuleFilterTag(obj: BucketLifecycleConfigurationSpecForProviderRuleFilterTag | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLifecycleConfigurationSpecInitProviderBucketRefPolicyResolution
 */
export declare enum BucketLifecycleConfigurationSpecInitProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLifecycleConfigurationSpecInitProviderBucketRefPolicyResolve
 */
export declare enum BucketLifecycleConfigurationSpecInitProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLifecycleConfigurationSpecInitProviderBucketSelectorPolicyResolution
 */
export declare enum BucketLifecycleConfigurationSpecInitProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLifecycleConfigurationSpecInitProviderBucketSelectorPolicyResolve
 */
export declare enum BucketLifecycleConfigurationSpecInitProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * @schema BucketLifecycleConfigurationSpecInitProviderRuleFilterAnd
 */
export interface BucketLifecycleConfigurationSpecInitProviderRuleFilterAnd {
    /**
     * Minimum object size (in bytes) to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleFilterAnd#objectSizeGreaterThan
     */
    readonly objectSizeGreaterThan?: number;
    /**
     * Maximum object size (in bytes) to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleFilterAnd#objectSizeLessThan
     */
    readonly objectSizeLessThan?: number;
    /**
     * Prefix identifying one or more objects to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleFilterAnd#prefix
     */
    readonly prefix?: string;
    /**
     * Key-value map of resource tags.
     * All of these tags must exist in the object's tag set in order for the rule to apply.
     * If set, must contain at least one key-value pair.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleFilterAnd#tags
     */
    readonly tags?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecInitProviderRuleFilterAnd' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecInitProviderRuleFilterAnd(obj: BucketLifecycleConfigurationSpecInitProviderRuleFilterAnd | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationSpecInitProviderRuleFilterTag
 */
export interface BucketLifecycleConfigurationSpecInitProviderRuleFilterTag {
    /**
     * Name of the object key.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleFilterTag#key
     */
    readonly key?: string;
    /**
     * Value of the tag.
     *
     * @schema BucketLifecycleConfigurationSpecInitProviderRuleFilterTag#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationSpecInitProviderRuleFilterTag' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationSpecInitProviderRuleFilterTag(obj: BucketLifecycleConfigurationSpecInitProviderRuleFilterTag | undefined): Record<string, any> | undefined;
/**
 * BucketLifecycleConfiguration is the Schema for the BucketLifecycleConfigurations API. Provides a S3 bucket lifecycle configuration resource.
 *
 * @schema BucketLifecycleConfigurationV1Beta2
 */
export declare class BucketLifecycleConfigurationV1Beta2 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "BucketLifecycleConfigurationV1Beta2"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "BucketLifecycleConfigurationV1Beta2".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: BucketLifecycleConfigurationV1Beta2Props): any;
    /**
     * Defines a "BucketLifecycleConfigurationV1Beta2" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: BucketLifecycleConfigurationV1Beta2Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * BucketLifecycleConfiguration is the Schema for the BucketLifecycleConfigurations API. Provides a S3 bucket lifecycle configuration resource.
 *
 * @schema BucketLifecycleConfigurationV1Beta2
 */
export interface BucketLifecycleConfigurationV1Beta2Props {
    /**
     * @schema BucketLifecycleConfigurationV1Beta2#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * BucketLifecycleConfigurationSpec defines the desired state of BucketLifecycleConfiguration
     *
     * @schema BucketLifecycleConfigurationV1Beta2#spec
     */
    readonly spec: BucketLifecycleConfigurationV1Beta2Spec;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2Props' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2Props(obj: BucketLifecycleConfigurationV1Beta2Props | undefined): Record<string, any> | undefined;
/**
 * BucketLifecycleConfigurationSpec defines the desired state of BucketLifecycleConfiguration
 *
 * @schema BucketLifecycleConfigurationV1Beta2Spec
 */
export interface BucketLifecycleConfigurationV1Beta2Spec {
    /**
     * DeletionPolicy specifies what will happen to the underlying external
     * when this managed resource is deleted - either "Delete" or "Orphan" the
     * external resource.
     * This field is planned to be deprecated in favor of the ManagementPolicies
     * field in a future release. Currently, both could be set independently and
     * non-default values would be honored if the feature flag is enabled.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     *
     * @schema BucketLifecycleConfigurationV1Beta2Spec#deletionPolicy
     */
    readonly deletionPolicy?: BucketLifecycleConfigurationV1Beta2SpecDeletionPolicy;
    /**
     * @schema BucketLifecycleConfigurationV1Beta2Spec#forProvider
     */
    readonly forProvider: BucketLifecycleConfigurationV1Beta2SpecForProvider;
    /**
     * THIS IS A BETA FIELD. It will be honored
     * unless the Management Policies feature flag is disabled.
     * InitProvider holds the same fields as ForProvider, with the exception
     * of Identifier and other resource reference fields. The fields that are
     * in InitProvider are merged into ForProvider when the resource is created.
     * The same fields are also added to the terraform ignore_changes hook, to
     * avoid updating them after creation. This is useful for fields that are
     * required on creation, but we do not desire to update them after creation,
     * for example because of an external controller is managing them, like an
     * autoscaler.
     *
     * @schema BucketLifecycleConfigurationV1Beta2Spec#initProvider
     */
    readonly initProvider?: BucketLifecycleConfigurationV1Beta2SpecInitProvider;
    /**
     * THIS IS A BETA FIELD. It is on by default but can be opted out
     * through a Crossplane feature flag.
     * ManagementPolicies specify the array of actions Crossplane is allowed to
     * take on the managed and external resources.
     * This field is planned to replace the DeletionPolicy field in a future
     * release. Currently, both could be set independently and non-default
     * values would be honored if the feature flag is enabled. If both are
     * custom, the DeletionPolicy field will be ignored.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     * and this one: https://github.com/crossplane/crossplane/blob/444267e84783136daa93568b364a5f01228cacbe/design/one-pager-ignore-changes.md
     *
     * @schema BucketLifecycleConfigurationV1Beta2Spec#managementPolicies
     */
    readonly managementPolicies?: BucketLifecycleConfigurationV1Beta2SpecManagementPolicies[];
    /**
     * ProviderConfigReference specifies how the provider that will be used to
     * create, observe, update, and delete this managed resource should be
     * configured.
     *
     * @schema BucketLifecycleConfigurationV1Beta2Spec#providerConfigRef
     */
    readonly providerConfigRef?: BucketLifecycleConfigurationV1Beta2SpecProviderConfigRef;
    /**
     * WriteConnectionSecretToReference specifies the namespace and name of a
     * Secret to which any connection details for this managed resource should
     * be written. Connection details frequently include the endpoint, username,
     * and password required to connect to the managed resource.
     *
     * @schema BucketLifecycleConfigurationV1Beta2Spec#writeConnectionSecretToRef
     */
    readonly writeConnectionSecretToRef?: BucketLifecycleConfigurationV1Beta2SpecWriteConnectionSecretToRef;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2Spec' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2Spec(obj: BucketLifecycleConfigurationV1Beta2Spec | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy specifies what will happen to the underlying external
 * when this managed resource is deleted - either "Delete" or "Orphan" the
 * external resource.
 * This field is planned to be deprecated in favor of the ManagementPolicies
 * field in a future release. Currently, both could be set independently and
 * non-default values would be honored if the feature flag is enabled.
 * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecDeletionPolicy
 */
export declare enum BucketLifecycleConfigurationV1Beta2SpecDeletionPolicy {
    /** Orphan */
    ORPHAN = "Orphan",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecForProvider
 */
export interface BucketLifecycleConfigurationV1Beta2SpecForProvider {
    /**
     * Name of the source S3 bucket you want Amazon S3 to monitor.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProvider#bucketRef
     */
    readonly bucketRef?: BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProvider#bucketSelector
     */
    readonly bucketSelector?: BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelector;
    /**
     * Account ID of the expected bucket owner. If the bucket is owned by a different account, the request will fail with an HTTP 403 (Access Denied) error.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProvider#expectedBucketOwner
     */
    readonly expectedBucketOwner?: string;
    /**
     * Region where this resource will be managed. Defaults to the Region set in the provider configuration.
     * Region is the region you'd like your resource to be created in.
     *
     * @default the Region set in the provider configuration.
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProvider#region
     */
    readonly region: string;
    /**
     * List of configuration blocks describing the rules managing the replication. See below.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProvider#rule
     */
    readonly rule?: BucketLifecycleConfigurationV1Beta2SpecForProviderRule[];
    /**
     * The default minimum object size behavior applied to the lifecycle configuration. Valid values: all_storage_classes_128K (default), varies_by_storage_class. To customize the minimum object size for any transition you can add a filter that specifies a custom object_size_greater_than or object_size_less_than value. Custom filters always take precedence over the default transition behavior.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProvider#transitionDefaultMinimumObjectSize
     */
    readonly transitionDefaultMinimumObjectSize?: string;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecForProvider' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecForProvider(obj: BucketLifecycleConfigurationV1Beta2SpecForProvider | undefined): Record<string, any> | undefined;
/**
 * THIS IS A BETA FIELD. It will be honored
 * unless the Management Policies feature flag is disabled.
 * InitProvider holds the same fields as ForProvider, with the exception
 * of Identifier and other resource reference fields. The fields that are
 * in InitProvider are merged into ForProvider when the resource is created.
 * The same fields are also added to the terraform ignore_changes hook, to
 * avoid updating them after creation. This is useful for fields that are
 * required on creation, but we do not desire to update them after creation,
 * for example because of an external controller is managing them, like an
 * autoscaler.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecInitProvider
 */
export interface BucketLifecycleConfigurationV1Beta2SpecInitProvider {
    /**
     * Name of the source S3 bucket you want Amazon S3 to monitor.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProvider#bucketRef
     */
    readonly bucketRef?: BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProvider#bucketSelector
     */
    readonly bucketSelector?: BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelector;
    /**
     * Account ID of the expected bucket owner. If the bucket is owned by a different account, the request will fail with an HTTP 403 (Access Denied) error.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProvider#expectedBucketOwner
     */
    readonly expectedBucketOwner?: string;
    /**
     * List of configuration blocks describing the rules managing the replication. See below.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProvider#rule
     */
    readonly rule?: BucketLifecycleConfigurationV1Beta2SpecInitProviderRule[];
    /**
     * The default minimum object size behavior applied to the lifecycle configuration. Valid values: all_storage_classes_128K (default), varies_by_storage_class. To customize the minimum object size for any transition you can add a filter that specifies a custom object_size_greater_than or object_size_less_than value. Custom filters always take precedence over the default transition behavior.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProvider#transitionDefaultMinimumObjectSize
     */
    readonly transitionDefaultMinimumObjectSize?: string;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecInitProvider' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecInitProvider(obj: BucketLifecycleConfigurationV1Beta2SpecInitProvider | undefined): Record<string, any> | undefined;
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecManagementPolicies
 */
export declare enum BucketLifecycleConfigurationV1Beta2SpecManagementPolicies {
    /** Observe */
    OBSERVE = "Observe",
    /** Create */
    CREATE = "Create",
    /** Update */
    UPDATE = "Update",
    /** Delete */
    DELETE = "Delete",
    /** LateInitialize */
    LATE_INITIALIZE = "LateInitialize",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * ProviderConfigReference specifies how the provider that will be used to
 * create, observe, update, and delete this managed resource should be
 * configured.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecProviderConfigRef
 */
export interface BucketLifecycleConfigurationV1Beta2SpecProviderConfigRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecProviderConfigRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecProviderConfigRef#policy
     */
    readonly policy?: BucketLifecycleConfigurationV1Beta2SpecProviderConfigRefPolicy;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecProviderConfigRef' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecProviderConfigRef(obj: BucketLifecycleConfigurationV1Beta2SpecProviderConfigRef | undefined): Record<string, any> | undefined;
/**
 * WriteConnectionSecretToReference specifies the namespace and name of a
 * Secret to which any connection details for this managed resource should
 * be written. Connection details frequently include the endpoint, username,
 * and password required to connect to the managed resource.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecWriteConnectionSecretToRef
 */
export interface BucketLifecycleConfigurationV1Beta2SpecWriteConnectionSecretToRef {
    /**
     * Name of the secret.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecWriteConnectionSecretToRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecWriteConnectionSecretToRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecWriteConnectionSecretToRef' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecWriteConnectionSecretToRef(obj: BucketLifecycleConfigurationV1Beta2SpecWriteConnectionSecretToRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRef
 */
export interface BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRef#policy
     */
    readonly policy?: BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRef(obj: BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelector
 */
export interface BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelector#policy
     */
    readonly policy?: BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelector(obj: BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRule
 */
export interface BucketLifecycleConfigurationV1Beta2SpecForProviderRule {
    /**
     * Configuration block that specifies the days since the initiation of an incomplete multipart upload that Amazon S3 will wait before permanently removing all parts of the upload. See below.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRule#abortIncompleteMultipartUpload
     */
    readonly abortIncompleteMultipartUpload?: BucketLifecycleConfigurationV1Beta2SpecForProviderRuleAbortIncompleteMultipartUpload[];
    /**
     * Configuration block that specifies the expiration for the lifecycle of the object in the form of date, days and, whether the object has a delete marker. See below.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRule#expiration
     */
    readonly expiration?: BucketLifecycleConfigurationV1Beta2SpecForProviderRuleExpiration[];
    /**
     * Configuration block used to identify objects that a Lifecycle Rule applies to.
     * See below.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRule#filter
     */
    readonly filter?: BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilter[];
    /**
     * Unique identifier for the rule. The value cannot be longer than 255 characters.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRule#id
     */
    readonly id?: string;
    /**
     * Configuration block that specifies when noncurrent object versions expire. See below.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRule#noncurrentVersionExpiration
     */
    readonly noncurrentVersionExpiration?: BucketLifecycleConfigurationV1Beta2SpecForProviderRuleNoncurrentVersionExpiration[];
    /**
     * Set of configuration blocks that specify the transition rule for the lifecycle rule that describes when noncurrent objects transition to a specific storage class. See below.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRule#noncurrentVersionTransition
     */
    readonly noncurrentVersionTransition?: BucketLifecycleConfigurationV1Beta2SpecForProviderRuleNoncurrentVersionTransition[];
    /**
     * DEPRECATED Use filter instead.
     * This has been deprecated by Amazon S3.
     * Prefix identifying one or more objects to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRule#prefix
     */
    readonly prefix?: string;
    /**
     * Whether the rule is currently being applied. Valid values: Enabled or Disabled.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRule#status
     */
    readonly status?: string;
    /**
     * Set of configuration blocks that specify when an Amazon S3 object transitions to a specified storage class. See below.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRule#transition
     */
    readonly transition?: BucketLifecycleConfigurationV1Beta2SpecForProviderRuleTransition[];
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecForProviderRule' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecForProviderRule(obj: BucketLifecycleConfigurationV1Beta2SpecForProviderRule | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRef
 */
export interface BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRef#policy
     */
    readonly policy?: BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRef(obj: BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelector
 */
export interface BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelector#policy
     */
    readonly policy?: BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelector(obj: BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRule
 */
export interface BucketLifecycleConfigurationV1Beta2SpecInitProviderRule {
    /**
     * Configuration block that specifies the days since the initiation of an incomplete multipart upload that Amazon S3 will wait before permanently removing all parts of the upload. See below.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRule#abortIncompleteMultipartUpload
     */
    readonly abortIncompleteMultipartUpload?: BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleAbortIncompleteMultipartUpload[];
    /**
     * Configuration block that specifies the expiration for the lifecycle of the object in the form of date, days and, whether the object has a delete marker. See below.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRule#expiration
     */
    readonly expiration?: BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleExpiration[];
    /**
     * Configuration block used to identify objects that a Lifecycle Rule applies to.
     * See below.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRule#filter
     */
    readonly filter?: BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilter[];
    /**
     * Unique identifier for the rule. The value cannot be longer than 255 characters.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRule#id
     */
    readonly id?: string;
    /**
     * Configuration block that specifies when noncurrent object versions expire. See below.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRule#noncurrentVersionExpiration
     */
    readonly noncurrentVersionExpiration?: BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleNoncurrentVersionExpiration[];
    /**
     * Set of configuration blocks that specify the transition rule for the lifecycle rule that describes when noncurrent objects transition to a specific storage class. See below.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRule#noncurrentVersionTransition
     */
    readonly noncurrentVersionTransition?: BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleNoncurrentVersionTransition[];
    /**
     * DEPRECATED Use filter instead.
     * This has been deprecated by Amazon S3.
     * Prefix identifying one or more objects to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRule#prefix
     */
    readonly prefix?: string;
    /**
     * Whether the rule is currently being applied. Valid values: Enabled or Disabled.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRule#status
     */
    readonly status?: string;
    /**
     * Set of configuration blocks that specify when an Amazon S3 object transitions to a specified storage class. See below.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRule#transition
     */
    readonly transition?: BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleTransition[];
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecInitProviderRule' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecInitProviderRule(obj: BucketLifecycleConfigurationV1Beta2SpecInitProviderRule | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecProviderConfigRefPolicy
 */
export interface BucketLifecycleConfigurationV1Beta2SpecProviderConfigRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecProviderConfigRefPolicy#resolution
     */
    readonly resolution?: BucketLifecycleConfigurationV1Beta2SpecProviderConfigRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecProviderConfigRefPolicy#resolve
     */
    readonly resolve?: BucketLifecycleConfigurationV1Beta2SpecProviderConfigRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecProviderConfigRefPolicy' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecProviderConfigRefPolicy(obj: BucketLifecycleConfigurationV1Beta2SpecProviderConfigRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRefPolicy
 */
export interface BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRefPolicy(obj: BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelectorPolicy
 */
export interface BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelectorPolicy(obj: BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleAbortIncompleteMultipartUpload
 */
export interface BucketLifecycleConfigurationV1Beta2SpecForProviderRuleAbortIncompleteMultipartUpload {
    /**
     * Number of days after which Amazon S3 aborts an incomplete multipart upload.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleAbortIncompleteMultipartUpload#daysAfterInitiation
     */
    readonly daysAfterInitiation?: number;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecForProviderRuleAbortIncompleteMultipartUpload' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecForProviderRuleAbortIncompleteMultipartUpload(obj: BucketLifecycleConfigurationV1Beta2SpecForProviderRuleAbortIncompleteMultipartUpload | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleExpiration
 */
export interface BucketLifecycleConfigurationV1Beta2SpecForProviderRuleExpiration {
    /**
     * Date objects are transitioned to the specified storage class. The date value must be in RFC3339 full-date format e.g. 2023-08-22.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleExpiration#date
     */
    readonly date?: string;
    /**
     * Number of days after creation when objects are transitioned to the specified storage class. The value must be a positive integer. If both days and date are not specified, defaults to 0. Valid values depend on storage_class, see Transition objects using Amazon S3 Lifecycle for more details.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleExpiration#days
     */
    readonly days?: number;
    /**
     * Indicates whether Amazon S3 will remove a delete marker with no noncurrent versions. If set to true, the delete marker will be expired; if set to false the policy takes no action.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleExpiration#expiredObjectDeleteMarker
     */
    readonly expiredObjectDeleteMarker?: boolean;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecForProviderRuleExpiration' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecForProviderRuleExpiration(obj: BucketLifecycleConfigurationV1Beta2SpecForProviderRuleExpiration | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilter
 */
export interface BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilter {
    /**
     * Configuration block used to apply a logical AND to two or more predicates. See below. The Lifecycle Rule will apply to any object matching all the predicates configured inside the and block.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilter#and
     */
    readonly and?: BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilterAnd[];
    /**
     * Minimum object size (in bytes) to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilter#objectSizeGreaterThan
     */
    readonly objectSizeGreaterThan?: number;
    /**
     * Maximum object size (in bytes) to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilter#objectSizeLessThan
     */
    readonly objectSizeLessThan?: number;
    /**
     * Prefix identifying one or more objects to which the rule applies. Defaults to an empty string ("") if not specified.
     *
     * @default an empty string ("") if not specified.
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilter#prefix
     */
    readonly prefix?: string;
    /**
     * Configuration block for specifying a tag key and value. See below.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilter#tag
     */
    readonly tag?: BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilterTag[];
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilter' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilter(obj: BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilter | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleNoncurrentVersionExpiration
 */
export interface BucketLifecycleConfigurationV1Beta2SpecForProviderRuleNoncurrentVersionExpiration {
    /**
     * Number of noncurrent versions Amazon S3 will retain. Must be a non-zero positive integer.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleNoncurrentVersionExpiration#newerNoncurrentVersions
     */
    readonly newerNoncurrentVersions?: number;
    /**
     * Number of days an object is noncurrent before Amazon S3 can perform the associated action.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleNoncurrentVersionExpiration#noncurrentDays
     */
    readonly noncurrentDays?: number;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecForProviderRuleNoncurrentVersionExpiration' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecForProviderRuleNoncurrentVersionExpiration(obj: BucketLifecycleConfigurationV1Beta2SpecForProviderRuleNoncurrentVersionExpiration | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleNoncurrentVersionTransition
 */
export interface BucketLifecycleConfigurationV1Beta2SpecForProviderRuleNoncurrentVersionTransition {
    /**
     * Number of noncurrent versions Amazon S3 will retain. Must be a non-zero positive integer.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleNoncurrentVersionTransition#newerNoncurrentVersions
     */
    readonly newerNoncurrentVersions?: number;
    /**
     * Number of days an object is noncurrent before Amazon S3 can perform the associated action.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleNoncurrentVersionTransition#noncurrentDays
     */
    readonly noncurrentDays?: number;
    /**
     * Class of storage used to store the object. Valid Values: GLACIER, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, DEEP_ARCHIVE, GLACIER_IR.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleNoncurrentVersionTransition#storageClass
     */
    readonly storageClass?: string;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecForProviderRuleNoncurrentVersionTransition' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecForProviderRuleNoncurrentVersionTransition(obj: BucketLifecycleConfigurationV1Beta2SpecForProviderRuleNoncurrentVersionTransition | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleTransition
 */
export interface BucketLifecycleConfigurationV1Beta2SpecForProviderRuleTransition {
    /**
     * Date objects are transitioned to the specified storage class. The date value must be in RFC3339 full-date format e.g. 2023-08-22.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleTransition#date
     */
    readonly date?: string;
    /**
     * Number of days after creation when objects are transitioned to the specified storage class. The value must be a positive integer. If both days and date are not specified, defaults to 0. Valid values depend on storage_class, see Transition objects using Amazon S3 Lifecycle for more details.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleTransition#days
     */
    readonly days?: number;
    /**
     * Class of storage used to store the object. Valid Values: GLACIER, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, DEEP_ARCHIVE, GLACIER_IR.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleTransition#storageClass
     */
    readonly storageClass?: string;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecForProviderRuleTransition' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecForProviderRuleTransition(obj: BucketLifecycleConfigurationV1Beta2SpecForProviderRuleTransition | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRefPolicy
 */
export interface BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRefPolicy(obj: BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelectorPolicy
 */
export interface BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelectorPolicy(obj: BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleAbortIncompleteMultipartUpload
 */
export interface BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleAbortIncompleteMultipartUpload {
    /**
     * Number of days after which Amazon S3 aborts an incomplete multipart upload.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleAbortIncompleteMultipartUpload#daysAfterInitiation
     */
    readonly daysAfterInitiation?: number;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleAbortIncompleteMultipartUpload' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleAbortIncompleteMultipartUpload(obj: BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleAbortIncompleteMultipartUpload | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleExpiration
 */
export interface BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleExpiration {
    /**
     * Date objects are transitioned to the specified storage class. The date value must be in RFC3339 full-date format e.g. 2023-08-22.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleExpiration#date
     */
    readonly date?: string;
    /**
     * Number of days after creation when objects are transitioned to the specified storage class. The value must be a positive integer. If both days and date are not specified, defaults to 0. Valid values depend on storage_class, see Transition objects using Amazon S3 Lifecycle for more details.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleExpiration#days
     */
    readonly days?: number;
    /**
     * Indicates whether Amazon S3 will remove a delete marker with no noncurrent versions. If set to true, the delete marker will be expired; if set to false the policy takes no action.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleExpiration#expiredObjectDeleteMarker
     */
    readonly expiredObjectDeleteMarker?: boolean;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleExpiration' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleExpiration(obj: BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleExpiration | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilter
 */
export interface BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilter {
    /**
     * Configuration block used to apply a logical AND to two or more predicates. See below. The Lifecycle Rule will apply to any object matching all the predicates configured inside the and block.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilter#and
     */
    readonly and?: BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilterAnd[];
    /**
     * Minimum object size (in bytes) to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilter#objectSizeGreaterThan
     */
    readonly objectSizeGreaterThan?: number;
    /**
     * Maximum object size (in bytes) to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilter#objectSizeLessThan
     */
    readonly objectSizeLessThan?: number;
    /**
     * Prefix identifying one or more objects to which the rule applies. Defaults to an empty string ("") if not specified.
     *
     * @default an empty string ("") if not specified.
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilter#prefix
     */
    readonly prefix?: string;
    /**
     * Configuration block for specifying a tag key and value. See below.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilter#tag
     */
    readonly tag?: BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilterTag[];
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilter' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilter(obj: BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilter | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleNoncurrentVersionExpiration
 */
export interface BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleNoncurrentVersionExpiration {
    /**
     * Number of noncurrent versions Amazon S3 will retain. Must be a non-zero positive integer.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleNoncurrentVersionExpiration#newerNoncurrentVersions
     */
    readonly newerNoncurrentVersions?: number;
    /**
     * Number of days an object is noncurrent before Amazon S3 can perform the associated action.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleNoncurrentVersionExpiration#noncurrentDays
     */
    readonly noncurrentDays?: number;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleNoncurrentVersionExpiration' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleNoncurrentVersionExpiration(obj: BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleNoncurrentVersionExpiration | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleNoncurrentVersionTransition
 */
export interface BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleNoncurrentVersionTransition {
    /**
     * Number of noncurrent versions Amazon S3 will retain. Must be a non-zero positive integer.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleNoncurrentVersionTransition#newerNoncurrentVersions
     */
    readonly newerNoncurrentVersions?: number;
    /**
     * Number of days an object is noncurrent before Amazon S3 can perform the associated action.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleNoncurrentVersionTransition#noncurrentDays
     */
    readonly noncurrentDays?: number;
    /**
     * Class of storage used to store the object. Valid Values: GLACIER, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, DEEP_ARCHIVE, GLACIER_IR.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleNoncurrentVersionTransition#storageClass
     */
    readonly storageClass?: string;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleNoncurrentVersionTransition' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleNoncurrentVersionTransition(obj: BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleNoncurrentVersionTransition | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleTransition
 */
export interface BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleTransition {
    /**
     * Date objects are transitioned to the specified storage class. The date value must be in RFC3339 full-date format e.g. 2023-08-22.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleTransition#date
     */
    readonly date?: string;
    /**
     * Number of days after creation when objects are transitioned to the specified storage class. The value must be a positive integer. If both days and date are not specified, defaults to 0. Valid values depend on storage_class, see Transition objects using Amazon S3 Lifecycle for more details.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleTransition#days
     */
    readonly days?: number;
    /**
     * Class of storage used to store the object. Valid Values: GLACIER, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, DEEP_ARCHIVE, GLACIER_IR.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleTransition#storageClass
     */
    readonly storageClass?: string;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleTransition' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleTransition(obj: BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleTransition | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecProviderConfigRefPolicyResolution
 */
export declare enum BucketLifecycleConfigurationV1Beta2SpecProviderConfigRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecProviderConfigRefPolicyResolve
 */
export declare enum BucketLifecycleConfigurationV1Beta2SpecProviderConfigRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRefPolicyResolution
 */
export declare enum BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRefPolicyResolve
 */
export declare enum BucketLifecycleConfigurationV1Beta2SpecForProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelectorPolicyResolution
 */
export declare enum BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelectorPolicyResolve
 */
export declare enum BucketLifecycleConfigurationV1Beta2SpecForProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilterAnd
 */
export interface BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilterAnd {
    /**
     * Minimum object size (in bytes) to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilterAnd#objectSizeGreaterThan
     */
    readonly objectSizeGreaterThan?: number;
    /**
     * Maximum object size (in bytes) to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilterAnd#objectSizeLessThan
     */
    readonly objectSizeLessThan?: number;
    /**
     * Prefix identifying one or more objects to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilterAnd#prefix
     */
    readonly prefix?: string;
    /**
     * Key-value map of resource tags.
     * All of these tags must exist in the object's tag set in order for the rule to apply.
     * If set, must contain at least one key-value pair.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilterAnd#tags
     */
    readonly tags?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilterAnd' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilterAnd(obj: BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilterAnd | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilterTag
 */
export interface BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilterTag {
    /**
     * Name of the object key.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilterTag#key
     */
    readonly key?: string;
    /**
     * Value of the tag.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilterTag#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilterTag' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilterTag(obj: BucketLifecycleConfigurationV1Beta2SpecForProviderRuleFilterTag | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRefPolicyResolution
 */
export declare enum BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRefPolicyResolve
 */
export declare enum BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelectorPolicyResolution
 */
export declare enum BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelectorPolicyResolve
 */
export declare enum BucketLifecycleConfigurationV1Beta2SpecInitProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilterAnd
 */
export interface BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilterAnd {
    /**
     * Minimum object size (in bytes) to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilterAnd#objectSizeGreaterThan
     */
    readonly objectSizeGreaterThan?: number;
    /**
     * Maximum object size (in bytes) to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilterAnd#objectSizeLessThan
     */
    readonly objectSizeLessThan?: number;
    /**
     * Prefix identifying one or more objects to which the rule applies.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilterAnd#prefix
     */
    readonly prefix?: string;
    /**
     * Key-value map of resource tags.
     * All of these tags must exist in the object's tag set in order for the rule to apply.
     * If set, must contain at least one key-value pair.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilterAnd#tags
     */
    readonly tags?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilterAnd' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilterAnd(obj: BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilterAnd | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilterTag
 */
export interface BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilterTag {
    /**
     * Name of the object key.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilterTag#key
     */
    readonly key?: string;
    /**
     * Value of the tag.
     *
     * @schema BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilterTag#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilterTag' to JSON representation.
 */
export declare function toJson_BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilterTag(obj: BucketLifecycleConfigurationV1Beta2SpecInitProviderRuleFilterTag | undefined): Record<string, any> | undefined;
/**
 * BucketLogging is the Schema for the BucketLoggings API. Provides an S3 bucket (server access) logging resource.
Deprecated: This API version (v1beta1) has been deprecated in release v2.6.0.
 *
 * @schema BucketLogging
 */
export declare class BucketLogging extends ApiObject {
    /**
     * Returns the apiVersion and kind for "BucketLogging"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "BucketLogging".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: BucketLoggingProps): any;
    /**
     * Defines a "BucketLogging" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: BucketLoggingProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * BucketLogging is the Schema for the BucketLoggings API. Provides an S3 bucket (server access) logging resource.
 * Deprecated: This API version (v1beta1) has been deprecated in release v2.6.0.
 *
 * @schema BucketLogging
 */
export interface BucketLoggingProps {
    /**
     * @schema BucketLogging#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * BucketLoggingSpec defines the desired state of BucketLogging
     *
     * @schema BucketLogging#spec
     */
    readonly spec: BucketLoggingSpec;
}
/**
 * Converts an object of type 'BucketLoggingProps' to JSON representation.
 */
export declare function toJson_BucketLoggingProps(obj: BucketLoggingProps | undefined): Record<string, any> | undefined;
/**
 * BucketLoggingSpec defines the desired state of BucketLogging
 *
 * @schema BucketLoggingSpec
 */
export interface BucketLoggingSpec {
    /**
     * DeletionPolicy specifies what will happen to the underlying external
     * when this managed resource is deleted - either "Delete" or "Orphan" the
     * external resource.
     * This field is planned to be deprecated in favor of the ManagementPolicies
     * field in a future release. Currently, both could be set independently and
     * non-default values would be honored if the feature flag is enabled.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     *
     * @schema BucketLoggingSpec#deletionPolicy
     */
    readonly deletionPolicy?: BucketLoggingSpecDeletionPolicy;
    /**
     * @schema BucketLoggingSpec#forProvider
     */
    readonly forProvider: BucketLoggingSpecForProvider;
    /**
     * THIS IS A BETA FIELD. It will be honored
     * unless the Management Policies feature flag is disabled.
     * InitProvider holds the same fields as ForProvider, with the exception
     * of Identifier and other resource reference fields. The fields that are
     * in InitProvider are merged into ForProvider when the resource is created.
     * The same fields are also added to the terraform ignore_changes hook, to
     * avoid updating them after creation. This is useful for fields that are
     * required on creation, but we do not desire to update them after creation,
     * for example because of an external controller is managing them, like an
     * autoscaler.
     *
     * @schema BucketLoggingSpec#initProvider
     */
    readonly initProvider?: BucketLoggingSpecInitProvider;
    /**
     * THIS IS A BETA FIELD. It is on by default but can be opted out
     * through a Crossplane feature flag.
     * ManagementPolicies specify the array of actions Crossplane is allowed to
     * take on the managed and external resources.
     * This field is planned to replace the DeletionPolicy field in a future
     * release. Currently, both could be set independently and non-default
     * values would be honored if the feature flag is enabled. If both are
     * custom, the DeletionPolicy field will be ignored.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     * and this one: https://github.com/crossplane/crossplane/blob/444267e84783136daa93568b364a5f01228cacbe/design/one-pager-ignore-changes.md
     *
     * @schema BucketLoggingSpec#managementPolicies
     */
    readonly managementPolicies?: BucketLoggingSpecManagementPolicies[];
    /**
     * ProviderConfigReference specifies how the provider that will be used to
     * create, observe, update, and delete this managed resource should be
     * configured.
     *
     * @schema BucketLoggingSpec#providerConfigRef
     */
    readonly providerConfigRef?: BucketLoggingSpecProviderConfigRef;
    /**
     * WriteConnectionSecretToReference specifies the namespace and name of a
     * Secret to which any connection details for this managed resource should
     * be written. Connection details frequently include the endpoint, username,
     * and password required to connect to the managed resource.
     *
     * @schema BucketLoggingSpec#writeConnectionSecretToRef
     */
    readonly writeConnectionSecretToRef?: BucketLoggingSpecWriteConnectionSecretToRef;
}
/**
 * Converts an object of type 'BucketLoggingSpec' to JSON representation.
 */
export declare function toJson_BucketLoggingSpec(obj: BucketLoggingSpec | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy specifies what will happen to the underlying external
 * when this managed resource is deleted - either "Delete" or "Orphan" the
 * external resource.
 * This field is planned to be deprecated in favor of the ManagementPolicies
 * field in a future release. Currently, both could be set independently and
 * non-default values would be honored if the feature flag is enabled.
 * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
 *
 * @schema BucketLoggingSpecDeletionPolicy
 */
export declare enum BucketLoggingSpecDeletionPolicy {
    /** Orphan */
    ORPHAN = "Orphan",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema BucketLoggingSpecForProvider
 */
export interface BucketLoggingSpecForProvider {
    /**
     * Name of the bucket.
     *
     * @schema BucketLoggingSpecForProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketLoggingSpecForProvider#bucketRef
     */
    readonly bucketRef?: BucketLoggingSpecForProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketLoggingSpecForProvider#bucketSelector
     */
    readonly bucketSelector?: BucketLoggingSpecForProviderBucketSelector;
    /**
     * Account ID of the expected bucket owner.
     *
     * @schema BucketLoggingSpecForProvider#expectedBucketOwner
     */
    readonly expectedBucketOwner?: string;
    /**
     * Region where this resource will be managed. Defaults to the Region set in the provider configuration.
     * Region is the region you'd like your resource to be created in.
     *
     * @default the Region set in the provider configuration.
     * @schema BucketLoggingSpecForProvider#region
     */
    readonly region: string;
    /**
     * Name of the bucket where you want Amazon S3 to store server access logs.
     *
     * @schema BucketLoggingSpecForProvider#targetBucket
     */
    readonly targetBucket?: string;
    /**
     * Reference to a Bucket in s3 to populate targetBucket.
     *
     * @schema BucketLoggingSpecForProvider#targetBucketRef
     */
    readonly targetBucketRef?: BucketLoggingSpecForProviderTargetBucketRef;
    /**
     * Selector for a Bucket in s3 to populate targetBucket.
     *
     * @schema BucketLoggingSpecForProvider#targetBucketSelector
     */
    readonly targetBucketSelector?: BucketLoggingSpecForProviderTargetBucketSelector;
    /**
     * Set of configuration blocks with information for granting permissions. See below.
     *
     * @schema BucketLoggingSpecForProvider#targetGrant
     */
    readonly targetGrant?: BucketLoggingSpecForProviderTargetGrant[];
    /**
     * Amazon S3 key format for log objects. See below.
     *
     * @schema BucketLoggingSpecForProvider#targetObjectKeyFormat
     */
    readonly targetObjectKeyFormat?: BucketLoggingSpecForProviderTargetObjectKeyFormat[];
    /**
     * Prefix for all log object keys.
     *
     * @schema BucketLoggingSpecForProvider#targetPrefix
     */
    readonly targetPrefix?: string;
}
/**
 * Converts an object of type 'BucketLoggingSpecForProvider' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecForProvider(obj: BucketLoggingSpecForProvider | undefined): Record<string, any> | undefined;
/**
 * THIS IS A BETA FIELD. It will be honored
 * unless the Management Policies feature flag is disabled.
 * InitProvider holds the same fields as ForProvider, with the exception
 * of Identifier and other resource reference fields. The fields that are
 * in InitProvider are merged into ForProvider when the resource is created.
 * The same fields are also added to the terraform ignore_changes hook, to
 * avoid updating them after creation. This is useful for fields that are
 * required on creation, but we do not desire to update them after creation,
 * for example because of an external controller is managing them, like an
 * autoscaler.
 *
 * @schema BucketLoggingSpecInitProvider
 */
export interface BucketLoggingSpecInitProvider {
    /**
     * Name of the bucket.
     *
     * @schema BucketLoggingSpecInitProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketLoggingSpecInitProvider#bucketRef
     */
    readonly bucketRef?: BucketLoggingSpecInitProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketLoggingSpecInitProvider#bucketSelector
     */
    readonly bucketSelector?: BucketLoggingSpecInitProviderBucketSelector;
    /**
     * Account ID of the expected bucket owner.
     *
     * @schema BucketLoggingSpecInitProvider#expectedBucketOwner
     */
    readonly expectedBucketOwner?: string;
    /**
     * Name of the bucket where you want Amazon S3 to store server access logs.
     *
     * @schema BucketLoggingSpecInitProvider#targetBucket
     */
    readonly targetBucket?: string;
    /**
     * Reference to a Bucket in s3 to populate targetBucket.
     *
     * @schema BucketLoggingSpecInitProvider#targetBucketRef
     */
    readonly targetBucketRef?: BucketLoggingSpecInitProviderTargetBucketRef;
    /**
     * Selector for a Bucket in s3 to populate targetBucket.
     *
     * @schema BucketLoggingSpecInitProvider#targetBucketSelector
     */
    readonly targetBucketSelector?: BucketLoggingSpecInitProviderTargetBucketSelector;
    /**
     * Set of configuration blocks with information for granting permissions. See below.
     *
     * @schema BucketLoggingSpecInitProvider#targetGrant
     */
    readonly targetGrant?: BucketLoggingSpecInitProviderTargetGrant[];
    /**
     * Amazon S3 key format for log objects. See below.
     *
     * @schema BucketLoggingSpecInitProvider#targetObjectKeyFormat
     */
    readonly targetObjectKeyFormat?: BucketLoggingSpecInitProviderTargetObjectKeyFormat[];
    /**
     * Prefix for all log object keys.
     *
     * @schema BucketLoggingSpecInitProvider#targetPrefix
     */
    readonly targetPrefix?: string;
}
/**
 * Converts an object of type 'BucketLoggingSpecInitProvider' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecInitProvider(obj: BucketLoggingSpecInitProvider | undefined): Record<string, any> | undefined;
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema BucketLoggingSpecManagementPolicies
 */
export declare enum BucketLoggingSpecManagementPolicies {
    /** Observe */
    OBSERVE = "Observe",
    /** Create */
    CREATE = "Create",
    /** Update */
    UPDATE = "Update",
    /** Delete */
    DELETE = "Delete",
    /** LateInitialize */
    LATE_INITIALIZE = "LateInitialize",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * ProviderConfigReference specifies how the provider that will be used to
 * create, observe, update, and delete this managed resource should be
 * configured.
 *
 * @schema BucketLoggingSpecProviderConfigRef
 */
export interface BucketLoggingSpecProviderConfigRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketLoggingSpecProviderConfigRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketLoggingSpecProviderConfigRef#policy
     */
    readonly policy?: BucketLoggingSpecProviderConfigRefPolicy;
}
/**
 * Converts an object of type 'BucketLoggingSpecProviderConfigRef' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecProviderConfigRef(obj: BucketLoggingSpecProviderConfigRef | undefined): Record<string, any> | undefined;
/**
 * WriteConnectionSecretToReference specifies the namespace and name of a
 * Secret to which any connection details for this managed resource should
 * be written. Connection details frequently include the endpoint, username,
 * and password required to connect to the managed resource.
 *
 * @schema BucketLoggingSpecWriteConnectionSecretToRef
 */
export interface BucketLoggingSpecWriteConnectionSecretToRef {
    /**
     * Name of the secret.
     *
     * @schema BucketLoggingSpecWriteConnectionSecretToRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema BucketLoggingSpecWriteConnectionSecretToRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'BucketLoggingSpecWriteConnectionSecretToRef' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecWriteConnectionSecretToRef(obj: BucketLoggingSpecWriteConnectionSecretToRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketLoggingSpecForProviderBucketRef
 */
export interface BucketLoggingSpecForProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketLoggingSpecForProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketLoggingSpecForProviderBucketRef#policy
     */
    readonly policy?: BucketLoggingSpecForProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketLoggingSpecForProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecForProviderBucketRef(obj: BucketLoggingSpecForProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketLoggingSpecForProviderBucketSelector
 */
export interface BucketLoggingSpecForProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketLoggingSpecForProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketLoggingSpecForProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketLoggingSpecForProviderBucketSelector#policy
     */
    readonly policy?: BucketLoggingSpecForProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketLoggingSpecForProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecForProviderBucketSelector(obj: BucketLoggingSpecForProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate targetBucket.
 *
 * @schema BucketLoggingSpecForProviderTargetBucketRef
 */
export interface BucketLoggingSpecForProviderTargetBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketLoggingSpecForProviderTargetBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketLoggingSpecForProviderTargetBucketRef#policy
     */
    readonly policy?: BucketLoggingSpecForProviderTargetBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketLoggingSpecForProviderTargetBucketRef' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecForProviderTargetBucketRef(obj: BucketLoggingSpecForProviderTargetBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate targetBucket.
 *
 * @schema BucketLoggingSpecForProviderTargetBucketSelector
 */
export interface BucketLoggingSpecForProviderTargetBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketLoggingSpecForProviderTargetBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketLoggingSpecForProviderTargetBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketLoggingSpecForProviderTargetBucketSelector#policy
     */
    readonly policy?: BucketLoggingSpecForProviderTargetBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketLoggingSpecForProviderTargetBucketSelector' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecForProviderTargetBucketSelector(obj: BucketLoggingSpecForProviderTargetBucketSelector | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLoggingSpecForProviderTargetGrant
 */
export interface BucketLoggingSpecForProviderTargetGrant {
    /**
     * Configuration block for the person being granted permissions. See below.
     *
     * @schema BucketLoggingSpecForProviderTargetGrant#grantee
     */
    readonly grantee?: BucketLoggingSpecForProviderTargetGrantGrantee[];
    /**
     * Logging permissions assigned to the grantee for the bucket. Valid values: FULL_CONTROL, READ, WRITE.
     *
     * @schema BucketLoggingSpecForProviderTargetGrant#permission
     */
    readonly permission?: string;
}
/**
 * Converts an object of type 'BucketLoggingSpecForProviderTargetGrant' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecForProviderTargetGrant(obj: BucketLoggingSpecForProviderTargetGrant | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLoggingSpecForProviderTargetObjectKeyFormat
 */
export interface BucketLoggingSpecForProviderTargetObjectKeyFormat {
    /**
     * Partitioned S3 key for log objects, in the form [target_prefix][SourceAccountId]/[SourceRegion]/[SourceBucket]/[YYYY]/[MM]/[DD]/[YYYY]-[MM]-[DD]-[hh]-[mm]-[ss]-[UniqueString]. Conflicts with simple_prefix. See below.
     *
     * @schema BucketLoggingSpecForProviderTargetObjectKeyFormat#partitionedPrefix
     */
    readonly partitionedPrefix?: BucketLoggingSpecForProviderTargetObjectKeyFormatPartitionedPrefix[];
    /**
     * Use the simple format for S3 keys for log objects, in the form [target_prefix][YYYY]-[MM]-[DD]-[hh]-[mm]-[ss]-[UniqueString]. To use, set simple_prefix {}. Conflicts with partitioned_prefix.
     *
     * @schema BucketLoggingSpecForProviderTargetObjectKeyFormat#simplePrefix
     */
    readonly simplePrefix?: any[];
}
/**
 * Converts an object of type 'BucketLoggingSpecForProviderTargetObjectKeyFormat' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecForProviderTargetObjectKeyFormat(obj: BucketLoggingSpecForProviderTargetObjectKeyFormat | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketLoggingSpecInitProviderBucketRef
 */
export interface BucketLoggingSpecInitProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketLoggingSpecInitProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketLoggingSpecInitProviderBucketRef#policy
     */
    readonly policy?: BucketLoggingSpecInitProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketLoggingSpecInitProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecInitProviderBucketRef(obj: BucketLoggingSpecInitProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketLoggingSpecInitProviderBucketSelector
 */
export interface BucketLoggingSpecInitProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketLoggingSpecInitProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketLoggingSpecInitProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketLoggingSpecInitProviderBucketSelector#policy
     */
    readonly policy?: BucketLoggingSpecInitProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketLoggingSpecInitProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecInitProviderBucketSelector(obj: BucketLoggingSpecInitProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate targetBucket.
 *
 * @schema BucketLoggingSpecInitProviderTargetBucketRef
 */
export interface BucketLoggingSpecInitProviderTargetBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketLoggingSpecInitProviderTargetBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketLoggingSpecInitProviderTargetBucketRef#policy
     */
    readonly policy?: BucketLoggingSpecInitProviderTargetBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketLoggingSpecInitProviderTargetBucketRef' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecInitProviderTargetBucketRef(obj: BucketLoggingSpecInitProviderTargetBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate targetBucket.
 *
 * @schema BucketLoggingSpecInitProviderTargetBucketSelector
 */
export interface BucketLoggingSpecInitProviderTargetBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketLoggingSpecInitProviderTargetBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketLoggingSpecInitProviderTargetBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketLoggingSpecInitProviderTargetBucketSelector#policy
     */
    readonly policy?: BucketLoggingSpecInitProviderTargetBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketLoggingSpecInitProviderTargetBucketSelector' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecInitProviderTargetBucketSelector(obj: BucketLoggingSpecInitProviderTargetBucketSelector | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLoggingSpecInitProviderTargetGrant
 */
export interface BucketLoggingSpecInitProviderTargetGrant {
    /**
     * Configuration block for the person being granted permissions. See below.
     *
     * @schema BucketLoggingSpecInitProviderTargetGrant#grantee
     */
    readonly grantee?: BucketLoggingSpecInitProviderTargetGrantGrantee[];
    /**
     * Logging permissions assigned to the grantee for the bucket. Valid values: FULL_CONTROL, READ, WRITE.
     *
     * @schema BucketLoggingSpecInitProviderTargetGrant#permission
     */
    readonly permission?: string;
}
/**
 * Converts an object of type 'BucketLoggingSpecInitProviderTargetGrant' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecInitProviderTargetGrant(obj: BucketLoggingSpecInitProviderTargetGrant | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLoggingSpecInitProviderTargetObjectKeyFormat
 */
export interface BucketLoggingSpecInitProviderTargetObjectKeyFormat {
    /**
     * Partitioned S3 key for log objects, in the form [target_prefix][SourceAccountId]/[SourceRegion]/[SourceBucket]/[YYYY]/[MM]/[DD]/[YYYY]-[MM]-[DD]-[hh]-[mm]-[ss]-[UniqueString]. Conflicts with simple_prefix. See below.
     *
     * @schema BucketLoggingSpecInitProviderTargetObjectKeyFormat#partitionedPrefix
     */
    readonly partitionedPrefix?: BucketLoggingSpecInitProviderTargetObjectKeyFormatPartitionedPrefix[];
    /**
     * Use the simple format for S3 keys for log objects, in the form [target_prefix][YYYY]-[MM]-[DD]-[hh]-[mm]-[ss]-[UniqueString]. To use, set simple_prefix {}. Conflicts with partitioned_prefix.
     *
     * @schema BucketLoggingSpecInitProviderTargetObjectKeyFormat#simplePrefix
     */
    readonly simplePrefix?: any[];
}
/**
 * Converts an object of type 'BucketLoggingSpecInitProviderTargetObjectKeyFormat' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecInitProviderTargetObjectKeyFormat(obj: BucketLoggingSpecInitProviderTargetObjectKeyFormat | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketLoggingSpecProviderConfigRefPolicy
 */
export interface BucketLoggingSpecProviderConfigRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLoggingSpecProviderConfigRefPolicy#resolution
     */
    readonly resolution?: BucketLoggingSpecProviderConfigRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLoggingSpecProviderConfigRefPolicy#resolve
     */
    readonly resolve?: BucketLoggingSpecProviderConfigRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketLoggingSpecProviderConfigRefPolicy' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecProviderConfigRefPolicy(obj: BucketLoggingSpecProviderConfigRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketLoggingSpecForProviderBucketRefPolicy
 */
export interface BucketLoggingSpecForProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLoggingSpecForProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketLoggingSpecForProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLoggingSpecForProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketLoggingSpecForProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketLoggingSpecForProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecForProviderBucketRefPolicy(obj: BucketLoggingSpecForProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketLoggingSpecForProviderBucketSelectorPolicy
 */
export interface BucketLoggingSpecForProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLoggingSpecForProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketLoggingSpecForProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLoggingSpecForProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketLoggingSpecForProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketLoggingSpecForProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecForProviderBucketSelectorPolicy(obj: BucketLoggingSpecForProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketLoggingSpecForProviderTargetBucketRefPolicy
 */
export interface BucketLoggingSpecForProviderTargetBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLoggingSpecForProviderTargetBucketRefPolicy#resolution
     */
    readonly resolution?: BucketLoggingSpecForProviderTargetBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLoggingSpecForProviderTargetBucketRefPolicy#resolve
     */
    readonly resolve?: BucketLoggingSpecForProviderTargetBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketLoggingSpecForProviderTargetBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecForProviderTargetBucketRefPolicy(obj: BucketLoggingSpecForProviderTargetBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketLoggingSpecForProviderTargetBucketSelectorPolicy
 */
export interface BucketLoggingSpecForProviderTargetBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLoggingSpecForProviderTargetBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketLoggingSpecForProviderTargetBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLoggingSpecForProviderTargetBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketLoggingSpecForProviderTargetBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketLoggingSpecForProviderTargetBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecForProviderTargetBucketSelectorPolicy(obj: BucketLoggingSpecForProviderTargetBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLoggingSpecForProviderTargetGrantGrantee
 */
export interface BucketLoggingSpecForProviderTargetGrantGrantee {
    /**
     * Email address of the grantee. See Regions and Endpoints for supported AWS regions where this argument can be specified.
     *
     * @schema BucketLoggingSpecForProviderTargetGrantGrantee#emailAddress
     */
    readonly emailAddress?: string;
    /**
     * Canonical user ID of the grantee.
     *
     * @schema BucketLoggingSpecForProviderTargetGrantGrantee#id
     */
    readonly id?: string;
    /**
     * Type of grantee. Valid values: CanonicalUser, AmazonCustomerByEmail, Group.
     *
     * @schema BucketLoggingSpecForProviderTargetGrantGrantee#type
     */
    readonly type?: string;
    /**
     * URI of the grantee group.
     *
     * @schema BucketLoggingSpecForProviderTargetGrantGrantee#uri
     */
    readonly uri?: string;
}
/**
 * Converts an object of type 'BucketLoggingSpecForProviderTargetGrantGrantee' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecForProviderTargetGrantGrantee(obj: BucketLoggingSpecForProviderTargetGrantGrantee | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLoggingSpecForProviderTargetObjectKeyFormatPartitionedPrefix
 */
export interface BucketLoggingSpecForProviderTargetObjectKeyFormatPartitionedPrefix {
    /**
     * Specifies the partition date source for the partitioned prefix. Valid values: EventTime, DeliveryTime.
     *
     * @schema BucketLoggingSpecForProviderTargetObjectKeyFormatPartitionedPrefix#partitionDateSource
     */
    readonly partitionDateSource?: string;
}
/**
 * Converts an object of type 'BucketLoggingSpecForProviderTargetObjectKeyFormatPartitionedPrefix' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecForProviderTargetObjectKeyFormatPartitionedPrefix(obj: BucketLoggingSpecForProviderTargetObjectKeyFormatPartitionedPrefix | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketLoggingSpecInitProviderBucketRefPolicy
 */
export interface BucketLoggingSpecInitProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLoggingSpecInitProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketLoggingSpecInitProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLoggingSpecInitProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketLoggingSpecInitProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketLoggingSpecInitProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecInitProviderBucketRefPolicy(obj: BucketLoggingSpecInitProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketLoggingSpecInitProviderBucketSelectorPolicy
 */
export interface BucketLoggingSpecInitProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLoggingSpecInitProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketLoggingSpecInitProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLoggingSpecInitProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketLoggingSpecInitProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketLoggingSpecInitProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecInitProviderBucketSelectorPolicy(obj: BucketLoggingSpecInitProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketLoggingSpecInitProviderTargetBucketRefPolicy
 */
export interface BucketLoggingSpecInitProviderTargetBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLoggingSpecInitProviderTargetBucketRefPolicy#resolution
     */
    readonly resolution?: BucketLoggingSpecInitProviderTargetBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLoggingSpecInitProviderTargetBucketRefPolicy#resolve
     */
    readonly resolve?: BucketLoggingSpecInitProviderTargetBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketLoggingSpecInitProviderTargetBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecInitProviderTargetBucketRefPolicy(obj: BucketLoggingSpecInitProviderTargetBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketLoggingSpecInitProviderTargetBucketSelectorPolicy
 */
export interface BucketLoggingSpecInitProviderTargetBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLoggingSpecInitProviderTargetBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketLoggingSpecInitProviderTargetBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLoggingSpecInitProviderTargetBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketLoggingSpecInitProviderTargetBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketLoggingSpecInitProviderTargetBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecInitProviderTargetBucketSelectorPolicy(obj: BucketLoggingSpecInitProviderTargetBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLoggingSpecInitProviderTargetGrantGrantee
 */
export interface BucketLoggingSpecInitProviderTargetGrantGrantee {
    /**
     * Email address of the grantee. See Regions and Endpoints for supported AWS regions where this argument can be specified.
     *
     * @schema BucketLoggingSpecInitProviderTargetGrantGrantee#emailAddress
     */
    readonly emailAddress?: string;
    /**
     * Canonical user ID of the grantee.
     *
     * @schema BucketLoggingSpecInitProviderTargetGrantGrantee#id
     */
    readonly id?: string;
    /**
     * Type of grantee. Valid values: CanonicalUser, AmazonCustomerByEmail, Group.
     *
     * @schema BucketLoggingSpecInitProviderTargetGrantGrantee#type
     */
    readonly type?: string;
    /**
     * URI of the grantee group.
     *
     * @schema BucketLoggingSpecInitProviderTargetGrantGrantee#uri
     */
    readonly uri?: string;
}
/**
 * Converts an object of type 'BucketLoggingSpecInitProviderTargetGrantGrantee' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecInitProviderTargetGrantGrantee(obj: BucketLoggingSpecInitProviderTargetGrantGrantee | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLoggingSpecInitProviderTargetObjectKeyFormatPartitionedPrefix
 */
export interface BucketLoggingSpecInitProviderTargetObjectKeyFormatPartitionedPrefix {
    /**
     * Specifies the partition date source for the partitioned prefix. Valid values: EventTime, DeliveryTime.
     *
     * @schema BucketLoggingSpecInitProviderTargetObjectKeyFormatPartitionedPrefix#partitionDateSource
     */
    readonly partitionDateSource?: string;
}
/**
 * Converts an object of type 'BucketLoggingSpecInitProviderTargetObjectKeyFormatPartitionedPrefix' to JSON representation.
 */
export declare function toJson_BucketLoggingSpecInitProviderTargetObjectKeyFormatPartitionedPrefix(obj: BucketLoggingSpecInitProviderTargetObjectKeyFormatPartitionedPrefix | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLoggingSpecProviderConfigRefPolicyResolution
 */
export declare enum BucketLoggingSpecProviderConfigRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLoggingSpecProviderConfigRefPolicyResolve
 */
export declare enum BucketLoggingSpecProviderConfigRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLoggingSpecForProviderBucketRefPolicyResolution
 */
export declare enum BucketLoggingSpecForProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLoggingSpecForProviderBucketRefPolicyResolve
 */
export declare enum BucketLoggingSpecForProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLoggingSpecForProviderBucketSelectorPolicyResolution
 */
export declare enum BucketLoggingSpecForProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLoggingSpecForProviderBucketSelectorPolicyResolve
 */
export declare enum BucketLoggingSpecForProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLoggingSpecForProviderTargetBucketRefPolicyResolution
 */
export declare enum BucketLoggingSpecForProviderTargetBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLoggingSpecForProviderTargetBucketRefPolicyResolve
 */
export declare enum BucketLoggingSpecForProviderTargetBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLoggingSpecForProviderTargetBucketSelectorPolicyResolution
 */
export declare enum BucketLoggingSpecForProviderTargetBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLoggingSpecForProviderTargetBucketSelectorPolicyResolve
 */
export declare enum BucketLoggingSpecForProviderTargetBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLoggingSpecInitProviderBucketRefPolicyResolution
 */
export declare enum BucketLoggingSpecInitProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLoggingSpecInitProviderBucketRefPolicyResolve
 */
export declare enum BucketLoggingSpecInitProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLoggingSpecInitProviderBucketSelectorPolicyResolution
 */
export declare enum BucketLoggingSpecInitProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLoggingSpecInitProviderBucketSelectorPolicyResolve
 */
export declare enum BucketLoggingSpecInitProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLoggingSpecInitProviderTargetBucketRefPolicyResolution
 */
export declare enum BucketLoggingSpecInitProviderTargetBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLoggingSpecInitProviderTargetBucketRefPolicyResolve
 */
export declare enum BucketLoggingSpecInitProviderTargetBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLoggingSpecInitProviderTargetBucketSelectorPolicyResolution
 */
export declare enum BucketLoggingSpecInitProviderTargetBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLoggingSpecInitProviderTargetBucketSelectorPolicyResolve
 */
export declare enum BucketLoggingSpecInitProviderTargetBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * BucketLogging is the Schema for the BucketLoggings API. Provides an S3 bucket (server access) logging resource.
 *
 * @schema BucketLoggingV1Beta2
 */
export declare class BucketLoggingV1Beta2 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "BucketLoggingV1Beta2"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "BucketLoggingV1Beta2".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: BucketLoggingV1Beta2Props): any;
    /**
     * Defines a "BucketLoggingV1Beta2" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: BucketLoggingV1Beta2Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * BucketLogging is the Schema for the BucketLoggings API. Provides an S3 bucket (server access) logging resource.
 *
 * @schema BucketLoggingV1Beta2
 */
export interface BucketLoggingV1Beta2Props {
    /**
     * @schema BucketLoggingV1Beta2#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * BucketLoggingSpec defines the desired state of BucketLogging
     *
     * @schema BucketLoggingV1Beta2#spec
     */
    readonly spec: BucketLoggingV1Beta2Spec;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2Props' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2Props(obj: BucketLoggingV1Beta2Props | undefined): Record<string, any> | undefined;
/**
 * BucketLoggingSpec defines the desired state of BucketLogging
 *
 * @schema BucketLoggingV1Beta2Spec
 */
export interface BucketLoggingV1Beta2Spec {
    /**
     * DeletionPolicy specifies what will happen to the underlying external
     * when this managed resource is deleted - either "Delete" or "Orphan" the
     * external resource.
     * This field is planned to be deprecated in favor of the ManagementPolicies
     * field in a future release. Currently, both could be set independently and
     * non-default values would be honored if the feature flag is enabled.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     *
     * @schema BucketLoggingV1Beta2Spec#deletionPolicy
     */
    readonly deletionPolicy?: BucketLoggingV1Beta2SpecDeletionPolicy;
    /**
     * @schema BucketLoggingV1Beta2Spec#forProvider
     */
    readonly forProvider: BucketLoggingV1Beta2SpecForProvider;
    /**
     * THIS IS A BETA FIELD. It will be honored
     * unless the Management Policies feature flag is disabled.
     * InitProvider holds the same fields as ForProvider, with the exception
     * of Identifier and other resource reference fields. The fields that are
     * in InitProvider are merged into ForProvider when the resource is created.
     * The same fields are also added to the terraform ignore_changes hook, to
     * avoid updating them after creation. This is useful for fields that are
     * required on creation, but we do not desire to update them after creation,
     * for example because of an external controller is managing them, like an
     * autoscaler.
     *
     * @schema BucketLoggingV1Beta2Spec#initProvider
     */
    readonly initProvider?: BucketLoggingV1Beta2SpecInitProvider;
    /**
     * THIS IS A BETA FIELD. It is on by default but can be opted out
     * through a Crossplane feature flag.
     * ManagementPolicies specify the array of actions Crossplane is allowed to
     * take on the managed and external resources.
     * This field is planned to replace the DeletionPolicy field in a future
     * release. Currently, both could be set independently and non-default
     * values would be honored if the feature flag is enabled. If both are
     * custom, the DeletionPolicy field will be ignored.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     * and this one: https://github.com/crossplane/crossplane/blob/444267e84783136daa93568b364a5f01228cacbe/design/one-pager-ignore-changes.md
     *
     * @schema BucketLoggingV1Beta2Spec#managementPolicies
     */
    readonly managementPolicies?: BucketLoggingV1Beta2SpecManagementPolicies[];
    /**
     * ProviderConfigReference specifies how the provider that will be used to
     * create, observe, update, and delete this managed resource should be
     * configured.
     *
     * @schema BucketLoggingV1Beta2Spec#providerConfigRef
     */
    readonly providerConfigRef?: BucketLoggingV1Beta2SpecProviderConfigRef;
    /**
     * WriteConnectionSecretToReference specifies the namespace and name of a
     * Secret to which any connection details for this managed resource should
     * be written. Connection details frequently include the endpoint, username,
     * and password required to connect to the managed resource.
     *
     * @schema BucketLoggingV1Beta2Spec#writeConnectionSecretToRef
     */
    readonly writeConnectionSecretToRef?: BucketLoggingV1Beta2SpecWriteConnectionSecretToRef;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2Spec' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2Spec(obj: BucketLoggingV1Beta2Spec | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy specifies what will happen to the underlying external
 * when this managed resource is deleted - either "Delete" or "Orphan" the
 * external resource.
 * This field is planned to be deprecated in favor of the ManagementPolicies
 * field in a future release. Currently, both could be set independently and
 * non-default values would be honored if the feature flag is enabled.
 * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
 *
 * @schema BucketLoggingV1Beta2SpecDeletionPolicy
 */
export declare enum BucketLoggingV1Beta2SpecDeletionPolicy {
    /** Orphan */
    ORPHAN = "Orphan",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema BucketLoggingV1Beta2SpecForProvider
 */
export interface BucketLoggingV1Beta2SpecForProvider {
    /**
     * Name of the bucket.
     *
     * @schema BucketLoggingV1Beta2SpecForProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketLoggingV1Beta2SpecForProvider#bucketRef
     */
    readonly bucketRef?: BucketLoggingV1Beta2SpecForProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketLoggingV1Beta2SpecForProvider#bucketSelector
     */
    readonly bucketSelector?: BucketLoggingV1Beta2SpecForProviderBucketSelector;
    /**
     * Account ID of the expected bucket owner.
     *
     * @schema BucketLoggingV1Beta2SpecForProvider#expectedBucketOwner
     */
    readonly expectedBucketOwner?: string;
    /**
     * Region where this resource will be managed. Defaults to the Region set in the provider configuration.
     * Region is the region you'd like your resource to be created in.
     *
     * @default the Region set in the provider configuration.
     * @schema BucketLoggingV1Beta2SpecForProvider#region
     */
    readonly region: string;
    /**
     * Name of the bucket where you want Amazon S3 to store server access logs.
     *
     * @schema BucketLoggingV1Beta2SpecForProvider#targetBucket
     */
    readonly targetBucket?: string;
    /**
     * Reference to a Bucket in s3 to populate targetBucket.
     *
     * @schema BucketLoggingV1Beta2SpecForProvider#targetBucketRef
     */
    readonly targetBucketRef?: BucketLoggingV1Beta2SpecForProviderTargetBucketRef;
    /**
     * Selector for a Bucket in s3 to populate targetBucket.
     *
     * @schema BucketLoggingV1Beta2SpecForProvider#targetBucketSelector
     */
    readonly targetBucketSelector?: BucketLoggingV1Beta2SpecForProviderTargetBucketSelector;
    /**
     * Set of configuration blocks with information for granting permissions. See below.
     *
     * @schema BucketLoggingV1Beta2SpecForProvider#targetGrant
     */
    readonly targetGrant?: BucketLoggingV1Beta2SpecForProviderTargetGrant[];
    /**
     * Amazon S3 key format for log objects. See below.
     *
     * @schema BucketLoggingV1Beta2SpecForProvider#targetObjectKeyFormat
     */
    readonly targetObjectKeyFormat?: BucketLoggingV1Beta2SpecForProviderTargetObjectKeyFormat;
    /**
     * Prefix for all log object keys.
     *
     * @schema BucketLoggingV1Beta2SpecForProvider#targetPrefix
     */
    readonly targetPrefix?: string;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecForProvider' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecForProvider(obj: BucketLoggingV1Beta2SpecForProvider | undefined): Record<string, any> | undefined;
/**
 * THIS IS A BETA FIELD. It will be honored
 * unless the Management Policies feature flag is disabled.
 * InitProvider holds the same fields as ForProvider, with the exception
 * of Identifier and other resource reference fields. The fields that are
 * in InitProvider are merged into ForProvider when the resource is created.
 * The same fields are also added to the terraform ignore_changes hook, to
 * avoid updating them after creation. This is useful for fields that are
 * required on creation, but we do not desire to update them after creation,
 * for example because of an external controller is managing them, like an
 * autoscaler.
 *
 * @schema BucketLoggingV1Beta2SpecInitProvider
 */
export interface BucketLoggingV1Beta2SpecInitProvider {
    /**
     * Name of the bucket.
     *
     * @schema BucketLoggingV1Beta2SpecInitProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketLoggingV1Beta2SpecInitProvider#bucketRef
     */
    readonly bucketRef?: BucketLoggingV1Beta2SpecInitProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketLoggingV1Beta2SpecInitProvider#bucketSelector
     */
    readonly bucketSelector?: BucketLoggingV1Beta2SpecInitProviderBucketSelector;
    /**
     * Account ID of the expected bucket owner.
     *
     * @schema BucketLoggingV1Beta2SpecInitProvider#expectedBucketOwner
     */
    readonly expectedBucketOwner?: string;
    /**
     * Name of the bucket where you want Amazon S3 to store server access logs.
     *
     * @schema BucketLoggingV1Beta2SpecInitProvider#targetBucket
     */
    readonly targetBucket?: string;
    /**
     * Reference to a Bucket in s3 to populate targetBucket.
     *
     * @schema BucketLoggingV1Beta2SpecInitProvider#targetBucketRef
     */
    readonly targetBucketRef?: BucketLoggingV1Beta2SpecInitProviderTargetBucketRef;
    /**
     * Selector for a Bucket in s3 to populate targetBucket.
     *
     * @schema BucketLoggingV1Beta2SpecInitProvider#targetBucketSelector
     */
    readonly targetBucketSelector?: BucketLoggingV1Beta2SpecInitProviderTargetBucketSelector;
    /**
     * Set of configuration blocks with information for granting permissions. See below.
     *
     * @schema BucketLoggingV1Beta2SpecInitProvider#targetGrant
     */
    readonly targetGrant?: BucketLoggingV1Beta2SpecInitProviderTargetGrant[];
    /**
     * Amazon S3 key format for log objects. See below.
     *
     * @schema BucketLoggingV1Beta2SpecInitProvider#targetObjectKeyFormat
     */
    readonly targetObjectKeyFormat?: BucketLoggingV1Beta2SpecInitProviderTargetObjectKeyFormat;
    /**
     * Prefix for all log object keys.
     *
     * @schema BucketLoggingV1Beta2SpecInitProvider#targetPrefix
     */
    readonly targetPrefix?: string;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecInitProvider' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecInitProvider(obj: BucketLoggingV1Beta2SpecInitProvider | undefined): Record<string, any> | undefined;
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema BucketLoggingV1Beta2SpecManagementPolicies
 */
export declare enum BucketLoggingV1Beta2SpecManagementPolicies {
    /** Observe */
    OBSERVE = "Observe",
    /** Create */
    CREATE = "Create",
    /** Update */
    UPDATE = "Update",
    /** Delete */
    DELETE = "Delete",
    /** LateInitialize */
    LATE_INITIALIZE = "LateInitialize",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * ProviderConfigReference specifies how the provider that will be used to
 * create, observe, update, and delete this managed resource should be
 * configured.
 *
 * @schema BucketLoggingV1Beta2SpecProviderConfigRef
 */
export interface BucketLoggingV1Beta2SpecProviderConfigRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketLoggingV1Beta2SpecProviderConfigRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketLoggingV1Beta2SpecProviderConfigRef#policy
     */
    readonly policy?: BucketLoggingV1Beta2SpecProviderConfigRefPolicy;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecProviderConfigRef' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecProviderConfigRef(obj: BucketLoggingV1Beta2SpecProviderConfigRef | undefined): Record<string, any> | undefined;
/**
 * WriteConnectionSecretToReference specifies the namespace and name of a
 * Secret to which any connection details for this managed resource should
 * be written. Connection details frequently include the endpoint, username,
 * and password required to connect to the managed resource.
 *
 * @schema BucketLoggingV1Beta2SpecWriteConnectionSecretToRef
 */
export interface BucketLoggingV1Beta2SpecWriteConnectionSecretToRef {
    /**
     * Name of the secret.
     *
     * @schema BucketLoggingV1Beta2SpecWriteConnectionSecretToRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema BucketLoggingV1Beta2SpecWriteConnectionSecretToRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecWriteConnectionSecretToRef' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecWriteConnectionSecretToRef(obj: BucketLoggingV1Beta2SpecWriteConnectionSecretToRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderBucketRef
 */
export interface BucketLoggingV1Beta2SpecForProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderBucketRef#policy
     */
    readonly policy?: BucketLoggingV1Beta2SpecForProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecForProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecForProviderBucketRef(obj: BucketLoggingV1Beta2SpecForProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderBucketSelector
 */
export interface BucketLoggingV1Beta2SpecForProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderBucketSelector#policy
     */
    readonly policy?: BucketLoggingV1Beta2SpecForProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecForProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecForProviderBucketSelector(obj: BucketLoggingV1Beta2SpecForProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate targetBucket.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderTargetBucketRef
 */
export interface BucketLoggingV1Beta2SpecForProviderTargetBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderTargetBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderTargetBucketRef#policy
     */
    readonly policy?: BucketLoggingV1Beta2SpecForProviderTargetBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecForProviderTargetBucketRef' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecForProviderTargetBucketRef(obj: BucketLoggingV1Beta2SpecForProviderTargetBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate targetBucket.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderTargetBucketSelector
 */
export interface BucketLoggingV1Beta2SpecForProviderTargetBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderTargetBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderTargetBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderTargetBucketSelector#policy
     */
    readonly policy?: BucketLoggingV1Beta2SpecForProviderTargetBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecForProviderTargetBucketSelector' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecForProviderTargetBucketSelector(obj: BucketLoggingV1Beta2SpecForProviderTargetBucketSelector | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLoggingV1Beta2SpecForProviderTargetGrant
 */
export interface BucketLoggingV1Beta2SpecForProviderTargetGrant {
    /**
     * Configuration block for the person being granted permissions. See below.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderTargetGrant#grantee
     */
    readonly grantee?: BucketLoggingV1Beta2SpecForProviderTargetGrantGrantee;
    /**
     * Logging permissions assigned to the grantee for the bucket. Valid values: FULL_CONTROL, READ, WRITE.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderTargetGrant#permission
     */
    readonly permission?: string;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecForProviderTargetGrant' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecForProviderTargetGrant(obj: BucketLoggingV1Beta2SpecForProviderTargetGrant | undefined): Record<string, any> | undefined;
/**
 * Amazon S3 key format for log objects. See below.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderTargetObjectKeyFormat
 */
export interface BucketLoggingV1Beta2SpecForProviderTargetObjectKeyFormat {
    /**
     * Partitioned S3 key for log objects, in the form [target_prefix][SourceAccountId]/[SourceRegion]/[SourceBucket]/[YYYY]/[MM]/[DD]/[YYYY]-[MM]-[DD]-[hh]-[mm]-[ss]-[UniqueString]. Conflicts with simple_prefix. See below.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderTargetObjectKeyFormat#partitionedPrefix
     */
    readonly partitionedPrefix?: BucketLoggingV1Beta2SpecForProviderTargetObjectKeyFormatPartitionedPrefix;
    /**
     * Use the simple format for S3 keys for log objects, in the form [target_prefix][YYYY]-[MM]-[DD]-[hh]-[mm]-[ss]-[UniqueString]. To use, set simple_prefix {}. Conflicts with partitioned_prefix.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderTargetObjectKeyFormat#simplePrefix
     */
    readonly simplePrefix?: any;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecForProviderTargetObjectKeyFormat' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecForProviderTargetObjectKeyFormat(obj: BucketLoggingV1Beta2SpecForProviderTargetObjectKeyFormat | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderBucketRef
 */
export interface BucketLoggingV1Beta2SpecInitProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderBucketRef#policy
     */
    readonly policy?: BucketLoggingV1Beta2SpecInitProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecInitProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecInitProviderBucketRef(obj: BucketLoggingV1Beta2SpecInitProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderBucketSelector
 */
export interface BucketLoggingV1Beta2SpecInitProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderBucketSelector#policy
     */
    readonly policy?: BucketLoggingV1Beta2SpecInitProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecInitProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecInitProviderBucketSelector(obj: BucketLoggingV1Beta2SpecInitProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate targetBucket.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderTargetBucketRef
 */
export interface BucketLoggingV1Beta2SpecInitProviderTargetBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderTargetBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderTargetBucketRef#policy
     */
    readonly policy?: BucketLoggingV1Beta2SpecInitProviderTargetBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecInitProviderTargetBucketRef' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecInitProviderTargetBucketRef(obj: BucketLoggingV1Beta2SpecInitProviderTargetBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate targetBucket.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderTargetBucketSelector
 */
export interface BucketLoggingV1Beta2SpecInitProviderTargetBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderTargetBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderTargetBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderTargetBucketSelector#policy
     */
    readonly policy?: BucketLoggingV1Beta2SpecInitProviderTargetBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecInitProviderTargetBucketSelector' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecInitProviderTargetBucketSelector(obj: BucketLoggingV1Beta2SpecInitProviderTargetBucketSelector | undefined): Record<string, any> | undefined;
/**
 * @schema BucketLoggingV1Beta2SpecInitProviderTargetGrant
 */
export interface BucketLoggingV1Beta2SpecInitProviderTargetGrant {
    /**
     * Configuration block for the person being granted permissions. See below.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderTargetGrant#grantee
     */
    readonly grantee?: BucketLoggingV1Beta2SpecInitProviderTargetGrantGrantee;
    /**
     * Logging permissions assigned to the grantee for the bucket. Valid values: FULL_CONTROL, READ, WRITE.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderTargetGrant#permission
     */
    readonly permission?: string;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecInitProviderTargetGrant' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecInitProviderTargetGrant(obj: BucketLoggingV1Beta2SpecInitProviderTargetGrant | undefined): Record<string, any> | undefined;
/**
 * Amazon S3 key format for log objects. See below.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderTargetObjectKeyFormat
 */
export interface BucketLoggingV1Beta2SpecInitProviderTargetObjectKeyFormat {
    /**
     * Partitioned S3 key for log objects, in the form [target_prefix][SourceAccountId]/[SourceRegion]/[SourceBucket]/[YYYY]/[MM]/[DD]/[YYYY]-[MM]-[DD]-[hh]-[mm]-[ss]-[UniqueString]. Conflicts with simple_prefix. See below.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderTargetObjectKeyFormat#partitionedPrefix
     */
    readonly partitionedPrefix?: BucketLoggingV1Beta2SpecInitProviderTargetObjectKeyFormatPartitionedPrefix;
    /**
     * Use the simple format for S3 keys for log objects, in the form [target_prefix][YYYY]-[MM]-[DD]-[hh]-[mm]-[ss]-[UniqueString]. To use, set simple_prefix {}. Conflicts with partitioned_prefix.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderTargetObjectKeyFormat#simplePrefix
     */
    readonly simplePrefix?: any;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecInitProviderTargetObjectKeyFormat' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecInitProviderTargetObjectKeyFormat(obj: BucketLoggingV1Beta2SpecInitProviderTargetObjectKeyFormat | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketLoggingV1Beta2SpecProviderConfigRefPolicy
 */
export interface BucketLoggingV1Beta2SpecProviderConfigRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLoggingV1Beta2SpecProviderConfigRefPolicy#resolution
     */
    readonly resolution?: BucketLoggingV1Beta2SpecProviderConfigRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLoggingV1Beta2SpecProviderConfigRefPolicy#resolve
     */
    readonly resolve?: BucketLoggingV1Beta2SpecProviderConfigRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecProviderConfigRefPolicy' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecProviderConfigRefPolicy(obj: BucketLoggingV1Beta2SpecProviderConfigRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderBucketRefPolicy
 */
export interface BucketLoggingV1Beta2SpecForProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketLoggingV1Beta2SpecForProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketLoggingV1Beta2SpecForProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecForProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecForProviderBucketRefPolicy(obj: BucketLoggingV1Beta2SpecForProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderBucketSelectorPolicy
 */
export interface BucketLoggingV1Beta2SpecForProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketLoggingV1Beta2SpecForProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketLoggingV1Beta2SpecForProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecForProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecForProviderBucketSelectorPolicy(obj: BucketLoggingV1Beta2SpecForProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderTargetBucketRefPolicy
 */
export interface BucketLoggingV1Beta2SpecForProviderTargetBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderTargetBucketRefPolicy#resolution
     */
    readonly resolution?: BucketLoggingV1Beta2SpecForProviderTargetBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderTargetBucketRefPolicy#resolve
     */
    readonly resolve?: BucketLoggingV1Beta2SpecForProviderTargetBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecForProviderTargetBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecForProviderTargetBucketRefPolicy(obj: BucketLoggingV1Beta2SpecForProviderTargetBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderTargetBucketSelectorPolicy
 */
export interface BucketLoggingV1Beta2SpecForProviderTargetBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderTargetBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketLoggingV1Beta2SpecForProviderTargetBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderTargetBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketLoggingV1Beta2SpecForProviderTargetBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecForProviderTargetBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecForProviderTargetBucketSelectorPolicy(obj: BucketLoggingV1Beta2SpecForProviderTargetBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Configuration block for the person being granted permissions. See below.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderTargetGrantGrantee
 */
export interface BucketLoggingV1Beta2SpecForProviderTargetGrantGrantee {
    /**
     * Email address of the grantee. See Regions and Endpoints for supported AWS regions where this argument can be specified.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderTargetGrantGrantee#emailAddress
     */
    readonly emailAddress?: string;
    /**
     * Canonical user ID of the grantee.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderTargetGrantGrantee#id
     */
    readonly id?: string;
    /**
     * Type of grantee. Valid values: CanonicalUser, AmazonCustomerByEmail, Group.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderTargetGrantGrantee#type
     */
    readonly type?: string;
    /**
     * URI of the grantee group.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderTargetGrantGrantee#uri
     */
    readonly uri?: string;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecForProviderTargetGrantGrantee' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecForProviderTargetGrantGrantee(obj: BucketLoggingV1Beta2SpecForProviderTargetGrantGrantee | undefined): Record<string, any> | undefined;
/**
 * Partitioned S3 key for log objects, in the form [target_prefix][SourceAccountId]/[SourceRegion]/[SourceBucket]/[YYYY]/[MM]/[DD]/[YYYY]-[MM]-[DD]-[hh]-[mm]-[ss]-[UniqueString]. Conflicts with simple_prefix. See below.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderTargetObjectKeyFormatPartitionedPrefix
 */
export interface BucketLoggingV1Beta2SpecForProviderTargetObjectKeyFormatPartitionedPrefix {
    /**
     * Specifies the partition date source for the partitioned prefix. Valid values: EventTime, DeliveryTime.
     *
     * @schema BucketLoggingV1Beta2SpecForProviderTargetObjectKeyFormatPartitionedPrefix#partitionDateSource
     */
    readonly partitionDateSource?: string;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecForProviderTargetObjectKeyFormatPartitionedPrefix' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecForProviderTargetObjectKeyFormatPartitionedPrefix(obj: BucketLoggingV1Beta2SpecForProviderTargetObjectKeyFormatPartitionedPrefix | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderBucketRefPolicy
 */
export interface BucketLoggingV1Beta2SpecInitProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketLoggingV1Beta2SpecInitProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketLoggingV1Beta2SpecInitProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecInitProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecInitProviderBucketRefPolicy(obj: BucketLoggingV1Beta2SpecInitProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderBucketSelectorPolicy
 */
export interface BucketLoggingV1Beta2SpecInitProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketLoggingV1Beta2SpecInitProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketLoggingV1Beta2SpecInitProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecInitProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecInitProviderBucketSelectorPolicy(obj: BucketLoggingV1Beta2SpecInitProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderTargetBucketRefPolicy
 */
export interface BucketLoggingV1Beta2SpecInitProviderTargetBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderTargetBucketRefPolicy#resolution
     */
    readonly resolution?: BucketLoggingV1Beta2SpecInitProviderTargetBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderTargetBucketRefPolicy#resolve
     */
    readonly resolve?: BucketLoggingV1Beta2SpecInitProviderTargetBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecInitProviderTargetBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecInitProviderTargetBucketRefPolicy(obj: BucketLoggingV1Beta2SpecInitProviderTargetBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderTargetBucketSelectorPolicy
 */
export interface BucketLoggingV1Beta2SpecInitProviderTargetBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderTargetBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketLoggingV1Beta2SpecInitProviderTargetBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderTargetBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketLoggingV1Beta2SpecInitProviderTargetBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecInitProviderTargetBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecInitProviderTargetBucketSelectorPolicy(obj: BucketLoggingV1Beta2SpecInitProviderTargetBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Configuration block for the person being granted permissions. See below.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderTargetGrantGrantee
 */
export interface BucketLoggingV1Beta2SpecInitProviderTargetGrantGrantee {
    /**
     * Email address of the grantee. See Regions and Endpoints for supported AWS regions where this argument can be specified.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderTargetGrantGrantee#emailAddress
     */
    readonly emailAddress?: string;
    /**
     * Canonical user ID of the grantee.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderTargetGrantGrantee#id
     */
    readonly id?: string;
    /**
     * Type of grantee. Valid values: CanonicalUser, AmazonCustomerByEmail, Group.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderTargetGrantGrantee#type
     */
    readonly type?: string;
    /**
     * URI of the grantee group.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderTargetGrantGrantee#uri
     */
    readonly uri?: string;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecInitProviderTargetGrantGrantee' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecInitProviderTargetGrantGrantee(obj: BucketLoggingV1Beta2SpecInitProviderTargetGrantGrantee | undefined): Record<string, any> | undefined;
/**
 * Partitioned S3 key for log objects, in the form [target_prefix][SourceAccountId]/[SourceRegion]/[SourceBucket]/[YYYY]/[MM]/[DD]/[YYYY]-[MM]-[DD]-[hh]-[mm]-[ss]-[UniqueString]. Conflicts with simple_prefix. See below.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderTargetObjectKeyFormatPartitionedPrefix
 */
export interface BucketLoggingV1Beta2SpecInitProviderTargetObjectKeyFormatPartitionedPrefix {
    /**
     * Specifies the partition date source for the partitioned prefix. Valid values: EventTime, DeliveryTime.
     *
     * @schema BucketLoggingV1Beta2SpecInitProviderTargetObjectKeyFormatPartitionedPrefix#partitionDateSource
     */
    readonly partitionDateSource?: string;
}
/**
 * Converts an object of type 'BucketLoggingV1Beta2SpecInitProviderTargetObjectKeyFormatPartitionedPrefix' to JSON representation.
 */
export declare function toJson_BucketLoggingV1Beta2SpecInitProviderTargetObjectKeyFormatPartitionedPrefix(obj: BucketLoggingV1Beta2SpecInitProviderTargetObjectKeyFormatPartitionedPrefix | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLoggingV1Beta2SpecProviderConfigRefPolicyResolution
 */
export declare enum BucketLoggingV1Beta2SpecProviderConfigRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLoggingV1Beta2SpecProviderConfigRefPolicyResolve
 */
export declare enum BucketLoggingV1Beta2SpecProviderConfigRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderBucketRefPolicyResolution
 */
export declare enum BucketLoggingV1Beta2SpecForProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderBucketRefPolicyResolve
 */
export declare enum BucketLoggingV1Beta2SpecForProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderBucketSelectorPolicyResolution
 */
export declare enum BucketLoggingV1Beta2SpecForProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderBucketSelectorPolicyResolve
 */
export declare enum BucketLoggingV1Beta2SpecForProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderTargetBucketRefPolicyResolution
 */
export declare enum BucketLoggingV1Beta2SpecForProviderTargetBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderTargetBucketRefPolicyResolve
 */
export declare enum BucketLoggingV1Beta2SpecForProviderTargetBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderTargetBucketSelectorPolicyResolution
 */
export declare enum BucketLoggingV1Beta2SpecForProviderTargetBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLoggingV1Beta2SpecForProviderTargetBucketSelectorPolicyResolve
 */
export declare enum BucketLoggingV1Beta2SpecForProviderTargetBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderBucketRefPolicyResolution
 */
export declare enum BucketLoggingV1Beta2SpecInitProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderBucketRefPolicyResolve
 */
export declare enum BucketLoggingV1Beta2SpecInitProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderBucketSelectorPolicyResolution
 */
export declare enum BucketLoggingV1Beta2SpecInitProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderBucketSelectorPolicyResolve
 */
export declare enum BucketLoggingV1Beta2SpecInitProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderTargetBucketRefPolicyResolution
 */
export declare enum BucketLoggingV1Beta2SpecInitProviderTargetBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderTargetBucketRefPolicyResolve
 */
export declare enum BucketLoggingV1Beta2SpecInitProviderTargetBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderTargetBucketSelectorPolicyResolution
 */
export declare enum BucketLoggingV1Beta2SpecInitProviderTargetBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketLoggingV1Beta2SpecInitProviderTargetBucketSelectorPolicyResolve
 */
export declare enum BucketLoggingV1Beta2SpecInitProviderTargetBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * BucketOwnershipControls is the Schema for the BucketOwnershipControlss API. Manages S3 Bucket Ownership Controls.
Deprecated: This API version (v1beta1) has been deprecated in release v2.6.0.
 *
 * @schema BucketOwnershipControls
 */
export declare class BucketOwnershipControls extends ApiObject {
    /**
     * Returns the apiVersion and kind for "BucketOwnershipControls"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "BucketOwnershipControls".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: BucketOwnershipControlsProps): any;
    /**
     * Defines a "BucketOwnershipControls" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: BucketOwnershipControlsProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * BucketOwnershipControls is the Schema for the BucketOwnershipControlss API. Manages S3 Bucket Ownership Controls.
 * Deprecated: This API version (v1beta1) has been deprecated in release v2.6.0.
 *
 * @schema BucketOwnershipControls
 */
export interface BucketOwnershipControlsProps {
    /**
     * @schema BucketOwnershipControls#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * BucketOwnershipControlsSpec defines the desired state of BucketOwnershipControls
     *
     * @schema BucketOwnershipControls#spec
     */
    readonly spec: BucketOwnershipControlsSpec;
}
/**
 * Converts an object of type 'BucketOwnershipControlsProps' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsProps(obj: BucketOwnershipControlsProps | undefined): Record<string, any> | undefined;
/**
 * BucketOwnershipControlsSpec defines the desired state of BucketOwnershipControls
 *
 * @schema BucketOwnershipControlsSpec
 */
export interface BucketOwnershipControlsSpec {
    /**
     * DeletionPolicy specifies what will happen to the underlying external
     * when this managed resource is deleted - either "Delete" or "Orphan" the
     * external resource.
     * This field is planned to be deprecated in favor of the ManagementPolicies
     * field in a future release. Currently, both could be set independently and
     * non-default values would be honored if the feature flag is enabled.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     *
     * @schema BucketOwnershipControlsSpec#deletionPolicy
     */
    readonly deletionPolicy?: BucketOwnershipControlsSpecDeletionPolicy;
    /**
     * @schema BucketOwnershipControlsSpec#forProvider
     */
    readonly forProvider: BucketOwnershipControlsSpecForProvider;
    /**
     * THIS IS A BETA FIELD. It will be honored
     * unless the Management Policies feature flag is disabled.
     * InitProvider holds the same fields as ForProvider, with the exception
     * of Identifier and other resource reference fields. The fields that are
     * in InitProvider are merged into ForProvider when the resource is created.
     * The same fields are also added to the terraform ignore_changes hook, to
     * avoid updating them after creation. This is useful for fields that are
     * required on creation, but we do not desire to update them after creation,
     * for example because of an external controller is managing them, like an
     * autoscaler.
     *
     * @schema BucketOwnershipControlsSpec#initProvider
     */
    readonly initProvider?: BucketOwnershipControlsSpecInitProvider;
    /**
     * THIS IS A BETA FIELD. It is on by default but can be opted out
     * through a Crossplane feature flag.
     * ManagementPolicies specify the array of actions Crossplane is allowed to
     * take on the managed and external resources.
     * This field is planned to replace the DeletionPolicy field in a future
     * release. Currently, both could be set independently and non-default
     * values would be honored if the feature flag is enabled. If both are
     * custom, the DeletionPolicy field will be ignored.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     * and this one: https://github.com/crossplane/crossplane/blob/444267e84783136daa93568b364a5f01228cacbe/design/one-pager-ignore-changes.md
     *
     * @schema BucketOwnershipControlsSpec#managementPolicies
     */
    readonly managementPolicies?: BucketOwnershipControlsSpecManagementPolicies[];
    /**
     * ProviderConfigReference specifies how the provider that will be used to
     * create, observe, update, and delete this managed resource should be
     * configured.
     *
     * @schema BucketOwnershipControlsSpec#providerConfigRef
     */
    readonly providerConfigRef?: BucketOwnershipControlsSpecProviderConfigRef;
    /**
     * WriteConnectionSecretToReference specifies the namespace and name of a
     * Secret to which any connection details for this managed resource should
     * be written. Connection details frequently include the endpoint, username,
     * and password required to connect to the managed resource.
     *
     * @schema BucketOwnershipControlsSpec#writeConnectionSecretToRef
     */
    readonly writeConnectionSecretToRef?: BucketOwnershipControlsSpecWriteConnectionSecretToRef;
}
/**
 * Converts an object of type 'BucketOwnershipControlsSpec' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsSpec(obj: BucketOwnershipControlsSpec | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy specifies what will happen to the underlying external
 * when this managed resource is deleted - either "Delete" or "Orphan" the
 * external resource.
 * This field is planned to be deprecated in favor of the ManagementPolicies
 * field in a future release. Currently, both could be set independently and
 * non-default values would be honored if the feature flag is enabled.
 * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
 *
 * @schema BucketOwnershipControlsSpecDeletionPolicy
 */
export declare enum BucketOwnershipControlsSpecDeletionPolicy {
    /** Orphan */
    ORPHAN = "Orphan",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema BucketOwnershipControlsSpecForProvider
 */
export interface BucketOwnershipControlsSpecForProvider {
    /**
     * Name of the bucket that you want to associate this access point with.
     *
     * @schema BucketOwnershipControlsSpecForProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketOwnershipControlsSpecForProvider#bucketRef
     */
    readonly bucketRef?: BucketOwnershipControlsSpecForProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketOwnershipControlsSpecForProvider#bucketSelector
     */
    readonly bucketSelector?: BucketOwnershipControlsSpecForProviderBucketSelector;
    /**
     * Region where this resource will be managed. Defaults to the Region set in the provider configuration.
     * Region is the region you'd like your resource to be created in.
     *
     * @default the Region set in the provider configuration.
     * @schema BucketOwnershipControlsSpecForProvider#region
     */
    readonly region: string;
    /**
     * Configuration block(s) with Ownership Controls rules. Detailed below.
     *
     * @schema BucketOwnershipControlsSpecForProvider#rule
     */
    readonly rule?: BucketOwnershipControlsSpecForProviderRule[];
}
/**
 * Converts an object of type 'BucketOwnershipControlsSpecForProvider' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsSpecForProvider(obj: BucketOwnershipControlsSpecForProvider | undefined): Record<string, any> | undefined;
/**
 * THIS IS A BETA FIELD. It will be honored
 * unless the Management Policies feature flag is disabled.
 * InitProvider holds the same fields as ForProvider, with the exception
 * of Identifier and other resource reference fields. The fields that are
 * in InitProvider are merged into ForProvider when the resource is created.
 * The same fields are also added to the terraform ignore_changes hook, to
 * avoid updating them after creation. This is useful for fields that are
 * required on creation, but we do not desire to update them after creation,
 * for example because of an external controller is managing them, like an
 * autoscaler.
 *
 * @schema BucketOwnershipControlsSpecInitProvider
 */
export interface BucketOwnershipControlsSpecInitProvider {
    /**
     * Name of the bucket that you want to associate this access point with.
     *
     * @schema BucketOwnershipControlsSpecInitProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketOwnershipControlsSpecInitProvider#bucketRef
     */
    readonly bucketRef?: BucketOwnershipControlsSpecInitProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketOwnershipControlsSpecInitProvider#bucketSelector
     */
    readonly bucketSelector?: BucketOwnershipControlsSpecInitProviderBucketSelector;
    /**
     * Configuration block(s) with Ownership Controls rules. Detailed below.
     *
     * @schema BucketOwnershipControlsSpecInitProvider#rule
     */
    readonly rule?: BucketOwnershipControlsSpecInitProviderRule[];
}
/**
 * Converts an object of type 'BucketOwnershipControlsSpecInitProvider' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsSpecInitProvider(obj: BucketOwnershipControlsSpecInitProvider | undefined): Record<string, any> | undefined;
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema BucketOwnershipControlsSpecManagementPolicies
 */
export declare enum BucketOwnershipControlsSpecManagementPolicies {
    /** Observe */
    OBSERVE = "Observe",
    /** Create */
    CREATE = "Create",
    /** Update */
    UPDATE = "Update",
    /** Delete */
    DELETE = "Delete",
    /** LateInitialize */
    LATE_INITIALIZE = "LateInitialize",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * ProviderConfigReference specifies how the provider that will be used to
 * create, observe, update, and delete this managed resource should be
 * configured.
 *
 * @schema BucketOwnershipControlsSpecProviderConfigRef
 */
export interface BucketOwnershipControlsSpecProviderConfigRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketOwnershipControlsSpecProviderConfigRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketOwnershipControlsSpecProviderConfigRef#policy
     */
    readonly policy?: BucketOwnershipControlsSpecProviderConfigRefPolicy;
}
/**
 * Converts an object of type 'BucketOwnershipControlsSpecProviderConfigRef' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsSpecProviderConfigRef(obj: BucketOwnershipControlsSpecProviderConfigRef | undefined): Record<string, any> | undefined;
/**
 * WriteConnectionSecretToReference specifies the namespace and name of a
 * Secret to which any connection details for this managed resource should
 * be written. Connection details frequently include the endpoint, username,
 * and password required to connect to the managed resource.
 *
 * @schema BucketOwnershipControlsSpecWriteConnectionSecretToRef
 */
export interface BucketOwnershipControlsSpecWriteConnectionSecretToRef {
    /**
     * Name of the secret.
     *
     * @schema BucketOwnershipControlsSpecWriteConnectionSecretToRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema BucketOwnershipControlsSpecWriteConnectionSecretToRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'BucketOwnershipControlsSpecWriteConnectionSecretToRef' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsSpecWriteConnectionSecretToRef(obj: BucketOwnershipControlsSpecWriteConnectionSecretToRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketOwnershipControlsSpecForProviderBucketRef
 */
export interface BucketOwnershipControlsSpecForProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketOwnershipControlsSpecForProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketOwnershipControlsSpecForProviderBucketRef#policy
     */
    readonly policy?: BucketOwnershipControlsSpecForProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketOwnershipControlsSpecForProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsSpecForProviderBucketRef(obj: BucketOwnershipControlsSpecForProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketOwnershipControlsSpecForProviderBucketSelector
 */
export interface BucketOwnershipControlsSpecForProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketOwnershipControlsSpecForProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketOwnershipControlsSpecForProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketOwnershipControlsSpecForProviderBucketSelector#policy
     */
    readonly policy?: BucketOwnershipControlsSpecForProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketOwnershipControlsSpecForProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsSpecForProviderBucketSelector(obj: BucketOwnershipControlsSpecForProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * @schema BucketOwnershipControlsSpecForProviderRule
 */
export interface BucketOwnershipControlsSpecForProviderRule {
    /**
     * Object ownership. Valid values: BucketOwnerPreferred, ObjectWriter or BucketOwnerEnforced
     *
     * @schema BucketOwnershipControlsSpecForProviderRule#objectOwnership
     */
    readonly objectOwnership?: string;
}
/**
 * Converts an object of type 'BucketOwnershipControlsSpecForProviderRule' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsSpecForProviderRule(obj: BucketOwnershipControlsSpecForProviderRule | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketOwnershipControlsSpecInitProviderBucketRef
 */
export interface BucketOwnershipControlsSpecInitProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketOwnershipControlsSpecInitProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketOwnershipControlsSpecInitProviderBucketRef#policy
     */
    readonly policy?: BucketOwnershipControlsSpecInitProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketOwnershipControlsSpecInitProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsSpecInitProviderBucketRef(obj: BucketOwnershipControlsSpecInitProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketOwnershipControlsSpecInitProviderBucketSelector
 */
export interface BucketOwnershipControlsSpecInitProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketOwnershipControlsSpecInitProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketOwnershipControlsSpecInitProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketOwnershipControlsSpecInitProviderBucketSelector#policy
     */
    readonly policy?: BucketOwnershipControlsSpecInitProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketOwnershipControlsSpecInitProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsSpecInitProviderBucketSelector(obj: BucketOwnershipControlsSpecInitProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * @schema BucketOwnershipControlsSpecInitProviderRule
 */
export interface BucketOwnershipControlsSpecInitProviderRule {
    /**
     * Object ownership. Valid values: BucketOwnerPreferred, ObjectWriter or BucketOwnerEnforced
     *
     * @schema BucketOwnershipControlsSpecInitProviderRule#objectOwnership
     */
    readonly objectOwnership?: string;
}
/**
 * Converts an object of type 'BucketOwnershipControlsSpecInitProviderRule' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsSpecInitProviderRule(obj: BucketOwnershipControlsSpecInitProviderRule | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketOwnershipControlsSpecProviderConfigRefPolicy
 */
export interface BucketOwnershipControlsSpecProviderConfigRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketOwnershipControlsSpecProviderConfigRefPolicy#resolution
     */
    readonly resolution?: BucketOwnershipControlsSpecProviderConfigRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketOwnershipControlsSpecProviderConfigRefPolicy#resolve
     */
    readonly resolve?: BucketOwnershipControlsSpecProviderConfigRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketOwnershipControlsSpecProviderConfigRefPolicy' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsSpecProviderConfigRefPolicy(obj: BucketOwnershipControlsSpecProviderConfigRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketOwnershipControlsSpecForProviderBucketRefPolicy
 */
export interface BucketOwnershipControlsSpecForProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketOwnershipControlsSpecForProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketOwnershipControlsSpecForProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketOwnershipControlsSpecForProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketOwnershipControlsSpecForProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketOwnershipControlsSpecForProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsSpecForProviderBucketRefPolicy(obj: BucketOwnershipControlsSpecForProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketOwnershipControlsSpecForProviderBucketSelectorPolicy
 */
export interface BucketOwnershipControlsSpecForProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketOwnershipControlsSpecForProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketOwnershipControlsSpecForProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketOwnershipControlsSpecForProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketOwnershipControlsSpecForProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketOwnershipControlsSpecForProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsSpecForProviderBucketSelectorPolicy(obj: BucketOwnershipControlsSpecForProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketOwnershipControlsSpecInitProviderBucketRefPolicy
 */
export interface BucketOwnershipControlsSpecInitProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketOwnershipControlsSpecInitProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketOwnershipControlsSpecInitProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketOwnershipControlsSpecInitProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketOwnershipControlsSpecInitProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketOwnershipControlsSpecInitProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsSpecInitProviderBucketRefPolicy(obj: BucketOwnershipControlsSpecInitProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketOwnershipControlsSpecInitProviderBucketSelectorPolicy
 */
export interface BucketOwnershipControlsSpecInitProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketOwnershipControlsSpecInitProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketOwnershipControlsSpecInitProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketOwnershipControlsSpecInitProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketOwnershipControlsSpecInitProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketOwnershipControlsSpecInitProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsSpecInitProviderBucketSelectorPolicy(obj: BucketOwnershipControlsSpecInitProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketOwnershipControlsSpecProviderConfigRefPolicyResolution
 */
export declare enum BucketOwnershipControlsSpecProviderConfigRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketOwnershipControlsSpecProviderConfigRefPolicyResolve
 */
export declare enum BucketOwnershipControlsSpecProviderConfigRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketOwnershipControlsSpecForProviderBucketRefPolicyResolution
 */
export declare enum BucketOwnershipControlsSpecForProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketOwnershipControlsSpecForProviderBucketRefPolicyResolve
 */
export declare enum BucketOwnershipControlsSpecForProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketOwnershipControlsSpecForProviderBucketSelectorPolicyResolution
 */
export declare enum BucketOwnershipControlsSpecForProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketOwnershipControlsSpecForProviderBucketSelectorPolicyResolve
 */
export declare enum BucketOwnershipControlsSpecForProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketOwnershipControlsSpecInitProviderBucketRefPolicyResolution
 */
export declare enum BucketOwnershipControlsSpecInitProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketOwnershipControlsSpecInitProviderBucketRefPolicyResolve
 */
export declare enum BucketOwnershipControlsSpecInitProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketOwnershipControlsSpecInitProviderBucketSelectorPolicyResolution
 */
export declare enum BucketOwnershipControlsSpecInitProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketOwnershipControlsSpecInitProviderBucketSelectorPolicyResolve
 */
export declare enum BucketOwnershipControlsSpecInitProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * BucketOwnershipControls is the Schema for the BucketOwnershipControlss API. Manages S3 Bucket Ownership Controls.
 *
 * @schema BucketOwnershipControlsV1Beta2
 */
export declare class BucketOwnershipControlsV1Beta2 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "BucketOwnershipControlsV1Beta2"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "BucketOwnershipControlsV1Beta2".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: BucketOwnershipControlsV1Beta2Props): any;
    /**
     * Defines a "BucketOwnershipControlsV1Beta2" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: BucketOwnershipControlsV1Beta2Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * BucketOwnershipControls is the Schema for the BucketOwnershipControlss API. Manages S3 Bucket Ownership Controls.
 *
 * @schema BucketOwnershipControlsV1Beta2
 */
export interface BucketOwnershipControlsV1Beta2Props {
    /**
     * @schema BucketOwnershipControlsV1Beta2#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * BucketOwnershipControlsSpec defines the desired state of BucketOwnershipControls
     *
     * @schema BucketOwnershipControlsV1Beta2#spec
     */
    readonly spec: BucketOwnershipControlsV1Beta2Spec;
}
/**
 * Converts an object of type 'BucketOwnershipControlsV1Beta2Props' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsV1Beta2Props(obj: BucketOwnershipControlsV1Beta2Props | undefined): Record<string, any> | undefined;
/**
 * BucketOwnershipControlsSpec defines the desired state of BucketOwnershipControls
 *
 * @schema BucketOwnershipControlsV1Beta2Spec
 */
export interface BucketOwnershipControlsV1Beta2Spec {
    /**
     * DeletionPolicy specifies what will happen to the underlying external
     * when this managed resource is deleted - either "Delete" or "Orphan" the
     * external resource.
     * This field is planned to be deprecated in favor of the ManagementPolicies
     * field in a future release. Currently, both could be set independently and
     * non-default values would be honored if the feature flag is enabled.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     *
     * @schema BucketOwnershipControlsV1Beta2Spec#deletionPolicy
     */
    readonly deletionPolicy?: BucketOwnershipControlsV1Beta2SpecDeletionPolicy;
    /**
     * @schema BucketOwnershipControlsV1Beta2Spec#forProvider
     */
    readonly forProvider: BucketOwnershipControlsV1Beta2SpecForProvider;
    /**
     * THIS IS A BETA FIELD. It will be honored
     * unless the Management Policies feature flag is disabled.
     * InitProvider holds the same fields as ForProvider, with the exception
     * of Identifier and other resource reference fields. The fields that are
     * in InitProvider are merged into ForProvider when the resource is created.
     * The same fields are also added to the terraform ignore_changes hook, to
     * avoid updating them after creation. This is useful for fields that are
     * required on creation, but we do not desire to update them after creation,
     * for example because of an external controller is managing them, like an
     * autoscaler.
     *
     * @schema BucketOwnershipControlsV1Beta2Spec#initProvider
     */
    readonly initProvider?: BucketOwnershipControlsV1Beta2SpecInitProvider;
    /**
     * THIS IS A BETA FIELD. It is on by default but can be opted out
     * through a Crossplane feature flag.
     * ManagementPolicies specify the array of actions Crossplane is allowed to
     * take on the managed and external resources.
     * This field is planned to replace the DeletionPolicy field in a future
     * release. Currently, both could be set independently and non-default
     * values would be honored if the feature flag is enabled. If both are
     * custom, the DeletionPolicy field will be ignored.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     * and this one: https://github.com/crossplane/crossplane/blob/444267e84783136daa93568b364a5f01228cacbe/design/one-pager-ignore-changes.md
     *
     * @schema BucketOwnershipControlsV1Beta2Spec#managementPolicies
     */
    readonly managementPolicies?: BucketOwnershipControlsV1Beta2SpecManagementPolicies[];
    /**
     * ProviderConfigReference specifies how the provider that will be used to
     * create, observe, update, and delete this managed resource should be
     * configured.
     *
     * @schema BucketOwnershipControlsV1Beta2Spec#providerConfigRef
     */
    readonly providerConfigRef?: BucketOwnershipControlsV1Beta2SpecProviderConfigRef;
    /**
     * WriteConnectionSecretToReference specifies the namespace and name of a
     * Secret to which any connection details for this managed resource should
     * be written. Connection details frequently include the endpoint, username,
     * and password required to connect to the managed resource.
     *
     * @schema BucketOwnershipControlsV1Beta2Spec#writeConnectionSecretToRef
     */
    readonly writeConnectionSecretToRef?: BucketOwnershipControlsV1Beta2SpecWriteConnectionSecretToRef;
}
/**
 * Converts an object of type 'BucketOwnershipControlsV1Beta2Spec' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsV1Beta2Spec(obj: BucketOwnershipControlsV1Beta2Spec | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy specifies what will happen to the underlying external
 * when this managed resource is deleted - either "Delete" or "Orphan" the
 * external resource.
 * This field is planned to be deprecated in favor of the ManagementPolicies
 * field in a future release. Currently, both could be set independently and
 * non-default values would be honored if the feature flag is enabled.
 * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
 *
 * @schema BucketOwnershipControlsV1Beta2SpecDeletionPolicy
 */
export declare enum BucketOwnershipControlsV1Beta2SpecDeletionPolicy {
    /** Orphan */
    ORPHAN = "Orphan",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema BucketOwnershipControlsV1Beta2SpecForProvider
 */
export interface BucketOwnershipControlsV1Beta2SpecForProvider {
    /**
     * Name of the bucket that you want to associate this access point with.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecForProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecForProvider#bucketRef
     */
    readonly bucketRef?: BucketOwnershipControlsV1Beta2SpecForProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecForProvider#bucketSelector
     */
    readonly bucketSelector?: BucketOwnershipControlsV1Beta2SpecForProviderBucketSelector;
    /**
     * Region where this resource will be managed. Defaults to the Region set in the provider configuration.
     * Region is the region you'd like your resource to be created in.
     *
     * @default the Region set in the provider configuration.
     * @schema BucketOwnershipControlsV1Beta2SpecForProvider#region
     */
    readonly region: string;
    /**
     * Configuration block(s) with Ownership Controls rules. Detailed below.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecForProvider#rule
     */
    readonly rule?: BucketOwnershipControlsV1Beta2SpecForProviderRule;
}
/**
 * Converts an object of type 'BucketOwnershipControlsV1Beta2SpecForProvider' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsV1Beta2SpecForProvider(obj: BucketOwnershipControlsV1Beta2SpecForProvider | undefined): Record<string, any> | undefined;
/**
 * THIS IS A BETA FIELD. It will be honored
 * unless the Management Policies feature flag is disabled.
 * InitProvider holds the same fields as ForProvider, with the exception
 * of Identifier and other resource reference fields. The fields that are
 * in InitProvider are merged into ForProvider when the resource is created.
 * The same fields are also added to the terraform ignore_changes hook, to
 * avoid updating them after creation. This is useful for fields that are
 * required on creation, but we do not desire to update them after creation,
 * for example because of an external controller is managing them, like an
 * autoscaler.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecInitProvider
 */
export interface BucketOwnershipControlsV1Beta2SpecInitProvider {
    /**
     * Name of the bucket that you want to associate this access point with.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecInitProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecInitProvider#bucketRef
     */
    readonly bucketRef?: BucketOwnershipControlsV1Beta2SpecInitProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecInitProvider#bucketSelector
     */
    readonly bucketSelector?: BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelector;
    /**
     * Configuration block(s) with Ownership Controls rules. Detailed below.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecInitProvider#rule
     */
    readonly rule?: BucketOwnershipControlsV1Beta2SpecInitProviderRule;
}
/**
 * Converts an object of type 'BucketOwnershipControlsV1Beta2SpecInitProvider' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsV1Beta2SpecInitProvider(obj: BucketOwnershipControlsV1Beta2SpecInitProvider | undefined): Record<string, any> | undefined;
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecManagementPolicies
 */
export declare enum BucketOwnershipControlsV1Beta2SpecManagementPolicies {
    /** Observe */
    OBSERVE = "Observe",
    /** Create */
    CREATE = "Create",
    /** Update */
    UPDATE = "Update",
    /** Delete */
    DELETE = "Delete",
    /** LateInitialize */
    LATE_INITIALIZE = "LateInitialize",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * ProviderConfigReference specifies how the provider that will be used to
 * create, observe, update, and delete this managed resource should be
 * configured.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecProviderConfigRef
 */
export interface BucketOwnershipControlsV1Beta2SpecProviderConfigRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecProviderConfigRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecProviderConfigRef#policy
     */
    readonly policy?: BucketOwnershipControlsV1Beta2SpecProviderConfigRefPolicy;
}
/**
 * Converts an object of type 'BucketOwnershipControlsV1Beta2SpecProviderConfigRef' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsV1Beta2SpecProviderConfigRef(obj: BucketOwnershipControlsV1Beta2SpecProviderConfigRef | undefined): Record<string, any> | undefined;
/**
 * WriteConnectionSecretToReference specifies the namespace and name of a
 * Secret to which any connection details for this managed resource should
 * be written. Connection details frequently include the endpoint, username,
 * and password required to connect to the managed resource.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecWriteConnectionSecretToRef
 */
export interface BucketOwnershipControlsV1Beta2SpecWriteConnectionSecretToRef {
    /**
     * Name of the secret.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecWriteConnectionSecretToRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecWriteConnectionSecretToRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'BucketOwnershipControlsV1Beta2SpecWriteConnectionSecretToRef' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsV1Beta2SpecWriteConnectionSecretToRef(obj: BucketOwnershipControlsV1Beta2SpecWriteConnectionSecretToRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecForProviderBucketRef
 */
export interface BucketOwnershipControlsV1Beta2SpecForProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecForProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecForProviderBucketRef#policy
     */
    readonly policy?: BucketOwnershipControlsV1Beta2SpecForProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketOwnershipControlsV1Beta2SpecForProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsV1Beta2SpecForProviderBucketRef(obj: BucketOwnershipControlsV1Beta2SpecForProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecForProviderBucketSelector
 */
export interface BucketOwnershipControlsV1Beta2SpecForProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecForProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecForProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecForProviderBucketSelector#policy
     */
    readonly policy?: BucketOwnershipControlsV1Beta2SpecForProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketOwnershipControlsV1Beta2SpecForProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsV1Beta2SpecForProviderBucketSelector(obj: BucketOwnershipControlsV1Beta2SpecForProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * Configuration block(s) with Ownership Controls rules. Detailed below.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecForProviderRule
 */
export interface BucketOwnershipControlsV1Beta2SpecForProviderRule {
    /**
     * Object ownership. Valid values: BucketOwnerPreferred, ObjectWriter or BucketOwnerEnforced
     *
     * @schema BucketOwnershipControlsV1Beta2SpecForProviderRule#objectOwnership
     */
    readonly objectOwnership?: string;
}
/**
 * Converts an object of type 'BucketOwnershipControlsV1Beta2SpecForProviderRule' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsV1Beta2SpecForProviderRule(obj: BucketOwnershipControlsV1Beta2SpecForProviderRule | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecInitProviderBucketRef
 */
export interface BucketOwnershipControlsV1Beta2SpecInitProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecInitProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecInitProviderBucketRef#policy
     */
    readonly policy?: BucketOwnershipControlsV1Beta2SpecInitProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketOwnershipControlsV1Beta2SpecInitProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsV1Beta2SpecInitProviderBucketRef(obj: BucketOwnershipControlsV1Beta2SpecInitProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelector
 */
export interface BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelector#policy
     */
    readonly policy?: BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelector(obj: BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * Configuration block(s) with Ownership Controls rules. Detailed below.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecInitProviderRule
 */
export interface BucketOwnershipControlsV1Beta2SpecInitProviderRule {
    /**
     * Object ownership. Valid values: BucketOwnerPreferred, ObjectWriter or BucketOwnerEnforced
     *
     * @schema BucketOwnershipControlsV1Beta2SpecInitProviderRule#objectOwnership
     */
    readonly objectOwnership?: string;
}
/**
 * Converts an object of type 'BucketOwnershipControlsV1Beta2SpecInitProviderRule' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsV1Beta2SpecInitProviderRule(obj: BucketOwnershipControlsV1Beta2SpecInitProviderRule | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecProviderConfigRefPolicy
 */
export interface BucketOwnershipControlsV1Beta2SpecProviderConfigRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecProviderConfigRefPolicy#resolution
     */
    readonly resolution?: BucketOwnershipControlsV1Beta2SpecProviderConfigRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecProviderConfigRefPolicy#resolve
     */
    readonly resolve?: BucketOwnershipControlsV1Beta2SpecProviderConfigRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketOwnershipControlsV1Beta2SpecProviderConfigRefPolicy' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsV1Beta2SpecProviderConfigRefPolicy(obj: BucketOwnershipControlsV1Beta2SpecProviderConfigRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecForProviderBucketRefPolicy
 */
export interface BucketOwnershipControlsV1Beta2SpecForProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecForProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketOwnershipControlsV1Beta2SpecForProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecForProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketOwnershipControlsV1Beta2SpecForProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketOwnershipControlsV1Beta2SpecForProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsV1Beta2SpecForProviderBucketRefPolicy(obj: BucketOwnershipControlsV1Beta2SpecForProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecForProviderBucketSelectorPolicy
 */
export interface BucketOwnershipControlsV1Beta2SpecForProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecForProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketOwnershipControlsV1Beta2SpecForProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecForProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketOwnershipControlsV1Beta2SpecForProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketOwnershipControlsV1Beta2SpecForProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsV1Beta2SpecForProviderBucketSelectorPolicy(obj: BucketOwnershipControlsV1Beta2SpecForProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecInitProviderBucketRefPolicy
 */
export interface BucketOwnershipControlsV1Beta2SpecInitProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecInitProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketOwnershipControlsV1Beta2SpecInitProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecInitProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketOwnershipControlsV1Beta2SpecInitProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketOwnershipControlsV1Beta2SpecInitProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsV1Beta2SpecInitProviderBucketRefPolicy(obj: BucketOwnershipControlsV1Beta2SpecInitProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelectorPolicy
 */
export interface BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelectorPolicy(obj: BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecProviderConfigRefPolicyResolution
 */
export declare enum BucketOwnershipControlsV1Beta2SpecProviderConfigRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecProviderConfigRefPolicyResolve
 */
export declare enum BucketOwnershipControlsV1Beta2SpecProviderConfigRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecForProviderBucketRefPolicyResolution
 */
export declare enum BucketOwnershipControlsV1Beta2SpecForProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecForProviderBucketRefPolicyResolve
 */
export declare enum BucketOwnershipControlsV1Beta2SpecForProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecForProviderBucketSelectorPolicyResolution
 */
export declare enum BucketOwnershipControlsV1Beta2SpecForProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecForProviderBucketSelectorPolicyResolve
 */
export declare enum BucketOwnershipControlsV1Beta2SpecForProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecInitProviderBucketRefPolicyResolution
 */
export declare enum BucketOwnershipControlsV1Beta2SpecInitProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecInitProviderBucketRefPolicyResolve
 */
export declare enum BucketOwnershipControlsV1Beta2SpecInitProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelectorPolicyResolution
 */
export declare enum BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelectorPolicyResolve
 */
export declare enum BucketOwnershipControlsV1Beta2SpecInitProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * BucketPolicy is the Schema for the BucketPolicys API. Attaches a policy to an S3 bucket resource.
 *
 * @schema BucketPolicy
 */
export declare class BucketPolicy extends ApiObject {
    /**
     * Returns the apiVersion and kind for "BucketPolicy"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "BucketPolicy".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: BucketPolicyProps): any;
    /**
     * Defines a "BucketPolicy" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: BucketPolicyProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * BucketPolicy is the Schema for the BucketPolicys API. Attaches a policy to an S3 bucket resource.
 *
 * @schema BucketPolicy
 */
export interface BucketPolicyProps {
    /**
     * @schema BucketPolicy#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * BucketPolicySpec defines the desired state of BucketPolicy
     *
     * @schema BucketPolicy#spec
     */
    readonly spec: BucketPolicySpec;
}
/**
 * Converts an object of type 'BucketPolicyProps' to JSON representation.
 */
export declare function toJson_BucketPolicyProps(obj: BucketPolicyProps | undefined): Record<string, any> | undefined;
/**
 * BucketPolicySpec defines the desired state of BucketPolicy
 *
 * @schema BucketPolicySpec
 */
export interface BucketPolicySpec {
    /**
     * DeletionPolicy specifies what will happen to the underlying external
     * when this managed resource is deleted - either "Delete" or "Orphan" the
     * external resource.
     * This field is planned to be deprecated in favor of the ManagementPolicies
     * field in a future release. Currently, both could be set independently and
     * non-default values would be honored if the feature flag is enabled.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     *
     * @schema BucketPolicySpec#deletionPolicy
     */
    readonly deletionPolicy?: BucketPolicySpecDeletionPolicy;
    /**
     * @schema BucketPolicySpec#forProvider
     */
    readonly forProvider: BucketPolicySpecForProvider;
    /**
     * THIS IS A BETA FIELD. It will be honored
     * unless the Management Policies feature flag is disabled.
     * InitProvider holds the same fields as ForProvider, with the exception
     * of Identifier and other resource reference fields. The fields that are
     * in InitProvider are merged into ForProvider when the resource is created.
     * The same fields are also added to the terraform ignore_changes hook, to
     * avoid updating them after creation. This is useful for fields that are
     * required on creation, but we do not desire to update them after creation,
     * for example because of an external controller is managing them, like an
     * autoscaler.
     *
     * @schema BucketPolicySpec#initProvider
     */
    readonly initProvider?: BucketPolicySpecInitProvider;
    /**
     * THIS IS A BETA FIELD. It is on by default but can be opted out
     * through a Crossplane feature flag.
     * ManagementPolicies specify the array of actions Crossplane is allowed to
     * take on the managed and external resources.
     * This field is planned to replace the DeletionPolicy field in a future
     * release. Currently, both could be set independently and non-default
     * values would be honored if the feature flag is enabled. If both are
     * custom, the DeletionPolicy field will be ignored.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     * and this one: https://github.com/crossplane/crossplane/blob/444267e84783136daa93568b364a5f01228cacbe/design/one-pager-ignore-changes.md
     *
     * @schema BucketPolicySpec#managementPolicies
     */
    readonly managementPolicies?: BucketPolicySpecManagementPolicies[];
    /**
     * ProviderConfigReference specifies how the provider that will be used to
     * create, observe, update, and delete this managed resource should be
     * configured.
     *
     * @schema BucketPolicySpec#providerConfigRef
     */
    readonly providerConfigRef?: BucketPolicySpecProviderConfigRef;
    /**
     * WriteConnectionSecretToReference specifies the namespace and name of a
     * Secret to which any connection details for this managed resource should
     * be written. Connection details frequently include the endpoint, username,
     * and password required to connect to the managed resource.
     *
     * @schema BucketPolicySpec#writeConnectionSecretToRef
     */
    readonly writeConnectionSecretToRef?: BucketPolicySpecWriteConnectionSecretToRef;
}
/**
 * Converts an object of type 'BucketPolicySpec' to JSON representation.
 */
export declare function toJson_BucketPolicySpec(obj: BucketPolicySpec | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy specifies what will happen to the underlying external
 * when this managed resource is deleted - either "Delete" or "Orphan" the
 * external resource.
 * This field is planned to be deprecated in favor of the ManagementPolicies
 * field in a future release. Currently, both could be set independently and
 * non-default values would be honored if the feature flag is enabled.
 * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
 *
 * @schema BucketPolicySpecDeletionPolicy
 */
export declare enum BucketPolicySpecDeletionPolicy {
    /** Orphan */
    ORPHAN = "Orphan",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema BucketPolicySpecForProvider
 */
export interface BucketPolicySpecForProvider {
    /**
     * Name of the bucket to which to apply the policy.
     *
     * @schema BucketPolicySpecForProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketPolicySpecForProvider#bucketRef
     */
    readonly bucketRef?: BucketPolicySpecForProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketPolicySpecForProvider#bucketSelector
     */
    readonly bucketSelector?: BucketPolicySpecForProviderBucketSelector;
    /**
     * Text of the policy. Although this is a bucket policy rather than an IAM policy, the aws_iam_policy_document data source may be used, so long as it specifies a principal. Note: Bucket policies are limited to 20 KB in size.
     *
     * @schema BucketPolicySpecForProvider#policy
     */
    readonly policy?: string;
    /**
     * Region where this resource will be managed. Defaults to the Region set in the provider configuration.
     * Region is the region you'd like your resource to be created in.
     *
     * @default the Region set in the provider configuration.
     * @schema BucketPolicySpecForProvider#region
     */
    readonly region: string;
}
/**
 * Converts an object of type 'BucketPolicySpecForProvider' to JSON representation.
 */
export declare function toJson_BucketPolicySpecForProvider(obj: BucketPolicySpecForProvider | undefined): Record<string, any> | undefined;
/**
 * THIS IS A BETA FIELD. It will be honored
 * unless the Management Policies feature flag is disabled.
 * InitProvider holds the same fields as ForProvider, with the exception
 * of Identifier and other resource reference fields. The fields that are
 * in InitProvider are merged into ForProvider when the resource is created.
 * The same fields are also added to the terraform ignore_changes hook, to
 * avoid updating them after creation. This is useful for fields that are
 * required on creation, but we do not desire to update them after creation,
 * for example because of an external controller is managing them, like an
 * autoscaler.
 *
 * @schema BucketPolicySpecInitProvider
 */
export interface BucketPolicySpecInitProvider {
    /**
     * Name of the bucket to which to apply the policy.
     *
     * @schema BucketPolicySpecInitProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketPolicySpecInitProvider#bucketRef
     */
    readonly bucketRef?: BucketPolicySpecInitProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketPolicySpecInitProvider#bucketSelector
     */
    readonly bucketSelector?: BucketPolicySpecInitProviderBucketSelector;
    /**
     * Text of the policy. Although this is a bucket policy rather than an IAM policy, the aws_iam_policy_document data source may be used, so long as it specifies a principal. Note: Bucket policies are limited to 20 KB in size.
     *
     * @schema BucketPolicySpecInitProvider#policy
     */
    readonly policy?: string;
}
/**
 * Converts an object of type 'BucketPolicySpecInitProvider' to JSON representation.
 */
export declare function toJson_BucketPolicySpecInitProvider(obj: BucketPolicySpecInitProvider | undefined): Record<string, any> | undefined;
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema BucketPolicySpecManagementPolicies
 */
export declare enum BucketPolicySpecManagementPolicies {
    /** Observe */
    OBSERVE = "Observe",
    /** Create */
    CREATE = "Create",
    /** Update */
    UPDATE = "Update",
    /** Delete */
    DELETE = "Delete",
    /** LateInitialize */
    LATE_INITIALIZE = "LateInitialize",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * ProviderConfigReference specifies how the provider that will be used to
 * create, observe, update, and delete this managed resource should be
 * configured.
 *
 * @schema BucketPolicySpecProviderConfigRef
 */
export interface BucketPolicySpecProviderConfigRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketPolicySpecProviderConfigRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketPolicySpecProviderConfigRef#policy
     */
    readonly policy?: BucketPolicySpecProviderConfigRefPolicy;
}
/**
 * Converts an object of type 'BucketPolicySpecProviderConfigRef' to JSON representation.
 */
export declare function toJson_BucketPolicySpecProviderConfigRef(obj: BucketPolicySpecProviderConfigRef | undefined): Record<string, any> | undefined;
/**
 * WriteConnectionSecretToReference specifies the namespace and name of a
 * Secret to which any connection details for this managed resource should
 * be written. Connection details frequently include the endpoint, username,
 * and password required to connect to the managed resource.
 *
 * @schema BucketPolicySpecWriteConnectionSecretToRef
 */
export interface BucketPolicySpecWriteConnectionSecretToRef {
    /**
     * Name of the secret.
     *
     * @schema BucketPolicySpecWriteConnectionSecretToRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema BucketPolicySpecWriteConnectionSecretToRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'BucketPolicySpecWriteConnectionSecretToRef' to JSON representation.
 */
export declare function toJson_BucketPolicySpecWriteConnectionSecretToRef(obj: BucketPolicySpecWriteConnectionSecretToRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketPolicySpecForProviderBucketRef
 */
export interface BucketPolicySpecForProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketPolicySpecForProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketPolicySpecForProviderBucketRef#policy
     */
    readonly policy?: BucketPolicySpecForProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketPolicySpecForProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketPolicySpecForProviderBucketRef(obj: BucketPolicySpecForProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketPolicySpecForProviderBucketSelector
 */
export interface BucketPolicySpecForProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketPolicySpecForProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketPolicySpecForProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketPolicySpecForProviderBucketSelector#policy
     */
    readonly policy?: BucketPolicySpecForProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketPolicySpecForProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketPolicySpecForProviderBucketSelector(obj: BucketPolicySpecForProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketPolicySpecInitProviderBucketRef
 */
export interface BucketPolicySpecInitProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketPolicySpecInitProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketPolicySpecInitProviderBucketRef#policy
     */
    readonly policy?: BucketPolicySpecInitProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketPolicySpecInitProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketPolicySpecInitProviderBucketRef(obj: BucketPolicySpecInitProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketPolicySpecInitProviderBucketSelector
 */
export interface BucketPolicySpecInitProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketPolicySpecInitProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketPolicySpecInitProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketPolicySpecInitProviderBucketSelector#policy
     */
    readonly policy?: BucketPolicySpecInitProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketPolicySpecInitProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketPolicySpecInitProviderBucketSelector(obj: BucketPolicySpecInitProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketPolicySpecProviderConfigRefPolicy
 */
export interface BucketPolicySpecProviderConfigRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketPolicySpecProviderConfigRefPolicy#resolution
     */
    readonly resolution?: BucketPolicySpecProviderConfigRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketPolicySpecProviderConfigRefPolicy#resolve
     */
    readonly resolve?: BucketPolicySpecProviderConfigRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketPolicySpecProviderConfigRefPolicy' to JSON representation.
 */
export declare function toJson_BucketPolicySpecProviderConfigRefPolicy(obj: BucketPolicySpecProviderConfigRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketPolicySpecForProviderBucketRefPolicy
 */
export interface BucketPolicySpecForProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketPolicySpecForProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketPolicySpecForProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketPolicySpecForProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketPolicySpecForProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketPolicySpecForProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketPolicySpecForProviderBucketRefPolicy(obj: BucketPolicySpecForProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketPolicySpecForProviderBucketSelectorPolicy
 */
export interface BucketPolicySpecForProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketPolicySpecForProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketPolicySpecForProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketPolicySpecForProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketPolicySpecForProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketPolicySpecForProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketPolicySpecForProviderBucketSelectorPolicy(obj: BucketPolicySpecForProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketPolicySpecInitProviderBucketRefPolicy
 */
export interface BucketPolicySpecInitProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketPolicySpecInitProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketPolicySpecInitProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketPolicySpecInitProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketPolicySpecInitProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketPolicySpecInitProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketPolicySpecInitProviderBucketRefPolicy(obj: BucketPolicySpecInitProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketPolicySpecInitProviderBucketSelectorPolicy
 */
export interface BucketPolicySpecInitProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketPolicySpecInitProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketPolicySpecInitProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketPolicySpecInitProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketPolicySpecInitProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketPolicySpecInitProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketPolicySpecInitProviderBucketSelectorPolicy(obj: BucketPolicySpecInitProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketPolicySpecProviderConfigRefPolicyResolution
 */
export declare enum BucketPolicySpecProviderConfigRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketPolicySpecProviderConfigRefPolicyResolve
 */
export declare enum BucketPolicySpecProviderConfigRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketPolicySpecForProviderBucketRefPolicyResolution
 */
export declare enum BucketPolicySpecForProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketPolicySpecForProviderBucketRefPolicyResolve
 */
export declare enum BucketPolicySpecForProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketPolicySpecForProviderBucketSelectorPolicyResolution
 */
export declare enum BucketPolicySpecForProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketPolicySpecForProviderBucketSelectorPolicyResolve
 */
export declare enum BucketPolicySpecForProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketPolicySpecInitProviderBucketRefPolicyResolution
 */
export declare enum BucketPolicySpecInitProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketPolicySpecInitProviderBucketRefPolicyResolve
 */
export declare enum BucketPolicySpecInitProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketPolicySpecInitProviderBucketSelectorPolicyResolution
 */
export declare enum BucketPolicySpecInitProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketPolicySpecInitProviderBucketSelectorPolicyResolve
 */
export declare enum BucketPolicySpecInitProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * BucketPublicAccessBlock is the Schema for the BucketPublicAccessBlocks API. Manages S3 bucket-level Public Access Block Configuration
 *
 * @schema BucketPublicAccessBlock
 */
export declare class BucketPublicAccessBlock extends ApiObject {
    /**
     * Returns the apiVersion and kind for "BucketPublicAccessBlock"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "BucketPublicAccessBlock".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: BucketPublicAccessBlockProps): any;
    /**
     * Defines a "BucketPublicAccessBlock" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: BucketPublicAccessBlockProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * BucketPublicAccessBlock is the Schema for the BucketPublicAccessBlocks API. Manages S3 bucket-level Public Access Block Configuration
 *
 * @schema BucketPublicAccessBlock
 */
export interface BucketPublicAccessBlockProps {
    /**
     * @schema BucketPublicAccessBlock#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * BucketPublicAccessBlockSpec defines the desired state of BucketPublicAccessBlock
     *
     * @schema BucketPublicAccessBlock#spec
     */
    readonly spec: BucketPublicAccessBlockSpec;
}
/**
 * Converts an object of type 'BucketPublicAccessBlockProps' to JSON representation.
 */
export declare function toJson_BucketPublicAccessBlockProps(obj: BucketPublicAccessBlockProps | undefined): Record<string, any> | undefined;
/**
 * BucketPublicAccessBlockSpec defines the desired state of BucketPublicAccessBlock
 *
 * @schema BucketPublicAccessBlockSpec
 */
export interface BucketPublicAccessBlockSpec {
    /**
     * DeletionPolicy specifies what will happen to the underlying external
     * when this managed resource is deleted - either "Delete" or "Orphan" the
     * external resource.
     * This field is planned to be deprecated in favor of the ManagementPolicies
     * field in a future release. Currently, both could be set independently and
     * non-default values would be honored if the feature flag is enabled.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     *
     * @schema BucketPublicAccessBlockSpec#deletionPolicy
     */
    readonly deletionPolicy?: BucketPublicAccessBlockSpecDeletionPolicy;
    /**
     * @schema BucketPublicAccessBlockSpec#forProvider
     */
    readonly forProvider: BucketPublicAccessBlockSpecForProvider;
    /**
     * THIS IS A BETA FIELD. It will be honored
     * unless the Management Policies feature flag is disabled.
     * InitProvider holds the same fields as ForProvider, with the exception
     * of Identifier and other resource reference fields. The fields that are
     * in InitProvider are merged into ForProvider when the resource is created.
     * The same fields are also added to the terraform ignore_changes hook, to
     * avoid updating them after creation. This is useful for fields that are
     * required on creation, but we do not desire to update them after creation,
     * for example because of an external controller is managing them, like an
     * autoscaler.
     *
     * @schema BucketPublicAccessBlockSpec#initProvider
     */
    readonly initProvider?: BucketPublicAccessBlockSpecInitProvider;
    /**
     * THIS IS A BETA FIELD. It is on by default but can be opted out
     * through a Crossplane feature flag.
     * ManagementPolicies specify the array of actions Crossplane is allowed to
     * take on the managed and external resources.
     * This field is planned to replace the DeletionPolicy field in a future
     * release. Currently, both could be set independently and non-default
     * values would be honored if the feature flag is enabled. If both are
     * custom, the DeletionPolicy field will be ignored.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     * and this one: https://github.com/crossplane/crossplane/blob/444267e84783136daa93568b364a5f01228cacbe/design/one-pager-ignore-changes.md
     *
     * @schema BucketPublicAccessBlockSpec#managementPolicies
     */
    readonly managementPolicies?: BucketPublicAccessBlockSpecManagementPolicies[];
    /**
     * ProviderConfigReference specifies how the provider that will be used to
     * create, observe, update, and delete this managed resource should be
     * configured.
     *
     * @schema BucketPublicAccessBlockSpec#providerConfigRef
     */
    readonly providerConfigRef?: BucketPublicAccessBlockSpecProviderConfigRef;
    /**
     * WriteConnectionSecretToReference specifies the namespace and name of a
     * Secret to which any connection details for this managed resource should
     * be written. Connection details frequently include the endpoint, username,
     * and password required to connect to the managed resource.
     *
     * @schema BucketPublicAccessBlockSpec#writeConnectionSecretToRef
     */
    readonly writeConnectionSecretToRef?: BucketPublicAccessBlockSpecWriteConnectionSecretToRef;
}
/**
 * Converts an object of type 'BucketPublicAccessBlockSpec' to JSON representation.
 */
export declare function toJson_BucketPublicAccessBlockSpec(obj: BucketPublicAccessBlockSpec | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy specifies what will happen to the underlying external
 * when this managed resource is deleted - either "Delete" or "Orphan" the
 * external resource.
 * This field is planned to be deprecated in favor of the ManagementPolicies
 * field in a future release. Currently, both could be set independently and
 * non-default values would be honored if the feature flag is enabled.
 * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
 *
 * @schema BucketPublicAccessBlockSpecDeletionPolicy
 */
export declare enum BucketPublicAccessBlockSpecDeletionPolicy {
    /** Orphan */
    ORPHAN = "Orphan",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema BucketPublicAccessBlockSpecForProvider
 */
export interface BucketPublicAccessBlockSpecForProvider {
    /**
     * Whether Amazon S3 should block public ACLs for this bucket. Defaults to false. Enabling this setting does not affect existing policies or ACLs. When set to true causes the following behavior:
     *
     * @default false. Enabling this setting does not affect existing policies or ACLs. When set to true causes the following behavior:
     * @schema BucketPublicAccessBlockSpecForProvider#blockPublicAcls
     */
    readonly blockPublicAcls?: boolean;
    /**
     * Whether Amazon S3 should block public bucket policies for this bucket. Defaults to false. Enabling this setting does not affect the existing bucket policy. When set to true causes Amazon S3 to:
     *
     * @default false. Enabling this setting does not affect the existing bucket policy. When set to true causes Amazon S3 to:
     * @schema BucketPublicAccessBlockSpecForProvider#blockPublicPolicy
     */
    readonly blockPublicPolicy?: boolean;
    /**
     * S3 Bucket to which this Public Access Block configuration should be applied.
     *
     * @schema BucketPublicAccessBlockSpecForProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketPublicAccessBlockSpecForProvider#bucketRef
     */
    readonly bucketRef?: BucketPublicAccessBlockSpecForProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketPublicAccessBlockSpecForProvider#bucketSelector
     */
    readonly bucketSelector?: BucketPublicAccessBlockSpecForProviderBucketSelector;
    /**
     * Whether Amazon S3 should ignore public ACLs for this bucket. Defaults to false. Enabling this setting does not affect the persistence of any existing ACLs and doesn't prevent new public ACLs from being set. When set to true causes Amazon S3 to:
     *
     * @default false. Enabling this setting does not affect the persistence of any existing ACLs and doesn't prevent new public ACLs from being set. When set to true causes Amazon S3 to:
     * @schema BucketPublicAccessBlockSpecForProvider#ignorePublicAcls
     */
    readonly ignorePublicAcls?: boolean;
    /**
     * Region where this resource will be managed. Defaults to the Region set in the provider configuration.
     * Region is the region you'd like your resource to be created in.
     *
     * @default the Region set in the provider configuration.
     * @schema BucketPublicAccessBlockSpecForProvider#region
     */
    readonly region: string;
    /**
     * Whether Amazon S3 should restrict public bucket policies for this bucket. Defaults to false. Enabling this setting does not affect the previously stored bucket policy, except that public and cross-account access within the public bucket policy, including non-public delegation to specific accounts, is blocked. When set to true:
     *
     * @default false. Enabling this setting does not affect the previously stored bucket policy, except that public and cross-account access within the public bucket policy, including non-public delegation to specific accounts, is blocked. When set to true:
     * @schema BucketPublicAccessBlockSpecForProvider#restrictPublicBuckets
     */
    readonly restrictPublicBuckets?: boolean;
    /**
     * Whether to retain the public access block upon destruction. If set to true, the resource is simply removed from state instead. This may be desirable in certain scenarios to prevent the removal of a public access block before deletion of the associated bucket.
     *
     * @schema BucketPublicAccessBlockSpecForProvider#skipDestroy
     */
    readonly skipDestroy?: boolean;
}
/**
 * Converts an object of type 'BucketPublicAccessBlockSpecForProvider' to JSON representation.
 */
export declare function toJson_BucketPublicAccessBlockSpecForProvider(obj: BucketPublicAccessBlockSpecForProvider | undefined): Record<string, any> | undefined;
/**
 * THIS IS A BETA FIELD. It will be honored
 * unless the Management Policies feature flag is disabled.
 * InitProvider holds the same fields as ForProvider, with the exception
 * of Identifier and other resource reference fields. The fields that are
 * in InitProvider are merged into ForProvider when the resource is created.
 * The same fields are also added to the terraform ignore_changes hook, to
 * avoid updating them after creation. This is useful for fields that are
 * required on creation, but we do not desire to update them after creation,
 * for example because of an external controller is managing them, like an
 * autoscaler.
 *
 * @schema BucketPublicAccessBlockSpecInitProvider
 */
export interface BucketPublicAccessBlockSpecInitProvider {
    /**
     * Whether Amazon S3 should block public ACLs for this bucket. Defaults to false. Enabling this setting does not affect existing policies or ACLs. When set to true causes the following behavior:
     *
     * @default false. Enabling this setting does not affect existing policies or ACLs. When set to true causes the following behavior:
     * @schema BucketPublicAccessBlockSpecInitProvider#blockPublicAcls
     */
    readonly blockPublicAcls?: boolean;
    /**
     * Whether Amazon S3 should block public bucket policies for this bucket. Defaults to false. Enabling this setting does not affect the existing bucket policy. When set to true causes Amazon S3 to:
     *
     * @default false. Enabling this setting does not affect the existing bucket policy. When set to true causes Amazon S3 to:
     * @schema BucketPublicAccessBlockSpecInitProvider#blockPublicPolicy
     */
    readonly blockPublicPolicy?: boolean;
    /**
     * S3 Bucket to which this Public Access Block configuration should be applied.
     *
     * @schema BucketPublicAccessBlockSpecInitProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketPublicAccessBlockSpecInitProvider#bucketRef
     */
    readonly bucketRef?: BucketPublicAccessBlockSpecInitProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketPublicAccessBlockSpecInitProvider#bucketSelector
     */
    readonly bucketSelector?: BucketPublicAccessBlockSpecInitProviderBucketSelector;
    /**
     * Whether Amazon S3 should ignore public ACLs for this bucket. Defaults to false. Enabling this setting does not affect the persistence of any existing ACLs and doesn't prevent new public ACLs from being set. When set to true causes Amazon S3 to:
     *
     * @default false. Enabling this setting does not affect the persistence of any existing ACLs and doesn't prevent new public ACLs from being set. When set to true causes Amazon S3 to:
     * @schema BucketPublicAccessBlockSpecInitProvider#ignorePublicAcls
     */
    readonly ignorePublicAcls?: boolean;
    /**
     * Whether Amazon S3 should restrict public bucket policies for this bucket. Defaults to false. Enabling this setting does not affect the previously stored bucket policy, except that public and cross-account access within the public bucket policy, including non-public delegation to specific accounts, is blocked. When set to true:
     *
     * @default false. Enabling this setting does not affect the previously stored bucket policy, except that public and cross-account access within the public bucket policy, including non-public delegation to specific accounts, is blocked. When set to true:
     * @schema BucketPublicAccessBlockSpecInitProvider#restrictPublicBuckets
     */
    readonly restrictPublicBuckets?: boolean;
    /**
     * Whether to retain the public access block upon destruction. If set to true, the resource is simply removed from state instead. This may be desirable in certain scenarios to prevent the removal of a public access block before deletion of the associated bucket.
     *
     * @schema BucketPublicAccessBlockSpecInitProvider#skipDestroy
     */
    readonly skipDestroy?: boolean;
}
/**
 * Converts an object of type 'BucketPublicAccessBlockSpecInitProvider' to JSON representation.
 */
export declare function toJson_BucketPublicAccessBlockSpecInitProvider(obj: BucketPublicAccessBlockSpecInitProvider | undefined): Record<string, any> | undefined;
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema BucketPublicAccessBlockSpecManagementPolicies
 */
export declare enum BucketPublicAccessBlockSpecManagementPolicies {
    /** Observe */
    OBSERVE = "Observe",
    /** Create */
    CREATE = "Create",
    /** Update */
    UPDATE = "Update",
    /** Delete */
    DELETE = "Delete",
    /** LateInitialize */
    LATE_INITIALIZE = "LateInitialize",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * ProviderConfigReference specifies how the provider that will be used to
 * create, observe, update, and delete this managed resource should be
 * configured.
 *
 * @schema BucketPublicAccessBlockSpecProviderConfigRef
 */
export interface BucketPublicAccessBlockSpecProviderConfigRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketPublicAccessBlockSpecProviderConfigRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketPublicAccessBlockSpecProviderConfigRef#policy
     */
    readonly policy?: BucketPublicAccessBlockSpecProviderConfigRefPolicy;
}
/**
 * Converts an object of type 'BucketPublicAccessBlockSpecProviderConfigRef' to JSON representation.
 */
export declare function toJson_BucketPublicAccessBlockSpecProviderConfigRef(obj: BucketPublicAccessBlockSpecProviderConfigRef | undefined): Record<string, any> | undefined;
/**
 * WriteConnectionSecretToReference specifies the namespace and name of a
 * Secret to which any connection details for this managed resource should
 * be written. Connection details frequently include the endpoint, username,
 * and password required to connect to the managed resource.
 *
 * @schema BucketPublicAccessBlockSpecWriteConnectionSecretToRef
 */
export interface BucketPublicAccessBlockSpecWriteConnectionSecretToRef {
    /**
     * Name of the secret.
     *
     * @schema BucketPublicAccessBlockSpecWriteConnectionSecretToRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema BucketPublicAccessBlockSpecWriteConnectionSecretToRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'BucketPublicAccessBlockSpecWriteConnectionSecretToRef' to JSON representation.
 */
export declare function toJson_BucketPublicAccessBlockSpecWriteConnectionSecretToRef(obj: BucketPublicAccessBlockSpecWriteConnectionSecretToRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketPublicAccessBlockSpecForProviderBucketRef
 */
export interface BucketPublicAccessBlockSpecForProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketPublicAccessBlockSpecForProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketPublicAccessBlockSpecForProviderBucketRef#policy
     */
    readonly policy?: BucketPublicAccessBlockSpecForProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketPublicAccessBlockSpecForProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketPublicAccessBlockSpecForProviderBucketRef(obj: BucketPublicAccessBlockSpecForProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketPublicAccessBlockSpecForProviderBucketSelector
 */
export interface BucketPublicAccessBlockSpecForProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketPublicAccessBlockSpecForProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketPublicAccessBlockSpecForProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketPublicAccessBlockSpecForProviderBucketSelector#policy
     */
    readonly policy?: BucketPublicAccessBlockSpecForProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketPublicAccessBlockSpecForProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketPublicAccessBlockSpecForProviderBucketSelector(obj: BucketPublicAccessBlockSpecForProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketPublicAccessBlockSpecInitProviderBucketRef
 */
export interface BucketPublicAccessBlockSpecInitProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketPublicAccessBlockSpecInitProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketPublicAccessBlockSpecInitProviderBucketRef#policy
     */
    readonly policy?: BucketPublicAccessBlockSpecInitProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketPublicAccessBlockSpecInitProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketPublicAccessBlockSpecInitProviderBucketRef(obj: BucketPublicAccessBlockSpecInitProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketPublicAccessBlockSpecInitProviderBucketSelector
 */
export interface BucketPublicAccessBlockSpecInitProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketPublicAccessBlockSpecInitProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketPublicAccessBlockSpecInitProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketPublicAccessBlockSpecInitProviderBucketSelector#policy
     */
    readonly policy?: BucketPublicAccessBlockSpecInitProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketPublicAccessBlockSpecInitProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketPublicAccessBlockSpecInitProviderBucketSelector(obj: BucketPublicAccessBlockSpecInitProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketPublicAccessBlockSpecProviderConfigRefPolicy
 */
export interface BucketPublicAccessBlockSpecProviderConfigRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketPublicAccessBlockSpecProviderConfigRefPolicy#resolution
     */
    readonly resolution?: BucketPublicAccessBlockSpecProviderConfigRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketPublicAccessBlockSpecProviderConfigRefPolicy#resolve
     */
    readonly resolve?: BucketPublicAccessBlockSpecProviderConfigRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketPublicAccessBlockSpecProviderConfigRefPolicy' to JSON representation.
 */
export declare function toJson_BucketPublicAccessBlockSpecProviderConfigRefPolicy(obj: BucketPublicAccessBlockSpecProviderConfigRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketPublicAccessBlockSpecForProviderBucketRefPolicy
 */
export interface BucketPublicAccessBlockSpecForProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketPublicAccessBlockSpecForProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketPublicAccessBlockSpecForProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketPublicAccessBlockSpecForProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketPublicAccessBlockSpecForProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketPublicAccessBlockSpecForProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketPublicAccessBlockSpecForProviderBucketRefPolicy(obj: BucketPublicAccessBlockSpecForProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketPublicAccessBlockSpecForProviderBucketSelectorPolicy
 */
export interface BucketPublicAccessBlockSpecForProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketPublicAccessBlockSpecForProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketPublicAccessBlockSpecForProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketPublicAccessBlockSpecForProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketPublicAccessBlockSpecForProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketPublicAccessBlockSpecForProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketPublicAccessBlockSpecForProviderBucketSelectorPolicy(obj: BucketPublicAccessBlockSpecForProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketPublicAccessBlockSpecInitProviderBucketRefPolicy
 */
export interface BucketPublicAccessBlockSpecInitProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketPublicAccessBlockSpecInitProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketPublicAccessBlockSpecInitProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketPublicAccessBlockSpecInitProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketPublicAccessBlockSpecInitProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketPublicAccessBlockSpecInitProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketPublicAccessBlockSpecInitProviderBucketRefPolicy(obj: BucketPublicAccessBlockSpecInitProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketPublicAccessBlockSpecInitProviderBucketSelectorPolicy
 */
export interface BucketPublicAccessBlockSpecInitProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketPublicAccessBlockSpecInitProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketPublicAccessBlockSpecInitProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketPublicAccessBlockSpecInitProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketPublicAccessBlockSpecInitProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketPublicAccessBlockSpecInitProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketPublicAccessBlockSpecInitProviderBucketSelectorPolicy(obj: BucketPublicAccessBlockSpecInitProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketPublicAccessBlockSpecProviderConfigRefPolicyResolution
 */
export declare enum BucketPublicAccessBlockSpecProviderConfigRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketPublicAccessBlockSpecProviderConfigRefPolicyResolve
 */
export declare enum BucketPublicAccessBlockSpecProviderConfigRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketPublicAccessBlockSpecForProviderBucketRefPolicyResolution
 */
export declare enum BucketPublicAccessBlockSpecForProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketPublicAccessBlockSpecForProviderBucketRefPolicyResolve
 */
export declare enum BucketPublicAccessBlockSpecForProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketPublicAccessBlockSpecForProviderBucketSelectorPolicyResolution
 */
export declare enum BucketPublicAccessBlockSpecForProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketPublicAccessBlockSpecForProviderBucketSelectorPolicyResolve
 */
export declare enum BucketPublicAccessBlockSpecForProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketPublicAccessBlockSpecInitProviderBucketRefPolicyResolution
 */
export declare enum BucketPublicAccessBlockSpecInitProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketPublicAccessBlockSpecInitProviderBucketRefPolicyResolve
 */
export declare enum BucketPublicAccessBlockSpecInitProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketPublicAccessBlockSpecInitProviderBucketSelectorPolicyResolution
 */
export declare enum BucketPublicAccessBlockSpecInitProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketPublicAccessBlockSpecInitProviderBucketSelectorPolicyResolve
 */
export declare enum BucketPublicAccessBlockSpecInitProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * BucketServerSideEncryptionConfiguration is the Schema for the BucketServerSideEncryptionConfigurations API. Provides a S3 bucket server-side encryption configuration resource.
Deprecated: This API version (v1beta1) has been deprecated in release v2.6.0.
 *
 * @schema BucketServerSideEncryptionConfiguration
 */
export declare class BucketServerSideEncryptionConfiguration extends ApiObject {
    /**
     * Returns the apiVersion and kind for "BucketServerSideEncryptionConfiguration"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "BucketServerSideEncryptionConfiguration".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: BucketServerSideEncryptionConfigurationProps): any;
    /**
     * Defines a "BucketServerSideEncryptionConfiguration" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: BucketServerSideEncryptionConfigurationProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * BucketServerSideEncryptionConfiguration is the Schema for the BucketServerSideEncryptionConfigurations API. Provides a S3 bucket server-side encryption configuration resource.
 * Deprecated: This API version (v1beta1) has been deprecated in release v2.6.0.
 *
 * @schema BucketServerSideEncryptionConfiguration
 */
export interface BucketServerSideEncryptionConfigurationProps {
    /**
     * @schema BucketServerSideEncryptionConfiguration#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * BucketServerSideEncryptionConfigurationSpec defines the desired state of BucketServerSideEncryptionConfiguration
     *
     * @schema BucketServerSideEncryptionConfiguration#spec
     */
    readonly spec: BucketServerSideEncryptionConfigurationSpec;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationProps' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationProps(obj: BucketServerSideEncryptionConfigurationProps | undefined): Record<string, any> | undefined;
/**
 * BucketServerSideEncryptionConfigurationSpec defines the desired state of BucketServerSideEncryptionConfiguration
 *
 * @schema BucketServerSideEncryptionConfigurationSpec
 */
export interface BucketServerSideEncryptionConfigurationSpec {
    /**
     * DeletionPolicy specifies what will happen to the underlying external
     * when this managed resource is deleted - either "Delete" or "Orphan" the
     * external resource.
     * This field is planned to be deprecated in favor of the ManagementPolicies
     * field in a future release. Currently, both could be set independently and
     * non-default values would be honored if the feature flag is enabled.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     *
     * @schema BucketServerSideEncryptionConfigurationSpec#deletionPolicy
     */
    readonly deletionPolicy?: BucketServerSideEncryptionConfigurationSpecDeletionPolicy;
    /**
     * @schema BucketServerSideEncryptionConfigurationSpec#forProvider
     */
    readonly forProvider: BucketServerSideEncryptionConfigurationSpecForProvider;
    /**
     * THIS IS A BETA FIELD. It will be honored
     * unless the Management Policies feature flag is disabled.
     * InitProvider holds the same fields as ForProvider, with the exception
     * of Identifier and other resource reference fields. The fields that are
     * in InitProvider are merged into ForProvider when the resource is created.
     * The same fields are also added to the terraform ignore_changes hook, to
     * avoid updating them after creation. This is useful for fields that are
     * required on creation, but we do not desire to update them after creation,
     * for example because of an external controller is managing them, like an
     * autoscaler.
     *
     * @schema BucketServerSideEncryptionConfigurationSpec#initProvider
     */
    readonly initProvider?: BucketServerSideEncryptionConfigurationSpecInitProvider;
    /**
     * THIS IS A BETA FIELD. It is on by default but can be opted out
     * through a Crossplane feature flag.
     * ManagementPolicies specify the array of actions Crossplane is allowed to
     * take on the managed and external resources.
     * This field is planned to replace the DeletionPolicy field in a future
     * release. Currently, both could be set independently and non-default
     * values would be honored if the feature flag is enabled. If both are
     * custom, the DeletionPolicy field will be ignored.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     * and this one: https://github.com/crossplane/crossplane/blob/444267e84783136daa93568b364a5f01228cacbe/design/one-pager-ignore-changes.md
     *
     * @schema BucketServerSideEncryptionConfigurationSpec#managementPolicies
     */
    readonly managementPolicies?: BucketServerSideEncryptionConfigurationSpecManagementPolicies[];
    /**
     * ProviderConfigReference specifies how the provider that will be used to
     * create, observe, update, and delete this managed resource should be
     * configured.
     *
     * @schema BucketServerSideEncryptionConfigurationSpec#providerConfigRef
     */
    readonly providerConfigRef?: BucketServerSideEncryptionConfigurationSpecProviderConfigRef;
    /**
     * WriteConnectionSecretToReference specifies the namespace and name of a
     * Secret to which any connection details for this managed resource should
     * be written. Connection details frequently include the endpoint, username,
     * and password required to connect to the managed resource.
     *
     * @schema BucketServerSideEncryptionConfigurationSpec#writeConnectionSecretToRef
     */
    readonly writeConnectionSecretToRef?: BucketServerSideEncryptionConfigurationSpecWriteConnectionSecretToRef;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpec' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpec(obj: BucketServerSideEncryptionConfigurationSpec | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy specifies what will happen to the underlying external
 * when this managed resource is deleted - either "Delete" or "Orphan" the
 * external resource.
 * This field is planned to be deprecated in favor of the ManagementPolicies
 * field in a future release. Currently, both could be set independently and
 * non-default values would be honored if the feature flag is enabled.
 * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
 *
 * @schema BucketServerSideEncryptionConfigurationSpecDeletionPolicy
 */
export declare enum BucketServerSideEncryptionConfigurationSpecDeletionPolicy {
    /** Orphan */
    ORPHAN = "Orphan",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema BucketServerSideEncryptionConfigurationSpecForProvider
 */
export interface BucketServerSideEncryptionConfigurationSpecForProvider {
    /**
     * ID (name) of the bucket.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProvider#bucketRef
     */
    readonly bucketRef?: BucketServerSideEncryptionConfigurationSpecForProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProvider#bucketSelector
     */
    readonly bucketSelector?: BucketServerSideEncryptionConfigurationSpecForProviderBucketSelector;
    /**
     * Account ID of the expected bucket owner.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProvider#expectedBucketOwner
     */
    readonly expectedBucketOwner?: string;
    /**
     * Region where this resource will be managed. Defaults to the Region set in the provider configuration.
     * Region is the region you'd like your resource to be created in.
     *
     * @default the Region set in the provider configuration.
     * @schema BucketServerSideEncryptionConfigurationSpecForProvider#region
     */
    readonly region: string;
    /**
     * Set of server-side encryption configuration rules. See below. Currently, only a single rule is supported.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProvider#rule
     */
    readonly rule?: BucketServerSideEncryptionConfigurationSpecForProviderRule[];
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecForProvider' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecForProvider(obj: BucketServerSideEncryptionConfigurationSpecForProvider | undefined): Record<string, any> | undefined;
/**
 * THIS IS A BETA FIELD. It will be honored
 * unless the Management Policies feature flag is disabled.
 * InitProvider holds the same fields as ForProvider, with the exception
 * of Identifier and other resource reference fields. The fields that are
 * in InitProvider are merged into ForProvider when the resource is created.
 * The same fields are also added to the terraform ignore_changes hook, to
 * avoid updating them after creation. This is useful for fields that are
 * required on creation, but we do not desire to update them after creation,
 * for example because of an external controller is managing them, like an
 * autoscaler.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecInitProvider
 */
export interface BucketServerSideEncryptionConfigurationSpecInitProvider {
    /**
     * ID (name) of the bucket.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProvider#bucketRef
     */
    readonly bucketRef?: BucketServerSideEncryptionConfigurationSpecInitProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProvider#bucketSelector
     */
    readonly bucketSelector?: BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelector;
    /**
     * Account ID of the expected bucket owner.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProvider#expectedBucketOwner
     */
    readonly expectedBucketOwner?: string;
    /**
     * Set of server-side encryption configuration rules. See below. Currently, only a single rule is supported.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProvider#rule
     */
    readonly rule?: BucketServerSideEncryptionConfigurationSpecInitProviderRule[];
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecInitProvider' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecInitProvider(obj: BucketServerSideEncryptionConfigurationSpecInitProvider | undefined): Record<string, any> | undefined;
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecManagementPolicies
 */
export declare enum BucketServerSideEncryptionConfigurationSpecManagementPolicies {
    /** Observe */
    OBSERVE = "Observe",
    /** Create */
    CREATE = "Create",
    /** Update */
    UPDATE = "Update",
    /** Delete */
    DELETE = "Delete",
    /** LateInitialize */
    LATE_INITIALIZE = "LateInitialize",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * ProviderConfigReference specifies how the provider that will be used to
 * create, observe, update, and delete this managed resource should be
 * configured.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecProviderConfigRef
 */
export interface BucketServerSideEncryptionConfigurationSpecProviderConfigRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecProviderConfigRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecProviderConfigRef#policy
     */
    readonly policy?: BucketServerSideEncryptionConfigurationSpecProviderConfigRefPolicy;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecProviderConfigRef' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecProviderConfigRef(obj: BucketServerSideEncryptionConfigurationSpecProviderConfigRef | undefined): Record<string, any> | undefined;
/**
 * WriteConnectionSecretToReference specifies the namespace and name of a
 * Secret to which any connection details for this managed resource should
 * be written. Connection details frequently include the endpoint, username,
 * and password required to connect to the managed resource.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecWriteConnectionSecretToRef
 */
export interface BucketServerSideEncryptionConfigurationSpecWriteConnectionSecretToRef {
    /**
     * Name of the secret.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecWriteConnectionSecretToRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecWriteConnectionSecretToRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecWriteConnectionSecretToRef' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecWriteConnectionSecretToRef(obj: BucketServerSideEncryptionConfigurationSpecWriteConnectionSecretToRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecForProviderBucketRef
 */
export interface BucketServerSideEncryptionConfigurationSpecForProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderBucketRef#policy
     */
    readonly policy?: BucketServerSideEncryptionConfigurationSpecForProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecForProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecForProviderBucketRef(obj: BucketServerSideEncryptionConfigurationSpecForProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecForProviderBucketSelector
 */
export interface BucketServerSideEncryptionConfigurationSpecForProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderBucketSelector#policy
     */
    readonly policy?: BucketServerSideEncryptionConfigurationSpecForProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecForProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecForProviderBucketSelector(obj: BucketServerSideEncryptionConfigurationSpecForProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * @schema BucketServerSideEncryptionConfigurationSpecForProviderRule
 */
export interface BucketServerSideEncryptionConfigurationSpecForProviderRule {
    /**
     * Single object for setting server-side encryption by default. See below.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderRule#applyServerSideEncryptionByDefault
     */
    readonly applyServerSideEncryptionByDefault?: BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefault[];
    /**
     * List of server-side encryption types to block for object uploads. Valid values are SSE-C (blocks uploads using server-side encryption with customer-provided keys) and NONE (unblocks all encryption types). Starting in March 2026, Amazon S3 will automatically block SSE-C uploads for all new buckets.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderRule#blockedEncryptionTypes
     */
    readonly blockedEncryptionTypes?: string[];
    /**
     * Whether or not to use Amazon S3 Bucket Keys for SSE-KMS.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderRule#bucketKeyEnabled
     */
    readonly bucketKeyEnabled?: boolean;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecForProviderRule' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecForProviderRule(obj: BucketServerSideEncryptionConfigurationSpecForProviderRule | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecInitProviderBucketRef
 */
export interface BucketServerSideEncryptionConfigurationSpecInitProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderBucketRef#policy
     */
    readonly policy?: BucketServerSideEncryptionConfigurationSpecInitProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecInitProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecInitProviderBucketRef(obj: BucketServerSideEncryptionConfigurationSpecInitProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelector
 */
export interface BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelector#policy
     */
    readonly policy?: BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelector(obj: BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRule
 */
export interface BucketServerSideEncryptionConfigurationSpecInitProviderRule {
    /**
     * Single object for setting server-side encryption by default. See below.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRule#applyServerSideEncryptionByDefault
     */
    readonly applyServerSideEncryptionByDefault?: BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefault[];
    /**
     * List of server-side encryption types to block for object uploads. Valid values are SSE-C (blocks uploads using server-side encryption with customer-provided keys) and NONE (unblocks all encryption types). Starting in March 2026, Amazon S3 will automatically block SSE-C uploads for all new buckets.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRule#blockedEncryptionTypes
     */
    readonly blockedEncryptionTypes?: string[];
    /**
     * Whether or not to use Amazon S3 Bucket Keys for SSE-KMS.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRule#bucketKeyEnabled
     */
    readonly bucketKeyEnabled?: boolean;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecInitProviderRule' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecInitProviderRule(obj: BucketServerSideEncryptionConfigurationSpecInitProviderRule | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecProviderConfigRefPolicy
 */
export interface BucketServerSideEncryptionConfigurationSpecProviderConfigRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecProviderConfigRefPolicy#resolution
     */
    readonly resolution?: BucketServerSideEncryptionConfigurationSpecProviderConfigRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecProviderConfigRefPolicy#resolve
     */
    readonly resolve?: BucketServerSideEncryptionConfigurationSpecProviderConfigRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecProviderConfigRefPolicy' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecProviderConfigRefPolicy(obj: BucketServerSideEncryptionConfigurationSpecProviderConfigRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecForProviderBucketRefPolicy
 */
export interface BucketServerSideEncryptionConfigurationSpecForProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketServerSideEncryptionConfigurationSpecForProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketServerSideEncryptionConfigurationSpecForProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecForProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecForProviderBucketRefPolicy(obj: BucketServerSideEncryptionConfigurationSpecForProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecForProviderBucketSelectorPolicy
 */
export interface BucketServerSideEncryptionConfigurationSpecForProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketServerSideEncryptionConfigurationSpecForProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketServerSideEncryptionConfigurationSpecForProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecForProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecForProviderBucketSelectorPolicy(obj: BucketServerSideEncryptionConfigurationSpecForProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefault
 */
export interface BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefault {
    /**
     * AWS KMS master key ID used for the SSE-KMS encryption. This can only be used when you set the value of sse_algorithm as aws:kms. The default aws/s3 AWS KMS master key is used if this element is absent while the sse_algorithm is aws:kms.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefault#kmsMasterKeyId
     */
    readonly kmsMasterKeyId?: string;
    /**
     * Reference to a Key in kms to populate kmsMasterKeyId.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefault#kmsMasterKeyIdRef
     */
    readonly kmsMasterKeyIdRef?: BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef;
    /**
     * Selector for a Key in kms to populate kmsMasterKeyId.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefault#kmsMasterKeyIdSelector
     */
    readonly kmsMasterKeyIdSelector?: BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector;
    /**
     * Server-side encryption algorithm to use. Valid values are AES256, aws:kms, and aws:kms:dsse
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefault#sseAlgorithm
     */
    readonly sseAlgorithm?: string;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefault' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefault(obj: BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefault | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecInitProviderBucketRefPolicy
 */
export interface BucketServerSideEncryptionConfigurationSpecInitProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketServerSideEncryptionConfigurationSpecInitProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketServerSideEncryptionConfigurationSpecInitProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecInitProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecInitProviderBucketRefPolicy(obj: BucketServerSideEncryptionConfigurationSpecInitProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelectorPolicy
 */
export interface BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelectorPolicy(obj: BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefault
 */
export interface BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefault {
    /**
     * AWS KMS master key ID used for the SSE-KMS encryption. This can only be used when you set the value of sse_algorithm as aws:kms. The default aws/s3 AWS KMS master key is used if this element is absent while the sse_algorithm is aws:kms.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefault#kmsMasterKeyId
     */
    readonly kmsMasterKeyId?: string;
    /**
     * Reference to a Key in kms to populate kmsMasterKeyId.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefault#kmsMasterKeyIdRef
     */
    readonly kmsMasterKeyIdRef?: BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef;
    /**
     * Selector for a Key in kms to populate kmsMasterKeyId.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefault#kmsMasterKeyIdSelector
     */
    readonly kmsMasterKeyIdSelector?: BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector;
    /**
     * Server-side encryption algorithm to use. Valid values are AES256, aws:kms, and aws:kms:dsse
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefault#sseAlgorithm
     */
    readonly sseAlgorithm?: string;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefault' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefault(obj: BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefault | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecProviderConfigRefPolicyResolution
 */
export declare enum BucketServerSideEncryptionConfigurationSpecProviderConfigRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecProviderConfigRefPolicyResolve
 */
export declare enum BucketServerSideEncryptionConfigurationSpecProviderConfigRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecForProviderBucketRefPolicyResolution
 */
export declare enum BucketServerSideEncryptionConfigurationSpecForProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecForProviderBucketRefPolicyResolve
 */
export declare enum BucketServerSideEncryptionConfigurationSpecForProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecForProviderBucketSelectorPolicyResolution
 */
export declare enum BucketServerSideEncryptionConfigurationSpecForProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecForProviderBucketSelectorPolicyResolve
 */
export declare enum BucketServerSideEncryptionConfigurationSpecForProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Reference to a Key in kms to populate kmsMasterKeyId.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef
 */
export interface BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef#policy
     */
    readonly policy?: BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef(obj: BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Key in kms to populate kmsMasterKeyId.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector
 */
export interface BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector#policy
     */
    readonly policy?: BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector(obj: BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecInitProviderBucketRefPolicyResolution
 */
export declare enum BucketServerSideEncryptionConfigurationSpecInitProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecInitProviderBucketRefPolicyResolve
 */
export declare enum BucketServerSideEncryptionConfigurationSpecInitProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelectorPolicyResolution
 */
export declare enum BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelectorPolicyResolve
 */
export declare enum BucketServerSideEncryptionConfigurationSpecInitProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Reference to a Key in kms to populate kmsMasterKeyId.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef
 */
export interface BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef#policy
     */
    readonly policy?: BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef(obj: BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Key in kms to populate kmsMasterKeyId.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector
 */
export interface BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector#policy
     */
    readonly policy?: BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector(obj: BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy
 */
export interface BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy#resolution
     */
    readonly resolution?: BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy#resolve
     */
    readonly resolve?: BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy(obj: BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy
 */
export interface BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy#resolution
     */
    readonly resolution?: BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy#resolve
     */
    readonly resolve?: BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy(obj: BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy
 */
export interface BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy#resolution
     */
    readonly resolution?: BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy#resolve
     */
    readonly resolve?: BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy(obj: BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy
 */
export interface BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy#resolution
     */
    readonly resolution?: BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy#resolve
     */
    readonly resolve?: BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy(obj: BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolution
 */
export declare enum BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolve
 */
export declare enum BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolution
 */
export declare enum BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolve
 */
export declare enum BucketServerSideEncryptionConfigurationSpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolution
 */
export declare enum BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolve
 */
export declare enum BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolution
 */
export declare enum BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolve
 */
export declare enum BucketServerSideEncryptionConfigurationSpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * BucketServerSideEncryptionConfiguration is the Schema for the BucketServerSideEncryptionConfigurations API. Provides a S3 bucket server-side encryption configuration resource.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2
 */
export declare class BucketServerSideEncryptionConfigurationV1Beta2 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "BucketServerSideEncryptionConfigurationV1Beta2"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "BucketServerSideEncryptionConfigurationV1Beta2".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: BucketServerSideEncryptionConfigurationV1Beta2Props): any;
    /**
     * Defines a "BucketServerSideEncryptionConfigurationV1Beta2" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: BucketServerSideEncryptionConfigurationV1Beta2Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * BucketServerSideEncryptionConfiguration is the Schema for the BucketServerSideEncryptionConfigurations API. Provides a S3 bucket server-side encryption configuration resource.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2Props {
    /**
     * @schema BucketServerSideEncryptionConfigurationV1Beta2#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * BucketServerSideEncryptionConfigurationSpec defines the desired state of BucketServerSideEncryptionConfiguration
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2#spec
     */
    readonly spec: BucketServerSideEncryptionConfigurationV1Beta2Spec;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2Props' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2Props(obj: BucketServerSideEncryptionConfigurationV1Beta2Props | undefined): Record<string, any> | undefined;
/**
 * BucketServerSideEncryptionConfigurationSpec defines the desired state of BucketServerSideEncryptionConfiguration
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2Spec
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2Spec {
    /**
     * DeletionPolicy specifies what will happen to the underlying external
     * when this managed resource is deleted - either "Delete" or "Orphan" the
     * external resource.
     * This field is planned to be deprecated in favor of the ManagementPolicies
     * field in a future release. Currently, both could be set independently and
     * non-default values would be honored if the feature flag is enabled.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2Spec#deletionPolicy
     */
    readonly deletionPolicy?: BucketServerSideEncryptionConfigurationV1Beta2SpecDeletionPolicy;
    /**
     * @schema BucketServerSideEncryptionConfigurationV1Beta2Spec#forProvider
     */
    readonly forProvider: BucketServerSideEncryptionConfigurationV1Beta2SpecForProvider;
    /**
     * THIS IS A BETA FIELD. It will be honored
     * unless the Management Policies feature flag is disabled.
     * InitProvider holds the same fields as ForProvider, with the exception
     * of Identifier and other resource reference fields. The fields that are
     * in InitProvider are merged into ForProvider when the resource is created.
     * The same fields are also added to the terraform ignore_changes hook, to
     * avoid updating them after creation. This is useful for fields that are
     * required on creation, but we do not desire to update them after creation,
     * for example because of an external controller is managing them, like an
     * autoscaler.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2Spec#initProvider
     */
    readonly initProvider?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProvider;
    /**
     * THIS IS A BETA FIELD. It is on by default but can be opted out
     * through a Crossplane feature flag.
     * ManagementPolicies specify the array of actions Crossplane is allowed to
     * take on the managed and external resources.
     * This field is planned to replace the DeletionPolicy field in a future
     * release. Currently, both could be set independently and non-default
     * values would be honored if the feature flag is enabled. If both are
     * custom, the DeletionPolicy field will be ignored.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     * and this one: https://github.com/crossplane/crossplane/blob/444267e84783136daa93568b364a5f01228cacbe/design/one-pager-ignore-changes.md
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2Spec#managementPolicies
     */
    readonly managementPolicies?: BucketServerSideEncryptionConfigurationV1Beta2SpecManagementPolicies[];
    /**
     * ProviderConfigReference specifies how the provider that will be used to
     * create, observe, update, and delete this managed resource should be
     * configured.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2Spec#providerConfigRef
     */
    readonly providerConfigRef?: BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRef;
    /**
     * WriteConnectionSecretToReference specifies the namespace and name of a
     * Secret to which any connection details for this managed resource should
     * be written. Connection details frequently include the endpoint, username,
     * and password required to connect to the managed resource.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2Spec#writeConnectionSecretToRef
     */
    readonly writeConnectionSecretToRef?: BucketServerSideEncryptionConfigurationV1Beta2SpecWriteConnectionSecretToRef;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2Spec' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2Spec(obj: BucketServerSideEncryptionConfigurationV1Beta2Spec | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy specifies what will happen to the underlying external
 * when this managed resource is deleted - either "Delete" or "Orphan" the
 * external resource.
 * This field is planned to be deprecated in favor of the ManagementPolicies
 * field in a future release. Currently, both could be set independently and
 * non-default values would be honored if the feature flag is enabled.
 * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecDeletionPolicy
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecDeletionPolicy {
    /** Orphan */
    ORPHAN = "Orphan",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProvider
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecForProvider {
    /**
     * ID (name) of the bucket.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProvider#bucketRef
     */
    readonly bucketRef?: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProvider#bucketSelector
     */
    readonly bucketSelector?: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelector;
    /**
     * Account ID of the expected bucket owner.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProvider#expectedBucketOwner
     */
    readonly expectedBucketOwner?: string;
    /**
     * Region where this resource will be managed. Defaults to the Region set in the provider configuration.
     * Region is the region you'd like your resource to be created in.
     *
     * @default the Region set in the provider configuration.
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProvider#region
     */
    readonly region: string;
    /**
     * Set of server-side encryption configuration rules. See below. Currently, only a single rule is supported.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProvider#rule
     */
    readonly rule?: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRule[];
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecForProvider' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecForProvider(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecForProvider | undefined): Record<string, any> | undefined;
/**
 * THIS IS A BETA FIELD. It will be honored
 * unless the Management Policies feature flag is disabled.
 * InitProvider holds the same fields as ForProvider, with the exception
 * of Identifier and other resource reference fields. The fields that are
 * in InitProvider are merged into ForProvider when the resource is created.
 * The same fields are also added to the terraform ignore_changes hook, to
 * avoid updating them after creation. This is useful for fields that are
 * required on creation, but we do not desire to update them after creation,
 * for example because of an external controller is managing them, like an
 * autoscaler.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProvider
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecInitProvider {
    /**
     * ID (name) of the bucket.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProvider#bucketRef
     */
    readonly bucketRef?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProvider#bucketSelector
     */
    readonly bucketSelector?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelector;
    /**
     * Account ID of the expected bucket owner.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProvider#expectedBucketOwner
     */
    readonly expectedBucketOwner?: string;
    /**
     * Set of server-side encryption configuration rules. See below. Currently, only a single rule is supported.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProvider#rule
     */
    readonly rule?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRule[];
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecInitProvider' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecInitProvider(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProvider | undefined): Record<string, any> | undefined;
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecManagementPolicies
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecManagementPolicies {
    /** Observe */
    OBSERVE = "Observe",
    /** Create */
    CREATE = "Create",
    /** Update */
    UPDATE = "Update",
    /** Delete */
    DELETE = "Delete",
    /** LateInitialize */
    LATE_INITIALIZE = "LateInitialize",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * ProviderConfigReference specifies how the provider that will be used to
 * create, observe, update, and delete this managed resource should be
 * configured.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRef
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRef#policy
     */
    readonly policy?: BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRefPolicy;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRef' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRef(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRef | undefined): Record<string, any> | undefined;
/**
 * WriteConnectionSecretToReference specifies the namespace and name of a
 * Secret to which any connection details for this managed resource should
 * be written. Connection details frequently include the endpoint, username,
 * and password required to connect to the managed resource.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecWriteConnectionSecretToRef
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecWriteConnectionSecretToRef {
    /**
     * Name of the secret.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecWriteConnectionSecretToRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecWriteConnectionSecretToRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecWriteConnectionSecretToRef' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecWriteConnectionSecretToRef(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecWriteConnectionSecretToRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRef
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRef#policy
     */
    readonly policy?: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRef(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelector
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelector#policy
     */
    readonly policy?: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelector(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRule
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRule {
    /**
     * Single object for setting server-side encryption by default. See below.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRule#applyServerSideEncryptionByDefault
     */
    readonly applyServerSideEncryptionByDefault?: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefault;
    /**
     * List of server-side encryption types to block for object uploads. Valid values are SSE-C (blocks uploads using server-side encryption with customer-provided keys) and NONE (unblocks all encryption types). Starting in March 2026, Amazon S3 will automatically block SSE-C uploads for all new buckets.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRule#blockedEncryptionTypes
     */
    readonly blockedEncryptionTypes?: string[];
    /**
     * Whether or not to use Amazon S3 Bucket Keys for SSE-KMS.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRule#bucketKeyEnabled
     */
    readonly bucketKeyEnabled?: boolean;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRule' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRule(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRule | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRef
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRef#policy
     */
    readonly policy?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRef(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelector
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelector#policy
     */
    readonly policy?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelector(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRule
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRule {
    /**
     * Single object for setting server-side encryption by default. See below.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRule#applyServerSideEncryptionByDefault
     */
    readonly applyServerSideEncryptionByDefault?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefault;
    /**
     * List of server-side encryption types to block for object uploads. Valid values are SSE-C (blocks uploads using server-side encryption with customer-provided keys) and NONE (unblocks all encryption types). Starting in March 2026, Amazon S3 will automatically block SSE-C uploads for all new buckets.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRule#blockedEncryptionTypes
     */
    readonly blockedEncryptionTypes?: string[];
    /**
     * Whether or not to use Amazon S3 Bucket Keys for SSE-KMS.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRule#bucketKeyEnabled
     */
    readonly bucketKeyEnabled?: boolean;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRule' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRule(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRule | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRefPolicy
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRefPolicy#resolution
     */
    readonly resolution?: BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRefPolicy#resolve
     */
    readonly resolve?: BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRefPolicy' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRefPolicy(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRefPolicy
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRefPolicy(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelectorPolicy
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelectorPolicy(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Single object for setting server-side encryption by default. See below.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefault
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefault {
    /**
     * AWS KMS master key ID used for the SSE-KMS encryption. This can only be used when you set the value of sse_algorithm as aws:kms. The default aws/s3 AWS KMS master key is used if this element is absent while the sse_algorithm is aws:kms.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefault#kmsMasterKeyId
     */
    readonly kmsMasterKeyId?: string;
    /**
     * Reference to a Key in kms to populate kmsMasterKeyId.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefault#kmsMasterKeyIdRef
     */
    readonly kmsMasterKeyIdRef?: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef;
    /**
     * Selector for a Key in kms to populate kmsMasterKeyId.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefault#kmsMasterKeyIdSelector
     */
    readonly kmsMasterKeyIdSelector?: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector;
    /**
     * Server-side encryption algorithm to use. Valid values are AES256, aws:kms, and aws:kms:dsse
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefault#sseAlgorithm
     */
    readonly sseAlgorithm?: string;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefault' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefault(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefault | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRefPolicy
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRefPolicy(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelectorPolicy
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelectorPolicy(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Single object for setting server-side encryption by default. See below.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefault
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefault {
    /**
     * AWS KMS master key ID used for the SSE-KMS encryption. This can only be used when you set the value of sse_algorithm as aws:kms. The default aws/s3 AWS KMS master key is used if this element is absent while the sse_algorithm is aws:kms.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefault#kmsMasterKeyId
     */
    readonly kmsMasterKeyId?: string;
    /**
     * Reference to a Key in kms to populate kmsMasterKeyId.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefault#kmsMasterKeyIdRef
     */
    readonly kmsMasterKeyIdRef?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef;
    /**
     * Selector for a Key in kms to populate kmsMasterKeyId.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefault#kmsMasterKeyIdSelector
     */
    readonly kmsMasterKeyIdSelector?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector;
    /**
     * Server-side encryption algorithm to use. Valid values are AES256, aws:kms, and aws:kms:dsse
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefault#sseAlgorithm
     */
    readonly sseAlgorithm?: string;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefault' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefault(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefault | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRefPolicyResolution
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRefPolicyResolve
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecProviderConfigRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRefPolicyResolution
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRefPolicyResolve
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelectorPolicyResolution
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelectorPolicyResolve
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Reference to a Key in kms to populate kmsMasterKeyId.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef#policy
     */
    readonly policy?: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Key in kms to populate kmsMasterKeyId.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector#policy
     */
    readonly policy?: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRefPolicyResolution
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRefPolicyResolve
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelectorPolicyResolution
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelectorPolicyResolve
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Reference to a Key in kms to populate kmsMasterKeyId.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef#policy
     */
    readonly policy?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Key in kms to populate kmsMasterKeyId.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector#policy
     */
    readonly policy?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelector | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy#resolution
     */
    readonly resolution?: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy#resolve
     */
    readonly resolve?: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy#resolution
     */
    readonly resolution?: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy#resolve
     */
    readonly resolve?: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy#resolution
     */
    readonly resolution?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy#resolve
     */
    readonly resolve?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy
 */
export interface BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy#resolution
     */
    readonly resolution?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy#resolve
     */
    readonly resolve?: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy(obj: BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolution
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolve
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolution
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolve
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecForProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolution
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolve
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolution
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolve
 */
export declare enum BucketServerSideEncryptionConfigurationV1Beta2SpecInitProviderRuleApplyServerSideEncryptionByDefaultKmsMasterKeyIdSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * BucketVersioning is the Schema for the BucketVersionings API. Provides an S3 bucket versioning resource.
Deprecated: This API version (v1beta1) has been deprecated in release v2.6.0.
 *
 * @schema BucketVersioning
 */
export declare class BucketVersioning extends ApiObject {
    /**
     * Returns the apiVersion and kind for "BucketVersioning"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "BucketVersioning".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: BucketVersioningProps): any;
    /**
     * Defines a "BucketVersioning" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: BucketVersioningProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * BucketVersioning is the Schema for the BucketVersionings API. Provides an S3 bucket versioning resource.
 * Deprecated: This API version (v1beta1) has been deprecated in release v2.6.0.
 *
 * @schema BucketVersioning
 */
export interface BucketVersioningProps {
    /**
     * @schema BucketVersioning#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * BucketVersioningSpec defines the desired state of BucketVersioning
     *
     * @schema BucketVersioning#spec
     */
    readonly spec: BucketVersioningSpec;
}
/**
 * Converts an object of type 'BucketVersioningProps' to JSON representation.
 */
export declare function toJson_BucketVersioningProps(obj: BucketVersioningProps | undefined): Record<string, any> | undefined;
/**
 * BucketVersioningSpec defines the desired state of BucketVersioning
 *
 * @schema BucketVersioningSpec
 */
export interface BucketVersioningSpec {
    /**
     * DeletionPolicy specifies what will happen to the underlying external
     * when this managed resource is deleted - either "Delete" or "Orphan" the
     * external resource.
     * This field is planned to be deprecated in favor of the ManagementPolicies
     * field in a future release. Currently, both could be set independently and
     * non-default values would be honored if the feature flag is enabled.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     *
     * @schema BucketVersioningSpec#deletionPolicy
     */
    readonly deletionPolicy?: BucketVersioningSpecDeletionPolicy;
    /**
     * @schema BucketVersioningSpec#forProvider
     */
    readonly forProvider: BucketVersioningSpecForProvider;
    /**
     * THIS IS A BETA FIELD. It will be honored
     * unless the Management Policies feature flag is disabled.
     * InitProvider holds the same fields as ForProvider, with the exception
     * of Identifier and other resource reference fields. The fields that are
     * in InitProvider are merged into ForProvider when the resource is created.
     * The same fields are also added to the terraform ignore_changes hook, to
     * avoid updating them after creation. This is useful for fields that are
     * required on creation, but we do not desire to update them after creation,
     * for example because of an external controller is managing them, like an
     * autoscaler.
     *
     * @schema BucketVersioningSpec#initProvider
     */
    readonly initProvider?: BucketVersioningSpecInitProvider;
    /**
     * THIS IS A BETA FIELD. It is on by default but can be opted out
     * through a Crossplane feature flag.
     * ManagementPolicies specify the array of actions Crossplane is allowed to
     * take on the managed and external resources.
     * This field is planned to replace the DeletionPolicy field in a future
     * release. Currently, both could be set independently and non-default
     * values would be honored if the feature flag is enabled. If both are
     * custom, the DeletionPolicy field will be ignored.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     * and this one: https://github.com/crossplane/crossplane/blob/444267e84783136daa93568b364a5f01228cacbe/design/one-pager-ignore-changes.md
     *
     * @schema BucketVersioningSpec#managementPolicies
     */
    readonly managementPolicies?: BucketVersioningSpecManagementPolicies[];
    /**
     * ProviderConfigReference specifies how the provider that will be used to
     * create, observe, update, and delete this managed resource should be
     * configured.
     *
     * @schema BucketVersioningSpec#providerConfigRef
     */
    readonly providerConfigRef?: BucketVersioningSpecProviderConfigRef;
    /**
     * WriteConnectionSecretToReference specifies the namespace and name of a
     * Secret to which any connection details for this managed resource should
     * be written. Connection details frequently include the endpoint, username,
     * and password required to connect to the managed resource.
     *
     * @schema BucketVersioningSpec#writeConnectionSecretToRef
     */
    readonly writeConnectionSecretToRef?: BucketVersioningSpecWriteConnectionSecretToRef;
}
/**
 * Converts an object of type 'BucketVersioningSpec' to JSON representation.
 */
export declare function toJson_BucketVersioningSpec(obj: BucketVersioningSpec | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy specifies what will happen to the underlying external
 * when this managed resource is deleted - either "Delete" or "Orphan" the
 * external resource.
 * This field is planned to be deprecated in favor of the ManagementPolicies
 * field in a future release. Currently, both could be set independently and
 * non-default values would be honored if the feature flag is enabled.
 * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
 *
 * @schema BucketVersioningSpecDeletionPolicy
 */
export declare enum BucketVersioningSpecDeletionPolicy {
    /** Orphan */
    ORPHAN = "Orphan",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema BucketVersioningSpecForProvider
 */
export interface BucketVersioningSpecForProvider {
    /**
     * Name of the S3 bucket.
     *
     * @schema BucketVersioningSpecForProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketVersioningSpecForProvider#bucketRef
     */
    readonly bucketRef?: BucketVersioningSpecForProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketVersioningSpecForProvider#bucketSelector
     */
    readonly bucketSelector?: BucketVersioningSpecForProviderBucketSelector;
    /**
     * Account ID of the expected bucket owner.
     *
     * @schema BucketVersioningSpecForProvider#expectedBucketOwner
     */
    readonly expectedBucketOwner?: string;
    /**
     * Concatenation of the authentication device's serial number, a space, and the value that is displayed on your authentication device.
     *
     * @schema BucketVersioningSpecForProvider#mfa
     */
    readonly mfa?: string;
    /**
     * Region where this resource will be managed. Defaults to the Region set in the provider configuration.
     * Region is the region you'd like your resource to be created in.
     *
     * @default the Region set in the provider configuration.
     * @schema BucketVersioningSpecForProvider#region
     */
    readonly region: string;
    /**
     * Configuration block for the versioning parameters. See below.
     *
     * @schema BucketVersioningSpecForProvider#versioningConfiguration
     */
    readonly versioningConfiguration?: BucketVersioningSpecForProviderVersioningConfiguration[];
}
/**
 * Converts an object of type 'BucketVersioningSpecForProvider' to JSON representation.
 */
export declare function toJson_BucketVersioningSpecForProvider(obj: BucketVersioningSpecForProvider | undefined): Record<string, any> | undefined;
/**
 * THIS IS A BETA FIELD. It will be honored
 * unless the Management Policies feature flag is disabled.
 * InitProvider holds the same fields as ForProvider, with the exception
 * of Identifier and other resource reference fields. The fields that are
 * in InitProvider are merged into ForProvider when the resource is created.
 * The same fields are also added to the terraform ignore_changes hook, to
 * avoid updating them after creation. This is useful for fields that are
 * required on creation, but we do not desire to update them after creation,
 * for example because of an external controller is managing them, like an
 * autoscaler.
 *
 * @schema BucketVersioningSpecInitProvider
 */
export interface BucketVersioningSpecInitProvider {
    /**
     * Name of the S3 bucket.
     *
     * @schema BucketVersioningSpecInitProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketVersioningSpecInitProvider#bucketRef
     */
    readonly bucketRef?: BucketVersioningSpecInitProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketVersioningSpecInitProvider#bucketSelector
     */
    readonly bucketSelector?: BucketVersioningSpecInitProviderBucketSelector;
    /**
     * Account ID of the expected bucket owner.
     *
     * @schema BucketVersioningSpecInitProvider#expectedBucketOwner
     */
    readonly expectedBucketOwner?: string;
    /**
     * Concatenation of the authentication device's serial number, a space, and the value that is displayed on your authentication device.
     *
     * @schema BucketVersioningSpecInitProvider#mfa
     */
    readonly mfa?: string;
    /**
     * Configuration block for the versioning parameters. See below.
     *
     * @schema BucketVersioningSpecInitProvider#versioningConfiguration
     */
    readonly versioningConfiguration?: BucketVersioningSpecInitProviderVersioningConfiguration[];
}
/**
 * Converts an object of type 'BucketVersioningSpecInitProvider' to JSON representation.
 */
export declare function toJson_BucketVersioningSpecInitProvider(obj: BucketVersioningSpecInitProvider | undefined): Record<string, any> | undefined;
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema BucketVersioningSpecManagementPolicies
 */
export declare enum BucketVersioningSpecManagementPolicies {
    /** Observe */
    OBSERVE = "Observe",
    /** Create */
    CREATE = "Create",
    /** Update */
    UPDATE = "Update",
    /** Delete */
    DELETE = "Delete",
    /** LateInitialize */
    LATE_INITIALIZE = "LateInitialize",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * ProviderConfigReference specifies how the provider that will be used to
 * create, observe, update, and delete this managed resource should be
 * configured.
 *
 * @schema BucketVersioningSpecProviderConfigRef
 */
export interface BucketVersioningSpecProviderConfigRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketVersioningSpecProviderConfigRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketVersioningSpecProviderConfigRef#policy
     */
    readonly policy?: BucketVersioningSpecProviderConfigRefPolicy;
}
/**
 * Converts an object of type 'BucketVersioningSpecProviderConfigRef' to JSON representation.
 */
export declare function toJson_BucketVersioningSpecProviderConfigRef(obj: BucketVersioningSpecProviderConfigRef | undefined): Record<string, any> | undefined;
/**
 * WriteConnectionSecretToReference specifies the namespace and name of a
 * Secret to which any connection details for this managed resource should
 * be written. Connection details frequently include the endpoint, username,
 * and password required to connect to the managed resource.
 *
 * @schema BucketVersioningSpecWriteConnectionSecretToRef
 */
export interface BucketVersioningSpecWriteConnectionSecretToRef {
    /**
     * Name of the secret.
     *
     * @schema BucketVersioningSpecWriteConnectionSecretToRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema BucketVersioningSpecWriteConnectionSecretToRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'BucketVersioningSpecWriteConnectionSecretToRef' to JSON representation.
 */
export declare function toJson_BucketVersioningSpecWriteConnectionSecretToRef(obj: BucketVersioningSpecWriteConnectionSecretToRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketVersioningSpecForProviderBucketRef
 */
export interface BucketVersioningSpecForProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketVersioningSpecForProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketVersioningSpecForProviderBucketRef#policy
     */
    readonly policy?: BucketVersioningSpecForProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketVersioningSpecForProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketVersioningSpecForProviderBucketRef(obj: BucketVersioningSpecForProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketVersioningSpecForProviderBucketSelector
 */
export interface BucketVersioningSpecForProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketVersioningSpecForProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketVersioningSpecForProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketVersioningSpecForProviderBucketSelector#policy
     */
    readonly policy?: BucketVersioningSpecForProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketVersioningSpecForProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketVersioningSpecForProviderBucketSelector(obj: BucketVersioningSpecForProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * @schema BucketVersioningSpecForProviderVersioningConfiguration
 */
export interface BucketVersioningSpecForProviderVersioningConfiguration {
    /**
     * Specifies whether MFA delete is enabled in the bucket versioning configuration. Valid values: Enabled or Disabled.
     *
     * @schema BucketVersioningSpecForProviderVersioningConfiguration#mfaDelete
     */
    readonly mfaDelete?: string;
    /**
     * Versioning state of the bucket. Valid values: Enabled, Suspended, or Disabled. Disabled should only be used when creating or importing resources that correspond to unversioned S3 buckets.
     *
     * @schema BucketVersioningSpecForProviderVersioningConfiguration#status
     */
    readonly status?: string;
}
/**
 * Converts an object of type 'BucketVersioningSpecForProviderVersioningConfiguration' to JSON representation.
 */
export declare function toJson_BucketVersioningSpecForProviderVersioningConfiguration(obj: BucketVersioningSpecForProviderVersioningConfiguration | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketVersioningSpecInitProviderBucketRef
 */
export interface BucketVersioningSpecInitProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketVersioningSpecInitProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketVersioningSpecInitProviderBucketRef#policy
     */
    readonly policy?: BucketVersioningSpecInitProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketVersioningSpecInitProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketVersioningSpecInitProviderBucketRef(obj: BucketVersioningSpecInitProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketVersioningSpecInitProviderBucketSelector
 */
export interface BucketVersioningSpecInitProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketVersioningSpecInitProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketVersioningSpecInitProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketVersioningSpecInitProviderBucketSelector#policy
     */
    readonly policy?: BucketVersioningSpecInitProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketVersioningSpecInitProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketVersioningSpecInitProviderBucketSelector(obj: BucketVersioningSpecInitProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * @schema BucketVersioningSpecInitProviderVersioningConfiguration
 */
export interface BucketVersioningSpecInitProviderVersioningConfiguration {
    /**
     * Specifies whether MFA delete is enabled in the bucket versioning configuration. Valid values: Enabled or Disabled.
     *
     * @schema BucketVersioningSpecInitProviderVersioningConfiguration#mfaDelete
     */
    readonly mfaDelete?: string;
    /**
     * Versioning state of the bucket. Valid values: Enabled, Suspended, or Disabled. Disabled should only be used when creating or importing resources that correspond to unversioned S3 buckets.
     *
     * @schema BucketVersioningSpecInitProviderVersioningConfiguration#status
     */
    readonly status?: string;
}
/**
 * Converts an object of type 'BucketVersioningSpecInitProviderVersioningConfiguration' to JSON representation.
 */
export declare function toJson_BucketVersioningSpecInitProviderVersioningConfiguration(obj: BucketVersioningSpecInitProviderVersioningConfiguration | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketVersioningSpecProviderConfigRefPolicy
 */
export interface BucketVersioningSpecProviderConfigRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketVersioningSpecProviderConfigRefPolicy#resolution
     */
    readonly resolution?: BucketVersioningSpecProviderConfigRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketVersioningSpecProviderConfigRefPolicy#resolve
     */
    readonly resolve?: BucketVersioningSpecProviderConfigRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketVersioningSpecProviderConfigRefPolicy' to JSON representation.
 */
export declare function toJson_BucketVersioningSpecProviderConfigRefPolicy(obj: BucketVersioningSpecProviderConfigRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketVersioningSpecForProviderBucketRefPolicy
 */
export interface BucketVersioningSpecForProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketVersioningSpecForProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketVersioningSpecForProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketVersioningSpecForProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketVersioningSpecForProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketVersioningSpecForProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketVersioningSpecForProviderBucketRefPolicy(obj: BucketVersioningSpecForProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketVersioningSpecForProviderBucketSelectorPolicy
 */
export interface BucketVersioningSpecForProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketVersioningSpecForProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketVersioningSpecForProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketVersioningSpecForProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketVersioningSpecForProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketVersioningSpecForProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketVersioningSpecForProviderBucketSelectorPolicy(obj: BucketVersioningSpecForProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketVersioningSpecInitProviderBucketRefPolicy
 */
export interface BucketVersioningSpecInitProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketVersioningSpecInitProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketVersioningSpecInitProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketVersioningSpecInitProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketVersioningSpecInitProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketVersioningSpecInitProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketVersioningSpecInitProviderBucketRefPolicy(obj: BucketVersioningSpecInitProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketVersioningSpecInitProviderBucketSelectorPolicy
 */
export interface BucketVersioningSpecInitProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketVersioningSpecInitProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketVersioningSpecInitProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketVersioningSpecInitProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketVersioningSpecInitProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketVersioningSpecInitProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketVersioningSpecInitProviderBucketSelectorPolicy(obj: BucketVersioningSpecInitProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketVersioningSpecProviderConfigRefPolicyResolution
 */
export declare enum BucketVersioningSpecProviderConfigRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketVersioningSpecProviderConfigRefPolicyResolve
 */
export declare enum BucketVersioningSpecProviderConfigRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketVersioningSpecForProviderBucketRefPolicyResolution
 */
export declare enum BucketVersioningSpecForProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketVersioningSpecForProviderBucketRefPolicyResolve
 */
export declare enum BucketVersioningSpecForProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketVersioningSpecForProviderBucketSelectorPolicyResolution
 */
export declare enum BucketVersioningSpecForProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketVersioningSpecForProviderBucketSelectorPolicyResolve
 */
export declare enum BucketVersioningSpecForProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketVersioningSpecInitProviderBucketRefPolicyResolution
 */
export declare enum BucketVersioningSpecInitProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketVersioningSpecInitProviderBucketRefPolicyResolve
 */
export declare enum BucketVersioningSpecInitProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketVersioningSpecInitProviderBucketSelectorPolicyResolution
 */
export declare enum BucketVersioningSpecInitProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketVersioningSpecInitProviderBucketSelectorPolicyResolve
 */
export declare enum BucketVersioningSpecInitProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * BucketVersioning is the Schema for the BucketVersionings API. Provides an S3 bucket versioning resource.
 *
 * @schema BucketVersioningV1Beta2
 */
export declare class BucketVersioningV1Beta2 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "BucketVersioningV1Beta2"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "BucketVersioningV1Beta2".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: BucketVersioningV1Beta2Props): any;
    /**
     * Defines a "BucketVersioningV1Beta2" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: BucketVersioningV1Beta2Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * BucketVersioning is the Schema for the BucketVersionings API. Provides an S3 bucket versioning resource.
 *
 * @schema BucketVersioningV1Beta2
 */
export interface BucketVersioningV1Beta2Props {
    /**
     * @schema BucketVersioningV1Beta2#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * BucketVersioningSpec defines the desired state of BucketVersioning
     *
     * @schema BucketVersioningV1Beta2#spec
     */
    readonly spec: BucketVersioningV1Beta2Spec;
}
/**
 * Converts an object of type 'BucketVersioningV1Beta2Props' to JSON representation.
 */
export declare function toJson_BucketVersioningV1Beta2Props(obj: BucketVersioningV1Beta2Props | undefined): Record<string, any> | undefined;
/**
 * BucketVersioningSpec defines the desired state of BucketVersioning
 *
 * @schema BucketVersioningV1Beta2Spec
 */
export interface BucketVersioningV1Beta2Spec {
    /**
     * DeletionPolicy specifies what will happen to the underlying external
     * when this managed resource is deleted - either "Delete" or "Orphan" the
     * external resource.
     * This field is planned to be deprecated in favor of the ManagementPolicies
     * field in a future release. Currently, both could be set independently and
     * non-default values would be honored if the feature flag is enabled.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     *
     * @schema BucketVersioningV1Beta2Spec#deletionPolicy
     */
    readonly deletionPolicy?: BucketVersioningV1Beta2SpecDeletionPolicy;
    /**
     * @schema BucketVersioningV1Beta2Spec#forProvider
     */
    readonly forProvider: BucketVersioningV1Beta2SpecForProvider;
    /**
     * THIS IS A BETA FIELD. It will be honored
     * unless the Management Policies feature flag is disabled.
     * InitProvider holds the same fields as ForProvider, with the exception
     * of Identifier and other resource reference fields. The fields that are
     * in InitProvider are merged into ForProvider when the resource is created.
     * The same fields are also added to the terraform ignore_changes hook, to
     * avoid updating them after creation. This is useful for fields that are
     * required on creation, but we do not desire to update them after creation,
     * for example because of an external controller is managing them, like an
     * autoscaler.
     *
     * @schema BucketVersioningV1Beta2Spec#initProvider
     */
    readonly initProvider?: BucketVersioningV1Beta2SpecInitProvider;
    /**
     * THIS IS A BETA FIELD. It is on by default but can be opted out
     * through a Crossplane feature flag.
     * ManagementPolicies specify the array of actions Crossplane is allowed to
     * take on the managed and external resources.
     * This field is planned to replace the DeletionPolicy field in a future
     * release. Currently, both could be set independently and non-default
     * values would be honored if the feature flag is enabled. If both are
     * custom, the DeletionPolicy field will be ignored.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     * and this one: https://github.com/crossplane/crossplane/blob/444267e84783136daa93568b364a5f01228cacbe/design/one-pager-ignore-changes.md
     *
     * @schema BucketVersioningV1Beta2Spec#managementPolicies
     */
    readonly managementPolicies?: BucketVersioningV1Beta2SpecManagementPolicies[];
    /**
     * ProviderConfigReference specifies how the provider that will be used to
     * create, observe, update, and delete this managed resource should be
     * configured.
     *
     * @schema BucketVersioningV1Beta2Spec#providerConfigRef
     */
    readonly providerConfigRef?: BucketVersioningV1Beta2SpecProviderConfigRef;
    /**
     * WriteConnectionSecretToReference specifies the namespace and name of a
     * Secret to which any connection details for this managed resource should
     * be written. Connection details frequently include the endpoint, username,
     * and password required to connect to the managed resource.
     *
     * @schema BucketVersioningV1Beta2Spec#writeConnectionSecretToRef
     */
    readonly writeConnectionSecretToRef?: BucketVersioningV1Beta2SpecWriteConnectionSecretToRef;
}
/**
 * Converts an object of type 'BucketVersioningV1Beta2Spec' to JSON representation.
 */
export declare function toJson_BucketVersioningV1Beta2Spec(obj: BucketVersioningV1Beta2Spec | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy specifies what will happen to the underlying external
 * when this managed resource is deleted - either "Delete" or "Orphan" the
 * external resource.
 * This field is planned to be deprecated in favor of the ManagementPolicies
 * field in a future release. Currently, both could be set independently and
 * non-default values would be honored if the feature flag is enabled.
 * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
 *
 * @schema BucketVersioningV1Beta2SpecDeletionPolicy
 */
export declare enum BucketVersioningV1Beta2SpecDeletionPolicy {
    /** Orphan */
    ORPHAN = "Orphan",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema BucketVersioningV1Beta2SpecForProvider
 */
export interface BucketVersioningV1Beta2SpecForProvider {
    /**
     * Name of the S3 bucket.
     *
     * @schema BucketVersioningV1Beta2SpecForProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketVersioningV1Beta2SpecForProvider#bucketRef
     */
    readonly bucketRef?: BucketVersioningV1Beta2SpecForProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketVersioningV1Beta2SpecForProvider#bucketSelector
     */
    readonly bucketSelector?: BucketVersioningV1Beta2SpecForProviderBucketSelector;
    /**
     * Account ID of the expected bucket owner.
     *
     * @schema BucketVersioningV1Beta2SpecForProvider#expectedBucketOwner
     */
    readonly expectedBucketOwner?: string;
    /**
     * Concatenation of the authentication device's serial number, a space, and the value that is displayed on your authentication device.
     *
     * @schema BucketVersioningV1Beta2SpecForProvider#mfa
     */
    readonly mfa?: string;
    /**
     * Region where this resource will be managed. Defaults to the Region set in the provider configuration.
     * Region is the region you'd like your resource to be created in.
     *
     * @default the Region set in the provider configuration.
     * @schema BucketVersioningV1Beta2SpecForProvider#region
     */
    readonly region: string;
    /**
     * Configuration block for the versioning parameters. See below.
     *
     * @schema BucketVersioningV1Beta2SpecForProvider#versioningConfiguration
     */
    readonly versioningConfiguration?: BucketVersioningV1Beta2SpecForProviderVersioningConfiguration;
}
/**
 * Converts an object of type 'BucketVersioningV1Beta2SpecForProvider' to JSON representation.
 */
export declare function toJson_BucketVersioningV1Beta2SpecForProvider(obj: BucketVersioningV1Beta2SpecForProvider | undefined): Record<string, any> | undefined;
/**
 * THIS IS A BETA FIELD. It will be honored
 * unless the Management Policies feature flag is disabled.
 * InitProvider holds the same fields as ForProvider, with the exception
 * of Identifier and other resource reference fields. The fields that are
 * in InitProvider are merged into ForProvider when the resource is created.
 * The same fields are also added to the terraform ignore_changes hook, to
 * avoid updating them after creation. This is useful for fields that are
 * required on creation, but we do not desire to update them after creation,
 * for example because of an external controller is managing them, like an
 * autoscaler.
 *
 * @schema BucketVersioningV1Beta2SpecInitProvider
 */
export interface BucketVersioningV1Beta2SpecInitProvider {
    /**
     * Name of the S3 bucket.
     *
     * @schema BucketVersioningV1Beta2SpecInitProvider#bucket
     */
    readonly bucket?: string;
    /**
     * Reference to a Bucket in s3 to populate bucket.
     *
     * @schema BucketVersioningV1Beta2SpecInitProvider#bucketRef
     */
    readonly bucketRef?: BucketVersioningV1Beta2SpecInitProviderBucketRef;
    /**
     * Selector for a Bucket in s3 to populate bucket.
     *
     * @schema BucketVersioningV1Beta2SpecInitProvider#bucketSelector
     */
    readonly bucketSelector?: BucketVersioningV1Beta2SpecInitProviderBucketSelector;
    /**
     * Account ID of the expected bucket owner.
     *
     * @schema BucketVersioningV1Beta2SpecInitProvider#expectedBucketOwner
     */
    readonly expectedBucketOwner?: string;
    /**
     * Concatenation of the authentication device's serial number, a space, and the value that is displayed on your authentication device.
     *
     * @schema BucketVersioningV1Beta2SpecInitProvider#mfa
     */
    readonly mfa?: string;
    /**
     * Configuration block for the versioning parameters. See below.
     *
     * @schema BucketVersioningV1Beta2SpecInitProvider#versioningConfiguration
     */
    readonly versioningConfiguration?: BucketVersioningV1Beta2SpecInitProviderVersioningConfiguration;
}
/**
 * Converts an object of type 'BucketVersioningV1Beta2SpecInitProvider' to JSON representation.
 */
export declare function toJson_BucketVersioningV1Beta2SpecInitProvider(obj: BucketVersioningV1Beta2SpecInitProvider | undefined): Record<string, any> | undefined;
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema BucketVersioningV1Beta2SpecManagementPolicies
 */
export declare enum BucketVersioningV1Beta2SpecManagementPolicies {
    /** Observe */
    OBSERVE = "Observe",
    /** Create */
    CREATE = "Create",
    /** Update */
    UPDATE = "Update",
    /** Delete */
    DELETE = "Delete",
    /** LateInitialize */
    LATE_INITIALIZE = "LateInitialize",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * ProviderConfigReference specifies how the provider that will be used to
 * create, observe, update, and delete this managed resource should be
 * configured.
 *
 * @schema BucketVersioningV1Beta2SpecProviderConfigRef
 */
export interface BucketVersioningV1Beta2SpecProviderConfigRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketVersioningV1Beta2SpecProviderConfigRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketVersioningV1Beta2SpecProviderConfigRef#policy
     */
    readonly policy?: BucketVersioningV1Beta2SpecProviderConfigRefPolicy;
}
/**
 * Converts an object of type 'BucketVersioningV1Beta2SpecProviderConfigRef' to JSON representation.
 */
export declare function toJson_BucketVersioningV1Beta2SpecProviderConfigRef(obj: BucketVersioningV1Beta2SpecProviderConfigRef | undefined): Record<string, any> | undefined;
/**
 * WriteConnectionSecretToReference specifies the namespace and name of a
 * Secret to which any connection details for this managed resource should
 * be written. Connection details frequently include the endpoint, username,
 * and password required to connect to the managed resource.
 *
 * @schema BucketVersioningV1Beta2SpecWriteConnectionSecretToRef
 */
export interface BucketVersioningV1Beta2SpecWriteConnectionSecretToRef {
    /**
     * Name of the secret.
     *
     * @schema BucketVersioningV1Beta2SpecWriteConnectionSecretToRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema BucketVersioningV1Beta2SpecWriteConnectionSecretToRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'BucketVersioningV1Beta2SpecWriteConnectionSecretToRef' to JSON representation.
 */
export declare function toJson_BucketVersioningV1Beta2SpecWriteConnectionSecretToRef(obj: BucketVersioningV1Beta2SpecWriteConnectionSecretToRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketVersioningV1Beta2SpecForProviderBucketRef
 */
export interface BucketVersioningV1Beta2SpecForProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketVersioningV1Beta2SpecForProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketVersioningV1Beta2SpecForProviderBucketRef#policy
     */
    readonly policy?: BucketVersioningV1Beta2SpecForProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketVersioningV1Beta2SpecForProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketVersioningV1Beta2SpecForProviderBucketRef(obj: BucketVersioningV1Beta2SpecForProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketVersioningV1Beta2SpecForProviderBucketSelector
 */
export interface BucketVersioningV1Beta2SpecForProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketVersioningV1Beta2SpecForProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketVersioningV1Beta2SpecForProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketVersioningV1Beta2SpecForProviderBucketSelector#policy
     */
    readonly policy?: BucketVersioningV1Beta2SpecForProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketVersioningV1Beta2SpecForProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketVersioningV1Beta2SpecForProviderBucketSelector(obj: BucketVersioningV1Beta2SpecForProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * Configuration block for the versioning parameters. See below.
 *
 * @schema BucketVersioningV1Beta2SpecForProviderVersioningConfiguration
 */
export interface BucketVersioningV1Beta2SpecForProviderVersioningConfiguration {
    /**
     * Specifies whether MFA delete is enabled in the bucket versioning configuration. Valid values: Enabled or Disabled.
     *
     * @schema BucketVersioningV1Beta2SpecForProviderVersioningConfiguration#mfaDelete
     */
    readonly mfaDelete?: string;
    /**
     * Versioning state of the bucket. Valid values: Enabled, Suspended, or Disabled. Disabled should only be used when creating or importing resources that correspond to unversioned S3 buckets.
     *
     * @schema BucketVersioningV1Beta2SpecForProviderVersioningConfiguration#status
     */
    readonly status?: string;
}
/**
 * Converts an object of type 'BucketVersioningV1Beta2SpecForProviderVersioningConfiguration' to JSON representation.
 */
export declare function toJson_BucketVersioningV1Beta2SpecForProviderVersioningConfiguration(obj: BucketVersioningV1Beta2SpecForProviderVersioningConfiguration | undefined): Record<string, any> | undefined;
/**
 * Reference to a Bucket in s3 to populate bucket.
 *
 * @schema BucketVersioningV1Beta2SpecInitProviderBucketRef
 */
export interface BucketVersioningV1Beta2SpecInitProviderBucketRef {
    /**
     * Name of the referenced object.
     *
     * @schema BucketVersioningV1Beta2SpecInitProviderBucketRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema BucketVersioningV1Beta2SpecInitProviderBucketRef#policy
     */
    readonly policy?: BucketVersioningV1Beta2SpecInitProviderBucketRefPolicy;
}
/**
 * Converts an object of type 'BucketVersioningV1Beta2SpecInitProviderBucketRef' to JSON representation.
 */
export declare function toJson_BucketVersioningV1Beta2SpecInitProviderBucketRef(obj: BucketVersioningV1Beta2SpecInitProviderBucketRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Bucket in s3 to populate bucket.
 *
 * @schema BucketVersioningV1Beta2SpecInitProviderBucketSelector
 */
export interface BucketVersioningV1Beta2SpecInitProviderBucketSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema BucketVersioningV1Beta2SpecInitProviderBucketSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema BucketVersioningV1Beta2SpecInitProviderBucketSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema BucketVersioningV1Beta2SpecInitProviderBucketSelector#policy
     */
    readonly policy?: BucketVersioningV1Beta2SpecInitProviderBucketSelectorPolicy;
}
/**
 * Converts an object of type 'BucketVersioningV1Beta2SpecInitProviderBucketSelector' to JSON representation.
 */
export declare function toJson_BucketVersioningV1Beta2SpecInitProviderBucketSelector(obj: BucketVersioningV1Beta2SpecInitProviderBucketSelector | undefined): Record<string, any> | undefined;
/**
 * Configuration block for the versioning parameters. See below.
 *
 * @schema BucketVersioningV1Beta2SpecInitProviderVersioningConfiguration
 */
export interface BucketVersioningV1Beta2SpecInitProviderVersioningConfiguration {
    /**
     * Specifies whether MFA delete is enabled in the bucket versioning configuration. Valid values: Enabled or Disabled.
     *
     * @schema BucketVersioningV1Beta2SpecInitProviderVersioningConfiguration#mfaDelete
     */
    readonly mfaDelete?: string;
    /**
     * Versioning state of the bucket. Valid values: Enabled, Suspended, or Disabled. Disabled should only be used when creating or importing resources that correspond to unversioned S3 buckets.
     *
     * @schema BucketVersioningV1Beta2SpecInitProviderVersioningConfiguration#status
     */
    readonly status?: string;
}
/**
 * Converts an object of type 'BucketVersioningV1Beta2SpecInitProviderVersioningConfiguration' to JSON representation.
 */
export declare function toJson_BucketVersioningV1Beta2SpecInitProviderVersioningConfiguration(obj: BucketVersioningV1Beta2SpecInitProviderVersioningConfiguration | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketVersioningV1Beta2SpecProviderConfigRefPolicy
 */
export interface BucketVersioningV1Beta2SpecProviderConfigRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketVersioningV1Beta2SpecProviderConfigRefPolicy#resolution
     */
    readonly resolution?: BucketVersioningV1Beta2SpecProviderConfigRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketVersioningV1Beta2SpecProviderConfigRefPolicy#resolve
     */
    readonly resolve?: BucketVersioningV1Beta2SpecProviderConfigRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketVersioningV1Beta2SpecProviderConfigRefPolicy' to JSON representation.
 */
export declare function toJson_BucketVersioningV1Beta2SpecProviderConfigRefPolicy(obj: BucketVersioningV1Beta2SpecProviderConfigRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketVersioningV1Beta2SpecForProviderBucketRefPolicy
 */
export interface BucketVersioningV1Beta2SpecForProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketVersioningV1Beta2SpecForProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketVersioningV1Beta2SpecForProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketVersioningV1Beta2SpecForProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketVersioningV1Beta2SpecForProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketVersioningV1Beta2SpecForProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketVersioningV1Beta2SpecForProviderBucketRefPolicy(obj: BucketVersioningV1Beta2SpecForProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketVersioningV1Beta2SpecForProviderBucketSelectorPolicy
 */
export interface BucketVersioningV1Beta2SpecForProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketVersioningV1Beta2SpecForProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketVersioningV1Beta2SpecForProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketVersioningV1Beta2SpecForProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketVersioningV1Beta2SpecForProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketVersioningV1Beta2SpecForProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketVersioningV1Beta2SpecForProviderBucketSelectorPolicy(obj: BucketVersioningV1Beta2SpecForProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema BucketVersioningV1Beta2SpecInitProviderBucketRefPolicy
 */
export interface BucketVersioningV1Beta2SpecInitProviderBucketRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketVersioningV1Beta2SpecInitProviderBucketRefPolicy#resolution
     */
    readonly resolution?: BucketVersioningV1Beta2SpecInitProviderBucketRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketVersioningV1Beta2SpecInitProviderBucketRefPolicy#resolve
     */
    readonly resolve?: BucketVersioningV1Beta2SpecInitProviderBucketRefPolicyResolve;
}
/**
 * Converts an object of type 'BucketVersioningV1Beta2SpecInitProviderBucketRefPolicy' to JSON representation.
 */
export declare function toJson_BucketVersioningV1Beta2SpecInitProviderBucketRefPolicy(obj: BucketVersioningV1Beta2SpecInitProviderBucketRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema BucketVersioningV1Beta2SpecInitProviderBucketSelectorPolicy
 */
export interface BucketVersioningV1Beta2SpecInitProviderBucketSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema BucketVersioningV1Beta2SpecInitProviderBucketSelectorPolicy#resolution
     */
    readonly resolution?: BucketVersioningV1Beta2SpecInitProviderBucketSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema BucketVersioningV1Beta2SpecInitProviderBucketSelectorPolicy#resolve
     */
    readonly resolve?: BucketVersioningV1Beta2SpecInitProviderBucketSelectorPolicyResolve;
}
/**
 * Converts an object of type 'BucketVersioningV1Beta2SpecInitProviderBucketSelectorPolicy' to JSON representation.
 */
export declare function toJson_BucketVersioningV1Beta2SpecInitProviderBucketSelectorPolicy(obj: BucketVersioningV1Beta2SpecInitProviderBucketSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketVersioningV1Beta2SpecProviderConfigRefPolicyResolution
 */
export declare enum BucketVersioningV1Beta2SpecProviderConfigRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketVersioningV1Beta2SpecProviderConfigRefPolicyResolve
 */
export declare enum BucketVersioningV1Beta2SpecProviderConfigRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketVersioningV1Beta2SpecForProviderBucketRefPolicyResolution
 */
export declare enum BucketVersioningV1Beta2SpecForProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketVersioningV1Beta2SpecForProviderBucketRefPolicyResolve
 */
export declare enum BucketVersioningV1Beta2SpecForProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketVersioningV1Beta2SpecForProviderBucketSelectorPolicyResolution
 */
export declare enum BucketVersioningV1Beta2SpecForProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketVersioningV1Beta2SpecForProviderBucketSelectorPolicyResolve
 */
export declare enum BucketVersioningV1Beta2SpecForProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketVersioningV1Beta2SpecInitProviderBucketRefPolicyResolution
 */
export declare enum BucketVersioningV1Beta2SpecInitProviderBucketRefPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketVersioningV1Beta2SpecInitProviderBucketRefPolicyResolve
 */
export declare enum BucketVersioningV1Beta2SpecInitProviderBucketRefPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema BucketVersioningV1Beta2SpecInitProviderBucketSelectorPolicyResolution
 */
export declare enum BucketVersioningV1Beta2SpecInitProviderBucketSelectorPolicyResolution {
    /** Required */
    REQUIRED = "Required",
    /** Optional */
    OPTIONAL = "Optional"
}
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema BucketVersioningV1Beta2SpecInitProviderBucketSelectorPolicyResolve
 */
export declare enum BucketVersioningV1Beta2SpecInitProviderBucketSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
