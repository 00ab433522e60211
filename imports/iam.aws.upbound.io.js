"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolve = exports.RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolution = exports.RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolve = exports.RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolution = exports.RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolve = exports.RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolution = exports.RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolve = exports.RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolution = exports.RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolve = exports.RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolution = exports.RolePolicyAttachmentSpecForProviderRoleRefPolicyResolve = exports.RolePolicyAttachmentSpecForProviderRoleRefPolicyResolution = exports.RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolve = exports.RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolution = exports.RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolve = exports.RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolution = exports.RolePolicyAttachmentSpecProviderConfigRefPolicyResolve = exports.RolePolicyAttachmentSpecProviderConfigRefPolicyResolution = exports.RolePolicyAttachmentSpecManagementPolicies = exports.RolePolicyAttachmentSpecDeletionPolicy = exports.RolePolicyAttachment = exports.RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolve = exports.RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolution = exports.RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolve = exports.RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolution = exports.RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolve = exports.RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolution = exports.RoleSpecForProviderManagedPolicyArnsRefsPolicyResolve = exports.RoleSpecForProviderManagedPolicyArnsRefsPolicyResolution = exports.RoleSpecProviderConfigRefPolicyResolve = exports.RoleSpecProviderConfigRefPolicyResolution = exports.RoleSpecManagementPolicies = exports.RoleSpecDeletionPolicy = exports.Role = exports.InstanceProfileSpecInitProviderRoleSelectorPolicyResolve = exports.InstanceProfileSpecInitProviderRoleSelectorPolicyResolution = exports.InstanceProfileSpecInitProviderRoleRefPolicyResolve = exports.InstanceProfileSpecInitProviderRoleRefPolicyResolution = exports.InstanceProfileSpecForProviderRoleSelectorPolicyResolve = exports.InstanceProfileSpecForProviderRoleSelectorPolicyResolution = exports.InstanceProfileSpecForProviderRoleRefPolicyResolve = exports.InstanceProfileSpecForProviderRoleRefPolicyResolution = exports.InstanceProfileSpecProviderConfigRefPolicyResolve = exports.InstanceProfileSpecProviderConfigRefPolicyResolution = exports.InstanceProfileSpecManagementPolicies = exports.InstanceProfileSpecDeletionPolicy = exports.InstanceProfile = void 0;
exports.toJson_InstanceProfileProps = toJson_InstanceProfileProps;
exports.toJson_InstanceProfileSpec = toJson_InstanceProfileSpec;
exports.toJson_InstanceProfileSpecForProvider = toJson_InstanceProfileSpecForProvider;
exports.toJson_InstanceProfileSpecInitProvider = toJson_InstanceProfileSpecInitProvider;
exports.toJson_InstanceProfileSpecProviderConfigRef = toJson_InstanceProfileSpecProviderConfigRef;
exports.toJson_InstanceProfileSpecWriteConnectionSecretToRef = toJson_InstanceProfileSpecWriteConnectionSecretToRef;
exports.toJson_InstanceProfileSpecForProviderRoleRef = toJson_InstanceProfileSpecForProviderRoleRef;
exports.toJson_InstanceProfileSpecForProviderRoleSelector = toJson_InstanceProfileSpecForProviderRoleSelector;
exports.toJson_InstanceProfileSpecInitProviderRoleRef = toJson_InstanceProfileSpecInitProviderRoleRef;
exports.toJson_InstanceProfileSpecInitProviderRoleSelector = toJson_InstanceProfileSpecInitProviderRoleSelector;
exports.toJson_InstanceProfileSpecProviderConfigRefPolicy = toJson_InstanceProfileSpecProviderConfigRefPolicy;
exports.toJson_InstanceProfileSpecForProviderRoleRefPolicy = toJson_InstanceProfileSpecForProviderRoleRefPolicy;
exports.toJson_InstanceProfileSpecForProviderRoleSelectorPolicy = toJson_InstanceProfileSpecForProviderRoleSelectorPolicy;
exports.toJson_InstanceProfileSpecInitProviderRoleRefPolicy = toJson_InstanceProfileSpecInitProviderRoleRefPolicy;
exports.toJson_InstanceProfileSpecInitProviderRoleSelectorPolicy = toJson_InstanceProfileSpecInitProviderRoleSelectorPolicy;
exports.toJson_RoleProps = toJson_RoleProps;
exports.toJson_RoleSpec = toJson_RoleSpec;
exports.toJson_RoleSpecForProvider = toJson_RoleSpecForProvider;
exports.toJson_RoleSpecInitProvider = toJson_RoleSpecInitProvider;
exports.toJson_RoleSpecProviderConfigRef = toJson_RoleSpecProviderConfigRef;
exports.toJson_RoleSpecWriteConnectionSecretToRef = toJson_RoleSpecWriteConnectionSecretToRef;
exports.toJson_RoleSpecForProviderInlinePolicy = toJson_RoleSpecForProviderInlinePolicy;
exports.toJson_RoleSpecForProviderManagedPolicyArnsRefs = toJson_RoleSpecForProviderManagedPolicyArnsRefs;
exports.toJson_RoleSpecForProviderManagedPolicyArnsSelector = toJson_RoleSpecForProviderManagedPolicyArnsSelector;
exports.toJson_RoleSpecInitProviderInlinePolicy = toJson_RoleSpecInitProviderInlinePolicy;
exports.toJson_RoleSpecInitProviderManagedPolicyArnsRefs = toJson_RoleSpecInitProviderManagedPolicyArnsRefs;
exports.toJson_RoleSpecInitProviderManagedPolicyArnsSelector = toJson_RoleSpecInitProviderManagedPolicyArnsSelector;
exports.toJson_RoleSpecProviderConfigRefPolicy = toJson_RoleSpecProviderConfigRefPolicy;
exports.toJson_RoleSpecForProviderManagedPolicyArnsRefsPolicy = toJson_RoleSpecForProviderManagedPolicyArnsRefsPolicy;
exports.toJson_RoleSpecForProviderManagedPolicyArnsSelectorPolicy = toJson_RoleSpecForProviderManagedPolicyArnsSelectorPolicy;
exports.toJson_RoleSpecInitProviderManagedPolicyArnsRefsPolicy = toJson_RoleSpecInitProviderManagedPolicyArnsRefsPolicy;
exports.toJson_RoleSpecInitProviderManagedPolicyArnsSelectorPolicy = toJson_RoleSpecInitProviderManagedPolicyArnsSelectorPolicy;
exports.toJson_RolePolicyAttachmentProps = toJson_RolePolicyAttachmentProps;
exports.toJson_RolePolicyAttachmentSpec = toJson_RolePolicyAttachmentSpec;
exports.toJson_RolePolicyAttachmentSpecForProvider = toJson_RolePolicyAttachmentSpecForProvider;
exports.toJson_RolePolicyAttachmentSpecInitProvider = toJson_RolePolicyAttachmentSpecInitProvider;
exports.toJson_RolePolicyAttachmentSpecProviderConfigRef = toJson_RolePolicyAttachmentSpecProviderConfigRef;
exports.toJson_RolePolicyAttachmentSpecWriteConnectionSecretToRef = toJson_RolePolicyAttachmentSpecWriteConnectionSecretToRef;
exports.toJson_RolePolicyAttachmentSpecForProviderPolicyArnRef = toJson_RolePolicyAttachmentSpecForProviderPolicyArnRef;
exports.toJson_RolePolicyAttachmentSpecForProviderPolicyArnSelector = toJson_RolePolicyAttachmentSpecForProviderPolicyArnSelector;
exports.toJson_RolePolicyAttachmentSpecForProviderRoleRef = toJson_RolePolicyAttachmentSpecForProviderRoleRef;
exports.toJson_RolePolicyAttachmentSpecForProviderRoleSelector = toJson_RolePolicyAttachmentSpecForProviderRoleSelector;
exports.toJson_RolePolicyAttachmentSpecInitProviderPolicyArnRef = toJson_RolePolicyAttachmentSpecInitProviderPolicyArnRef;
exports.toJson_RolePolicyAttachmentSpecInitProviderPolicyArnSelector = toJson_RolePolicyAttachmentSpecInitProviderPolicyArnSelector;
exports.toJson_RolePolicyAttachmentSpecInitProviderRoleRef = toJson_RolePolicyAttachmentSpecInitProviderRoleRef;
exports.toJson_RolePolicyAttachmentSpecInitProviderRoleSelector = toJson_RolePolicyAttachmentSpecInitProviderRoleSelector;
exports.toJson_RolePolicyAttachmentSpecProviderConfigRefPolicy = toJson_RolePolicyAttachmentSpecProviderConfigRefPolicy;
exports.toJson_RolePolicyAttachmentSpecForProviderPolicyArnRefPolicy = toJson_RolePolicyAttachmentSpecForProviderPolicyArnRefPolicy;
exports.toJson_RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicy = toJson_RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicy;
exports.toJson_RolePolicyAttachmentSpecForProviderRoleRefPolicy = toJson_RolePolicyAttachmentSpecForProviderRoleRefPolicy;
exports.toJson_RolePolicyAttachmentSpecForProviderRoleSelectorPolicy = toJson_RolePolicyAttachmentSpecForProviderRoleSelectorPolicy;
exports.toJson_RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicy = toJson_RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicy;
exports.toJson_RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicy = toJson_RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicy;
exports.toJson_RolePolicyAttachmentSpecInitProviderRoleRefPolicy = toJson_RolePolicyAttachmentSpecInitProviderRoleRefPolicy;
exports.toJson_RolePolicyAttachmentSpecInitProviderRoleSelectorPolicy = toJson_RolePolicyAttachmentSpecInitProviderRoleSelectorPolicy;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * InstanceProfile is the Schema for the InstanceProfiles API. Provides an IAM instance profile.
 *
 * @schema InstanceProfile
 */
