"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ResourcesResourcesPatchesTransformsMatchPatternsType = exports.ResourcesPatchSetsPatchesTransformsMatchPatternsType = exports.ResourcesEnvironmentPatchesTransformsMatchPatternsType = exports.ResourcesWriteConnectionSecretToRefPatchesTransformsStringType = exports.ResourcesWriteConnectionSecretToRefPatchesTransformsStringConvert = exports.ResourcesWriteConnectionSecretToRefPatchesTransformsMathType = exports.ResourcesWriteConnectionSecretToRefPatchesTransformsMatchFallbackTo = exports.ResourcesWriteConnectionSecretToRefPatchesTransformsConvertToType = exports.ResourcesWriteConnectionSecretToRefPatchesTransformsConvertFormat = exports.ResourcesResourcesPatchesTransformsStringType = exports.ResourcesResourcesPatchesTransformsStringConvert = exports.ResourcesResourcesPatchesTransformsMathType = exports.ResourcesResourcesPatchesTransformsMatchFallbackTo = exports.ResourcesResourcesPatchesTransformsConvertToType = exports.ResourcesResourcesPatchesTransformsConvertFormat = exports.ResourcesPatchSetsPatchesTransformsStringType = exports.ResourcesPatchSetsPatchesTransformsStringConvert = exports.ResourcesPatchSetsPatchesTransformsMathType = exports.ResourcesPatchSetsPatchesTransformsMatchFallbackTo = exports.ResourcesPatchSetsPatchesTransformsConvertToType = exports.ResourcesPatchSetsPatchesTransformsConvertFormat = exports.ResourcesEnvironmentPatchesTransformsStringType = exports.ResourcesEnvironmentPatchesTransformsStringConvert = exports.ResourcesEnvironmentPatchesTransformsMathType = exports.ResourcesEnvironmentPatchesTransformsMatchFallbackTo = exports.ResourcesEnvironmentPatchesTransformsConvertToType = exports.ResourcesEnvironmentPatchesTransformsConvertFormat = exports.ResourcesWriteConnectionSecretToRefPatchesTransformsType = exports.ResourcesWriteConnectionSecretToRefPatchesPolicyToFieldPath = exports.ResourcesWriteConnectionSecretToRefPatchesPolicyFromFieldPath = exports.ResourcesWriteConnectionSecretToRefPatchesCombineStrategy = exports.ResourcesResourcesPatchesTransformsType = exports.ResourcesResourcesPatchesPolicyToFieldPath = exports.ResourcesResourcesPatchesPolicyFromFieldPath = exports.ResourcesResourcesPatchesCombineStrategy = exports.ResourcesPatchSetsPatchesTransformsType = exports.ResourcesPatchSetsPatchesPolicyToFieldPath = exports.ResourcesPatchSetsPatchesPolicyFromFieldPath = exports.ResourcesPatchSetsPatchesCombineStrategy = exports.ResourcesEnvironmentPatchesTransformsType = exports.ResourcesEnvironmentPatchesPolicyToFieldPath = exports.ResourcesEnvironmentPatchesPolicyFromFieldPath = exports.ResourcesEnvironmentPatchesCombineStrategy = exports.ResourcesWriteConnectionSecretToRefPatchesType = exports.ResourcesResourcesReadinessChecksType = exports.ResourcesResourcesPatchesType = exports.ResourcesResourcesConnectionDetailsType = exports.ResourcesPatchSetsPatchesType = exports.ResourcesEnvironmentPatchesType = exports.Resources = void 0;
exports.ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatternsType = void 0;
exports.toJson_ResourcesProps = toJson_ResourcesProps;
exports.toJson_ResourcesEnvironment = toJson_ResourcesEnvironment;
exports.toJson_ResourcesPatchSets = toJson_ResourcesPatchSets;
exports.toJson_ResourcesResources = toJson_ResourcesResources;
exports.toJson_ResourcesWriteConnectionSecretToRef = toJson_ResourcesWriteConnectionSecretToRef;
exports.toJson_ResourcesEnvironmentPatches = toJson_ResourcesEnvironmentPatches;
exports.toJson_ResourcesPatchSetsPatches = toJson_ResourcesPatchSetsPatches;
exports.toJson_ResourcesResourcesConnectionDetails = toJson_ResourcesResourcesConnectionDetails;
exports.toJson_ResourcesResourcesPatches = toJson_ResourcesResourcesPatches;
exports.toJson_ResourcesResourcesReadinessChecks = toJson_ResourcesResourcesReadinessChecks;
exports.toJson_ResourcesWriteConnectionSecretToRefPatches = toJson_ResourcesWriteConnectionSecretToRefPatches;
exports.toJson_ResourcesEnvironmentPatchesCombine = toJson_ResourcesEnvironmentPatchesCombine;
exports.toJson_ResourcesEnvironmentPatchesPolicy = toJson_ResourcesEnvironmentPatchesPolicy;
exports.toJson_ResourcesEnvironmentPatchesTransforms = toJson_ResourcesEnvironmentPatchesTransforms;
exports.toJson_ResourcesPatchSetsPatchesCombine = toJson_ResourcesPatchSetsPatchesCombine;
exports.toJson_ResourcesPatchSetsPatchesPolicy = toJson_ResourcesPatchSetsPatchesPolicy;
exports.toJson_ResourcesPatchSetsPatchesTransforms = toJson_ResourcesPatchSetsPatchesTransforms;
exports.toJson_ResourcesResourcesPatchesCombine = toJson_ResourcesResourcesPatchesCombine;
exports.toJson_ResourcesResourcesPatchesPolicy = toJson_ResourcesResourcesPatchesPolicy;
exports.toJson_ResourcesResourcesPatchesTransforms = toJson_ResourcesResourcesPatchesTransforms;
exports.toJson_ResourcesResourcesReadinessChecksMatchCondition = toJson_ResourcesResourcesReadinessChecksMatchCondition;
exports.toJson_ResourcesWriteConnectionSecretToRefPatchesCombine = toJson_ResourcesWriteConnectionSecretToRefPatchesCombine;
exports.toJson_ResourcesWriteConnectionSecretToRefPatchesPolicy = toJson_ResourcesWriteConnectionSecretToRefPatchesPolicy;
exports.toJson_ResourcesWriteConnectionSecretToRefPatchesTransforms = toJson_ResourcesWriteConnectionSecretToRefPatchesTransforms;
exports.toJson_ResourcesEnvironmentPatchesCombineString = toJson_ResourcesEnvironmentPatchesCombineString;
exports.toJson_ResourcesEnvironmentPatchesCombineVariables = toJson_ResourcesEnvironmentPatchesCombineVariables;
exports.toJson_ResourcesEnvironmentPatchesTransformsConvert = toJson_ResourcesEnvironmentPatchesTransformsConvert;
exports.toJson_ResourcesEnvironmentPatchesTransformsMatch = toJson_ResourcesEnvironmentPatchesTransformsMatch;
exports.toJson_ResourcesEnvironmentPatchesTransformsMath = toJson_ResourcesEnvironmentPatchesTransformsMath;
exports.toJson_ResourcesEnvironmentPatchesTransformsString = toJson_ResourcesEnvironmentPatchesTransformsString;
exports.toJson_ResourcesPatchSetsPatchesCombineString = toJson_ResourcesPatchSetsPatchesCombineString;
exports.toJson_ResourcesPatchSetsPatchesCombineVariables = toJson_ResourcesPatchSetsPatchesCombineVariables;
exports.toJson_ResourcesPatchSetsPatchesTransformsConvert = toJson_ResourcesPatchSetsPatchesTransformsConvert;
exports.toJson_ResourcesPatchSetsPatchesTransformsMatch = toJson_ResourcesPatchSetsPatchesTransformsMatch;
exports.toJson_ResourcesPatchSetsPatchesTransformsMath = toJson_ResourcesPatchSetsPatchesTransformsMath;
exports.toJson_ResourcesPatchSetsPatchesTransformsString = toJson_ResourcesPatchSetsPatchesTransformsString;
exports.toJson_ResourcesResourcesPatchesCombineString = toJson_ResourcesResourcesPatchesCombineString;
exports.toJson_ResourcesResourcesPatchesCombineVariables = toJson_ResourcesResourcesPatchesCombineVariables;
exports.toJson_ResourcesResourcesPatchesTransformsConvert = toJson_ResourcesResourcesPatchesTransformsConvert;
exports.toJson_ResourcesResourcesPatchesTransformsMatch = toJson_ResourcesResourcesPatchesTransformsMatch;
exports.toJson_ResourcesResourcesPatchesTransformsMath = toJson_ResourcesResourcesPatchesTransformsMath;
exports.toJson_ResourcesResourcesPatchesTransformsString = toJson_ResourcesResourcesPatchesTransformsString;
exports.toJson_ResourcesWriteConnectionSecretToRefPatchesCombineString = toJson_ResourcesWriteConnectionSecretToRefPatchesCombineString;
exports.toJson_ResourcesWriteConnectionSecretToRefPatchesCombineVariables = toJson_ResourcesWriteConnectionSecretToRefPatchesCombineVariables;
exports.toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsConvert = toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsConvert;
exports.toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsMatch = toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsMatch;
exports.toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsMath = toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsMath;
exports.toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsString = toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsString;
exports.toJson_ResourcesEnvironmentPatchesTransformsMatchPatterns = toJson_ResourcesEnvironmentPatchesTransformsMatchPatterns;
exports.toJson_ResourcesEnvironmentPatchesTransformsStringJoin = toJson_ResourcesEnvironmentPatchesTransformsStringJoin;
exports.toJson_ResourcesEnvironmentPatchesTransformsStringRegexp = toJson_ResourcesEnvironmentPatchesTransformsStringRegexp;
exports.toJson_ResourcesEnvironmentPatchesTransformsStringReplace = toJson_ResourcesEnvironmentPatchesTransformsStringReplace;
exports.toJson_ResourcesPatchSetsPatchesTransformsMatchPatterns = toJson_ResourcesPatchSetsPatchesTransformsMatchPatterns;
exports.toJson_ResourcesPatchSetsPatchesTransformsStringJoin = toJson_ResourcesPatchSetsPatchesTransformsStringJoin;
exports.toJson_ResourcesPatchSetsPatchesTransformsStringRegexp = toJson_ResourcesPatchSetsPatchesTransformsStringRegexp;
exports.toJson_ResourcesPatchSetsPatchesTransformsStringReplace = toJson_ResourcesPatchSetsPatchesTransformsStringReplace;
exports.toJson_ResourcesResourcesPatchesTransformsMatchPatterns = toJson_ResourcesResourcesPatchesTransformsMatchPatterns;
exports.toJson_ResourcesResourcesPatchesTransformsStringJoin = toJson_ResourcesResourcesPatchesTransformsStringJoin;
exports.toJson_ResourcesResourcesPatchesTransformsStringRegexp = toJson_ResourcesResourcesPatchesTransformsStringRegexp;
exports.toJson_ResourcesResourcesPatchesTransformsStringReplace = toJson_ResourcesResourcesPatchesTransformsStringReplace;
exports.toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatterns = toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatterns;
exports.toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsStringJoin = toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsStringJoin;
exports.toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsStringRegexp = toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsStringRegexp;
exports.toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsStringReplace = toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsStringReplace;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * Resources specifies Patch & Transform resource templates.
 *
 * @schema Resources
 */
