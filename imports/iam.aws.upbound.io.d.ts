import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * InstanceProfile is the Schema for the InstanceProfiles API. Provides an IAM instance profile.
 *
 * @schema InstanceProfile
 */
export declare class InstanceProfile extends ApiObject {
    /**
     * Returns the apiVersion and kind for "InstanceProfile"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "InstanceProfile".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: InstanceProfileProps): any;
    /**
     * Defines a "InstanceProfile" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: InstanceProfileProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * InstanceProfile is the Schema for the InstanceProfiles API. Provides an IAM instance profile.
 *
 * @schema InstanceProfile
 */
export interface InstanceProfileProps {
    /**
     * @schema InstanceProfile#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * InstanceProfileSpec defines the desired state of InstanceProfile
     *
     * @schema InstanceProfile#spec
     */
    readonly spec: InstanceProfileSpec;
}
/**
 * Converts an object of type 'InstanceProfileProps' to JSON representation.
 */
export declare function toJson_InstanceProfileProps(obj: InstanceProfileProps | undefined): Record<string, any> | undefined;
/**
 * InstanceProfileSpec defines the desired state of InstanceProfile
 *
 * @schema InstanceProfileSpec
 */
export interface InstanceProfileSpec {
    /**
     * DeletionPolicy specifies what will happen to the underlying external
     * when this managed resource is deleted - either "Delete" or "Orphan" the
     * external resource.
     * This field is planned to be deprecated in favor of the ManagementPolicies
     * field in a future release. Currently, both could be set independently and
     * non-default values would be honored if the feature flag is enabled.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     *
     * @schema InstanceProfileSpec#deletionPolicy
     */
    readonly deletionPolicy?: InstanceProfileSpecDeletionPolicy;
    /**
     * @schema InstanceProfileSpec#forProvider
     */
    readonly forProvider: InstanceProfileSpecForProvider;
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
     * @schema InstanceProfileSpec#initProvider
     */
    readonly initProvider?: InstanceProfileSpecInitProvider;
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
     * @schema InstanceProfileSpec#managementPolicies
     */
    readonly managementPolicies?: InstanceProfileSpecManagementPolicies[];
    /**
     * ProviderConfigReference specifies how the provider that will be used to
     * create, observe, update, and delete this managed resource should be
     * configured.
     *
     * @schema InstanceProfileSpec#providerConfigRef
     */
    readonly providerConfigRef?: InstanceProfileSpecProviderConfigRef;
    /**
     * WriteConnectionSecretToReference specifies the namespace and name of a
     * Secret to which any connection details for this managed resource should
     * be written. Connection details frequently include the endpoint, username,
     * and password required to connect to the managed resource.
     *
     * @schema InstanceProfileSpec#writeConnectionSecretToRef
     */
    readonly writeConnectionSecretToRef?: InstanceProfileSpecWriteConnectionSecretToRef;
}
/**
 * Converts an object of type 'InstanceProfileSpec' to JSON representation.
 */
export declare function toJson_InstanceProfileSpec(obj: InstanceProfileSpec | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy specifies what will happen to the underlying external
 * when this managed resource is deleted - either "Delete" or "Orphan" the
 * external resource.
 * This field is planned to be deprecated in favor of the ManagementPolicies
 * field in a future release. Currently, both could be set independently and
 * non-default values would be honored if the feature flag is enabled.
 * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
 *
 * @schema InstanceProfileSpecDeletionPolicy
 */
export declare enum InstanceProfileSpecDeletionPolicy {
    /** Orphan */
    ORPHAN = "Orphan",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema InstanceProfileSpecForProvider
 */
export interface InstanceProfileSpecForProvider {
    /**
     * Path to the instance profile. For more information about paths, see IAM Identifiers in the IAM User Guide. Can be a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. Can include any ASCII character from the ! (\u0021) through the DEL character (\u007F), including most punctuation characters, digits, and upper and lowercase letters.
     *
     * @schema InstanceProfileSpecForProvider#path
     */
    readonly path?: string;
    /**
     * Name of the role to add to the profile.
     *
     * @schema InstanceProfileSpecForProvider#role
     */
    readonly role?: string;
    /**
     * Reference to a Role in iam to populate role.
     *
     * @schema InstanceProfileSpecForProvider#roleRef
     */
    readonly roleRef?: InstanceProfileSpecForProviderRoleRef;
    /**
     * Selector for a Role in iam to populate role.
     *
     * @schema InstanceProfileSpecForProvider#roleSelector
     */
    readonly roleSelector?: InstanceProfileSpecForProviderRoleSelector;
    /**
     * Key-value map of resource tags.
     *
     * @schema InstanceProfileSpecForProvider#tags
     */
    readonly tags?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'InstanceProfileSpecForProvider' to JSON representation.
 */
export declare function toJson_InstanceProfileSpecForProvider(obj: InstanceProfileSpecForProvider | undefined): Record<string, any> | undefined;
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
 * @schema InstanceProfileSpecInitProvider
 */
export interface InstanceProfileSpecInitProvider {
    /**
     * Path to the instance profile. For more information about paths, see IAM Identifiers in the IAM User Guide. Can be a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. Can include any ASCII character from the ! (\u0021) through the DEL character (\u007F), including most punctuation characters, digits, and upper and lowercase letters.
     *
     * @schema InstanceProfileSpecInitProvider#path
     */
    readonly path?: string;
    /**
     * Name of the role to add to the profile.
     *
     * @schema InstanceProfileSpecInitProvider#role
     */
    readonly role?: string;
    /**
     * Reference to a Role in iam to populate role.
     *
     * @schema InstanceProfileSpecInitProvider#roleRef
     */
    readonly roleRef?: InstanceProfileSpecInitProviderRoleRef;
    /**
     * Selector for a Role in iam to populate role.
     *
     * @schema InstanceProfileSpecInitProvider#roleSelector
     */
    readonly roleSelector?: InstanceProfileSpecInitProviderRoleSelector;
    /**
     * Key-value map of resource tags.
     *
     * @schema InstanceProfileSpecInitProvider#tags
     */
    readonly tags?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'InstanceProfileSpecInitProvider' to JSON representation.
 */
export declare function toJson_InstanceProfileSpecInitProvider(obj: InstanceProfileSpecInitProvider | undefined): Record<string, any> | undefined;
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema InstanceProfileSpecManagementPolicies
 */
export declare enum InstanceProfileSpecManagementPolicies {
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
 * @schema InstanceProfileSpecProviderConfigRef
 */
export interface InstanceProfileSpecProviderConfigRef {
    /**
     * Name of the referenced object.
     *
     * @schema InstanceProfileSpecProviderConfigRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema InstanceProfileSpecProviderConfigRef#policy
     */
    readonly policy?: InstanceProfileSpecProviderConfigRefPolicy;
}
/**
 * Converts an object of type 'InstanceProfileSpecProviderConfigRef' to JSON representation.
 */
export declare function toJson_InstanceProfileSpecProviderConfigRef(obj: InstanceProfileSpecProviderConfigRef | undefined): Record<string, any> | undefined;
/**
 * WriteConnectionSecretToReference specifies the namespace and name of a
 * Secret to which any connection details for this managed resource should
 * be written. Connection details frequently include the endpoint, username,
 * and password required to connect to the managed resource.
 *
 * @schema InstanceProfileSpecWriteConnectionSecretToRef
 */
export interface InstanceProfileSpecWriteConnectionSecretToRef {
    /**
     * Name of the secret.
     *
     * @schema InstanceProfileSpecWriteConnectionSecretToRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema InstanceProfileSpecWriteConnectionSecretToRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'InstanceProfileSpecWriteConnectionSecretToRef' to JSON representation.
 */
export declare function toJson_InstanceProfileSpecWriteConnectionSecretToRef(obj: InstanceProfileSpecWriteConnectionSecretToRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a Role in iam to populate role.
 *
 * @schema InstanceProfileSpecForProviderRoleRef
 */
export interface InstanceProfileSpecForProviderRoleRef {
    /**
     * Name of the referenced object.
     *
     * @schema InstanceProfileSpecForProviderRoleRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema InstanceProfileSpecForProviderRoleRef#policy
     */
    readonly policy?: InstanceProfileSpecForProviderRoleRefPolicy;
}
/**
 * Converts an object of type 'InstanceProfileSpecForProviderRoleRef' to JSON representation.
 */
export declare function toJson_InstanceProfileSpecForProviderRoleRef(obj: InstanceProfileSpecForProviderRoleRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Role in iam to populate role.
 *
 * @schema InstanceProfileSpecForProviderRoleSelector
 */
export interface InstanceProfileSpecForProviderRoleSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema InstanceProfileSpecForProviderRoleSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema InstanceProfileSpecForProviderRoleSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema InstanceProfileSpecForProviderRoleSelector#policy
     */
    readonly policy?: InstanceProfileSpecForProviderRoleSelectorPolicy;
}
/**
 * Converts an object of type 'InstanceProfileSpecForProviderRoleSelector' to JSON representation.
 */
export declare function toJson_InstanceProfileSpecForProviderRoleSelector(obj: InstanceProfileSpecForProviderRoleSelector | undefined): Record<string, any> | undefined;
/**
 * Reference to a Role in iam to populate role.
 *
 * @schema InstanceProfileSpecInitProviderRoleRef
 */
export interface InstanceProfileSpecInitProviderRoleRef {
    /**
     * Name of the referenced object.
     *
     * @schema InstanceProfileSpecInitProviderRoleRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema InstanceProfileSpecInitProviderRoleRef#policy
     */
    readonly policy?: InstanceProfileSpecInitProviderRoleRefPolicy;
}
/**
 * Converts an object of type 'InstanceProfileSpecInitProviderRoleRef' to JSON representation.
 */
export declare function toJson_InstanceProfileSpecInitProviderRoleRef(obj: InstanceProfileSpecInitProviderRoleRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Role in iam to populate role.
 *
 * @schema InstanceProfileSpecInitProviderRoleSelector
 */
export interface InstanceProfileSpecInitProviderRoleSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema InstanceProfileSpecInitProviderRoleSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema InstanceProfileSpecInitProviderRoleSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema InstanceProfileSpecInitProviderRoleSelector#policy
     */
    readonly policy?: InstanceProfileSpecInitProviderRoleSelectorPolicy;
}
/**
 * Converts an object of type 'InstanceProfileSpecInitProviderRoleSelector' to JSON representation.
 */
export declare function toJson_InstanceProfileSpecInitProviderRoleSelector(obj: InstanceProfileSpecInitProviderRoleSelector | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema InstanceProfileSpecProviderConfigRefPolicy
 */
export interface InstanceProfileSpecProviderConfigRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema InstanceProfileSpecProviderConfigRefPolicy#resolution
     */
    readonly resolution?: InstanceProfileSpecProviderConfigRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema InstanceProfileSpecProviderConfigRefPolicy#resolve
     */
    readonly resolve?: InstanceProfileSpecProviderConfigRefPolicyResolve;
}
/**
 * Converts an object of type 'InstanceProfileSpecProviderConfigRefPolicy' to JSON representation.
 */
export declare function toJson_InstanceProfileSpecProviderConfigRefPolicy(obj: InstanceProfileSpecProviderConfigRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema InstanceProfileSpecForProviderRoleRefPolicy
 */
export interface InstanceProfileSpecForProviderRoleRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema InstanceProfileSpecForProviderRoleRefPolicy#resolution
     */
    readonly resolution?: InstanceProfileSpecForProviderRoleRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema InstanceProfileSpecForProviderRoleRefPolicy#resolve
     */
    readonly resolve?: InstanceProfileSpecForProviderRoleRefPolicyResolve;
}
/**
 * Converts an object of type 'InstanceProfileSpecForProviderRoleRefPolicy' to JSON representation.
 */
export declare function toJson_InstanceProfileSpecForProviderRoleRefPolicy(obj: InstanceProfileSpecForProviderRoleRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema InstanceProfileSpecForProviderRoleSelectorPolicy
 */
export interface InstanceProfileSpecForProviderRoleSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema InstanceProfileSpecForProviderRoleSelectorPolicy#resolution
     */
    readonly resolution?: InstanceProfileSpecForProviderRoleSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema InstanceProfileSpecForProviderRoleSelectorPolicy#resolve
     */
    readonly resolve?: InstanceProfileSpecForProviderRoleSelectorPolicyResolve;
}
/**
 * Converts an object of type 'InstanceProfileSpecForProviderRoleSelectorPolicy' to JSON representation.
 */
export declare function toJson_InstanceProfileSpecForProviderRoleSelectorPolicy(obj: InstanceProfileSpecForProviderRoleSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema InstanceProfileSpecInitProviderRoleRefPolicy
 */
export interface InstanceProfileSpecInitProviderRoleRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema InstanceProfileSpecInitProviderRoleRefPolicy#resolution
     */
    readonly resolution?: InstanceProfileSpecInitProviderRoleRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema InstanceProfileSpecInitProviderRoleRefPolicy#resolve
     */
    readonly resolve?: InstanceProfileSpecInitProviderRoleRefPolicyResolve;
}
/**
 * Converts an object of type 'InstanceProfileSpecInitProviderRoleRefPolicy' to JSON representation.
 */
export declare function toJson_InstanceProfileSpecInitProviderRoleRefPolicy(obj: InstanceProfileSpecInitProviderRoleRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema InstanceProfileSpecInitProviderRoleSelectorPolicy
 */
export interface InstanceProfileSpecInitProviderRoleSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema InstanceProfileSpecInitProviderRoleSelectorPolicy#resolution
     */
    readonly resolution?: InstanceProfileSpecInitProviderRoleSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema InstanceProfileSpecInitProviderRoleSelectorPolicy#resolve
     */
    readonly resolve?: InstanceProfileSpecInitProviderRoleSelectorPolicyResolve;
}
/**
 * Converts an object of type 'InstanceProfileSpecInitProviderRoleSelectorPolicy' to JSON representation.
 */
export declare function toJson_InstanceProfileSpecInitProviderRoleSelectorPolicy(obj: InstanceProfileSpecInitProviderRoleSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema InstanceProfileSpecProviderConfigRefPolicyResolution
 */
export declare enum InstanceProfileSpecProviderConfigRefPolicyResolution {
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
 * @schema InstanceProfileSpecProviderConfigRefPolicyResolve
 */
export declare enum InstanceProfileSpecProviderConfigRefPolicyResolve {
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
 * @schema InstanceProfileSpecForProviderRoleRefPolicyResolution
 */
export declare enum InstanceProfileSpecForProviderRoleRefPolicyResolution {
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
 * @schema InstanceProfileSpecForProviderRoleRefPolicyResolve
 */
export declare enum InstanceProfileSpecForProviderRoleRefPolicyResolve {
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
 * @schema InstanceProfileSpecForProviderRoleSelectorPolicyResolution
 */
export declare enum InstanceProfileSpecForProviderRoleSelectorPolicyResolution {
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
 * @schema InstanceProfileSpecForProviderRoleSelectorPolicyResolve
 */
export declare enum InstanceProfileSpecForProviderRoleSelectorPolicyResolve {
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
 * @schema InstanceProfileSpecInitProviderRoleRefPolicyResolution
 */
export declare enum InstanceProfileSpecInitProviderRoleRefPolicyResolution {
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
 * @schema InstanceProfileSpecInitProviderRoleRefPolicyResolve
 */
export declare enum InstanceProfileSpecInitProviderRoleRefPolicyResolve {
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
 * @schema InstanceProfileSpecInitProviderRoleSelectorPolicyResolution
 */
export declare enum InstanceProfileSpecInitProviderRoleSelectorPolicyResolution {
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
 * @schema InstanceProfileSpecInitProviderRoleSelectorPolicyResolve
 */
export declare enum InstanceProfileSpecInitProviderRoleSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Role is the Schema for the Roles API. Provides an IAM role.
 *
 * @schema Role
 */
export declare class Role extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Role"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Role".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: RoleProps): any;
    /**
     * Defines a "Role" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: RoleProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Role is the Schema for the Roles API. Provides an IAM role.
 *
 * @schema Role
 */
export interface RoleProps {
    /**
     * @schema Role#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * RoleSpec defines the desired state of Role
     *
     * @schema Role#spec
     */
    readonly spec: RoleSpec;
}
/**
 * Converts an object of type 'RoleProps' to JSON representation.
 */
export declare function toJson_RoleProps(obj: RoleProps | undefined): Record<string, any> | undefined;
/**
 * RoleSpec defines the desired state of Role
 *
 * @schema RoleSpec
 */
export interface RoleSpec {
    /**
     * DeletionPolicy specifies what will happen to the underlying external
     * when this managed resource is deleted - either "Delete" or "Orphan" the
     * external resource.
     * This field is planned to be deprecated in favor of the ManagementPolicies
     * field in a future release. Currently, both could be set independently and
     * non-default values would be honored if the feature flag is enabled.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     *
     * @schema RoleSpec#deletionPolicy
     */
    readonly deletionPolicy?: RoleSpecDeletionPolicy;
    /**
     * @schema RoleSpec#forProvider
     */
    readonly forProvider: RoleSpecForProvider;
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
     * @schema RoleSpec#initProvider
     */
    readonly initProvider?: RoleSpecInitProvider;
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
     * @schema RoleSpec#managementPolicies
     */
    readonly managementPolicies?: RoleSpecManagementPolicies[];
    /**
     * ProviderConfigReference specifies how the provider that will be used to
     * create, observe, update, and delete this managed resource should be
     * configured.
     *
     * @schema RoleSpec#providerConfigRef
     */
    readonly providerConfigRef?: RoleSpecProviderConfigRef;
    /**
     * WriteConnectionSecretToReference specifies the namespace and name of a
     * Secret to which any connection details for this managed resource should
     * be written. Connection details frequently include the endpoint, username,
     * and password required to connect to the managed resource.
     *
     * @schema RoleSpec#writeConnectionSecretToRef
     */
    readonly writeConnectionSecretToRef?: RoleSpecWriteConnectionSecretToRef;
}
/**
 * Converts an object of type 'RoleSpec' to JSON representation.
 */
export declare function toJson_RoleSpec(obj: RoleSpec | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy specifies what will happen to the underlying external
 * when this managed resource is deleted - either "Delete" or "Orphan" the
 * external resource.
 * This field is planned to be deprecated in favor of the ManagementPolicies
 * field in a future release. Currently, both could be set independently and
 * non-default values would be honored if the feature flag is enabled.
 * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
 *
 * @schema RoleSpecDeletionPolicy
 */
export declare enum RoleSpecDeletionPolicy {
    /** Orphan */
    ORPHAN = "Orphan",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema RoleSpecForProvider
 */
export interface RoleSpecForProvider {
    /**
     * Policy that grants an entity permission to assume the role. This field is required, but it can be specified in either 'spec.forProvider.assumeRolePolicy' or 'spec.initProvider.assumeRolePolicy'. While it may appear optional in each location individually, the resource requires that it is defined in at least one of them during creation.
     *
     * @schema RoleSpecForProvider#assumeRolePolicy
     */
    readonly assumeRolePolicy?: string;
    /**
     * Description of the role.
     *
     * @schema RoleSpecForProvider#description
     */
    readonly description?: string;
    /**
     * Whether to force detaching any policies the role has before destroying it. Defaults to false.
     *
     * @default false.
     * @schema RoleSpecForProvider#forceDetachPolicies
     */
    readonly forceDetachPolicies?: boolean;
    /**
     * Configuration block defining an exclusive set of IAM inline policies associated with the IAM role. See below. If no blocks are configured, Crossplane will not manage any inline policies in this resource. Configuring one empty block (i.e., inline_policy {}) will cause Crossplane to remove all inline policies added out of band on apply.
     *
     * @schema RoleSpecForProvider#inlinePolicy
     */
    readonly inlinePolicy?: RoleSpecForProviderInlinePolicy[];
    /**
     * Set of exclusive IAM managed policy ARNs to attach to the IAM role. If this attribute is not configured, Crossplane will ignore policy attachments to this resource. When configured, Crossplane will align the role's managed policy attachments with this set by attaching or detaching managed policies. Configuring an empty set (i.e., managed_policy_arns = []) will cause Crossplane to remove all managed policy attachments.
     *
     * @schema RoleSpecForProvider#managedPolicyArns
     */
    readonly managedPolicyArns?: string[];
    /**
     * References to Policy in iam to populate managedPolicyArns.
     *
     * @schema RoleSpecForProvider#managedPolicyArnsRefs
     */
    readonly managedPolicyArnsRefs?: RoleSpecForProviderManagedPolicyArnsRefs[];
    /**
     * Selector for a list of Policy in iam to populate managedPolicyArns.
     *
     * @schema RoleSpecForProvider#managedPolicyArnsSelector
     */
    readonly managedPolicyArnsSelector?: RoleSpecForProviderManagedPolicyArnsSelector;
    /**
     * Maximum session duration (in seconds) that you want to set for the specified role. If you do not specify a value for this setting, the default maximum of one hour is applied. This setting can have a value from 1 hour to 12 hours.
     *
     * @schema RoleSpecForProvider#maxSessionDuration
     */
    readonly maxSessionDuration?: number;
    /**
     * Path to the role. See IAM Identifiers for more information.
     *
     * @schema RoleSpecForProvider#path
     */
    readonly path?: string;
    /**
     * ARN of the policy that is used to set the permissions boundary for the role.
     *
     * @schema RoleSpecForProvider#permissionsBoundary
     */
    readonly permissionsBoundary?: string;
    /**
     * Key-value map of resource tags.
     *
     * @schema RoleSpecForProvider#tags
     */
    readonly tags?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RoleSpecForProvider' to JSON representation.
 */
export declare function toJson_RoleSpecForProvider(obj: RoleSpecForProvider | undefined): Record<string, any> | undefined;
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
 * @schema RoleSpecInitProvider
 */
export interface RoleSpecInitProvider {
    /**
     * Policy that grants an entity permission to assume the role. This field is required, but it can be specified in either 'spec.forProvider.assumeRolePolicy' or 'spec.initProvider.assumeRolePolicy'. While it may appear optional in each location individually, the resource requires that it is defined in at least one of them during creation.
     *
     * @schema RoleSpecInitProvider#assumeRolePolicy
     */
    readonly assumeRolePolicy?: string;
    /**
     * Description of the role.
     *
     * @schema RoleSpecInitProvider#description
     */
    readonly description?: string;
    /**
     * Whether to force detaching any policies the role has before destroying it. Defaults to false.
     *
     * @default false.
     * @schema RoleSpecInitProvider#forceDetachPolicies
     */
    readonly forceDetachPolicies?: boolean;
    /**
     * Configuration block defining an exclusive set of IAM inline policies associated with the IAM role. See below. If no blocks are configured, Crossplane will not manage any inline policies in this resource. Configuring one empty block (i.e., inline_policy {}) will cause Crossplane to remove all inline policies added out of band on apply.
     *
     * @schema RoleSpecInitProvider#inlinePolicy
     */
    readonly inlinePolicy?: RoleSpecInitProviderInlinePolicy[];
    /**
     * Set of exclusive IAM managed policy ARNs to attach to the IAM role. If this attribute is not configured, Crossplane will ignore policy attachments to this resource. When configured, Crossplane will align the role's managed policy attachments with this set by attaching or detaching managed policies. Configuring an empty set (i.e., managed_policy_arns = []) will cause Crossplane to remove all managed policy attachments.
     *
     * @schema RoleSpecInitProvider#managedPolicyArns
     */
    readonly managedPolicyArns?: string[];
    /**
     * References to Policy in iam to populate managedPolicyArns.
     *
     * @schema RoleSpecInitProvider#managedPolicyArnsRefs
     */
    readonly managedPolicyArnsRefs?: RoleSpecInitProviderManagedPolicyArnsRefs[];
    /**
     * Selector for a list of Policy in iam to populate managedPolicyArns.
     *
     * @schema RoleSpecInitProvider#managedPolicyArnsSelector
     */
    readonly managedPolicyArnsSelector?: RoleSpecInitProviderManagedPolicyArnsSelector;
    /**
     * Maximum session duration (in seconds) that you want to set for the specified role. If you do not specify a value for this setting, the default maximum of one hour is applied. This setting can have a value from 1 hour to 12 hours.
     *
     * @schema RoleSpecInitProvider#maxSessionDuration
     */
    readonly maxSessionDuration?: number;
    /**
     * Path to the role. See IAM Identifiers for more information.
     *
     * @schema RoleSpecInitProvider#path
     */
    readonly path?: string;
    /**
     * ARN of the policy that is used to set the permissions boundary for the role.
     *
     * @schema RoleSpecInitProvider#permissionsBoundary
     */
    readonly permissionsBoundary?: string;
    /**
     * Key-value map of resource tags.
     *
     * @schema RoleSpecInitProvider#tags
     */
    readonly tags?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RoleSpecInitProvider' to JSON representation.
 */
export declare function toJson_RoleSpecInitProvider(obj: RoleSpecInitProvider | undefined): Record<string, any> | undefined;
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema RoleSpecManagementPolicies
 */
export declare enum RoleSpecManagementPolicies {
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
 * @schema RoleSpecProviderConfigRef
 */
export interface RoleSpecProviderConfigRef {
    /**
     * Name of the referenced object.
     *
     * @schema RoleSpecProviderConfigRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema RoleSpecProviderConfigRef#policy
     */
    readonly policy?: RoleSpecProviderConfigRefPolicy;
}
/**
 * Converts an object of type 'RoleSpecProviderConfigRef' to JSON representation.
 */
export declare function toJson_RoleSpecProviderConfigRef(obj: RoleSpecProviderConfigRef | undefined): Record<string, any> | undefined;
/**
 * WriteConnectionSecretToReference specifies the namespace and name of a
 * Secret to which any connection details for this managed resource should
 * be written. Connection details frequently include the endpoint, username,
 * and password required to connect to the managed resource.
 *
 * @schema RoleSpecWriteConnectionSecretToRef
 */
export interface RoleSpecWriteConnectionSecretToRef {
    /**
     * Name of the secret.
     *
     * @schema RoleSpecWriteConnectionSecretToRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema RoleSpecWriteConnectionSecretToRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'RoleSpecWriteConnectionSecretToRef' to JSON representation.
 */
export declare function toJson_RoleSpecWriteConnectionSecretToRef(obj: RoleSpecWriteConnectionSecretToRef | undefined): Record<string, any> | undefined;
/**
 * @schema RoleSpecForProviderInlinePolicy
 */
export interface RoleSpecForProviderInlinePolicy {
    /**
     * Friendly name of the role. See IAM Identifiers for more information.
     *
     * @schema RoleSpecForProviderInlinePolicy#name
     */
    readonly name?: string;
    /**
     * Policy document as a JSON formatted string.
     *
     * @schema RoleSpecForProviderInlinePolicy#policy
     */
    readonly policy?: string;
}
/**
 * Converts an object of type 'RoleSpecForProviderInlinePolicy' to JSON representation.
 */
export declare function toJson_RoleSpecForProviderInlinePolicy(obj: RoleSpecForProviderInlinePolicy | undefined): Record<string, any> | undefined;
/**
 * A Reference to a named object.
 *
 * @schema RoleSpecForProviderManagedPolicyArnsRefs
 */
export interface RoleSpecForProviderManagedPolicyArnsRefs {
    /**
     * Name of the referenced object.
     *
     * @schema RoleSpecForProviderManagedPolicyArnsRefs#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema RoleSpecForProviderManagedPolicyArnsRefs#policy
     */
    readonly policy?: RoleSpecForProviderManagedPolicyArnsRefsPolicy;
}
/**
 * Converts an object of type 'RoleSpecForProviderManagedPolicyArnsRefs' to JSON representation.
 */
export declare function toJson_RoleSpecForProviderManagedPolicyArnsRefs(obj: RoleSpecForProviderManagedPolicyArnsRefs | undefined): Record<string, any> | undefined;
/**
 * Selector for a list of Policy in iam to populate managedPolicyArns.
 *
 * @schema RoleSpecForProviderManagedPolicyArnsSelector
 */
export interface RoleSpecForProviderManagedPolicyArnsSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema RoleSpecForProviderManagedPolicyArnsSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema RoleSpecForProviderManagedPolicyArnsSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema RoleSpecForProviderManagedPolicyArnsSelector#policy
     */
    readonly policy?: RoleSpecForProviderManagedPolicyArnsSelectorPolicy;
}
/**
 * Converts an object of type 'RoleSpecForProviderManagedPolicyArnsSelector' to JSON representation.
 */
export declare function toJson_RoleSpecForProviderManagedPolicyArnsSelector(obj: RoleSpecForProviderManagedPolicyArnsSelector | undefined): Record<string, any> | undefined;
/**
 * @schema RoleSpecInitProviderInlinePolicy
 */
export interface RoleSpecInitProviderInlinePolicy {
    /**
     * Friendly name of the role. See IAM Identifiers for more information.
     *
     * @schema RoleSpecInitProviderInlinePolicy#name
     */
    readonly name?: string;
    /**
     * Policy document as a JSON formatted string.
     *
     * @schema RoleSpecInitProviderInlinePolicy#policy
     */
    readonly policy?: string;
}
/**
 * Converts an object of type 'RoleSpecInitProviderInlinePolicy' to JSON representation.
 */
export declare function toJson_RoleSpecInitProviderInlinePolicy(obj: RoleSpecInitProviderInlinePolicy | undefined): Record<string, any> | undefined;
/**
 * A Reference to a named object.
 *
 * @schema RoleSpecInitProviderManagedPolicyArnsRefs
 */
export interface RoleSpecInitProviderManagedPolicyArnsRefs {
    /**
     * Name of the referenced object.
     *
     * @schema RoleSpecInitProviderManagedPolicyArnsRefs#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema RoleSpecInitProviderManagedPolicyArnsRefs#policy
     */
    readonly policy?: RoleSpecInitProviderManagedPolicyArnsRefsPolicy;
}
/**
 * Converts an object of type 'RoleSpecInitProviderManagedPolicyArnsRefs' to JSON representation.
 */
export declare function toJson_RoleSpecInitProviderManagedPolicyArnsRefs(obj: RoleSpecInitProviderManagedPolicyArnsRefs | undefined): Record<string, any> | undefined;
/**
 * Selector for a list of Policy in iam to populate managedPolicyArns.
 *
 * @schema RoleSpecInitProviderManagedPolicyArnsSelector
 */
export interface RoleSpecInitProviderManagedPolicyArnsSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema RoleSpecInitProviderManagedPolicyArnsSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema RoleSpecInitProviderManagedPolicyArnsSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema RoleSpecInitProviderManagedPolicyArnsSelector#policy
     */
    readonly policy?: RoleSpecInitProviderManagedPolicyArnsSelectorPolicy;
}
/**
 * Converts an object of type 'RoleSpecInitProviderManagedPolicyArnsSelector' to JSON representation.
 */
export declare function toJson_RoleSpecInitProviderManagedPolicyArnsSelector(obj: RoleSpecInitProviderManagedPolicyArnsSelector | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema RoleSpecProviderConfigRefPolicy
 */
export interface RoleSpecProviderConfigRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema RoleSpecProviderConfigRefPolicy#resolution
     */
    readonly resolution?: RoleSpecProviderConfigRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema RoleSpecProviderConfigRefPolicy#resolve
     */
    readonly resolve?: RoleSpecProviderConfigRefPolicyResolve;
}
/**
 * Converts an object of type 'RoleSpecProviderConfigRefPolicy' to JSON representation.
 */
export declare function toJson_RoleSpecProviderConfigRefPolicy(obj: RoleSpecProviderConfigRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema RoleSpecForProviderManagedPolicyArnsRefsPolicy
 */
export interface RoleSpecForProviderManagedPolicyArnsRefsPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema RoleSpecForProviderManagedPolicyArnsRefsPolicy#resolution
     */
    readonly resolution?: RoleSpecForProviderManagedPolicyArnsRefsPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema RoleSpecForProviderManagedPolicyArnsRefsPolicy#resolve
     */
    readonly resolve?: RoleSpecForProviderManagedPolicyArnsRefsPolicyResolve;
}
/**
 * Converts an object of type 'RoleSpecForProviderManagedPolicyArnsRefsPolicy' to JSON representation.
 */
export declare function toJson_RoleSpecForProviderManagedPolicyArnsRefsPolicy(obj: RoleSpecForProviderManagedPolicyArnsRefsPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema RoleSpecForProviderManagedPolicyArnsSelectorPolicy
 */
export interface RoleSpecForProviderManagedPolicyArnsSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema RoleSpecForProviderManagedPolicyArnsSelectorPolicy#resolution
     */
    readonly resolution?: RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema RoleSpecForProviderManagedPolicyArnsSelectorPolicy#resolve
     */
    readonly resolve?: RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolve;
}
/**
 * Converts an object of type 'RoleSpecForProviderManagedPolicyArnsSelectorPolicy' to JSON representation.
 */
export declare function toJson_RoleSpecForProviderManagedPolicyArnsSelectorPolicy(obj: RoleSpecForProviderManagedPolicyArnsSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema RoleSpecInitProviderManagedPolicyArnsRefsPolicy
 */
export interface RoleSpecInitProviderManagedPolicyArnsRefsPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema RoleSpecInitProviderManagedPolicyArnsRefsPolicy#resolution
     */
    readonly resolution?: RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema RoleSpecInitProviderManagedPolicyArnsRefsPolicy#resolve
     */
    readonly resolve?: RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolve;
}
/**
 * Converts an object of type 'RoleSpecInitProviderManagedPolicyArnsRefsPolicy' to JSON representation.
 */
export declare function toJson_RoleSpecInitProviderManagedPolicyArnsRefsPolicy(obj: RoleSpecInitProviderManagedPolicyArnsRefsPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema RoleSpecInitProviderManagedPolicyArnsSelectorPolicy
 */
export interface RoleSpecInitProviderManagedPolicyArnsSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema RoleSpecInitProviderManagedPolicyArnsSelectorPolicy#resolution
     */
    readonly resolution?: RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema RoleSpecInitProviderManagedPolicyArnsSelectorPolicy#resolve
     */
    readonly resolve?: RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolve;
}
/**
 * Converts an object of type 'RoleSpecInitProviderManagedPolicyArnsSelectorPolicy' to JSON representation.
 */
export declare function toJson_RoleSpecInitProviderManagedPolicyArnsSelectorPolicy(obj: RoleSpecInitProviderManagedPolicyArnsSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema RoleSpecProviderConfigRefPolicyResolution
 */
export declare enum RoleSpecProviderConfigRefPolicyResolution {
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
 * @schema RoleSpecProviderConfigRefPolicyResolve
 */
export declare enum RoleSpecProviderConfigRefPolicyResolve {
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
 * @schema RoleSpecForProviderManagedPolicyArnsRefsPolicyResolution
 */
export declare enum RoleSpecForProviderManagedPolicyArnsRefsPolicyResolution {
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
 * @schema RoleSpecForProviderManagedPolicyArnsRefsPolicyResolve
 */
export declare enum RoleSpecForProviderManagedPolicyArnsRefsPolicyResolve {
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
 * @schema RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolution
 */
export declare enum RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolution {
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
 * @schema RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolve
 */
export declare enum RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolve {
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
 * @schema RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolution
 */
export declare enum RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolution {
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
 * @schema RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolve
 */
export declare enum RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolve {
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
 * @schema RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolution
 */
export declare enum RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolution {
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
 * @schema RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolve
 */
export declare enum RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * RolePolicyAttachment is the Schema for the RolePolicyAttachments API. Attaches a Managed IAM Policy to an IAM role
 *
 * @schema RolePolicyAttachment
 */
export declare class RolePolicyAttachment extends ApiObject {
    /**
     * Returns the apiVersion and kind for "RolePolicyAttachment"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "RolePolicyAttachment".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: RolePolicyAttachmentProps): any;
    /**
     * Defines a "RolePolicyAttachment" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: RolePolicyAttachmentProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * RolePolicyAttachment is the Schema for the RolePolicyAttachments API. Attaches a Managed IAM Policy to an IAM role
 *
 * @schema RolePolicyAttachment
 */
export interface RolePolicyAttachmentProps {
    /**
     * @schema RolePolicyAttachment#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * RolePolicyAttachmentSpec defines the desired state of RolePolicyAttachment
     *
     * @schema RolePolicyAttachment#spec
     */
    readonly spec: RolePolicyAttachmentSpec;
}
/**
 * Converts an object of type 'RolePolicyAttachmentProps' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentProps(obj: RolePolicyAttachmentProps | undefined): Record<string, any> | undefined;
/**
 * RolePolicyAttachmentSpec defines the desired state of RolePolicyAttachment
 *
 * @schema RolePolicyAttachmentSpec
 */
export interface RolePolicyAttachmentSpec {
    /**
     * DeletionPolicy specifies what will happen to the underlying external
     * when this managed resource is deleted - either "Delete" or "Orphan" the
     * external resource.
     * This field is planned to be deprecated in favor of the ManagementPolicies
     * field in a future release. Currently, both could be set independently and
     * non-default values would be honored if the feature flag is enabled.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     *
     * @schema RolePolicyAttachmentSpec#deletionPolicy
     */
    readonly deletionPolicy?: RolePolicyAttachmentSpecDeletionPolicy;
    /**
     * @schema RolePolicyAttachmentSpec#forProvider
     */
    readonly forProvider: RolePolicyAttachmentSpecForProvider;
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
     * @schema RolePolicyAttachmentSpec#initProvider
     */
    readonly initProvider?: RolePolicyAttachmentSpecInitProvider;
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
     * @schema RolePolicyAttachmentSpec#managementPolicies
     */
    readonly managementPolicies?: RolePolicyAttachmentSpecManagementPolicies[];
    /**
     * ProviderConfigReference specifies how the provider that will be used to
     * create, observe, update, and delete this managed resource should be
     * configured.
     *
     * @schema RolePolicyAttachmentSpec#providerConfigRef
     */
    readonly providerConfigRef?: RolePolicyAttachmentSpecProviderConfigRef;
    /**
     * WriteConnectionSecretToReference specifies the namespace and name of a
     * Secret to which any connection details for this managed resource should
     * be written. Connection details frequently include the endpoint, username,
     * and password required to connect to the managed resource.
     *
     * @schema RolePolicyAttachmentSpec#writeConnectionSecretToRef
     */
    readonly writeConnectionSecretToRef?: RolePolicyAttachmentSpecWriteConnectionSecretToRef;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpec' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpec(obj: RolePolicyAttachmentSpec | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy specifies what will happen to the underlying external
 * when this managed resource is deleted - either "Delete" or "Orphan" the
 * external resource.
 * This field is planned to be deprecated in favor of the ManagementPolicies
 * field in a future release. Currently, both could be set independently and
 * non-default values would be honored if the feature flag is enabled.
 * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
 *
 * @schema RolePolicyAttachmentSpecDeletionPolicy
 */
export declare enum RolePolicyAttachmentSpecDeletionPolicy {
    /** Orphan */
    ORPHAN = "Orphan",
    /** Delete */
    DELETE = "Delete"
}
/**
 * @schema RolePolicyAttachmentSpecForProvider
 */
export interface RolePolicyAttachmentSpecForProvider {
    /**
     * The ARN of the policy you want to apply
     *
     * @schema RolePolicyAttachmentSpecForProvider#policyArn
     */
    readonly policyArn?: string;
    /**
     * Reference to a Policy in iam to populate policyArn.
     *
     * @schema RolePolicyAttachmentSpecForProvider#policyArnRef
     */
    readonly policyArnRef?: RolePolicyAttachmentSpecForProviderPolicyArnRef;
    /**
     * Selector for a Policy in iam to populate policyArn.
     *
     * @schema RolePolicyAttachmentSpecForProvider#policyArnSelector
     */
    readonly policyArnSelector?: RolePolicyAttachmentSpecForProviderPolicyArnSelector;
    /**
     * The name of the IAM role to which the policy should be applied
     *
     * @schema RolePolicyAttachmentSpecForProvider#role
     */
    readonly role?: string;
    /**
     * Reference to a Role in iam to populate role.
     *
     * @schema RolePolicyAttachmentSpecForProvider#roleRef
     */
    readonly roleRef?: RolePolicyAttachmentSpecForProviderRoleRef;
    /**
     * Selector for a Role in iam to populate role.
     *
     * @schema RolePolicyAttachmentSpecForProvider#roleSelector
     */
    readonly roleSelector?: RolePolicyAttachmentSpecForProviderRoleSelector;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecForProvider' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecForProvider(obj: RolePolicyAttachmentSpecForProvider | undefined): Record<string, any> | undefined;
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
 * @schema RolePolicyAttachmentSpecInitProvider
 */
export interface RolePolicyAttachmentSpecInitProvider {
    /**
     * The ARN of the policy you want to apply
     *
     * @schema RolePolicyAttachmentSpecInitProvider#policyArn
     */
    readonly policyArn?: string;
    /**
     * Reference to a Policy in iam to populate policyArn.
     *
     * @schema RolePolicyAttachmentSpecInitProvider#policyArnRef
     */
    readonly policyArnRef?: RolePolicyAttachmentSpecInitProviderPolicyArnRef;
    /**
     * Selector for a Policy in iam to populate policyArn.
     *
     * @schema RolePolicyAttachmentSpecInitProvider#policyArnSelector
     */
    readonly policyArnSelector?: RolePolicyAttachmentSpecInitProviderPolicyArnSelector;
    /**
     * The name of the IAM role to which the policy should be applied
     *
     * @schema RolePolicyAttachmentSpecInitProvider#role
     */
    readonly role?: string;
    /**
     * Reference to a Role in iam to populate role.
     *
     * @schema RolePolicyAttachmentSpecInitProvider#roleRef
     */
    readonly roleRef?: RolePolicyAttachmentSpecInitProviderRoleRef;
    /**
     * Selector for a Role in iam to populate role.
     *
     * @schema RolePolicyAttachmentSpecInitProvider#roleSelector
     */
    readonly roleSelector?: RolePolicyAttachmentSpecInitProviderRoleSelector;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecInitProvider' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecInitProvider(obj: RolePolicyAttachmentSpecInitProvider | undefined): Record<string, any> | undefined;
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema RolePolicyAttachmentSpecManagementPolicies
 */
export declare enum RolePolicyAttachmentSpecManagementPolicies {
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
 * @schema RolePolicyAttachmentSpecProviderConfigRef
 */
export interface RolePolicyAttachmentSpecProviderConfigRef {
    /**
     * Name of the referenced object.
     *
     * @schema RolePolicyAttachmentSpecProviderConfigRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema RolePolicyAttachmentSpecProviderConfigRef#policy
     */
    readonly policy?: RolePolicyAttachmentSpecProviderConfigRefPolicy;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecProviderConfigRef' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecProviderConfigRef(obj: RolePolicyAttachmentSpecProviderConfigRef | undefined): Record<string, any> | undefined;
/**
 * WriteConnectionSecretToReference specifies the namespace and name of a
 * Secret to which any connection details for this managed resource should
 * be written. Connection details frequently include the endpoint, username,
 * and password required to connect to the managed resource.
 *
 * @schema RolePolicyAttachmentSpecWriteConnectionSecretToRef
 */
export interface RolePolicyAttachmentSpecWriteConnectionSecretToRef {
    /**
     * Name of the secret.
     *
     * @schema RolePolicyAttachmentSpecWriteConnectionSecretToRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema RolePolicyAttachmentSpecWriteConnectionSecretToRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecWriteConnectionSecretToRef' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecWriteConnectionSecretToRef(obj: RolePolicyAttachmentSpecWriteConnectionSecretToRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a Policy in iam to populate policyArn.
 *
 * @schema RolePolicyAttachmentSpecForProviderPolicyArnRef
 */
export interface RolePolicyAttachmentSpecForProviderPolicyArnRef {
    /**
     * Name of the referenced object.
     *
     * @schema RolePolicyAttachmentSpecForProviderPolicyArnRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema RolePolicyAttachmentSpecForProviderPolicyArnRef#policy
     */
    readonly policy?: RolePolicyAttachmentSpecForProviderPolicyArnRefPolicy;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecForProviderPolicyArnRef' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecForProviderPolicyArnRef(obj: RolePolicyAttachmentSpecForProviderPolicyArnRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Policy in iam to populate policyArn.
 *
 * @schema RolePolicyAttachmentSpecForProviderPolicyArnSelector
 */
export interface RolePolicyAttachmentSpecForProviderPolicyArnSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema RolePolicyAttachmentSpecForProviderPolicyArnSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema RolePolicyAttachmentSpecForProviderPolicyArnSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema RolePolicyAttachmentSpecForProviderPolicyArnSelector#policy
     */
    readonly policy?: RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicy;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecForProviderPolicyArnSelector' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecForProviderPolicyArnSelector(obj: RolePolicyAttachmentSpecForProviderPolicyArnSelector | undefined): Record<string, any> | undefined;
/**
 * Reference to a Role in iam to populate role.
 *
 * @schema RolePolicyAttachmentSpecForProviderRoleRef
 */
export interface RolePolicyAttachmentSpecForProviderRoleRef {
    /**
     * Name of the referenced object.
     *
     * @schema RolePolicyAttachmentSpecForProviderRoleRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema RolePolicyAttachmentSpecForProviderRoleRef#policy
     */
    readonly policy?: RolePolicyAttachmentSpecForProviderRoleRefPolicy;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecForProviderRoleRef' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecForProviderRoleRef(obj: RolePolicyAttachmentSpecForProviderRoleRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Role in iam to populate role.
 *
 * @schema RolePolicyAttachmentSpecForProviderRoleSelector
 */
export interface RolePolicyAttachmentSpecForProviderRoleSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema RolePolicyAttachmentSpecForProviderRoleSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema RolePolicyAttachmentSpecForProviderRoleSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema RolePolicyAttachmentSpecForProviderRoleSelector#policy
     */
    readonly policy?: RolePolicyAttachmentSpecForProviderRoleSelectorPolicy;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecForProviderRoleSelector' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecForProviderRoleSelector(obj: RolePolicyAttachmentSpecForProviderRoleSelector | undefined): Record<string, any> | undefined;
/**
 * Reference to a Policy in iam to populate policyArn.
 *
 * @schema RolePolicyAttachmentSpecInitProviderPolicyArnRef
 */
export interface RolePolicyAttachmentSpecInitProviderPolicyArnRef {
    /**
     * Name of the referenced object.
     *
     * @schema RolePolicyAttachmentSpecInitProviderPolicyArnRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema RolePolicyAttachmentSpecInitProviderPolicyArnRef#policy
     */
    readonly policy?: RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicy;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecInitProviderPolicyArnRef' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecInitProviderPolicyArnRef(obj: RolePolicyAttachmentSpecInitProviderPolicyArnRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Policy in iam to populate policyArn.
 *
 * @schema RolePolicyAttachmentSpecInitProviderPolicyArnSelector
 */
export interface RolePolicyAttachmentSpecInitProviderPolicyArnSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema RolePolicyAttachmentSpecInitProviderPolicyArnSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema RolePolicyAttachmentSpecInitProviderPolicyArnSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema RolePolicyAttachmentSpecInitProviderPolicyArnSelector#policy
     */
    readonly policy?: RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicy;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecInitProviderPolicyArnSelector' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecInitProviderPolicyArnSelector(obj: RolePolicyAttachmentSpecInitProviderPolicyArnSelector | undefined): Record<string, any> | undefined;
/**
 * Reference to a Role in iam to populate role.
 *
 * @schema RolePolicyAttachmentSpecInitProviderRoleRef
 */
export interface RolePolicyAttachmentSpecInitProviderRoleRef {
    /**
     * Name of the referenced object.
     *
     * @schema RolePolicyAttachmentSpecInitProviderRoleRef#name
     */
    readonly name: string;
    /**
     * Policies for referencing.
     *
     * @schema RolePolicyAttachmentSpecInitProviderRoleRef#policy
     */
    readonly policy?: RolePolicyAttachmentSpecInitProviderRoleRefPolicy;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecInitProviderRoleRef' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecInitProviderRoleRef(obj: RolePolicyAttachmentSpecInitProviderRoleRef | undefined): Record<string, any> | undefined;
/**
 * Selector for a Role in iam to populate role.
 *
 * @schema RolePolicyAttachmentSpecInitProviderRoleSelector
 */
export interface RolePolicyAttachmentSpecInitProviderRoleSelector {
    /**
     * MatchControllerRef ensures an object with the same controller reference
     * as the selecting object is selected.
     *
     * @schema RolePolicyAttachmentSpecInitProviderRoleSelector#matchControllerRef
     */
    readonly matchControllerRef?: boolean;
    /**
     * MatchLabels ensures an object with matching labels is selected.
     *
     * @schema RolePolicyAttachmentSpecInitProviderRoleSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
    /**
     * Policies for selection.
     *
     * @schema RolePolicyAttachmentSpecInitProviderRoleSelector#policy
     */
    readonly policy?: RolePolicyAttachmentSpecInitProviderRoleSelectorPolicy;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecInitProviderRoleSelector' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecInitProviderRoleSelector(obj: RolePolicyAttachmentSpecInitProviderRoleSelector | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema RolePolicyAttachmentSpecProviderConfigRefPolicy
 */
export interface RolePolicyAttachmentSpecProviderConfigRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema RolePolicyAttachmentSpecProviderConfigRefPolicy#resolution
     */
    readonly resolution?: RolePolicyAttachmentSpecProviderConfigRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema RolePolicyAttachmentSpecProviderConfigRefPolicy#resolve
     */
    readonly resolve?: RolePolicyAttachmentSpecProviderConfigRefPolicyResolve;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecProviderConfigRefPolicy' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecProviderConfigRefPolicy(obj: RolePolicyAttachmentSpecProviderConfigRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema RolePolicyAttachmentSpecForProviderPolicyArnRefPolicy
 */
export interface RolePolicyAttachmentSpecForProviderPolicyArnRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema RolePolicyAttachmentSpecForProviderPolicyArnRefPolicy#resolution
     */
    readonly resolution?: RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema RolePolicyAttachmentSpecForProviderPolicyArnRefPolicy#resolve
     */
    readonly resolve?: RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolve;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecForProviderPolicyArnRefPolicy' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecForProviderPolicyArnRefPolicy(obj: RolePolicyAttachmentSpecForProviderPolicyArnRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicy
 */
export interface RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicy#resolution
     */
    readonly resolution?: RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicy#resolve
     */
    readonly resolve?: RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolve;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicy' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicy(obj: RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema RolePolicyAttachmentSpecForProviderRoleRefPolicy
 */
export interface RolePolicyAttachmentSpecForProviderRoleRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema RolePolicyAttachmentSpecForProviderRoleRefPolicy#resolution
     */
    readonly resolution?: RolePolicyAttachmentSpecForProviderRoleRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema RolePolicyAttachmentSpecForProviderRoleRefPolicy#resolve
     */
    readonly resolve?: RolePolicyAttachmentSpecForProviderRoleRefPolicyResolve;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecForProviderRoleRefPolicy' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecForProviderRoleRefPolicy(obj: RolePolicyAttachmentSpecForProviderRoleRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema RolePolicyAttachmentSpecForProviderRoleSelectorPolicy
 */
export interface RolePolicyAttachmentSpecForProviderRoleSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema RolePolicyAttachmentSpecForProviderRoleSelectorPolicy#resolution
     */
    readonly resolution?: RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema RolePolicyAttachmentSpecForProviderRoleSelectorPolicy#resolve
     */
    readonly resolve?: RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolve;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecForProviderRoleSelectorPolicy' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecForProviderRoleSelectorPolicy(obj: RolePolicyAttachmentSpecForProviderRoleSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicy
 */
export interface RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicy#resolution
     */
    readonly resolution?: RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicy#resolve
     */
    readonly resolve?: RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolve;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicy' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicy(obj: RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicy
 */
export interface RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicy#resolution
     */
    readonly resolution?: RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicy#resolve
     */
    readonly resolve?: RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolve;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicy' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicy(obj: RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for referencing.
 *
 * @schema RolePolicyAttachmentSpecInitProviderRoleRefPolicy
 */
export interface RolePolicyAttachmentSpecInitProviderRoleRefPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema RolePolicyAttachmentSpecInitProviderRoleRefPolicy#resolution
     */
    readonly resolution?: RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema RolePolicyAttachmentSpecInitProviderRoleRefPolicy#resolve
     */
    readonly resolve?: RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolve;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecInitProviderRoleRefPolicy' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecInitProviderRoleRefPolicy(obj: RolePolicyAttachmentSpecInitProviderRoleRefPolicy | undefined): Record<string, any> | undefined;
/**
 * Policies for selection.
 *
 * @schema RolePolicyAttachmentSpecInitProviderRoleSelectorPolicy
 */
export interface RolePolicyAttachmentSpecInitProviderRoleSelectorPolicy {
    /**
     * Resolution specifies whether resolution of this reference is required.
     * The default is 'Required', which means the reconcile will fail if the
     * reference cannot be resolved. 'Optional' means this reference will be
     * a no-op if it cannot be resolved.
     *
     * @schema RolePolicyAttachmentSpecInitProviderRoleSelectorPolicy#resolution
     */
    readonly resolution?: RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolution;
    /**
     * Resolve specifies when this reference should be resolved. The default
     * is 'IfNotPresent', which will attempt to resolve the reference only when
     * the corresponding field is not present. Use 'Always' to resolve the
     * reference on every reconcile.
     *
     * @schema RolePolicyAttachmentSpecInitProviderRoleSelectorPolicy#resolve
     */
    readonly resolve?: RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolve;
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecInitProviderRoleSelectorPolicy' to JSON representation.
 */
export declare function toJson_RolePolicyAttachmentSpecInitProviderRoleSelectorPolicy(obj: RolePolicyAttachmentSpecInitProviderRoleSelectorPolicy | undefined): Record<string, any> | undefined;
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema RolePolicyAttachmentSpecProviderConfigRefPolicyResolution
 */
export declare enum RolePolicyAttachmentSpecProviderConfigRefPolicyResolution {
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
 * @schema RolePolicyAttachmentSpecProviderConfigRefPolicyResolve
 */
export declare enum RolePolicyAttachmentSpecProviderConfigRefPolicyResolve {
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
 * @schema RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolution
 */
export declare enum RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolution {
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
 * @schema RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolve
 */
export declare enum RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolve {
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
 * @schema RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolution
 */
export declare enum RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolution {
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
 * @schema RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolve
 */
export declare enum RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolve {
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
 * @schema RolePolicyAttachmentSpecForProviderRoleRefPolicyResolution
 */
export declare enum RolePolicyAttachmentSpecForProviderRoleRefPolicyResolution {
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
 * @schema RolePolicyAttachmentSpecForProviderRoleRefPolicyResolve
 */
export declare enum RolePolicyAttachmentSpecForProviderRoleRefPolicyResolve {
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
 * @schema RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolution
 */
export declare enum RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolution {
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
 * @schema RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolve
 */
export declare enum RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolve {
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
 * @schema RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolution
 */
export declare enum RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolution {
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
 * @schema RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolve
 */
export declare enum RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolve {
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
 * @schema RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolution
 */
export declare enum RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolution {
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
 * @schema RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolve
 */
export declare enum RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolve {
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
 * @schema RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolution
 */
export declare enum RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolution {
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
 * @schema RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolve
 */
export declare enum RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolve {
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
 * @schema RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolution
 */
export declare enum RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolution {
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
 * @schema RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolve
 */
export declare enum RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolve {
    /** Always */
    ALWAYS = "Always",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