class InstanceProfile extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "InstanceProfile"
     */
    static GVK = {
        apiVersion: 'iam.aws.upbound.io/v1beta1',
        kind: 'InstanceProfile',
    };
    /**
     * Renders a Kubernetes manifest for "InstanceProfile".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...InstanceProfile.GVK,
            ...toJson_InstanceProfileProps(props),
        };
    }
    /**
     * Defines a "InstanceProfile" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...InstanceProfile.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...InstanceProfile.GVK,
            ...toJson_InstanceProfileProps(resolved),
        };
    }
}
exports.InstanceProfile = InstanceProfile;
/**
 * Converts an object of type 'InstanceProfileProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_InstanceProfileProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_InstanceProfileSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'InstanceProfileSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_InstanceProfileSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'deletionPolicy': obj.deletionPolicy,
        'forProvider': toJson_InstanceProfileSpecForProvider(obj.forProvider),
        'initProvider': toJson_InstanceProfileSpecInitProvider(obj.initProvider),
        'managementPolicies': obj.managementPolicies?.map(y => y),
        'providerConfigRef': toJson_InstanceProfileSpecProviderConfigRef(obj.providerConfigRef),
        'writeConnectionSecretToRef': toJson_InstanceProfileSpecWriteConnectionSecretToRef(obj.writeConnectionSecretToRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var InstanceProfileSpecDeletionPolicy;
(function (InstanceProfileSpecDeletionPolicy) {
    /** Orphan */
    InstanceProfileSpecDeletionPolicy["ORPHAN"] = "Orphan";
    /** Delete */
    InstanceProfileSpecDeletionPolicy["DELETE"] = "Delete";
})(InstanceProfileSpecDeletionPolicy || (exports.InstanceProfileSpecDeletionPolicy = InstanceProfileSpecDeletionPolicy = {}));
/**
 * Converts an object of type 'InstanceProfileSpecForProvider' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_InstanceProfileSpecForProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'role': obj.role,
        'roleRef': toJson_InstanceProfileSpecForProviderRoleRef(obj.roleRef),
        'roleSelector': toJson_InstanceProfileSpecForProviderRoleSelector(obj.roleSelector),
        'tags': ((obj.tags) === undefined) ? undefined : (Object.entries(obj.tags).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'InstanceProfileSpecInitProvider' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_InstanceProfileSpecInitProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'role': obj.role,
        'roleRef': toJson_InstanceProfileSpecInitProviderRoleRef(obj.roleRef),
        'roleSelector': toJson_InstanceProfileSpecInitProviderRoleSelector(obj.roleSelector),
        'tags': ((obj.tags) === undefined) ? undefined : (Object.entries(obj.tags).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema InstanceProfileSpecManagementPolicies
 */
