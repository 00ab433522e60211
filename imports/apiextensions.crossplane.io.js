"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ManagedResourceActivationPolicy = exports.CompositionSpecPipelineCredentialsSource = exports.CompositionSpecMode = exports.Composition = exports.CompositeResourceDefinitionV2SpecScope = exports.CompositeResourceDefinitionV2SpecDefaultCompositionUpdatePolicy = exports.CompositeResourceDefinitionV2SpecDefaultCompositeDeletePolicy = exports.CompositeResourceDefinitionV2 = exports.CompositeResourceDefinitionSpecScope = exports.CompositeResourceDefinitionSpecDefaultCompositionUpdatePolicy = exports.CompositeResourceDefinitionSpecDefaultCompositeDeletePolicy = exports.CompositeResourceDefinition = void 0;
exports.toJson_CompositeResourceDefinitionProps = toJson_CompositeResourceDefinitionProps;
exports.toJson_CompositeResourceDefinitionSpec = toJson_CompositeResourceDefinitionSpec;
exports.toJson_CompositeResourceDefinitionSpecClaimNames = toJson_CompositeResourceDefinitionSpecClaimNames;
exports.toJson_CompositeResourceDefinitionSpecConversion = toJson_CompositeResourceDefinitionSpecConversion;
exports.toJson_CompositeResourceDefinitionSpecDefaultCompositionRef = toJson_CompositeResourceDefinitionSpecDefaultCompositionRef;
exports.toJson_CompositeResourceDefinitionSpecDefaultCompositionRevisionSelector = toJson_CompositeResourceDefinitionSpecDefaultCompositionRevisionSelector;
exports.toJson_CompositeResourceDefinitionSpecEnforcedCompositionRef = toJson_CompositeResourceDefinitionSpecEnforcedCompositionRef;
exports.toJson_CompositeResourceDefinitionSpecMetadata = toJson_CompositeResourceDefinitionSpecMetadata;
exports.toJson_CompositeResourceDefinitionSpecNames = toJson_CompositeResourceDefinitionSpecNames;
exports.toJson_CompositeResourceDefinitionSpecVersions = toJson_CompositeResourceDefinitionSpecVersions;
exports.toJson_CompositeResourceDefinitionSpecConversionWebhook = toJson_CompositeResourceDefinitionSpecConversionWebhook;
exports.toJson_CompositeResourceDefinitionSpecDefaultCompositionRevisionSelectorMatchExpressions = toJson_CompositeResourceDefinitionSpecDefaultCompositionRevisionSelectorMatchExpressions;
exports.toJson_CompositeResourceDefinitionSpecVersionsAdditionalPrinterColumns = toJson_CompositeResourceDefinitionSpecVersionsAdditionalPrinterColumns;
exports.toJson_CompositeResourceDefinitionSpecVersionsSchema = toJson_CompositeResourceDefinitionSpecVersionsSchema;
exports.toJson_CompositeResourceDefinitionSpecVersionsSubresources = toJson_CompositeResourceDefinitionSpecVersionsSubresources;
exports.toJson_CompositeResourceDefinitionSpecConversionWebhookClientConfig = toJson_CompositeResourceDefinitionSpecConversionWebhookClientConfig;
exports.toJson_CompositeResourceDefinitionSpecVersionsSubresourcesScale = toJson_CompositeResourceDefinitionSpecVersionsSubresourcesScale;
exports.toJson_CompositeResourceDefinitionSpecConversionWebhookClientConfigService = toJson_CompositeResourceDefinitionSpecConversionWebhookClientConfigService;
exports.toJson_CompositeResourceDefinitionV2Props = toJson_CompositeResourceDefinitionV2Props;
exports.toJson_CompositeResourceDefinitionV2Spec = toJson_CompositeResourceDefinitionV2Spec;
exports.toJson_CompositeResourceDefinitionV2SpecClaimNames = toJson_CompositeResourceDefinitionV2SpecClaimNames;
exports.toJson_CompositeResourceDefinitionV2SpecConversion = toJson_CompositeResourceDefinitionV2SpecConversion;
exports.toJson_CompositeResourceDefinitionV2SpecDefaultCompositionRef = toJson_CompositeResourceDefinitionV2SpecDefaultCompositionRef;
exports.toJson_CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelector = toJson_CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelector;
exports.toJson_CompositeResourceDefinitionV2SpecEnforcedCompositionRef = toJson_CompositeResourceDefinitionV2SpecEnforcedCompositionRef;
exports.toJson_CompositeResourceDefinitionV2SpecMetadata = toJson_CompositeResourceDefinitionV2SpecMetadata;
exports.toJson_CompositeResourceDefinitionV2SpecNames = toJson_CompositeResourceDefinitionV2SpecNames;
exports.toJson_CompositeResourceDefinitionV2SpecVersions = toJson_CompositeResourceDefinitionV2SpecVersions;
exports.toJson_CompositeResourceDefinitionV2SpecConversionWebhook = toJson_CompositeResourceDefinitionV2SpecConversionWebhook;
exports.toJson_CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelectorMatchExpressions = toJson_CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelectorMatchExpressions;
exports.toJson_CompositeResourceDefinitionV2SpecVersionsAdditionalPrinterColumns = toJson_CompositeResourceDefinitionV2SpecVersionsAdditionalPrinterColumns;
exports.toJson_CompositeResourceDefinitionV2SpecVersionsSchema = toJson_CompositeResourceDefinitionV2SpecVersionsSchema;
exports.toJson_CompositeResourceDefinitionV2SpecVersionsSubresources = toJson_CompositeResourceDefinitionV2SpecVersionsSubresources;
exports.toJson_CompositeResourceDefinitionV2SpecConversionWebhookClientConfig = toJson_CompositeResourceDefinitionV2SpecConversionWebhookClientConfig;
exports.toJson_CompositeResourceDefinitionV2SpecVersionsSubresourcesScale = toJson_CompositeResourceDefinitionV2SpecVersionsSubresourcesScale;
exports.toJson_CompositeResourceDefinitionV2SpecConversionWebhookClientConfigService = toJson_CompositeResourceDefinitionV2SpecConversionWebhookClientConfigService;
exports.toJson_CompositionProps = toJson_CompositionProps;
exports.toJson_CompositionSpec = toJson_CompositionSpec;
exports.toJson_CompositionSpecCompositeTypeRef = toJson_CompositionSpecCompositeTypeRef;
exports.toJson_CompositionSpecPipeline = toJson_CompositionSpecPipeline;
exports.toJson_CompositionSpecPipelineCredentials = toJson_CompositionSpecPipelineCredentials;
exports.toJson_CompositionSpecPipelineFunctionRef = toJson_CompositionSpecPipelineFunctionRef;
exports.toJson_CompositionSpecPipelineRequirements = toJson_CompositionSpecPipelineRequirements;
exports.toJson_CompositionSpecPipelineCredentialsSecretRef = toJson_CompositionSpecPipelineCredentialsSecretRef;
exports.toJson_CompositionSpecPipelineRequirementsRequiredResources = toJson_CompositionSpecPipelineRequirementsRequiredResources;
exports.toJson_CompositionSpecPipelineRequirementsRequiredSchemas = toJson_CompositionSpecPipelineRequirementsRequiredSchemas;
exports.toJson_ManagedResourceActivationPolicyProps = toJson_ManagedResourceActivationPolicyProps;
exports.toJson_ManagedResourceActivationPolicySpec = toJson_ManagedResourceActivationPolicySpec;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * A CompositeResourceDefinition defines the schema for a new custom Kubernetes
API.