class Resources extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "Resources"
     */
    static GVK = {
        apiVersion: 'pt.fn.crossplane.io/v1beta1',
        kind: 'Resources',
    };
    /**
     * Renders a Kubernetes manifest for "Resources".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...Resources.GVK,
            ...toJson_ResourcesProps(props),
        };
    }
    /**
     * Defines a "Resources" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...Resources.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...Resources.GVK,
            ...toJson_ResourcesProps(resolved),
        };
    }
}
exports.Resources = Resources;
/**
 * Converts an object of type 'ResourcesProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'environment': toJson_ResourcesEnvironment(obj.environment),
        'patchSets': obj.patchSets?.map(y => toJson_ResourcesPatchSets(y)),
        'resources': obj.resources?.map(y => toJson_ResourcesResources(y)),
        'writeConnectionSecretToRef': toJson_ResourcesWriteConnectionSecretToRef(obj.writeConnectionSecretToRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesEnvironment' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesEnvironment(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'patches': obj.patches?.map(y => toJson_ResourcesEnvironmentPatches(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesPatchSets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesPatchSets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'patches': obj.patches?.map(y => toJson_ResourcesPatchSetsPatches(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'base': obj.base,
        'connectionDetails': obj.connectionDetails?.map(y => toJson_ResourcesResourcesConnectionDetails(y)),
        'name': obj.name,
        'patches': obj.patches?.map(y => toJson_ResourcesResourcesPatches(y)),
        'readinessChecks': obj.readinessChecks?.map(y => toJson_ResourcesResourcesReadinessChecks(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesWriteConnectionSecretToRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
        'patches': obj.patches?.map(y => toJson_ResourcesWriteConnectionSecretToRefPatches(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatches' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesEnvironmentPatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'combine': toJson_ResourcesEnvironmentPatchesCombine(obj.combine),
        'fromFieldPath': obj.fromFieldPath,
        'policy': toJson_ResourcesEnvironmentPatchesPolicy(obj.policy),
        'toFieldPath': obj.toFieldPath,
        'transforms': obj.transforms?.map(y => toJson_ResourcesEnvironmentPatchesTransforms(y)),
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatches' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesPatchSetsPatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'combine': toJson_ResourcesPatchSetsPatchesCombine(obj.combine),
        'fromFieldPath': obj.fromFieldPath,
        'policy': toJson_ResourcesPatchSetsPatchesPolicy(obj.policy),
        'toFieldPath': obj.toFieldPath,
        'transforms': obj.transforms?.map(y => toJson_ResourcesPatchSetsPatchesTransforms(y)),
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesResourcesConnectionDetails' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesResourcesConnectionDetails(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fromConnectionSecretKey': obj.fromConnectionSecretKey,
        'fromFieldPath': obj.fromFieldPath,
        'name': obj.name,
        'type': obj.type,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesResourcesPatches' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesResourcesPatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'combine': toJson_ResourcesResourcesPatchesCombine(obj.combine),
        'fromFieldPath': obj.fromFieldPath,
        'patchSetName': obj.patchSetName,
        'policy': toJson_ResourcesResourcesPatchesPolicy(obj.policy),
        'toFieldPath': obj.toFieldPath,
        'transforms': obj.transforms?.map(y => toJson_ResourcesResourcesPatchesTransforms(y)),
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesResourcesReadinessChecks' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesResourcesReadinessChecks(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fieldPath': obj.fieldPath,
        'matchCondition': toJson_ResourcesResourcesReadinessChecksMatchCondition(obj.matchCondition),
        'matchInteger': obj.matchInteger,
        'matchString': obj.matchString,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatches' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesWriteConnectionSecretToRefPatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'combine': toJson_ResourcesWriteConnectionSecretToRefPatchesCombine(obj.combine),
        'fromFieldPath': obj.fromFieldPath,
        'policy': toJson_ResourcesWriteConnectionSecretToRefPatchesPolicy(obj.policy),
        'toFieldPath': obj.toFieldPath,
        'transforms': obj.transforms?.map(y => toJson_ResourcesWriteConnectionSecretToRefPatchesTransforms(y)),
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesCombine' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesEnvironmentPatchesCombine(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'strategy': obj.strategy,
        'string': toJson_ResourcesEnvironmentPatchesCombineString(obj.string),
        'variables': obj.variables?.map(y => toJson_ResourcesEnvironmentPatchesCombineVariables(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesEnvironmentPatchesPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fromFieldPath': obj.fromFieldPath,
        'toFieldPath': obj.toFieldPath,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesTransforms' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesEnvironmentPatchesTransforms(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'convert': toJson_ResourcesEnvironmentPatchesTransformsConvert(obj.convert),
        'map': ((obj.map) === undefined) ? undefined : (Object.entries(obj.map).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'match': toJson_ResourcesEnvironmentPatchesTransformsMatch(obj.match),
        'math': toJson_ResourcesEnvironmentPatchesTransformsMath(obj.math),
        'string': toJson_ResourcesEnvironmentPatchesTransformsString(obj.string),
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Type sets the patching behaviour to be used. Each patch type may require
 * its own fields to be set on the Patch object.
 *
 * @schema ResourcesEnvironmentPatchesType
 */