var InstanceProfileSpecManagementPolicies;
(function (InstanceProfileSpecManagementPolicies) {
    /** Observe */
    InstanceProfileSpecManagementPolicies["OBSERVE"] = "Observe";
    /** Create */
    InstanceProfileSpecManagementPolicies["CREATE"] = "Create";
    /** Update */
    InstanceProfileSpecManagementPolicies["UPDATE"] = "Update";
    /** Delete */
    InstanceProfileSpecManagementPolicies["DELETE"] = "Delete";
    /** LateInitialize */
    InstanceProfileSpecManagementPolicies["LATE_INITIALIZE"] = "LateInitialize";
    /** * */
    InstanceProfileSpecManagementPolicies["VALUE_ASTERISK"] = "*";
})(InstanceProfileSpecManagementPolicies || (exports.InstanceProfileSpecManagementPolicies = InstanceProfileSpecManagementPolicies = {}));
/**
 * Converts an object of type 'InstanceProfileSpecProviderConfigRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_InstanceProfileSpecProviderConfigRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'policy': toJson_InstanceProfileSpecProviderConfigRefPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'InstanceProfileSpecWriteConnectionSecretToRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_InstanceProfileSpecWriteConnectionSecretToRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'InstanceProfileSpecForProviderRoleRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_InstanceProfileSpecForProviderRoleRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'policy': toJson_InstanceProfileSpecForProviderRoleRefPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'InstanceProfileSpecForProviderRoleSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_InstanceProfileSpecForProviderRoleSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchControllerRef': obj.matchControllerRef,
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'policy': toJson_InstanceProfileSpecForProviderRoleSelectorPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'InstanceProfileSpecInitProviderRoleRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_InstanceProfileSpecInitProviderRoleRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'policy': toJson_InstanceProfileSpecInitProviderRoleRefPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'InstanceProfileSpecInitProviderRoleSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_InstanceProfileSpecInitProviderRoleSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchControllerRef': obj.matchControllerRef,
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'policy': toJson_InstanceProfileSpecInitProviderRoleSelectorPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'InstanceProfileSpecProviderConfigRefPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_InstanceProfileSpecProviderConfigRefPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'InstanceProfileSpecForProviderRoleRefPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_InstanceProfileSpecForProviderRoleRefPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'InstanceProfileSpecForProviderRoleSelectorPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_InstanceProfileSpecForProviderRoleSelectorPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'InstanceProfileSpecInitProviderRoleRefPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_InstanceProfileSpecInitProviderRoleRefPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'InstanceProfileSpecInitProviderRoleSelectorPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_InstanceProfileSpecInitProviderRoleSelectorPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema InstanceProfileSpecProviderConfigRefPolicyResolution
 */