Read the Crossplane documentation for
[more information about CustomResourceDefinitions](https://docs.crossplane.io/latest/composition/composite-resource-definitions/).
 *
 * @schema CompositeResourceDefinition
 */
class CompositeResourceDefinition extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "CompositeResourceDefinition"
     */
    static GVK = {
        apiVersion: 'apiextensions.crossplane.io/v1',
        kind: 'CompositeResourceDefinition',
    };
    /**
     * Renders a Kubernetes manifest for "CompositeResourceDefinition".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...CompositeResourceDefinition.GVK,
            ...toJson_CompositeResourceDefinitionProps(props),
        };
    }
    /**
     * Defines a "CompositeResourceDefinition" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...CompositeResourceDefinition.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...CompositeResourceDefinition.GVK,
            ...toJson_CompositeResourceDefinitionProps(resolved),
        };
    }
}
exports.CompositeResourceDefinition = CompositeResourceDefinition;
/**
 * Converts an object of type 'CompositeResourceDefinitionProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_CompositeResourceDefinitionSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claimNames': toJson_CompositeResourceDefinitionSpecClaimNames(obj.claimNames),
        'connectionSecretKeys': obj.connectionSecretKeys?.map(y => y),
        'conversion': toJson_CompositeResourceDefinitionSpecConversion(obj.conversion),
        'defaultCompositeDeletePolicy': obj.defaultCompositeDeletePolicy,
        'defaultCompositionRef': toJson_CompositeResourceDefinitionSpecDefaultCompositionRef(obj.defaultCompositionRef),
        'defaultCompositionRevisionSelector': toJson_CompositeResourceDefinitionSpecDefaultCompositionRevisionSelector(obj.defaultCompositionRevisionSelector),
        'defaultCompositionUpdatePolicy': obj.defaultCompositionUpdatePolicy,
        'enforcedCompositionRef': toJson_CompositeResourceDefinitionSpecEnforcedCompositionRef(obj.enforcedCompositionRef),
        'group': obj.group,
        'metadata': toJson_CompositeResourceDefinitionSpecMetadata(obj.metadata),
        'names': toJson_CompositeResourceDefinitionSpecNames(obj.names),
        'scope': obj.scope,
        'versions': obj.versions?.map(y => toJson_CompositeResourceDefinitionSpecVersions(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecClaimNames' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionSpecClaimNames(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'categories': obj.categories?.map(y => y),
        'kind': obj.kind,
        'listKind': obj.listKind,
        'plural': obj.plural,
        'shortNames': obj.shortNames?.map(y => y),
        'singular': obj.singular,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecConversion' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionSpecConversion(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'strategy': obj.strategy,
        'webhook': toJson_CompositeResourceDefinitionSpecConversionWebhook(obj.webhook),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * DefaultCompositeDeletePolicy is the policy used when deleting the Composite
 * that is associated with the Claim if no policy has been specified.
 *
 * @schema CompositeResourceDefinitionSpecDefaultCompositeDeletePolicy
 */
var CompositeResourceDefinitionSpecDefaultCompositeDeletePolicy;
(function (CompositeResourceDefinitionSpecDefaultCompositeDeletePolicy) {
    /** Background */
    CompositeResourceDefinitionSpecDefaultCompositeDeletePolicy["BACKGROUND"] = "Background";
    /** Foreground */
    CompositeResourceDefinitionSpecDefaultCompositeDeletePolicy["FOREGROUND"] = "Foreground";
})(CompositeResourceDefinitionSpecDefaultCompositeDeletePolicy || (exports.CompositeResourceDefinitionSpecDefaultCompositeDeletePolicy = CompositeResourceDefinitionSpecDefaultCompositeDeletePolicy = {}));
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecDefaultCompositionRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionSpecDefaultCompositionRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecDefaultCompositionRevisionSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionSpecDefaultCompositionRevisionSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_CompositeResourceDefinitionSpecDefaultCompositionRevisionSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * DefaultCompositionUpdatePolicy is the policy used when updating composites after a new
 * Composition Revision has been created if no policy has been specified on the composite.
 *
 * @schema CompositeResourceDefinitionSpecDefaultCompositionUpdatePolicy
 */
var CompositeResourceDefinitionSpecDefaultCompositionUpdatePolicy;
(function (CompositeResourceDefinitionSpecDefaultCompositionUpdatePolicy) {
    /** Automatic */
    CompositeResourceDefinitionSpecDefaultCompositionUpdatePolicy["AUTOMATIC"] = "Automatic";
    /** Manual */
    CompositeResourceDefinitionSpecDefaultCompositionUpdatePolicy["MANUAL"] = "Manual";
})(CompositeResourceDefinitionSpecDefaultCompositionUpdatePolicy || (exports.CompositeResourceDefinitionSpecDefaultCompositionUpdatePolicy = CompositeResourceDefinitionSpecDefaultCompositionUpdatePolicy = {}));
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecEnforcedCompositionRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionSpecEnforcedCompositionRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionSpecMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecNames' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionSpecNames(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'categories': obj.categories?.map(y => y),
        'kind': obj.kind,
        'listKind': obj.listKind,
        'plural': obj.plural,
        'shortNames': obj.shortNames?.map(y => y),
        'singular': obj.singular,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Scope of the defined composite resource. Namespaced composite resources
 * are scoped to a single namespace. Cluster scoped composite resource exist
 * outside the scope of any namespace. Neither can be claimed. Legacy
 * cluster scoped composite resources are cluster scoped resources that can
 * be claimed.
 *
 * @schema CompositeResourceDefinitionSpecScope
 */
var CompositeResourceDefinitionSpecScope;
(function (CompositeResourceDefinitionSpecScope) {
    /** LegacyCluster */
    CompositeResourceDefinitionSpecScope["LEGACY_CLUSTER"] = "LegacyCluster";
    /** Namespaced */
    CompositeResourceDefinitionSpecScope["NAMESPACED"] = "Namespaced";
    /** Cluster */
    CompositeResourceDefinitionSpecScope["CLUSTER"] = "Cluster";
})(CompositeResourceDefinitionSpecScope || (exports.CompositeResourceDefinitionSpecScope = CompositeResourceDefinitionSpecScope = {}));
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecVersions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionSpecVersions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additionalPrinterColumns': obj.additionalPrinterColumns?.map(y => toJson_CompositeResourceDefinitionSpecVersionsAdditionalPrinterColumns(y)),
        'deprecated': obj.deprecated,
        'deprecationWarning': obj.deprecationWarning,
        'name': obj.name,
        'referenceable': obj.referenceable,
        'schema': toJson_CompositeResourceDefinitionSpecVersionsSchema(obj.schema),
        'served': obj.served,
        'subresources': toJson_CompositeResourceDefinitionSpecVersionsSubresources(obj.subresources),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecConversionWebhook' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionSpecConversionWebhook(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientConfig': toJson_CompositeResourceDefinitionSpecConversionWebhookClientConfig(obj.clientConfig),
        'conversionReviewVersions': obj.conversionReviewVersions?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecDefaultCompositionRevisionSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionSpecDefaultCompositionRevisionSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecVersionsAdditionalPrinterColumns' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionSpecVersionsAdditionalPrinterColumns(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'description': obj.description,
        'format': obj.format,
        'jsonPath': obj.jsonPath,
        'name': obj.name,
        'priority': obj.priority,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecVersionsSchema' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionSpecVersionsSchema(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'openAPIV3Schema': obj.openApiv3Schema,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecVersionsSubresources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionSpecVersionsSubresources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'scale': toJson_CompositeResourceDefinitionSpecVersionsSubresourcesScale(obj.scale),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecConversionWebhookClientConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionSpecConversionWebhookClientConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'service': toJson_CompositeResourceDefinitionSpecConversionWebhookClientConfigService(obj.service),
        'url': obj.url,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecVersionsSubresourcesScale' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionSpecVersionsSubresourcesScale(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelectorPath': obj.labelSelectorPath,
        'specReplicasPath': obj.specReplicasPath,
        'statusReplicasPath': obj.statusReplicasPath,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecConversionWebhookClientConfigService' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionSpecConversionWebhookClientConfigService(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
        'path': obj.path,
        'port': obj.port,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * A CompositeResourceDefinition defines the schema for a new custom Kubernetes
API.

Read the Crossplane documentation for
[more information about CustomResourceDefinitions](https://docs.crossplane.io/latest/composition/composite-resource-definitions/).
 *
 * @schema CompositeResourceDefinitionV2
 */
class CompositeResourceDefinitionV2 extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "CompositeResourceDefinitionV2"
     */
    static GVK = {
        apiVersion: 'apiextensions.crossplane.io/v2',
        kind: 'CompositeResourceDefinition',
    };
    /**
     * Renders a Kubernetes manifest for "CompositeResourceDefinitionV2".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...CompositeResourceDefinitionV2.GVK,
            ...toJson_CompositeResourceDefinitionV2Props(props),
        };
    }
    /**
     * Defines a "CompositeResourceDefinitionV2" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...CompositeResourceDefinitionV2.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...CompositeResourceDefinitionV2.GVK,
            ...toJson_CompositeResourceDefinitionV2Props(resolved),
        };
    }
}
exports.CompositeResourceDefinitionV2 = CompositeResourceDefinitionV2;
/**
 * Converts an object of type 'CompositeResourceDefinitionV2Props' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionV2Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_CompositeResourceDefinitionV2Spec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2Spec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionV2Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claimNames': toJson_CompositeResourceDefinitionV2SpecClaimNames(obj.claimNames),
        'connectionSecretKeys': obj.connectionSecretKeys?.map(y => y),
        'conversion': toJson_CompositeResourceDefinitionV2SpecConversion(obj.conversion),
        'defaultCompositeDeletePolicy': obj.defaultCompositeDeletePolicy,
        'defaultCompositionRef': toJson_CompositeResourceDefinitionV2SpecDefaultCompositionRef(obj.defaultCompositionRef),
        'defaultCompositionRevisionSelector': toJson_CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelector(obj.defaultCompositionRevisionSelector),
        'defaultCompositionUpdatePolicy': obj.defaultCompositionUpdatePolicy,
        'enforcedCompositionRef': toJson_CompositeResourceDefinitionV2SpecEnforcedCompositionRef(obj.enforcedCompositionRef),
        'group': obj.group,
        'metadata': toJson_CompositeResourceDefinitionV2SpecMetadata(obj.metadata),
        'names': toJson_CompositeResourceDefinitionV2SpecNames(obj.names),
        'scope': obj.scope,
        'versions': obj.versions?.map(y => toJson_CompositeResourceDefinitionV2SpecVersions(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecClaimNames' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionV2SpecClaimNames(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'categories': obj.categories?.map(y => y),
        'kind': obj.kind,
        'listKind': obj.listKind,
        'plural': obj.plural,
        'shortNames': obj.shortNames?.map(y => y),
        'singular': obj.singular,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecConversion' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionV2SpecConversion(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'strategy': obj.strategy,
        'webhook': toJson_CompositeResourceDefinitionV2SpecConversionWebhook(obj.webhook),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * DefaultCompositeDeletePolicy is the policy used when deleting the Composite
 * that is associated with the Claim if no policy has been specified.
 *
 * Deprecated: Claims aren't supported in apiextensions.crossplane.io/v2.
 *
 * @schema CompositeResourceDefinitionV2SpecDefaultCompositeDeletePolicy
 */
var CompositeResourceDefinitionV2SpecDefaultCompositeDeletePolicy;
(function (CompositeResourceDefinitionV2SpecDefaultCompositeDeletePolicy) {
    /** Background */
    CompositeResourceDefinitionV2SpecDefaultCompositeDeletePolicy["BACKGROUND"] = "Background";
    /** Foreground */
    CompositeResourceDefinitionV2SpecDefaultCompositeDeletePolicy["FOREGROUND"] = "Foreground";
})(CompositeResourceDefinitionV2SpecDefaultCompositeDeletePolicy || (exports.CompositeResourceDefinitionV2SpecDefaultCompositeDeletePolicy = CompositeResourceDefinitionV2SpecDefaultCompositeDeletePolicy = {}));
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecDefaultCompositionRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionV2SpecDefaultCompositionRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * DefaultCompositionUpdatePolicy is the policy used when updating composites after a new
 * Composition Revision has been created if no policy has been specified on the composite.
 *
 * @schema CompositeResourceDefinitionV2SpecDefaultCompositionUpdatePolicy
 */
var CompositeResourceDefinitionV2SpecDefaultCompositionUpdatePolicy;
(function (CompositeResourceDefinitionV2SpecDefaultCompositionUpdatePolicy) {
    /** Automatic */
    CompositeResourceDefinitionV2SpecDefaultCompositionUpdatePolicy["AUTOMATIC"] = "Automatic";
    /** Manual */
    CompositeResourceDefinitionV2SpecDefaultCompositionUpdatePolicy["MANUAL"] = "Manual";
})(CompositeResourceDefinitionV2SpecDefaultCompositionUpdatePolicy || (exports.CompositeResourceDefinitionV2SpecDefaultCompositionUpdatePolicy = CompositeResourceDefinitionV2SpecDefaultCompositionUpdatePolicy = {}));
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecEnforcedCompositionRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionV2SpecEnforcedCompositionRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionV2SpecMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecNames' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionV2SpecNames(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'categories': obj.categories?.map(y => y),
        'kind': obj.kind,
        'listKind': obj.listKind,
        'plural': obj.plural,
        'shortNames': obj.shortNames?.map(y => y),
        'singular': obj.singular,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Scope of the defined composite resource. Namespaced composite resources
 * are scoped to a single namespace. Cluster scoped composite resource exist
 * outside the scope of any namespace.
 *
 * @schema CompositeResourceDefinitionV2SpecScope
 */
var CompositeResourceDefinitionV2SpecScope;
(function (CompositeResourceDefinitionV2SpecScope) {
    /** Namespaced */
    CompositeResourceDefinitionV2SpecScope["NAMESPACED"] = "Namespaced";
    /** Cluster */
    CompositeResourceDefinitionV2SpecScope["CLUSTER"] = "Cluster";
})(CompositeResourceDefinitionV2SpecScope || (exports.CompositeResourceDefinitionV2SpecScope = CompositeResourceDefinitionV2SpecScope = {}));
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecVersions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionV2SpecVersions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additionalPrinterColumns': obj.additionalPrinterColumns?.map(y => toJson_CompositeResourceDefinitionV2SpecVersionsAdditionalPrinterColumns(y)),
        'deprecated': obj.deprecated,
        'deprecationWarning': obj.deprecationWarning,
        'name': obj.name,
        'referenceable': obj.referenceable,
        'schema': toJson_CompositeResourceDefinitionV2SpecVersionsSchema(obj.schema),
        'served': obj.served,
        'subresources': toJson_CompositeResourceDefinitionV2SpecVersionsSubresources(obj.subresources),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecConversionWebhook' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionV2SpecConversionWebhook(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientConfig': toJson_CompositeResourceDefinitionV2SpecConversionWebhookClientConfig(obj.clientConfig),
        'conversionReviewVersions': obj.conversionReviewVersions?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecVersionsAdditionalPrinterColumns' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionV2SpecVersionsAdditionalPrinterColumns(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'description': obj.description,
        'format': obj.format,
        'jsonPath': obj.jsonPath,
        'name': obj.name,
        'priority': obj.priority,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecVersionsSchema' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionV2SpecVersionsSchema(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'openAPIV3Schema': obj.openApiv3Schema,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecVersionsSubresources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionV2SpecVersionsSubresources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'scale': toJson_CompositeResourceDefinitionV2SpecVersionsSubresourcesScale(obj.scale),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecConversionWebhookClientConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionV2SpecConversionWebhookClientConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'service': toJson_CompositeResourceDefinitionV2SpecConversionWebhookClientConfigService(obj.service),
        'url': obj.url,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecVersionsSubresourcesScale' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionV2SpecVersionsSubresourcesScale(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelectorPath': obj.labelSelectorPath,
        'specReplicasPath': obj.specReplicasPath,
        'statusReplicasPath': obj.statusReplicasPath,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecConversionWebhookClientConfigService' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositeResourceDefinitionV2SpecConversionWebhookClientConfigService(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
        'path': obj.path,
        'port': obj.port,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * A Composition defines a collection of managed resources or functions that
Crossplane uses to create and manage new composite resources.

Read the Crossplane documentation for
[more information about Compositions](https://docs.crossplane.io/latest/composition/compositions/).
 *
 * @schema Composition
 */
class Composition extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "Composition"
     */
    static GVK = {
        apiVersion: 'apiextensions.crossplane.io/v1',
        kind: 'Composition',
    };
    /**
     * Renders a Kubernetes manifest for "Composition".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...Composition.GVK,
            ...toJson_CompositionProps(props),
        };
    }
    /**
     * Defines a "Composition" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...Composition.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...Composition.GVK,
            ...toJson_CompositionProps(resolved),
        };
    }
}
exports.Composition = Composition;
/**
 * Converts an object of type 'CompositionProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositionProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_CompositionSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositionSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositionSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'compositeTypeRef': toJson_CompositionSpecCompositeTypeRef(obj.compositeTypeRef),
        'mode': obj.mode,
        'pipeline': obj.pipeline?.map(y => toJson_CompositionSpecPipeline(y)),
        'writeConnectionSecretsToNamespace': obj.writeConnectionSecretsToNamespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositionSpecCompositeTypeRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositionSpecCompositeTypeRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Mode controls what type or "mode" of Composition will be used.
 *
 * "Pipeline" indicates that a Composition specifies a pipeline of
 * functions, each of which is responsible for producing composed
 * resources that Crossplane should create or update.
 *
 * @schema CompositionSpecMode
 */
var CompositionSpecMode;
(function (CompositionSpecMode) {
    /** Pipeline */
    CompositionSpecMode["PIPELINE"] = "Pipeline";
})(CompositionSpecMode || (exports.CompositionSpecMode = CompositionSpecMode = {}));
/**
 * Converts an object of type 'CompositionSpecPipeline' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositionSpecPipeline(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': obj.credentials?.map(y => toJson_CompositionSpecPipelineCredentials(y)),
        'functionRef': toJson_CompositionSpecPipelineFunctionRef(obj.functionRef),
        'input': obj.input,
        'requirements': toJson_CompositionSpecPipelineRequirements(obj.requirements),
        'step': obj.step,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositionSpecPipelineCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositionSpecPipelineCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'secretRef': toJson_CompositionSpecPipelineCredentialsSecretRef(obj.secretRef),
        'source': obj.source,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositionSpecPipelineFunctionRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositionSpecPipelineFunctionRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositionSpecPipelineRequirements' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositionSpecPipelineRequirements(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'requiredResources': obj.requiredResources?.map(y => toJson_CompositionSpecPipelineRequirementsRequiredResources(y)),
        'requiredSchemas': obj.requiredSchemas?.map(y => toJson_CompositionSpecPipelineRequirementsRequiredSchemas(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositionSpecPipelineCredentialsSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositionSpecPipelineCredentialsSecretRef(obj) {
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
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Source of the function credentials.
 *
 * @schema CompositionSpecPipelineCredentialsSource
 */
var CompositionSpecPipelineCredentialsSource;
(function (CompositionSpecPipelineCredentialsSource) {
    /** None */
    CompositionSpecPipelineCredentialsSource["NONE"] = "None";
    /** Secret */
    CompositionSpecPipelineCredentialsSource["SECRET"] = "Secret";
})(CompositionSpecPipelineCredentialsSource || (exports.CompositionSpecPipelineCredentialsSource = CompositionSpecPipelineCredentialsSource = {}));
/**
 * Converts an object of type 'CompositionSpecPipelineRequirementsRequiredResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositionSpecPipelineRequirementsRequiredResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'name': obj.name,
        'namespace': obj.namespace,
        'requirementName': obj.requirementName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CompositionSpecPipelineRequirementsRequiredSchemas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CompositionSpecPipelineRequirementsRequiredSchemas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'requirementName': obj.requirementName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * A ManagedResourceActivationPolicy defines the activation policy for ManagedResourceDefinitions.
 *
 * @schema ManagedResourceActivationPolicy
 */
class ManagedResourceActivationPolicy extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "ManagedResourceActivationPolicy"
     */
    static GVK = {
        apiVersion: 'apiextensions.crossplane.io/v1alpha1',
        kind: 'ManagedResourceActivationPolicy',
    };
    /**
     * Renders a Kubernetes manifest for "ManagedResourceActivationPolicy".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...ManagedResourceActivationPolicy.GVK,
            ...toJson_ManagedResourceActivationPolicyProps(props),
        };
    }
    /**
     * Defines a "ManagedResourceActivationPolicy" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...ManagedResourceActivationPolicy.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...ManagedResourceActivationPolicy.GVK,
            ...toJson_ManagedResourceActivationPolicyProps(resolved),
        };
    }
}
exports.ManagedResourceActivationPolicy = ManagedResourceActivationPolicy;
/**
 * Converts an object of type 'ManagedResourceActivationPolicyProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ManagedResourceActivationPolicyProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ManagedResourceActivationPolicySpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ManagedResourceActivationPolicySpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ManagedResourceActivationPolicySpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'activate': obj.activate?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