var ResourcesEnvironmentPatchesType;
(function (ResourcesEnvironmentPatchesType) {
    /** FromCompositeFieldPath */
    ResourcesEnvironmentPatchesType["FROM_COMPOSITE_FIELD_PATH"] = "FromCompositeFieldPath";
    /** ToCompositeFieldPath */
    ResourcesEnvironmentPatchesType["TO_COMPOSITE_FIELD_PATH"] = "ToCompositeFieldPath";
    /** CombineFromComposite */
    ResourcesEnvironmentPatchesType["COMBINE_FROM_COMPOSITE"] = "CombineFromComposite";
    /** CombineToComposite */
    ResourcesEnvironmentPatchesType["COMBINE_TO_COMPOSITE"] = "CombineToComposite";
    /** FromEnvironmentFieldPath */
    ResourcesEnvironmentPatchesType["FROM_ENVIRONMENT_FIELD_PATH"] = "FromEnvironmentFieldPath";
    /** ToEnvironmentFieldPath */
    ResourcesEnvironmentPatchesType["TO_ENVIRONMENT_FIELD_PATH"] = "ToEnvironmentFieldPath";
})(ResourcesEnvironmentPatchesType || (exports.ResourcesEnvironmentPatchesType = ResourcesEnvironmentPatchesType = {}));
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesCombine' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesPatchSetsPatchesCombine(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'strategy': obj.strategy,
        'string': toJson_ResourcesPatchSetsPatchesCombineString(obj.string),
        'variables': obj.variables?.map(y => toJson_ResourcesPatchSetsPatchesCombineVariables(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesPatchSetsPatchesPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fromFieldPath': obj.fromFieldPath,
        'toFieldPath': obj.toFieldPath,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesTransforms' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesPatchSetsPatchesTransforms(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'convert': toJson_ResourcesPatchSetsPatchesTransformsConvert(obj.convert),
        'map': ((obj.map) === undefined) ? undefined : (Object.entries(obj.map).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'match': toJson_ResourcesPatchSetsPatchesTransformsMatch(obj.match),
        'math': toJson_ResourcesPatchSetsPatchesTransformsMath(obj.math),
        'string': toJson_ResourcesPatchSetsPatchesTransformsString(obj.string),
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Type sets the patching behaviour to be used. Each patch type may require
 * its own fields to be set on the ComposedPatch object.
 *
 * @schema ResourcesPatchSetsPatchesType
 */
var ResourcesPatchSetsPatchesType;
(function (ResourcesPatchSetsPatchesType) {
    /** FromCompositeFieldPath */
    ResourcesPatchSetsPatchesType["FROM_COMPOSITE_FIELD_PATH"] = "FromCompositeFieldPath";
    /** ToCompositeFieldPath */
    ResourcesPatchSetsPatchesType["TO_COMPOSITE_FIELD_PATH"] = "ToCompositeFieldPath";
    /** CombineFromComposite */
    ResourcesPatchSetsPatchesType["COMBINE_FROM_COMPOSITE"] = "CombineFromComposite";
    /** CombineToComposite */
    ResourcesPatchSetsPatchesType["COMBINE_TO_COMPOSITE"] = "CombineToComposite";
    /** FromEnvironmentFieldPath */
    ResourcesPatchSetsPatchesType["FROM_ENVIRONMENT_FIELD_PATH"] = "FromEnvironmentFieldPath";
    /** ToEnvironmentFieldPath */
    ResourcesPatchSetsPatchesType["TO_ENVIRONMENT_FIELD_PATH"] = "ToEnvironmentFieldPath";
    /** CombineFromEnvironment */
    ResourcesPatchSetsPatchesType["COMBINE_FROM_ENVIRONMENT"] = "CombineFromEnvironment";
    /** CombineToEnvironment */
    ResourcesPatchSetsPatchesType["COMBINE_TO_ENVIRONMENT"] = "CombineToEnvironment";
})(ResourcesPatchSetsPatchesType || (exports.ResourcesPatchSetsPatchesType = ResourcesPatchSetsPatchesType = {}));
/**
 * Type sets the connection detail fetching behavior to be used. Each
 * connection detail type may require its own fields to be set on the
 * ConnectionDetail object.
 *
 * @schema ResourcesResourcesConnectionDetailsType
 */
var ResourcesResourcesConnectionDetailsType;
(function (ResourcesResourcesConnectionDetailsType) {
    /** FromConnectionSecretKey */
    ResourcesResourcesConnectionDetailsType["FROM_CONNECTION_SECRET_KEY"] = "FromConnectionSecretKey";
    /** FromFieldPath */
    ResourcesResourcesConnectionDetailsType["FROM_FIELD_PATH"] = "FromFieldPath";
    /** FromValue */
    ResourcesResourcesConnectionDetailsType["FROM_VALUE"] = "FromValue";
})(ResourcesResourcesConnectionDetailsType || (exports.ResourcesResourcesConnectionDetailsType = ResourcesResourcesConnectionDetailsType = {}));
/**
 * Converts an object of type 'ResourcesResourcesPatchesCombine' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesResourcesPatchesCombine(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'strategy': obj.strategy,
        'string': toJson_ResourcesResourcesPatchesCombineString(obj.string),
        'variables': obj.variables?.map(y => toJson_ResourcesResourcesPatchesCombineVariables(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesResourcesPatchesPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fromFieldPath': obj.fromFieldPath,
        'toFieldPath': obj.toFieldPath,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesTransforms' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesResourcesPatchesTransforms(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'convert': toJson_ResourcesResourcesPatchesTransformsConvert(obj.convert),
        'map': ((obj.map) === undefined) ? undefined : (Object.entries(obj.map).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'match': toJson_ResourcesResourcesPatchesTransformsMatch(obj.match),
        'math': toJson_ResourcesResourcesPatchesTransformsMath(obj.math),
        'string': toJson_ResourcesResourcesPatchesTransformsString(obj.string),
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Type sets the patching behaviour to be used. Each patch type may require
 * its own fields to be set on the ComposedPatch object.
 *
 * @schema ResourcesResourcesPatchesType
 */
var ResourcesResourcesPatchesType;
(function (ResourcesResourcesPatchesType) {
    /** FromCompositeFieldPath */
    ResourcesResourcesPatchesType["FROM_COMPOSITE_FIELD_PATH"] = "FromCompositeFieldPath";
    /** PatchSet */
    ResourcesResourcesPatchesType["PATCH_SET"] = "PatchSet";
    /** ToCompositeFieldPath */
    ResourcesResourcesPatchesType["TO_COMPOSITE_FIELD_PATH"] = "ToCompositeFieldPath";
    /** CombineFromComposite */
    ResourcesResourcesPatchesType["COMBINE_FROM_COMPOSITE"] = "CombineFromComposite";
    /** CombineToComposite */
    ResourcesResourcesPatchesType["COMBINE_TO_COMPOSITE"] = "CombineToComposite";
    /** FromEnvironmentFieldPath */
    ResourcesResourcesPatchesType["FROM_ENVIRONMENT_FIELD_PATH"] = "FromEnvironmentFieldPath";
    /** ToEnvironmentFieldPath */
    ResourcesResourcesPatchesType["TO_ENVIRONMENT_FIELD_PATH"] = "ToEnvironmentFieldPath";
    /** CombineFromEnvironment */
    ResourcesResourcesPatchesType["COMBINE_FROM_ENVIRONMENT"] = "CombineFromEnvironment";
    /** CombineToEnvironment */
    ResourcesResourcesPatchesType["COMBINE_TO_ENVIRONMENT"] = "CombineToEnvironment";
})(ResourcesResourcesPatchesType || (exports.ResourcesResourcesPatchesType = ResourcesResourcesPatchesType = {}));
/**
 * Converts an object of type 'ResourcesResourcesReadinessChecksMatchCondition' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesResourcesReadinessChecksMatchCondition(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'status': obj.status,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Type indicates the type of probe you'd like to use.
 *
 * @schema ResourcesResourcesReadinessChecksType
 */
var ResourcesResourcesReadinessChecksType;
(function (ResourcesResourcesReadinessChecksType) {
    /** MatchString */
    ResourcesResourcesReadinessChecksType["MATCH_STRING"] = "MatchString";
    /** MatchInteger */
    ResourcesResourcesReadinessChecksType["MATCH_INTEGER"] = "MatchInteger";
    /** NonEmpty */
    ResourcesResourcesReadinessChecksType["NON_EMPTY"] = "NonEmpty";
    /** MatchCondition */
    ResourcesResourcesReadinessChecksType["MATCH_CONDITION"] = "MatchCondition";
    /** MatchTrue */
    ResourcesResourcesReadinessChecksType["MATCH_TRUE"] = "MatchTrue";
    /** MatchFalse */
    ResourcesResourcesReadinessChecksType["MATCH_FALSE"] = "MatchFalse";
    /** None */
    ResourcesResourcesReadinessChecksType["NONE"] = "None";
})(ResourcesResourcesReadinessChecksType || (exports.ResourcesResourcesReadinessChecksType = ResourcesResourcesReadinessChecksType = {}));
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesCombine' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesWriteConnectionSecretToRefPatchesCombine(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'strategy': obj.strategy,
        'string': toJson_ResourcesWriteConnectionSecretToRefPatchesCombineString(obj.string),
        'variables': obj.variables?.map(y => toJson_ResourcesWriteConnectionSecretToRefPatchesCombineVariables(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesWriteConnectionSecretToRefPatchesPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fromFieldPath': obj.fromFieldPath,
        'toFieldPath': obj.toFieldPath,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesTransforms' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesWriteConnectionSecretToRefPatchesTransforms(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'convert': toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsConvert(obj.convert),
        'map': ((obj.map) === undefined) ? undefined : (Object.entries(obj.map).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'match': toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsMatch(obj.match),
        'math': toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsMath(obj.math),
        'string': toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsString(obj.string),
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Type sets the patch type. Only FromCompositeFieldPath and CombineFromComposite
 * are supported for connection secret patches.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesType
 */
var ResourcesWriteConnectionSecretToRefPatchesType;
(function (ResourcesWriteConnectionSecretToRefPatchesType) {
    /** FromCompositeFieldPath */
    ResourcesWriteConnectionSecretToRefPatchesType["FROM_COMPOSITE_FIELD_PATH"] = "FromCompositeFieldPath";
    /** CombineFromComposite */
    ResourcesWriteConnectionSecretToRefPatchesType["COMBINE_FROM_COMPOSITE"] = "CombineFromComposite";
})(ResourcesWriteConnectionSecretToRefPatchesType || (exports.ResourcesWriteConnectionSecretToRefPatchesType = ResourcesWriteConnectionSecretToRefPatchesType = {}));
/**
 * Strategy defines the strategy to use to combine the input variable values.
 * Currently only string is supported.
 *
 * @schema ResourcesEnvironmentPatchesCombineStrategy
 */
var ResourcesEnvironmentPatchesCombineStrategy;
(function (ResourcesEnvironmentPatchesCombineStrategy) {
    /** string */
    ResourcesEnvironmentPatchesCombineStrategy["STRING"] = "string";
})(ResourcesEnvironmentPatchesCombineStrategy || (exports.ResourcesEnvironmentPatchesCombineStrategy = ResourcesEnvironmentPatchesCombineStrategy = {}));
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesCombineString' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesEnvironmentPatchesCombineString(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fmt': obj.fmt,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesCombineVariables' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesEnvironmentPatchesCombineVariables(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fromFieldPath': obj.fromFieldPath,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * FromFieldPath specifies how to patch from a field path. The default is
 * 'Optional', which means the patch will be a no-op if the specified
 * fromFieldPath does not exist. Use 'Required' to prevent the creation of a
 * new composed resource until the required path exists.
 *
 * @schema ResourcesEnvironmentPatchesPolicyFromFieldPath
 */
var ResourcesEnvironmentPatchesPolicyFromFieldPath;
(function (ResourcesEnvironmentPatchesPolicyFromFieldPath) {
    /** Optional */
    ResourcesEnvironmentPatchesPolicyFromFieldPath["OPTIONAL"] = "Optional";
    /** Required */
    ResourcesEnvironmentPatchesPolicyFromFieldPath["REQUIRED"] = "Required";
})(ResourcesEnvironmentPatchesPolicyFromFieldPath || (exports.ResourcesEnvironmentPatchesPolicyFromFieldPath = ResourcesEnvironmentPatchesPolicyFromFieldPath = {}));
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
var ResourcesEnvironmentPatchesPolicyToFieldPath;
(function (ResourcesEnvironmentPatchesPolicyToFieldPath) {
    /** Replace */
    ResourcesEnvironmentPatchesPolicyToFieldPath["REPLACE"] = "Replace";
    /** MergeObjects */
    ResourcesEnvironmentPatchesPolicyToFieldPath["MERGE_OBJECTS"] = "MergeObjects";
    /** MergeObjectsAppendArrays */
    ResourcesEnvironmentPatchesPolicyToFieldPath["MERGE_OBJECTS_APPEND_ARRAYS"] = "MergeObjectsAppendArrays";
    /** ForceMergeObjects */
    ResourcesEnvironmentPatchesPolicyToFieldPath["FORCE_MERGE_OBJECTS"] = "ForceMergeObjects";
    /** ForceMergeObjectsAppendArrays */
    ResourcesEnvironmentPatchesPolicyToFieldPath["FORCE_MERGE_OBJECTS_APPEND_ARRAYS"] = "ForceMergeObjectsAppendArrays";
    /** MergeObject */
    ResourcesEnvironmentPatchesPolicyToFieldPath["MERGE_OBJECT"] = "MergeObject";
    /** AppendArray */
    ResourcesEnvironmentPatchesPolicyToFieldPath["APPEND_ARRAY"] = "AppendArray";
})(ResourcesEnvironmentPatchesPolicyToFieldPath || (exports.ResourcesEnvironmentPatchesPolicyToFieldPath = ResourcesEnvironmentPatchesPolicyToFieldPath = {}));
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesTransformsConvert' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesEnvironmentPatchesTransformsConvert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'format': obj.format,
        'toType': obj.toType,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesTransformsMatch' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesEnvironmentPatchesTransformsMatch(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fallbackTo': obj.fallbackTo,
        'fallbackValue': obj.fallbackValue,
        'patterns': obj.patterns?.map(y => toJson_ResourcesEnvironmentPatchesTransformsMatchPatterns(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesTransformsMath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesEnvironmentPatchesTransformsMath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clampMax': obj.clampMax,
        'clampMin': obj.clampMin,
        'multiply': obj.multiply,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesTransformsString' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesEnvironmentPatchesTransformsString(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'convert': obj.convert,
        'fmt': obj.fmt,
        'join': toJson_ResourcesEnvironmentPatchesTransformsStringJoin(obj.join),
        'regexp': toJson_ResourcesEnvironmentPatchesTransformsStringRegexp(obj.regexp),
        'replace': toJson_ResourcesEnvironmentPatchesTransformsStringReplace(obj.replace),
        'trim': obj.trim,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Type of the transform to be run.
 *
 * @schema ResourcesEnvironmentPatchesTransformsType
 */
var ResourcesEnvironmentPatchesTransformsType;
(function (ResourcesEnvironmentPatchesTransformsType) {
    /** map */
    ResourcesEnvironmentPatchesTransformsType["MAP"] = "map";
    /** match */
    ResourcesEnvironmentPatchesTransformsType["MATCH"] = "match";
    /** math */
    ResourcesEnvironmentPatchesTransformsType["MATH"] = "math";
    /** string */
    ResourcesEnvironmentPatchesTransformsType["STRING"] = "string";
    /** convert */
    ResourcesEnvironmentPatchesTransformsType["CONVERT"] = "convert";
})(ResourcesEnvironmentPatchesTransformsType || (exports.ResourcesEnvironmentPatchesTransformsType = ResourcesEnvironmentPatchesTransformsType = {}));
/**
 * Strategy defines the strategy to use to combine the input variable values.
 * Currently only string is supported.
 *
 * @schema ResourcesPatchSetsPatchesCombineStrategy
 */
var ResourcesPatchSetsPatchesCombineStrategy;
(function (ResourcesPatchSetsPatchesCombineStrategy) {
    /** string */
    ResourcesPatchSetsPatchesCombineStrategy["STRING"] = "string";
})(ResourcesPatchSetsPatchesCombineStrategy || (exports.ResourcesPatchSetsPatchesCombineStrategy = ResourcesPatchSetsPatchesCombineStrategy = {}));
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesCombineString' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesPatchSetsPatchesCombineString(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fmt': obj.fmt,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesCombineVariables' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesPatchSetsPatchesCombineVariables(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fromFieldPath': obj.fromFieldPath,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * FromFieldPath specifies how to patch from a field path. The default is
 * 'Optional', which means the patch will be a no-op if the specified
 * fromFieldPath does not exist. Use 'Required' to prevent the creation of a
 * new composed resource until the required path exists.
 *
 * @schema ResourcesPatchSetsPatchesPolicyFromFieldPath
 */
var ResourcesPatchSetsPatchesPolicyFromFieldPath;
(function (ResourcesPatchSetsPatchesPolicyFromFieldPath) {
    /** Optional */
    ResourcesPatchSetsPatchesPolicyFromFieldPath["OPTIONAL"] = "Optional";
    /** Required */
    ResourcesPatchSetsPatchesPolicyFromFieldPath["REQUIRED"] = "Required";
})(ResourcesPatchSetsPatchesPolicyFromFieldPath || (exports.ResourcesPatchSetsPatchesPolicyFromFieldPath = ResourcesPatchSetsPatchesPolicyFromFieldPath = {}));
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
var ResourcesPatchSetsPatchesPolicyToFieldPath;
(function (ResourcesPatchSetsPatchesPolicyToFieldPath) {
    /** Replace */
    ResourcesPatchSetsPatchesPolicyToFieldPath["REPLACE"] = "Replace";
    /** MergeObjects */
    ResourcesPatchSetsPatchesPolicyToFieldPath["MERGE_OBJECTS"] = "MergeObjects";
    /** MergeObjectsAppendArrays */
    ResourcesPatchSetsPatchesPolicyToFieldPath["MERGE_OBJECTS_APPEND_ARRAYS"] = "MergeObjectsAppendArrays";
    /** ForceMergeObjects */
    ResourcesPatchSetsPatchesPolicyToFieldPath["FORCE_MERGE_OBJECTS"] = "ForceMergeObjects";
    /** ForceMergeObjectsAppendArrays */
    ResourcesPatchSetsPatchesPolicyToFieldPath["FORCE_MERGE_OBJECTS_APPEND_ARRAYS"] = "ForceMergeObjectsAppendArrays";
    /** MergeObject */
    ResourcesPatchSetsPatchesPolicyToFieldPath["MERGE_OBJECT"] = "MergeObject";
    /** AppendArray */
    ResourcesPatchSetsPatchesPolicyToFieldPath["APPEND_ARRAY"] = "AppendArray";
})(ResourcesPatchSetsPatchesPolicyToFieldPath || (exports.ResourcesPatchSetsPatchesPolicyToFieldPath = ResourcesPatchSetsPatchesPolicyToFieldPath = {}));
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesTransformsConvert' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesPatchSetsPatchesTransformsConvert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'format': obj.format,
        'toType': obj.toType,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesTransformsMatch' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesPatchSetsPatchesTransformsMatch(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fallbackTo': obj.fallbackTo,
        'fallbackValue': obj.fallbackValue,
        'patterns': obj.patterns?.map(y => toJson_ResourcesPatchSetsPatchesTransformsMatchPatterns(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesTransformsMath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesPatchSetsPatchesTransformsMath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clampMax': obj.clampMax,
        'clampMin': obj.clampMin,
        'multiply': obj.multiply,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesTransformsString' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesPatchSetsPatchesTransformsString(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'convert': obj.convert,
        'fmt': obj.fmt,
        'join': toJson_ResourcesPatchSetsPatchesTransformsStringJoin(obj.join),
        'regexp': toJson_ResourcesPatchSetsPatchesTransformsStringRegexp(obj.regexp),
        'replace': toJson_ResourcesPatchSetsPatchesTransformsStringReplace(obj.replace),
        'trim': obj.trim,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Type of the transform to be run.
 *
 * @schema ResourcesPatchSetsPatchesTransformsType
 */
var ResourcesPatchSetsPatchesTransformsType;
(function (ResourcesPatchSetsPatchesTransformsType) {
    /** map */
    ResourcesPatchSetsPatchesTransformsType["MAP"] = "map";
    /** match */
    ResourcesPatchSetsPatchesTransformsType["MATCH"] = "match";
    /** math */
    ResourcesPatchSetsPatchesTransformsType["MATH"] = "math";
    /** string */
    ResourcesPatchSetsPatchesTransformsType["STRING"] = "string";
    /** convert */
    ResourcesPatchSetsPatchesTransformsType["CONVERT"] = "convert";
})(ResourcesPatchSetsPatchesTransformsType || (exports.ResourcesPatchSetsPatchesTransformsType = ResourcesPatchSetsPatchesTransformsType = {}));
/**
 * Strategy defines the strategy to use to combine the input variable values.
 * Currently only string is supported.
 *
 * @schema ResourcesResourcesPatchesCombineStrategy
 */
var ResourcesResourcesPatchesCombineStrategy;
(function (ResourcesResourcesPatchesCombineStrategy) {
    /** string */
    ResourcesResourcesPatchesCombineStrategy["STRING"] = "string";
})(ResourcesResourcesPatchesCombineStrategy || (exports.ResourcesResourcesPatchesCombineStrategy = ResourcesResourcesPatchesCombineStrategy = {}));
/**
 * Converts an object of type 'ResourcesResourcesPatchesCombineString' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesResourcesPatchesCombineString(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fmt': obj.fmt,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesCombineVariables' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesResourcesPatchesCombineVariables(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fromFieldPath': obj.fromFieldPath,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * FromFieldPath specifies how to patch from a field path. The default is
 * 'Optional', which means the patch will be a no-op if the specified
 * fromFieldPath does not exist. Use 'Required' to prevent the creation of a
 * new composed resource until the required path exists.
 *
 * @schema ResourcesResourcesPatchesPolicyFromFieldPath
 */
var ResourcesResourcesPatchesPolicyFromFieldPath;
(function (ResourcesResourcesPatchesPolicyFromFieldPath) {
    /** Optional */
    ResourcesResourcesPatchesPolicyFromFieldPath["OPTIONAL"] = "Optional";
    /** Required */
    ResourcesResourcesPatchesPolicyFromFieldPath["REQUIRED"] = "Required";
})(ResourcesResourcesPatchesPolicyFromFieldPath || (exports.ResourcesResourcesPatchesPolicyFromFieldPath = ResourcesResourcesPatchesPolicyFromFieldPath = {}));
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
var ResourcesResourcesPatchesPolicyToFieldPath;
(function (ResourcesResourcesPatchesPolicyToFieldPath) {
    /** Replace */
    ResourcesResourcesPatchesPolicyToFieldPath["REPLACE"] = "Replace";
    /** MergeObjects */
    ResourcesResourcesPatchesPolicyToFieldPath["MERGE_OBJECTS"] = "MergeObjects";
    /** MergeObjectsAppendArrays */
    ResourcesResourcesPatchesPolicyToFieldPath["MERGE_OBJECTS_APPEND_ARRAYS"] = "MergeObjectsAppendArrays";
    /** ForceMergeObjects */
    ResourcesResourcesPatchesPolicyToFieldPath["FORCE_MERGE_OBJECTS"] = "ForceMergeObjects";
    /** ForceMergeObjectsAppendArrays */
    ResourcesResourcesPatchesPolicyToFieldPath["FORCE_MERGE_OBJECTS_APPEND_ARRAYS"] = "ForceMergeObjectsAppendArrays";
    /** MergeObject */
    ResourcesResourcesPatchesPolicyToFieldPath["MERGE_OBJECT"] = "MergeObject";
    /** AppendArray */
    ResourcesResourcesPatchesPolicyToFieldPath["APPEND_ARRAY"] = "AppendArray";
})(ResourcesResourcesPatchesPolicyToFieldPath || (exports.ResourcesResourcesPatchesPolicyToFieldPath = ResourcesResourcesPatchesPolicyToFieldPath = {}));
/**
 * Converts an object of type 'ResourcesResourcesPatchesTransformsConvert' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesResourcesPatchesTransformsConvert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'format': obj.format,
        'toType': obj.toType,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesTransformsMatch' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesResourcesPatchesTransformsMatch(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fallbackTo': obj.fallbackTo,
        'fallbackValue': obj.fallbackValue,
        'patterns': obj.patterns?.map(y => toJson_ResourcesResourcesPatchesTransformsMatchPatterns(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesTransformsMath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesResourcesPatchesTransformsMath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clampMax': obj.clampMax,
        'clampMin': obj.clampMin,
        'multiply': obj.multiply,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesTransformsString' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesResourcesPatchesTransformsString(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'convert': obj.convert,
        'fmt': obj.fmt,
        'join': toJson_ResourcesResourcesPatchesTransformsStringJoin(obj.join),
        'regexp': toJson_ResourcesResourcesPatchesTransformsStringRegexp(obj.regexp),
        'replace': toJson_ResourcesResourcesPatchesTransformsStringReplace(obj.replace),
        'trim': obj.trim,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Type of the transform to be run.
 *
 * @schema ResourcesResourcesPatchesTransformsType
 */
var ResourcesResourcesPatchesTransformsType;
(function (ResourcesResourcesPatchesTransformsType) {
    /** map */
    ResourcesResourcesPatchesTransformsType["MAP"] = "map";
    /** match */
    ResourcesResourcesPatchesTransformsType["MATCH"] = "match";
    /** math */
    ResourcesResourcesPatchesTransformsType["MATH"] = "math";
    /** string */
    ResourcesResourcesPatchesTransformsType["STRING"] = "string";
    /** convert */
    ResourcesResourcesPatchesTransformsType["CONVERT"] = "convert";
})(ResourcesResourcesPatchesTransformsType || (exports.ResourcesResourcesPatchesTransformsType = ResourcesResourcesPatchesTransformsType = {}));
/**
 * Strategy defines the strategy to use to combine the input variable values.
 * Currently only string is supported.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesCombineStrategy
 */
var ResourcesWriteConnectionSecretToRefPatchesCombineStrategy;
(function (ResourcesWriteConnectionSecretToRefPatchesCombineStrategy) {
    /** string */
    ResourcesWriteConnectionSecretToRefPatchesCombineStrategy["STRING"] = "string";
})(ResourcesWriteConnectionSecretToRefPatchesCombineStrategy || (exports.ResourcesWriteConnectionSecretToRefPatchesCombineStrategy = ResourcesWriteConnectionSecretToRefPatchesCombineStrategy = {}));
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesCombineString' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesWriteConnectionSecretToRefPatchesCombineString(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fmt': obj.fmt,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesCombineVariables' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesWriteConnectionSecretToRefPatchesCombineVariables(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fromFieldPath': obj.fromFieldPath,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * FromFieldPath specifies how to patch from a field path. The default is
 * 'Optional', which means the patch will be a no-op if the specified
 * fromFieldPath does not exist. Use 'Required' to prevent the creation of a
 * new composed resource until the required path exists.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesPolicyFromFieldPath
 */
var ResourcesWriteConnectionSecretToRefPatchesPolicyFromFieldPath;
(function (ResourcesWriteConnectionSecretToRefPatchesPolicyFromFieldPath) {
    /** Optional */
    ResourcesWriteConnectionSecretToRefPatchesPolicyFromFieldPath["OPTIONAL"] = "Optional";
    /** Required */
    ResourcesWriteConnectionSecretToRefPatchesPolicyFromFieldPath["REQUIRED"] = "Required";
})(ResourcesWriteConnectionSecretToRefPatchesPolicyFromFieldPath || (exports.ResourcesWriteConnectionSecretToRefPatchesPolicyFromFieldPath = ResourcesWriteConnectionSecretToRefPatchesPolicyFromFieldPath = {}));
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
var ResourcesWriteConnectionSecretToRefPatchesPolicyToFieldPath;
(function (ResourcesWriteConnectionSecretToRefPatchesPolicyToFieldPath) {
    /** Replace */
    ResourcesWriteConnectionSecretToRefPatchesPolicyToFieldPath["REPLACE"] = "Replace";
    /** MergeObjects */
    ResourcesWriteConnectionSecretToRefPatchesPolicyToFieldPath["MERGE_OBJECTS"] = "MergeObjects";
    /** MergeObjectsAppendArrays */
    ResourcesWriteConnectionSecretToRefPatchesPolicyToFieldPath["MERGE_OBJECTS_APPEND_ARRAYS"] = "MergeObjectsAppendArrays";
    /** ForceMergeObjects */
    ResourcesWriteConnectionSecretToRefPatchesPolicyToFieldPath["FORCE_MERGE_OBJECTS"] = "ForceMergeObjects";
    /** ForceMergeObjectsAppendArrays */
    ResourcesWriteConnectionSecretToRefPatchesPolicyToFieldPath["FORCE_MERGE_OBJECTS_APPEND_ARRAYS"] = "ForceMergeObjectsAppendArrays";
    /** MergeObject */
    ResourcesWriteConnectionSecretToRefPatchesPolicyToFieldPath["MERGE_OBJECT"] = "MergeObject";
    /** AppendArray */
    ResourcesWriteConnectionSecretToRefPatchesPolicyToFieldPath["APPEND_ARRAY"] = "AppendArray";
})(ResourcesWriteConnectionSecretToRefPatchesPolicyToFieldPath || (exports.ResourcesWriteConnectionSecretToRefPatchesPolicyToFieldPath = ResourcesWriteConnectionSecretToRefPatchesPolicyToFieldPath = {}));
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesTransformsConvert' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsConvert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'format': obj.format,
        'toType': obj.toType,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesTransformsMatch' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsMatch(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fallbackTo': obj.fallbackTo,
        'fallbackValue': obj.fallbackValue,
        'patterns': obj.patterns?.map(y => toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatterns(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesTransformsMath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsMath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clampMax': obj.clampMax,
        'clampMin': obj.clampMin,
        'multiply': obj.multiply,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesTransformsString' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsString(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'convert': obj.convert,
        'fmt': obj.fmt,
        'join': toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsStringJoin(obj.join),
        'regexp': toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsStringRegexp(obj.regexp),
        'replace': toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsStringReplace(obj.replace),
        'trim': obj.trim,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Type of the transform to be run.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsType
 */
var ResourcesWriteConnectionSecretToRefPatchesTransformsType;
(function (ResourcesWriteConnectionSecretToRefPatchesTransformsType) {
    /** map */
    ResourcesWriteConnectionSecretToRefPatchesTransformsType["MAP"] = "map";
    /** match */
    ResourcesWriteConnectionSecretToRefPatchesTransformsType["MATCH"] = "match";
    /** math */
    ResourcesWriteConnectionSecretToRefPatchesTransformsType["MATH"] = "math";
    /** string */
    ResourcesWriteConnectionSecretToRefPatchesTransformsType["STRING"] = "string";
    /** convert */
    ResourcesWriteConnectionSecretToRefPatchesTransformsType["CONVERT"] = "convert";
})(ResourcesWriteConnectionSecretToRefPatchesTransformsType || (exports.ResourcesWriteConnectionSecretToRefPatchesTransformsType = ResourcesWriteConnectionSecretToRefPatchesTransformsType = {}));
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
var ResourcesEnvironmentPatchesTransformsConvertFormat;
(function (ResourcesEnvironmentPatchesTransformsConvertFormat) {
    /** none */
    ResourcesEnvironmentPatchesTransformsConvertFormat["NONE"] = "none";
    /** quantity */
    ResourcesEnvironmentPatchesTransformsConvertFormat["QUANTITY"] = "quantity";
    /** json */
    ResourcesEnvironmentPatchesTransformsConvertFormat["JSON"] = "json";
})(ResourcesEnvironmentPatchesTransformsConvertFormat || (exports.ResourcesEnvironmentPatchesTransformsConvertFormat = ResourcesEnvironmentPatchesTransformsConvertFormat = {}));
/**
 * ToType is the type of the output of this transform.
 *
 * @schema ResourcesEnvironmentPatchesTransformsConvertToType
 */
var ResourcesEnvironmentPatchesTransformsConvertToType;
(function (ResourcesEnvironmentPatchesTransformsConvertToType) {
    /** string */
    ResourcesEnvironmentPatchesTransformsConvertToType["STRING"] = "string";
    /** int */
    ResourcesEnvironmentPatchesTransformsConvertToType["INT"] = "int";
    /** int64 */
    ResourcesEnvironmentPatchesTransformsConvertToType["INT64"] = "int64";
    /** bool */
    ResourcesEnvironmentPatchesTransformsConvertToType["BOOL"] = "bool";
    /** float64 */
    ResourcesEnvironmentPatchesTransformsConvertToType["FLOAT64"] = "float64";
    /** object */
    ResourcesEnvironmentPatchesTransformsConvertToType["OBJECT"] = "object";
    /** array */
    ResourcesEnvironmentPatchesTransformsConvertToType["ARRAY"] = "array";
})(ResourcesEnvironmentPatchesTransformsConvertToType || (exports.ResourcesEnvironmentPatchesTransformsConvertToType = ResourcesEnvironmentPatchesTransformsConvertToType = {}));
/**
 * Determines to what value the transform should fallback if no pattern matches.
 *
 * @schema ResourcesEnvironmentPatchesTransformsMatchFallbackTo
 */
var ResourcesEnvironmentPatchesTransformsMatchFallbackTo;
(function (ResourcesEnvironmentPatchesTransformsMatchFallbackTo) {
    /** Value */
    ResourcesEnvironmentPatchesTransformsMatchFallbackTo["VALUE"] = "Value";
    /** Input */
    ResourcesEnvironmentPatchesTransformsMatchFallbackTo["INPUT"] = "Input";
})(ResourcesEnvironmentPatchesTransformsMatchFallbackTo || (exports.ResourcesEnvironmentPatchesTransformsMatchFallbackTo = ResourcesEnvironmentPatchesTransformsMatchFallbackTo = {}));
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesTransformsMatchPatterns' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesEnvironmentPatchesTransformsMatchPatterns(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'literal': obj.literal,
        'regexp': obj.regexp,
        'result': obj.result,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Type of the math transform to be run.
 *
 * @schema ResourcesEnvironmentPatchesTransformsMathType
 */
var ResourcesEnvironmentPatchesTransformsMathType;
(function (ResourcesEnvironmentPatchesTransformsMathType) {
    /** Multiply */
    ResourcesEnvironmentPatchesTransformsMathType["MULTIPLY"] = "Multiply";
    /** ClampMin */
    ResourcesEnvironmentPatchesTransformsMathType["CLAMP_MIN"] = "ClampMin";
    /** ClampMax */
    ResourcesEnvironmentPatchesTransformsMathType["CLAMP_MAX"] = "ClampMax";
})(ResourcesEnvironmentPatchesTransformsMathType || (exports.ResourcesEnvironmentPatchesTransformsMathType = ResourcesEnvironmentPatchesTransformsMathType = {}));
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
var ResourcesEnvironmentPatchesTransformsStringConvert;
(function (ResourcesEnvironmentPatchesTransformsStringConvert) {
    /** ToUpper */
    ResourcesEnvironmentPatchesTransformsStringConvert["TO_UPPER"] = "ToUpper";
    /** ToLower */
    ResourcesEnvironmentPatchesTransformsStringConvert["TO_LOWER"] = "ToLower";
    /** ToBase64 */
    ResourcesEnvironmentPatchesTransformsStringConvert["TO_BASE64"] = "ToBase64";
    /** FromBase64 */
    ResourcesEnvironmentPatchesTransformsStringConvert["FROM_BASE64"] = "FromBase64";
    /** ToJson */
    ResourcesEnvironmentPatchesTransformsStringConvert["TO_JSON"] = "ToJson";
    /** ToSha1 */
    ResourcesEnvironmentPatchesTransformsStringConvert["TO_SHA1"] = "ToSha1";
    /** ToSha256 */
    ResourcesEnvironmentPatchesTransformsStringConvert["TO_SHA256"] = "ToSha256";
    /** ToSha512 */
    ResourcesEnvironmentPatchesTransformsStringConvert["TO_SHA512"] = "ToSha512";
})(ResourcesEnvironmentPatchesTransformsStringConvert || (exports.ResourcesEnvironmentPatchesTransformsStringConvert = ResourcesEnvironmentPatchesTransformsStringConvert = {}));
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesTransformsStringJoin' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesEnvironmentPatchesTransformsStringJoin(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'separator': obj.separator,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesTransformsStringRegexp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesEnvironmentPatchesTransformsStringRegexp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'match': obj.match,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesEnvironmentPatchesTransformsStringReplace' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesEnvironmentPatchesTransformsStringReplace(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replace': obj.replace,
        'search': obj.search,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Type of the string transform to be run.
 *
 * @schema ResourcesEnvironmentPatchesTransformsStringType
 */
var ResourcesEnvironmentPatchesTransformsStringType;
(function (ResourcesEnvironmentPatchesTransformsStringType) {
    /** Format */
    ResourcesEnvironmentPatchesTransformsStringType["FORMAT"] = "Format";
    /** Convert */
    ResourcesEnvironmentPatchesTransformsStringType["CONVERT"] = "Convert";
    /** TrimPrefix */
    ResourcesEnvironmentPatchesTransformsStringType["TRIM_PREFIX"] = "TrimPrefix";
    /** TrimSuffix */
    ResourcesEnvironmentPatchesTransformsStringType["TRIM_SUFFIX"] = "TrimSuffix";
    /** Regexp */
    ResourcesEnvironmentPatchesTransformsStringType["REGEXP"] = "Regexp";
})(ResourcesEnvironmentPatchesTransformsStringType || (exports.ResourcesEnvironmentPatchesTransformsStringType = ResourcesEnvironmentPatchesTransformsStringType = {}));
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
var ResourcesPatchSetsPatchesTransformsConvertFormat;
(function (ResourcesPatchSetsPatchesTransformsConvertFormat) {
    /** none */
    ResourcesPatchSetsPatchesTransformsConvertFormat["NONE"] = "none";
    /** quantity */
    ResourcesPatchSetsPatchesTransformsConvertFormat["QUANTITY"] = "quantity";
    /** json */
    ResourcesPatchSetsPatchesTransformsConvertFormat["JSON"] = "json";
})(ResourcesPatchSetsPatchesTransformsConvertFormat || (exports.ResourcesPatchSetsPatchesTransformsConvertFormat = ResourcesPatchSetsPatchesTransformsConvertFormat = {}));
/**
 * ToType is the type of the output of this transform.
 *
 * @schema ResourcesPatchSetsPatchesTransformsConvertToType
 */
var ResourcesPatchSetsPatchesTransformsConvertToType;
(function (ResourcesPatchSetsPatchesTransformsConvertToType) {
    /** string */
    ResourcesPatchSetsPatchesTransformsConvertToType["STRING"] = "string";
    /** int */
    ResourcesPatchSetsPatchesTransformsConvertToType["INT"] = "int";
    /** int64 */
    ResourcesPatchSetsPatchesTransformsConvertToType["INT64"] = "int64";
    /** bool */
    ResourcesPatchSetsPatchesTransformsConvertToType["BOOL"] = "bool";
    /** float64 */
    ResourcesPatchSetsPatchesTransformsConvertToType["FLOAT64"] = "float64";
    /** object */
    ResourcesPatchSetsPatchesTransformsConvertToType["OBJECT"] = "object";
    /** array */
    ResourcesPatchSetsPatchesTransformsConvertToType["ARRAY"] = "array";
})(ResourcesPatchSetsPatchesTransformsConvertToType || (exports.ResourcesPatchSetsPatchesTransformsConvertToType = ResourcesPatchSetsPatchesTransformsConvertToType = {}));
/**
 * Determines to what value the transform should fallback if no pattern matches.
 *
 * @schema ResourcesPatchSetsPatchesTransformsMatchFallbackTo
 */
var ResourcesPatchSetsPatchesTransformsMatchFallbackTo;
(function (ResourcesPatchSetsPatchesTransformsMatchFallbackTo) {
    /** Value */
    ResourcesPatchSetsPatchesTransformsMatchFallbackTo["VALUE"] = "Value";
    /** Input */
    ResourcesPatchSetsPatchesTransformsMatchFallbackTo["INPUT"] = "Input";
})(ResourcesPatchSetsPatchesTransformsMatchFallbackTo || (exports.ResourcesPatchSetsPatchesTransformsMatchFallbackTo = ResourcesPatchSetsPatchesTransformsMatchFallbackTo = {}));
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesTransformsMatchPatterns' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesPatchSetsPatchesTransformsMatchPatterns(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'literal': obj.literal,
        'regexp': obj.regexp,
        'result': obj.result,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Type of the math transform to be run.
 *
 * @schema ResourcesPatchSetsPatchesTransformsMathType
 */
var ResourcesPatchSetsPatchesTransformsMathType;
(function (ResourcesPatchSetsPatchesTransformsMathType) {
    /** Multiply */
    ResourcesPatchSetsPatchesTransformsMathType["MULTIPLY"] = "Multiply";
    /** ClampMin */
    ResourcesPatchSetsPatchesTransformsMathType["CLAMP_MIN"] = "ClampMin";
    /** ClampMax */
    ResourcesPatchSetsPatchesTransformsMathType["CLAMP_MAX"] = "ClampMax";
})(ResourcesPatchSetsPatchesTransformsMathType || (exports.ResourcesPatchSetsPatchesTransformsMathType = ResourcesPatchSetsPatchesTransformsMathType = {}));
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
var ResourcesPatchSetsPatchesTransformsStringConvert;
(function (ResourcesPatchSetsPatchesTransformsStringConvert) {
    /** ToUpper */
    ResourcesPatchSetsPatchesTransformsStringConvert["TO_UPPER"] = "ToUpper";
    /** ToLower */
    ResourcesPatchSetsPatchesTransformsStringConvert["TO_LOWER"] = "ToLower";
    /** ToBase64 */
    ResourcesPatchSetsPatchesTransformsStringConvert["TO_BASE64"] = "ToBase64";
    /** FromBase64 */
    ResourcesPatchSetsPatchesTransformsStringConvert["FROM_BASE64"] = "FromBase64";
    /** ToJson */
    ResourcesPatchSetsPatchesTransformsStringConvert["TO_JSON"] = "ToJson";
    /** ToSha1 */
    ResourcesPatchSetsPatchesTransformsStringConvert["TO_SHA1"] = "ToSha1";
    /** ToSha256 */
    ResourcesPatchSetsPatchesTransformsStringConvert["TO_SHA256"] = "ToSha256";
    /** ToSha512 */
    ResourcesPatchSetsPatchesTransformsStringConvert["TO_SHA512"] = "ToSha512";
})(ResourcesPatchSetsPatchesTransformsStringConvert || (exports.ResourcesPatchSetsPatchesTransformsStringConvert = ResourcesPatchSetsPatchesTransformsStringConvert = {}));
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesTransformsStringJoin' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesPatchSetsPatchesTransformsStringJoin(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'separator': obj.separator,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesTransformsStringRegexp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesPatchSetsPatchesTransformsStringRegexp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'match': obj.match,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesPatchSetsPatchesTransformsStringReplace' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesPatchSetsPatchesTransformsStringReplace(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replace': obj.replace,
        'search': obj.search,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Type of the string transform to be run.
 *
 * @schema ResourcesPatchSetsPatchesTransformsStringType
 */
var ResourcesPatchSetsPatchesTransformsStringType;
(function (ResourcesPatchSetsPatchesTransformsStringType) {
    /** Format */
    ResourcesPatchSetsPatchesTransformsStringType["FORMAT"] = "Format";
    /** Convert */
    ResourcesPatchSetsPatchesTransformsStringType["CONVERT"] = "Convert";
    /** TrimPrefix */
    ResourcesPatchSetsPatchesTransformsStringType["TRIM_PREFIX"] = "TrimPrefix";
    /** TrimSuffix */
    ResourcesPatchSetsPatchesTransformsStringType["TRIM_SUFFIX"] = "TrimSuffix";
    /** Regexp */
    ResourcesPatchSetsPatchesTransformsStringType["REGEXP"] = "Regexp";
})(ResourcesPatchSetsPatchesTransformsStringType || (exports.ResourcesPatchSetsPatchesTransformsStringType = ResourcesPatchSetsPatchesTransformsStringType = {}));
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
var ResourcesResourcesPatchesTransformsConvertFormat;
(function (ResourcesResourcesPatchesTransformsConvertFormat) {
    /** none */
    ResourcesResourcesPatchesTransformsConvertFormat["NONE"] = "none";
    /** quantity */
    ResourcesResourcesPatchesTransformsConvertFormat["QUANTITY"] = "quantity";
    /** json */
    ResourcesResourcesPatchesTransformsConvertFormat["JSON"] = "json";
})(ResourcesResourcesPatchesTransformsConvertFormat || (exports.ResourcesResourcesPatchesTransformsConvertFormat = ResourcesResourcesPatchesTransformsConvertFormat = {}));
/**
 * ToType is the type of the output of this transform.
 *
 * @schema ResourcesResourcesPatchesTransformsConvertToType
 */
var ResourcesResourcesPatchesTransformsConvertToType;
(function (ResourcesResourcesPatchesTransformsConvertToType) {
    /** string */
    ResourcesResourcesPatchesTransformsConvertToType["STRING"] = "string";
    /** int */
    ResourcesResourcesPatchesTransformsConvertToType["INT"] = "int";
    /** int64 */
    ResourcesResourcesPatchesTransformsConvertToType["INT64"] = "int64";
    /** bool */
    ResourcesResourcesPatchesTransformsConvertToType["BOOL"] = "bool";
    /** float64 */
    ResourcesResourcesPatchesTransformsConvertToType["FLOAT64"] = "float64";
    /** object */
    ResourcesResourcesPatchesTransformsConvertToType["OBJECT"] = "object";
    /** array */
    ResourcesResourcesPatchesTransformsConvertToType["ARRAY"] = "array";
})(ResourcesResourcesPatchesTransformsConvertToType || (exports.ResourcesResourcesPatchesTransformsConvertToType = ResourcesResourcesPatchesTransformsConvertToType = {}));
/**
 * Determines to what value the transform should fallback if no pattern matches.
 *
 * @schema ResourcesResourcesPatchesTransformsMatchFallbackTo
 */
var ResourcesResourcesPatchesTransformsMatchFallbackTo;
(function (ResourcesResourcesPatchesTransformsMatchFallbackTo) {
    /** Value */
    ResourcesResourcesPatchesTransformsMatchFallbackTo["VALUE"] = "Value";
    /** Input */
    ResourcesResourcesPatchesTransformsMatchFallbackTo["INPUT"] = "Input";
})(ResourcesResourcesPatchesTransformsMatchFallbackTo || (exports.ResourcesResourcesPatchesTransformsMatchFallbackTo = ResourcesResourcesPatchesTransformsMatchFallbackTo = {}));
/**
 * Converts an object of type 'ResourcesResourcesPatchesTransformsMatchPatterns' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesResourcesPatchesTransformsMatchPatterns(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'literal': obj.literal,
        'regexp': obj.regexp,
        'result': obj.result,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Type of the math transform to be run.
 *
 * @schema ResourcesResourcesPatchesTransformsMathType
 */
var ResourcesResourcesPatchesTransformsMathType;
(function (ResourcesResourcesPatchesTransformsMathType) {
    /** Multiply */
    ResourcesResourcesPatchesTransformsMathType["MULTIPLY"] = "Multiply";
    /** ClampMin */
    ResourcesResourcesPatchesTransformsMathType["CLAMP_MIN"] = "ClampMin";
    /** ClampMax */
    ResourcesResourcesPatchesTransformsMathType["CLAMP_MAX"] = "ClampMax";
})(ResourcesResourcesPatchesTransformsMathType || (exports.ResourcesResourcesPatchesTransformsMathType = ResourcesResourcesPatchesTransformsMathType = {}));
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
var ResourcesResourcesPatchesTransformsStringConvert;
(function (ResourcesResourcesPatchesTransformsStringConvert) {
    /** ToUpper */
    ResourcesResourcesPatchesTransformsStringConvert["TO_UPPER"] = "ToUpper";
    /** ToLower */
    ResourcesResourcesPatchesTransformsStringConvert["TO_LOWER"] = "ToLower";
    /** ToBase64 */
    ResourcesResourcesPatchesTransformsStringConvert["TO_BASE64"] = "ToBase64";
    /** FromBase64 */
    ResourcesResourcesPatchesTransformsStringConvert["FROM_BASE64"] = "FromBase64";
    /** ToJson */
    ResourcesResourcesPatchesTransformsStringConvert["TO_JSON"] = "ToJson";
    /** ToSha1 */
    ResourcesResourcesPatchesTransformsStringConvert["TO_SHA1"] = "ToSha1";
    /** ToSha256 */
    ResourcesResourcesPatchesTransformsStringConvert["TO_SHA256"] = "ToSha256";
    /** ToSha512 */
    ResourcesResourcesPatchesTransformsStringConvert["TO_SHA512"] = "ToSha512";
})(ResourcesResourcesPatchesTransformsStringConvert || (exports.ResourcesResourcesPatchesTransformsStringConvert = ResourcesResourcesPatchesTransformsStringConvert = {}));
/**
 * Converts an object of type 'ResourcesResourcesPatchesTransformsStringJoin' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesResourcesPatchesTransformsStringJoin(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'separator': obj.separator,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesTransformsStringRegexp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesResourcesPatchesTransformsStringRegexp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'match': obj.match,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesResourcesPatchesTransformsStringReplace' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesResourcesPatchesTransformsStringReplace(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replace': obj.replace,
        'search': obj.search,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Type of the string transform to be run.
 *
 * @schema ResourcesResourcesPatchesTransformsStringType
 */
var ResourcesResourcesPatchesTransformsStringType;
(function (ResourcesResourcesPatchesTransformsStringType) {
    /** Format */
    ResourcesResourcesPatchesTransformsStringType["FORMAT"] = "Format";
    /** Convert */
    ResourcesResourcesPatchesTransformsStringType["CONVERT"] = "Convert";
    /** TrimPrefix */
    ResourcesResourcesPatchesTransformsStringType["TRIM_PREFIX"] = "TrimPrefix";
    /** TrimSuffix */
    ResourcesResourcesPatchesTransformsStringType["TRIM_SUFFIX"] = "TrimSuffix";
    /** Regexp */
    ResourcesResourcesPatchesTransformsStringType["REGEXP"] = "Regexp";
})(ResourcesResourcesPatchesTransformsStringType || (exports.ResourcesResourcesPatchesTransformsStringType = ResourcesResourcesPatchesTransformsStringType = {}));
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
var ResourcesWriteConnectionSecretToRefPatchesTransformsConvertFormat;
(function (ResourcesWriteConnectionSecretToRefPatchesTransformsConvertFormat) {
    /** none */
    ResourcesWriteConnectionSecretToRefPatchesTransformsConvertFormat["NONE"] = "none";
    /** quantity */
    ResourcesWriteConnectionSecretToRefPatchesTransformsConvertFormat["QUANTITY"] = "quantity";
    /** json */
    ResourcesWriteConnectionSecretToRefPatchesTransformsConvertFormat["JSON"] = "json";
})(ResourcesWriteConnectionSecretToRefPatchesTransformsConvertFormat || (exports.ResourcesWriteConnectionSecretToRefPatchesTransformsConvertFormat = ResourcesWriteConnectionSecretToRefPatchesTransformsConvertFormat = {}));
/**
 * ToType is the type of the output of this transform.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsConvertToType
 */
var ResourcesWriteConnectionSecretToRefPatchesTransformsConvertToType;
(function (ResourcesWriteConnectionSecretToRefPatchesTransformsConvertToType) {
    /** string */
    ResourcesWriteConnectionSecretToRefPatchesTransformsConvertToType["STRING"] = "string";
    /** int */
    ResourcesWriteConnectionSecretToRefPatchesTransformsConvertToType["INT"] = "int";
    /** int64 */
    ResourcesWriteConnectionSecretToRefPatchesTransformsConvertToType["INT64"] = "int64";
    /** bool */
    ResourcesWriteConnectionSecretToRefPatchesTransformsConvertToType["BOOL"] = "bool";
    /** float64 */
    ResourcesWriteConnectionSecretToRefPatchesTransformsConvertToType["FLOAT64"] = "float64";
    /** object */
    ResourcesWriteConnectionSecretToRefPatchesTransformsConvertToType["OBJECT"] = "object";
    /** array */
    ResourcesWriteConnectionSecretToRefPatchesTransformsConvertToType["ARRAY"] = "array";
})(ResourcesWriteConnectionSecretToRefPatchesTransformsConvertToType || (exports.ResourcesWriteConnectionSecretToRefPatchesTransformsConvertToType = ResourcesWriteConnectionSecretToRefPatchesTransformsConvertToType = {}));
/**
 * Determines to what value the transform should fallback if no pattern matches.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMatchFallbackTo
 */
var ResourcesWriteConnectionSecretToRefPatchesTransformsMatchFallbackTo;
(function (ResourcesWriteConnectionSecretToRefPatchesTransformsMatchFallbackTo) {
    /** Value */
    ResourcesWriteConnectionSecretToRefPatchesTransformsMatchFallbackTo["VALUE"] = "Value";
    /** Input */
    ResourcesWriteConnectionSecretToRefPatchesTransformsMatchFallbackTo["INPUT"] = "Input";
})(ResourcesWriteConnectionSecretToRefPatchesTransformsMatchFallbackTo || (exports.ResourcesWriteConnectionSecretToRefPatchesTransformsMatchFallbackTo = ResourcesWriteConnectionSecretToRefPatchesTransformsMatchFallbackTo = {}));
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatterns' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatterns(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'literal': obj.literal,
        'regexp': obj.regexp,
        'result': obj.result,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Type of the math transform to be run.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsMathType
 */
var ResourcesWriteConnectionSecretToRefPatchesTransformsMathType;
(function (ResourcesWriteConnectionSecretToRefPatchesTransformsMathType) {
    /** Multiply */
    ResourcesWriteConnectionSecretToRefPatchesTransformsMathType["MULTIPLY"] = "Multiply";
    /** ClampMin */
    ResourcesWriteConnectionSecretToRefPatchesTransformsMathType["CLAMP_MIN"] = "ClampMin";
    /** ClampMax */
    ResourcesWriteConnectionSecretToRefPatchesTransformsMathType["CLAMP_MAX"] = "ClampMax";
})(ResourcesWriteConnectionSecretToRefPatchesTransformsMathType || (exports.ResourcesWriteConnectionSecretToRefPatchesTransformsMathType = ResourcesWriteConnectionSecretToRefPatchesTransformsMathType = {}));
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
var ResourcesWriteConnectionSecretToRefPatchesTransformsStringConvert;
(function (ResourcesWriteConnectionSecretToRefPatchesTransformsStringConvert) {
    /** ToUpper */
    ResourcesWriteConnectionSecretToRefPatchesTransformsStringConvert["TO_UPPER"] = "ToUpper";
    /** ToLower */
    ResourcesWriteConnectionSecretToRefPatchesTransformsStringConvert["TO_LOWER"] = "ToLower";
    /** ToBase64 */
    ResourcesWriteConnectionSecretToRefPatchesTransformsStringConvert["TO_BASE64"] = "ToBase64";
    /** FromBase64 */
    ResourcesWriteConnectionSecretToRefPatchesTransformsStringConvert["FROM_BASE64"] = "FromBase64";
    /** ToJson */
    ResourcesWriteConnectionSecretToRefPatchesTransformsStringConvert["TO_JSON"] = "ToJson";
    /** ToSha1 */
    ResourcesWriteConnectionSecretToRefPatchesTransformsStringConvert["TO_SHA1"] = "ToSha1";
    /** ToSha256 */
    ResourcesWriteConnectionSecretToRefPatchesTransformsStringConvert["TO_SHA256"] = "ToSha256";
    /** ToSha512 */
    ResourcesWriteConnectionSecretToRefPatchesTransformsStringConvert["TO_SHA512"] = "ToSha512";
})(ResourcesWriteConnectionSecretToRefPatchesTransformsStringConvert || (exports.ResourcesWriteConnectionSecretToRefPatchesTransformsStringConvert = ResourcesWriteConnectionSecretToRefPatchesTransformsStringConvert = {}));
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesTransformsStringJoin' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsStringJoin(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'separator': obj.separator,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesTransformsStringRegexp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsStringRegexp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'match': obj.match,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ResourcesWriteConnectionSecretToRefPatchesTransformsStringReplace' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ResourcesWriteConnectionSecretToRefPatchesTransformsStringReplace(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replace': obj.replace,
        'search': obj.search,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Type of the string transform to be run.
 *
 * @schema ResourcesWriteConnectionSecretToRefPatchesTransformsStringType
 */
var ResourcesWriteConnectionSecretToRefPatchesTransformsStringType;
(function (ResourcesWriteConnectionSecretToRefPatchesTransformsStringType) {
    /** Format */
    ResourcesWriteConnectionSecretToRefPatchesTransformsStringType["FORMAT"] = "Format";
    /** Convert */
    ResourcesWriteConnectionSecretToRefPatchesTransformsStringType["CONVERT"] = "Convert";
    /** TrimPrefix */
    ResourcesWriteConnectionSecretToRefPatchesTransformsStringType["TRIM_PREFIX"] = "TrimPrefix";
    /** TrimSuffix */
    ResourcesWriteConnectionSecretToRefPatchesTransformsStringType["TRIM_SUFFIX"] = "TrimSuffix";
    /** Regexp */
    ResourcesWriteConnectionSecretToRefPatchesTransformsStringType["REGEXP"] = "Regexp";
})(ResourcesWriteConnectionSecretToRefPatchesTransformsStringType || (exports.ResourcesWriteConnectionSecretToRefPatchesTransformsStringType = ResourcesWriteConnectionSecretToRefPatchesTransformsStringType = {}));
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
var ResourcesEnvironmentPatchesTransformsMatchPatternsType;
(function (ResourcesEnvironmentPatchesTransformsMatchPatternsType) {
    /** literal */
    ResourcesEnvironmentPatchesTransformsMatchPatternsType["LITERAL"] = "literal";
    /** regexp */
    ResourcesEnvironmentPatchesTransformsMatchPatternsType["REGEXP"] = "regexp";
})(ResourcesEnvironmentPatchesTransformsMatchPatternsType || (exports.ResourcesEnvironmentPatchesTransformsMatchPatternsType = ResourcesEnvironmentPatchesTransformsMatchPatternsType = {}));
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
var ResourcesPatchSetsPatchesTransformsMatchPatternsType;
(function (ResourcesPatchSetsPatchesTransformsMatchPatternsType) {
    /** literal */
    ResourcesPatchSetsPatchesTransformsMatchPatternsType["LITERAL"] = "literal";
    /** regexp */
    ResourcesPatchSetsPatchesTransformsMatchPatternsType["REGEXP"] = "regexp";
})(ResourcesPatchSetsPatchesTransformsMatchPatternsType || (exports.ResourcesPatchSetsPatchesTransformsMatchPatternsType = ResourcesPatchSetsPatchesTransformsMatchPatternsType = {}));
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
var ResourcesResourcesPatchesTransformsMatchPatternsType;
(function (ResourcesResourcesPatchesTransformsMatchPatternsType) {
    /** literal */
    ResourcesResourcesPatchesTransformsMatchPatternsType["LITERAL"] = "literal";
    /** regexp */
    ResourcesResourcesPatchesTransformsMatchPatternsType["REGEXP"] = "regexp";
})(ResourcesResourcesPatchesTransformsMatchPatternsType || (exports.ResourcesResourcesPatchesTransformsMatchPatternsType = ResourcesResourcesPatchesTransformsMatchPatternsType = {}));
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
var ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatternsType;
(function (ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatternsType) {
    /** literal */
    ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatternsType["LITERAL"] = "literal";
    /** regexp */
    ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatternsType["REGEXP"] = "regexp";
})(ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatternsType || (exports.ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatternsType = ResourcesWriteConnectionSecretToRefPatchesTransformsMatchPatternsType = {}));