var InstanceProfileSpecProviderConfigRefPolicyResolution;
(function (InstanceProfileSpecProviderConfigRefPolicyResolution) {
    /** Required */
    InstanceProfileSpecProviderConfigRefPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    InstanceProfileSpecProviderConfigRefPolicyResolution["OPTIONAL"] = "Optional";
})(InstanceProfileSpecProviderConfigRefPolicyResolution || (exports.InstanceProfileSpecProviderConfigRefPolicyResolution = InstanceProfileSpecProviderConfigRefPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema InstanceProfileSpecProviderConfigRefPolicyResolve
 */
var InstanceProfileSpecProviderConfigRefPolicyResolve;
(function (InstanceProfileSpecProviderConfigRefPolicyResolve) {
    /** Always */
    InstanceProfileSpecProviderConfigRefPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    InstanceProfileSpecProviderConfigRefPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(InstanceProfileSpecProviderConfigRefPolicyResolve || (exports.InstanceProfileSpecProviderConfigRefPolicyResolve = InstanceProfileSpecProviderConfigRefPolicyResolve = {}));
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema InstanceProfileSpecForProviderRoleRefPolicyResolution
 */
var InstanceProfileSpecForProviderRoleRefPolicyResolution;
(function (InstanceProfileSpecForProviderRoleRefPolicyResolution) {
    /** Required */
    InstanceProfileSpecForProviderRoleRefPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    InstanceProfileSpecForProviderRoleRefPolicyResolution["OPTIONAL"] = "Optional";
})(InstanceProfileSpecForProviderRoleRefPolicyResolution || (exports.InstanceProfileSpecForProviderRoleRefPolicyResolution = InstanceProfileSpecForProviderRoleRefPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema InstanceProfileSpecForProviderRoleRefPolicyResolve
 */
var InstanceProfileSpecForProviderRoleRefPolicyResolve;
(function (InstanceProfileSpecForProviderRoleRefPolicyResolve) {
    /** Always */
    InstanceProfileSpecForProviderRoleRefPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    InstanceProfileSpecForProviderRoleRefPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(InstanceProfileSpecForProviderRoleRefPolicyResolve || (exports.InstanceProfileSpecForProviderRoleRefPolicyResolve = InstanceProfileSpecForProviderRoleRefPolicyResolve = {}));
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema InstanceProfileSpecForProviderRoleSelectorPolicyResolution
 */
var InstanceProfileSpecForProviderRoleSelectorPolicyResolution;
(function (InstanceProfileSpecForProviderRoleSelectorPolicyResolution) {
    /** Required */
    InstanceProfileSpecForProviderRoleSelectorPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    InstanceProfileSpecForProviderRoleSelectorPolicyResolution["OPTIONAL"] = "Optional";
})(InstanceProfileSpecForProviderRoleSelectorPolicyResolution || (exports.InstanceProfileSpecForProviderRoleSelectorPolicyResolution = InstanceProfileSpecForProviderRoleSelectorPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema InstanceProfileSpecForProviderRoleSelectorPolicyResolve
 */
var InstanceProfileSpecForProviderRoleSelectorPolicyResolve;
(function (InstanceProfileSpecForProviderRoleSelectorPolicyResolve) {
    /** Always */
    InstanceProfileSpecForProviderRoleSelectorPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    InstanceProfileSpecForProviderRoleSelectorPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(InstanceProfileSpecForProviderRoleSelectorPolicyResolve || (exports.InstanceProfileSpecForProviderRoleSelectorPolicyResolve = InstanceProfileSpecForProviderRoleSelectorPolicyResolve = {}));
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema InstanceProfileSpecInitProviderRoleRefPolicyResolution
 */
var InstanceProfileSpecInitProviderRoleRefPolicyResolution;
(function (InstanceProfileSpecInitProviderRoleRefPolicyResolution) {
    /** Required */
    InstanceProfileSpecInitProviderRoleRefPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    InstanceProfileSpecInitProviderRoleRefPolicyResolution["OPTIONAL"] = "Optional";
})(InstanceProfileSpecInitProviderRoleRefPolicyResolution || (exports.InstanceProfileSpecInitProviderRoleRefPolicyResolution = InstanceProfileSpecInitProviderRoleRefPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema InstanceProfileSpecInitProviderRoleRefPolicyResolve
 */
var InstanceProfileSpecInitProviderRoleRefPolicyResolve;
(function (InstanceProfileSpecInitProviderRoleRefPolicyResolve) {
    /** Always */
    InstanceProfileSpecInitProviderRoleRefPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    InstanceProfileSpecInitProviderRoleRefPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(InstanceProfileSpecInitProviderRoleRefPolicyResolve || (exports.InstanceProfileSpecInitProviderRoleRefPolicyResolve = InstanceProfileSpecInitProviderRoleRefPolicyResolve = {}));
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema InstanceProfileSpecInitProviderRoleSelectorPolicyResolution
 */
var InstanceProfileSpecInitProviderRoleSelectorPolicyResolution;
(function (InstanceProfileSpecInitProviderRoleSelectorPolicyResolution) {
    /** Required */
    InstanceProfileSpecInitProviderRoleSelectorPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    InstanceProfileSpecInitProviderRoleSelectorPolicyResolution["OPTIONAL"] = "Optional";
})(InstanceProfileSpecInitProviderRoleSelectorPolicyResolution || (exports.InstanceProfileSpecInitProviderRoleSelectorPolicyResolution = InstanceProfileSpecInitProviderRoleSelectorPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema InstanceProfileSpecInitProviderRoleSelectorPolicyResolve
 */
var InstanceProfileSpecInitProviderRoleSelectorPolicyResolve;
(function (InstanceProfileSpecInitProviderRoleSelectorPolicyResolve) {
    /** Always */
    InstanceProfileSpecInitProviderRoleSelectorPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    InstanceProfileSpecInitProviderRoleSelectorPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(InstanceProfileSpecInitProviderRoleSelectorPolicyResolve || (exports.InstanceProfileSpecInitProviderRoleSelectorPolicyResolve = InstanceProfileSpecInitProviderRoleSelectorPolicyResolve = {}));
/**
 * Role is the Schema for the Roles API. Provides an IAM role.
 *
 * @schema Role
 */
class Role extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "Role"
     */
    static GVK = {
        apiVersion: 'iam.aws.upbound.io/v1beta1',
        kind: 'Role',
    };
    /**
     * Renders a Kubernetes manifest for "Role".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...Role.GVK,
            ...toJson_RoleProps(props),
        };
    }
    /**
     * Defines a "Role" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...Role.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...Role.GVK,
            ...toJson_RoleProps(resolved),
        };
    }
}
exports.Role = Role;
/**
 * Converts an object of type 'RoleProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RoleProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_RoleSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RoleSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RoleSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'deletionPolicy': obj.deletionPolicy,
        'forProvider': toJson_RoleSpecForProvider(obj.forProvider),
        'initProvider': toJson_RoleSpecInitProvider(obj.initProvider),
        'managementPolicies': obj.managementPolicies?.map(y => y),
        'providerConfigRef': toJson_RoleSpecProviderConfigRef(obj.providerConfigRef),
        'writeConnectionSecretToRef': toJson_RoleSpecWriteConnectionSecretToRef(obj.writeConnectionSecretToRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var RoleSpecDeletionPolicy;
(function (RoleSpecDeletionPolicy) {
    /** Orphan */
    RoleSpecDeletionPolicy["ORPHAN"] = "Orphan";
    /** Delete */
    RoleSpecDeletionPolicy["DELETE"] = "Delete";
})(RoleSpecDeletionPolicy || (exports.RoleSpecDeletionPolicy = RoleSpecDeletionPolicy = {}));
/**
 * Converts an object of type 'RoleSpecForProvider' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RoleSpecForProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'assumeRolePolicy': obj.assumeRolePolicy,
        'description': obj.description,
        'forceDetachPolicies': obj.forceDetachPolicies,
        'inlinePolicy': obj.inlinePolicy?.map(y => toJson_RoleSpecForProviderInlinePolicy(y)),
        'managedPolicyArns': obj.managedPolicyArns?.map(y => y),
        'managedPolicyArnsRefs': obj.managedPolicyArnsRefs?.map(y => toJson_RoleSpecForProviderManagedPolicyArnsRefs(y)),
        'managedPolicyArnsSelector': toJson_RoleSpecForProviderManagedPolicyArnsSelector(obj.managedPolicyArnsSelector),
        'maxSessionDuration': obj.maxSessionDuration,
        'path': obj.path,
        'permissionsBoundary': obj.permissionsBoundary,
        'tags': ((obj.tags) === undefined) ? undefined : (Object.entries(obj.tags).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RoleSpecInitProvider' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RoleSpecInitProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'assumeRolePolicy': obj.assumeRolePolicy,
        'description': obj.description,
        'forceDetachPolicies': obj.forceDetachPolicies,
        'inlinePolicy': obj.inlinePolicy?.map(y => toJson_RoleSpecInitProviderInlinePolicy(y)),
        'managedPolicyArns': obj.managedPolicyArns?.map(y => y),
        'managedPolicyArnsRefs': obj.managedPolicyArnsRefs?.map(y => toJson_RoleSpecInitProviderManagedPolicyArnsRefs(y)),
        'managedPolicyArnsSelector': toJson_RoleSpecInitProviderManagedPolicyArnsSelector(obj.managedPolicyArnsSelector),
        'maxSessionDuration': obj.maxSessionDuration,
        'path': obj.path,
        'permissionsBoundary': obj.permissionsBoundary,
        'tags': ((obj.tags) === undefined) ? undefined : (Object.entries(obj.tags).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema RoleSpecManagementPolicies
 */
var RoleSpecManagementPolicies;
(function (RoleSpecManagementPolicies) {
    /** Observe */
    RoleSpecManagementPolicies["OBSERVE"] = "Observe";
    /** Create */
    RoleSpecManagementPolicies["CREATE"] = "Create";
    /** Update */
    RoleSpecManagementPolicies["UPDATE"] = "Update";
    /** Delete */
    RoleSpecManagementPolicies["DELETE"] = "Delete";
    /** LateInitialize */
    RoleSpecManagementPolicies["LATE_INITIALIZE"] = "LateInitialize";
    /** * */
    RoleSpecManagementPolicies["VALUE_ASTERISK"] = "*";
})(RoleSpecManagementPolicies || (exports.RoleSpecManagementPolicies = RoleSpecManagementPolicies = {}));
/**
 * Converts an object of type 'RoleSpecProviderConfigRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RoleSpecProviderConfigRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'policy': toJson_RoleSpecProviderConfigRefPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RoleSpecWriteConnectionSecretToRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RoleSpecWriteConnectionSecretToRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RoleSpecForProviderInlinePolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RoleSpecForProviderInlinePolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'policy': obj.policy,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RoleSpecForProviderManagedPolicyArnsRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RoleSpecForProviderManagedPolicyArnsRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'policy': toJson_RoleSpecForProviderManagedPolicyArnsRefsPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RoleSpecForProviderManagedPolicyArnsSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RoleSpecForProviderManagedPolicyArnsSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchControllerRef': obj.matchControllerRef,
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'policy': toJson_RoleSpecForProviderManagedPolicyArnsSelectorPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RoleSpecInitProviderInlinePolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RoleSpecInitProviderInlinePolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'policy': obj.policy,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RoleSpecInitProviderManagedPolicyArnsRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RoleSpecInitProviderManagedPolicyArnsRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'policy': toJson_RoleSpecInitProviderManagedPolicyArnsRefsPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RoleSpecInitProviderManagedPolicyArnsSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RoleSpecInitProviderManagedPolicyArnsSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchControllerRef': obj.matchControllerRef,
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'policy': toJson_RoleSpecInitProviderManagedPolicyArnsSelectorPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RoleSpecProviderConfigRefPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RoleSpecProviderConfigRefPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RoleSpecForProviderManagedPolicyArnsRefsPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RoleSpecForProviderManagedPolicyArnsRefsPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RoleSpecForProviderManagedPolicyArnsSelectorPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RoleSpecForProviderManagedPolicyArnsSelectorPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RoleSpecInitProviderManagedPolicyArnsRefsPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RoleSpecInitProviderManagedPolicyArnsRefsPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RoleSpecInitProviderManagedPolicyArnsSelectorPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RoleSpecInitProviderManagedPolicyArnsSelectorPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema RoleSpecProviderConfigRefPolicyResolution
 */
var RoleSpecProviderConfigRefPolicyResolution;
(function (RoleSpecProviderConfigRefPolicyResolution) {
    /** Required */
    RoleSpecProviderConfigRefPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    RoleSpecProviderConfigRefPolicyResolution["OPTIONAL"] = "Optional";
})(RoleSpecProviderConfigRefPolicyResolution || (exports.RoleSpecProviderConfigRefPolicyResolution = RoleSpecProviderConfigRefPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema RoleSpecProviderConfigRefPolicyResolve
 */
var RoleSpecProviderConfigRefPolicyResolve;
(function (RoleSpecProviderConfigRefPolicyResolve) {
    /** Always */
    RoleSpecProviderConfigRefPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    RoleSpecProviderConfigRefPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(RoleSpecProviderConfigRefPolicyResolve || (exports.RoleSpecProviderConfigRefPolicyResolve = RoleSpecProviderConfigRefPolicyResolve = {}));
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema RoleSpecForProviderManagedPolicyArnsRefsPolicyResolution
 */
var RoleSpecForProviderManagedPolicyArnsRefsPolicyResolution;
(function (RoleSpecForProviderManagedPolicyArnsRefsPolicyResolution) {
    /** Required */
    RoleSpecForProviderManagedPolicyArnsRefsPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    RoleSpecForProviderManagedPolicyArnsRefsPolicyResolution["OPTIONAL"] = "Optional";
})(RoleSpecForProviderManagedPolicyArnsRefsPolicyResolution || (exports.RoleSpecForProviderManagedPolicyArnsRefsPolicyResolution = RoleSpecForProviderManagedPolicyArnsRefsPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema RoleSpecForProviderManagedPolicyArnsRefsPolicyResolve
 */
var RoleSpecForProviderManagedPolicyArnsRefsPolicyResolve;
(function (RoleSpecForProviderManagedPolicyArnsRefsPolicyResolve) {
    /** Always */
    RoleSpecForProviderManagedPolicyArnsRefsPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    RoleSpecForProviderManagedPolicyArnsRefsPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(RoleSpecForProviderManagedPolicyArnsRefsPolicyResolve || (exports.RoleSpecForProviderManagedPolicyArnsRefsPolicyResolve = RoleSpecForProviderManagedPolicyArnsRefsPolicyResolve = {}));
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolution
 */
var RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolution;
(function (RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolution) {
    /** Required */
    RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolution["OPTIONAL"] = "Optional";
})(RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolution || (exports.RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolution = RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolve
 */
var RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolve;
(function (RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolve) {
    /** Always */
    RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolve || (exports.RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolve = RoleSpecForProviderManagedPolicyArnsSelectorPolicyResolve = {}));
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolution
 */
var RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolution;
(function (RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolution) {
    /** Required */
    RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolution["OPTIONAL"] = "Optional";
})(RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolution || (exports.RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolution = RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolve
 */
var RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolve;
(function (RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolve) {
    /** Always */
    RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolve || (exports.RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolve = RoleSpecInitProviderManagedPolicyArnsRefsPolicyResolve = {}));
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolution
 */
var RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolution;
(function (RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolution) {
    /** Required */
    RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolution["OPTIONAL"] = "Optional";
})(RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolution || (exports.RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolution = RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolve
 */
var RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolve;
(function (RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolve) {
    /** Always */
    RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolve || (exports.RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolve = RoleSpecInitProviderManagedPolicyArnsSelectorPolicyResolve = {}));
/**
 * RolePolicyAttachment is the Schema for the RolePolicyAttachments API. Attaches a Managed IAM Policy to an IAM role
 *
 * @schema RolePolicyAttachment
 */
class RolePolicyAttachment extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "RolePolicyAttachment"
     */
    static GVK = {
        apiVersion: 'iam.aws.upbound.io/v1beta1',
        kind: 'RolePolicyAttachment',
    };
    /**
     * Renders a Kubernetes manifest for "RolePolicyAttachment".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...RolePolicyAttachment.GVK,
            ...toJson_RolePolicyAttachmentProps(props),
        };
    }
    /**
     * Defines a "RolePolicyAttachment" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...RolePolicyAttachment.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...RolePolicyAttachment.GVK,
            ...toJson_RolePolicyAttachmentProps(resolved),
        };
    }
}
exports.RolePolicyAttachment = RolePolicyAttachment;
/**
 * Converts an object of type 'RolePolicyAttachmentProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_RolePolicyAttachmentSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'deletionPolicy': obj.deletionPolicy,
        'forProvider': toJson_RolePolicyAttachmentSpecForProvider(obj.forProvider),
        'initProvider': toJson_RolePolicyAttachmentSpecInitProvider(obj.initProvider),
        'managementPolicies': obj.managementPolicies?.map(y => y),
        'providerConfigRef': toJson_RolePolicyAttachmentSpecProviderConfigRef(obj.providerConfigRef),
        'writeConnectionSecretToRef': toJson_RolePolicyAttachmentSpecWriteConnectionSecretToRef(obj.writeConnectionSecretToRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var RolePolicyAttachmentSpecDeletionPolicy;
(function (RolePolicyAttachmentSpecDeletionPolicy) {
    /** Orphan */
    RolePolicyAttachmentSpecDeletionPolicy["ORPHAN"] = "Orphan";
    /** Delete */
    RolePolicyAttachmentSpecDeletionPolicy["DELETE"] = "Delete";
})(RolePolicyAttachmentSpecDeletionPolicy || (exports.RolePolicyAttachmentSpecDeletionPolicy = RolePolicyAttachmentSpecDeletionPolicy = {}));
/**
 * Converts an object of type 'RolePolicyAttachmentSpecForProvider' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecForProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'policyArn': obj.policyArn,
        'policyArnRef': toJson_RolePolicyAttachmentSpecForProviderPolicyArnRef(obj.policyArnRef),
        'policyArnSelector': toJson_RolePolicyAttachmentSpecForProviderPolicyArnSelector(obj.policyArnSelector),
        'role': obj.role,
        'roleRef': toJson_RolePolicyAttachmentSpecForProviderRoleRef(obj.roleRef),
        'roleSelector': toJson_RolePolicyAttachmentSpecForProviderRoleSelector(obj.roleSelector),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecInitProvider' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecInitProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'policyArn': obj.policyArn,
        'policyArnRef': toJson_RolePolicyAttachmentSpecInitProviderPolicyArnRef(obj.policyArnRef),
        'policyArnSelector': toJson_RolePolicyAttachmentSpecInitProviderPolicyArnSelector(obj.policyArnSelector),
        'role': obj.role,
        'roleRef': toJson_RolePolicyAttachmentSpecInitProviderRoleRef(obj.roleRef),
        'roleSelector': toJson_RolePolicyAttachmentSpecInitProviderRoleSelector(obj.roleSelector),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * A ManagementAction represents an action that the Crossplane controllers
 * can take on an external resource.
 *
 * @schema RolePolicyAttachmentSpecManagementPolicies
 */
var RolePolicyAttachmentSpecManagementPolicies;
(function (RolePolicyAttachmentSpecManagementPolicies) {
    /** Observe */
    RolePolicyAttachmentSpecManagementPolicies["OBSERVE"] = "Observe";
    /** Create */
    RolePolicyAttachmentSpecManagementPolicies["CREATE"] = "Create";
    /** Update */
    RolePolicyAttachmentSpecManagementPolicies["UPDATE"] = "Update";
    /** Delete */
    RolePolicyAttachmentSpecManagementPolicies["DELETE"] = "Delete";
    /** LateInitialize */
    RolePolicyAttachmentSpecManagementPolicies["LATE_INITIALIZE"] = "LateInitialize";
    /** * */
    RolePolicyAttachmentSpecManagementPolicies["VALUE_ASTERISK"] = "*";
})(RolePolicyAttachmentSpecManagementPolicies || (exports.RolePolicyAttachmentSpecManagementPolicies = RolePolicyAttachmentSpecManagementPolicies = {}));
/**
 * Converts an object of type 'RolePolicyAttachmentSpecProviderConfigRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecProviderConfigRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'policy': toJson_RolePolicyAttachmentSpecProviderConfigRefPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecWriteConnectionSecretToRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecWriteConnectionSecretToRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecForProviderPolicyArnRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecForProviderPolicyArnRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'policy': toJson_RolePolicyAttachmentSpecForProviderPolicyArnRefPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecForProviderPolicyArnSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecForProviderPolicyArnSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchControllerRef': obj.matchControllerRef,
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'policy': toJson_RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecForProviderRoleRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecForProviderRoleRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'policy': toJson_RolePolicyAttachmentSpecForProviderRoleRefPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecForProviderRoleSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecForProviderRoleSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchControllerRef': obj.matchControllerRef,
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'policy': toJson_RolePolicyAttachmentSpecForProviderRoleSelectorPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecInitProviderPolicyArnRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecInitProviderPolicyArnRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'policy': toJson_RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecInitProviderPolicyArnSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecInitProviderPolicyArnSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchControllerRef': obj.matchControllerRef,
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'policy': toJson_RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecInitProviderRoleRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecInitProviderRoleRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'policy': toJson_RolePolicyAttachmentSpecInitProviderRoleRefPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecInitProviderRoleSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecInitProviderRoleSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchControllerRef': obj.matchControllerRef,
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'policy': toJson_RolePolicyAttachmentSpecInitProviderRoleSelectorPolicy(obj.policy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecProviderConfigRefPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecProviderConfigRefPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecForProviderPolicyArnRefPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecForProviderPolicyArnRefPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecForProviderRoleRefPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecForProviderRoleRefPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecForProviderRoleSelectorPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecForProviderRoleSelectorPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecInitProviderRoleRefPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecInitProviderRoleRefPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'RolePolicyAttachmentSpecInitProviderRoleSelectorPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_RolePolicyAttachmentSpecInitProviderRoleSelectorPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resolution': obj.resolution,
        'resolve': obj.resolve,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema RolePolicyAttachmentSpecProviderConfigRefPolicyResolution
 */
var RolePolicyAttachmentSpecProviderConfigRefPolicyResolution;
(function (RolePolicyAttachmentSpecProviderConfigRefPolicyResolution) {
    /** Required */
    RolePolicyAttachmentSpecProviderConfigRefPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    RolePolicyAttachmentSpecProviderConfigRefPolicyResolution["OPTIONAL"] = "Optional";
})(RolePolicyAttachmentSpecProviderConfigRefPolicyResolution || (exports.RolePolicyAttachmentSpecProviderConfigRefPolicyResolution = RolePolicyAttachmentSpecProviderConfigRefPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema RolePolicyAttachmentSpecProviderConfigRefPolicyResolve
 */
var RolePolicyAttachmentSpecProviderConfigRefPolicyResolve;
(function (RolePolicyAttachmentSpecProviderConfigRefPolicyResolve) {
    /** Always */
    RolePolicyAttachmentSpecProviderConfigRefPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    RolePolicyAttachmentSpecProviderConfigRefPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(RolePolicyAttachmentSpecProviderConfigRefPolicyResolve || (exports.RolePolicyAttachmentSpecProviderConfigRefPolicyResolve = RolePolicyAttachmentSpecProviderConfigRefPolicyResolve = {}));
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolution
 */
var RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolution;
(function (RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolution) {
    /** Required */
    RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolution["OPTIONAL"] = "Optional";
})(RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolution || (exports.RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolution = RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolve
 */
var RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolve;
(function (RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolve) {
    /** Always */
    RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolve || (exports.RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolve = RolePolicyAttachmentSpecForProviderPolicyArnRefPolicyResolve = {}));
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolution
 */
var RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolution;
(function (RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolution) {
    /** Required */
    RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolution["OPTIONAL"] = "Optional";
})(RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolution || (exports.RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolution = RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolve
 */
var RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolve;
(function (RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolve) {
    /** Always */
    RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolve || (exports.RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolve = RolePolicyAttachmentSpecForProviderPolicyArnSelectorPolicyResolve = {}));
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema RolePolicyAttachmentSpecForProviderRoleRefPolicyResolution
 */
var RolePolicyAttachmentSpecForProviderRoleRefPolicyResolution;
(function (RolePolicyAttachmentSpecForProviderRoleRefPolicyResolution) {
    /** Required */
    RolePolicyAttachmentSpecForProviderRoleRefPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    RolePolicyAttachmentSpecForProviderRoleRefPolicyResolution["OPTIONAL"] = "Optional";
})(RolePolicyAttachmentSpecForProviderRoleRefPolicyResolution || (exports.RolePolicyAttachmentSpecForProviderRoleRefPolicyResolution = RolePolicyAttachmentSpecForProviderRoleRefPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema RolePolicyAttachmentSpecForProviderRoleRefPolicyResolve
 */
var RolePolicyAttachmentSpecForProviderRoleRefPolicyResolve;
(function (RolePolicyAttachmentSpecForProviderRoleRefPolicyResolve) {
    /** Always */
    RolePolicyAttachmentSpecForProviderRoleRefPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    RolePolicyAttachmentSpecForProviderRoleRefPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(RolePolicyAttachmentSpecForProviderRoleRefPolicyResolve || (exports.RolePolicyAttachmentSpecForProviderRoleRefPolicyResolve = RolePolicyAttachmentSpecForProviderRoleRefPolicyResolve = {}));
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolution
 */
var RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolution;
(function (RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolution) {
    /** Required */
    RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolution["OPTIONAL"] = "Optional";
})(RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolution || (exports.RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolution = RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolve
 */
var RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolve;
(function (RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolve) {
    /** Always */
    RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolve || (exports.RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolve = RolePolicyAttachmentSpecForProviderRoleSelectorPolicyResolve = {}));
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolution
 */
var RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolution;
(function (RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolution) {
    /** Required */
    RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolution["OPTIONAL"] = "Optional";
})(RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolution || (exports.RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolution = RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolve
 */
var RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolve;
(function (RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolve) {
    /** Always */
    RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolve || (exports.RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolve = RolePolicyAttachmentSpecInitProviderPolicyArnRefPolicyResolve = {}));
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolution
 */
var RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolution;
(function (RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolution) {
    /** Required */
    RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolution["OPTIONAL"] = "Optional";
})(RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolution || (exports.RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolution = RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolve
 */
var RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolve;
(function (RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolve) {
    /** Always */
    RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolve || (exports.RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolve = RolePolicyAttachmentSpecInitProviderPolicyArnSelectorPolicyResolve = {}));
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolution
 */
var RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolution;
(function (RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolution) {
    /** Required */
    RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolution["OPTIONAL"] = "Optional";
})(RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolution || (exports.RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolution = RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolve
 */
var RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolve;
(function (RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolve) {
    /** Always */
    RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolve || (exports.RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolve = RolePolicyAttachmentSpecInitProviderRoleRefPolicyResolve = {}));
/**
 * Resolution specifies whether resolution of this reference is required.
 * The default is 'Required', which means the reconcile will fail if the
 * reference cannot be resolved. 'Optional' means this reference will be
 * a no-op if it cannot be resolved.
 *
 * @schema RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolution
 */
var RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolution;
(function (RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolution) {
    /** Required */
    RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolution["REQUIRED"] = "Required";
    /** Optional */
    RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolution["OPTIONAL"] = "Optional";
})(RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolution || (exports.RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolution = RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolution = {}));
/**
 * Resolve specifies when this reference should be resolved. The default
 * is 'IfNotPresent', which will attempt to resolve the reference only when
 * the corresponding field is not present. Use 'Always' to resolve the
 * reference on every reconcile.
 *
 * @schema RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolve
 */
var RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolve;
(function (RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolve) {
    /** Always */
    RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolve["ALWAYS"] = "Always";
    /** IfNotPresent */
    RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolve["IF_NOT_PRESENT"] = "IfNotPresent";
})(RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolve || (exports.RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolve = RolePolicyAttachmentSpecInitProviderRoleSelectorPolicyResolve = {}));
