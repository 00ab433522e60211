"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource = exports.ProviderConfigSpecEndpointUrlDynamicProtocol = exports.ProviderConfigSpecCredentialsWebIdentityTokenConfigSource = exports.ProviderConfigSpecEndpointUrlType = exports.ProviderConfigSpecEndpointSource = exports.ProviderConfigSpecCredentialsSource = exports.ProviderConfig = exports.ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource = exports.ClusterProviderConfigSpecEndpointUrlDynamicProtocol = exports.ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSource = exports.ClusterProviderConfigSpecEndpointUrlType = exports.ClusterProviderConfigSpecEndpointSource = exports.ClusterProviderConfigSpecCredentialsSource = exports.ClusterProviderConfig = void 0;
exports.toJson_ClusterProviderConfigProps = toJson_ClusterProviderConfigProps;
exports.toJson_ClusterProviderConfigSpec = toJson_ClusterProviderConfigSpec;
exports.toJson_ClusterProviderConfigSpecAssumeRoleChain = toJson_ClusterProviderConfigSpecAssumeRoleChain;
exports.toJson_ClusterProviderConfigSpecCredentials = toJson_ClusterProviderConfigSpecCredentials;
exports.toJson_ClusterProviderConfigSpecEndpoint = toJson_ClusterProviderConfigSpecEndpoint;
exports.toJson_ClusterProviderConfigSpecReconciliationPolicy = toJson_ClusterProviderConfigSpecReconciliationPolicy;
exports.toJson_ClusterProviderConfigSpecAssumeRoleChainTags = toJson_ClusterProviderConfigSpecAssumeRoleChainTags;
exports.toJson_ClusterProviderConfigSpecCredentialsEnv = toJson_ClusterProviderConfigSpecCredentialsEnv;
exports.toJson_ClusterProviderConfigSpecCredentialsFs = toJson_ClusterProviderConfigSpecCredentialsFs;
exports.toJson_ClusterProviderConfigSpecCredentialsSecretRef = toJson_ClusterProviderConfigSpecCredentialsSecretRef;
exports.toJson_ClusterProviderConfigSpecCredentialsUpbound = toJson_ClusterProviderConfigSpecCredentialsUpbound;
exports.toJson_ClusterProviderConfigSpecCredentialsWebIdentity = toJson_ClusterProviderConfigSpecCredentialsWebIdentity;
exports.toJson_ClusterProviderConfigSpecEndpointUrl = toJson_ClusterProviderConfigSpecEndpointUrl;
exports.toJson_ClusterProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter = toJson_ClusterProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter;
exports.toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentity = toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentity;
exports.toJson_ClusterProviderConfigSpecCredentialsWebIdentityTokenConfig = toJson_ClusterProviderConfigSpecCredentialsWebIdentityTokenConfig;
exports.toJson_ClusterProviderConfigSpecEndpointUrlDynamic = toJson_ClusterProviderConfigSpecEndpointUrlDynamic;
exports.toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig = toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig;
exports.toJson_ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigFs = toJson_ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigFs;
exports.toJson_ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef = toJson_ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef;
exports.toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs = toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs;
exports.toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef = toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef;
exports.toJson_ProviderConfigProps = toJson_ProviderConfigProps;
exports.toJson_ProviderConfigSpec = toJson_ProviderConfigSpec;
exports.toJson_ProviderConfigSpecAssumeRoleChain = toJson_ProviderConfigSpecAssumeRoleChain;
exports.toJson_ProviderConfigSpecCredentials = toJson_ProviderConfigSpecCredentials;
exports.toJson_ProviderConfigSpecEndpoint = toJson_ProviderConfigSpecEndpoint;
exports.toJson_ProviderConfigSpecReconciliationPolicy = toJson_ProviderConfigSpecReconciliationPolicy;
exports.toJson_ProviderConfigSpecAssumeRoleChainTags = toJson_ProviderConfigSpecAssumeRoleChainTags;
exports.toJson_ProviderConfigSpecCredentialsEnv = toJson_ProviderConfigSpecCredentialsEnv;
exports.toJson_ProviderConfigSpecCredentialsFs = toJson_ProviderConfigSpecCredentialsFs;
exports.toJson_ProviderConfigSpecCredentialsSecretRef = toJson_ProviderConfigSpecCredentialsSecretRef;
exports.toJson_ProviderConfigSpecCredentialsUpbound = toJson_ProviderConfigSpecCredentialsUpbound;
exports.toJson_ProviderConfigSpecCredentialsWebIdentity = toJson_ProviderConfigSpecCredentialsWebIdentity;
exports.toJson_ProviderConfigSpecEndpointUrl = toJson_ProviderConfigSpecEndpointUrl;
exports.toJson_ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter = toJson_ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter;
exports.toJson_ProviderConfigSpecCredentialsUpboundWebIdentity = toJson_ProviderConfigSpecCredentialsUpboundWebIdentity;
exports.toJson_ProviderConfigSpecCredentialsWebIdentityTokenConfig = toJson_ProviderConfigSpecCredentialsWebIdentityTokenConfig;
exports.toJson_ProviderConfigSpecEndpointUrlDynamic = toJson_ProviderConfigSpecEndpointUrlDynamic;
exports.toJson_ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig = toJson_ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig;
exports.toJson_ProviderConfigSpecCredentialsWebIdentityTokenConfigFs = toJson_ProviderConfigSpecCredentialsWebIdentityTokenConfigFs;
exports.toJson_ProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef = toJson_ProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef;
exports.toJson_ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs = toJson_ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs;
exports.toJson_ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef = toJson_ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * A ClusterProviderConfig configures the AWS provider.
 *
 * @schema ClusterProviderConfig
 */
class ClusterProviderConfig extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "ClusterProviderConfig"
     */
    static GVK = {
        apiVersion: 'aws.m.upbound.io/v1beta1',
        kind: 'ClusterProviderConfig',
    };
    /**
     * Renders a Kubernetes manifest for "ClusterProviderConfig".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...ClusterProviderConfig.GVK,
            ...toJson_ClusterProviderConfigProps(props),
        };
    }
    /**
     * Defines a "ClusterProviderConfig" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...ClusterProviderConfig.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...ClusterProviderConfig.GVK,
            ...toJson_ClusterProviderConfigProps(resolved),
        };
    }
}
exports.ClusterProviderConfig = ClusterProviderConfig;
/**
 * Converts an object of type 'ClusterProviderConfigProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ClusterProviderConfigSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterProviderConfigSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'assumeRoleChain': obj.assumeRoleChain?.map(y => toJson_ClusterProviderConfigSpecAssumeRoleChain(y)),
        'credentials': toJson_ClusterProviderConfigSpecCredentials(obj.credentials),
        'endpoint': toJson_ClusterProviderConfigSpecEndpoint(obj.endpoint),
        'reconciliationPolicy': toJson_ClusterProviderConfigSpecReconciliationPolicy(obj.reconciliationPolicy),
        's3_use_path_style': obj.s3UsePathStyle,
        'skip_credentials_validation': obj.skipCredentialsValidation,
        'skip_metadata_api_check': obj.skipMetadataApiCheck,
        'skip_region_validation': obj.skipRegionValidation,
        'skip_requesting_account_id': obj.skipRequestingAccountId,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecAssumeRoleChain' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecAssumeRoleChain(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'externalID': obj.externalId,
        'roleARN': obj.roleArn,
        'tags': obj.tags?.map(y => toJson_ClusterProviderConfigSpecAssumeRoleChainTags(y)),
        'transitiveTagKeys': obj.transitiveTagKeys?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'env': toJson_ClusterProviderConfigSpecCredentialsEnv(obj.env),
        'fs': toJson_ClusterProviderConfigSpecCredentialsFs(obj.fs),
        'secretRef': toJson_ClusterProviderConfigSpecCredentialsSecretRef(obj.secretRef),
        'source': obj.source,
        'upbound': toJson_ClusterProviderConfigSpecCredentialsUpbound(obj.upbound),
        'webIdentity': toJson_ClusterProviderConfigSpecCredentialsWebIdentity(obj.webIdentity),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecEndpoint' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecEndpoint(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostnameImmutable': obj.hostnameImmutable,
        'partitionId': obj.partitionId,
        'services': obj.services?.map(y => y),
        'signingMethod': obj.signingMethod,
        'signingName': obj.signingName,
        'signingRegion': obj.signingRegion,
        'source': obj.source,
        'url': toJson_ClusterProviderConfigSpecEndpointUrl(obj.url),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecReconciliationPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecReconciliationPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exponentialFailureRateLimiter': toJson_ClusterProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter(obj.exponentialFailureRateLimiter),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecAssumeRoleChainTags' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecAssumeRoleChainTags(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecCredentialsEnv(obj) {
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
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsFs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecCredentialsFs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecCredentialsSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Source of the provider credentials.
 *
 * @schema ClusterProviderConfigSpecCredentialsSource
 */
var ClusterProviderConfigSpecCredentialsSource;
(function (ClusterProviderConfigSpecCredentialsSource) {
    /** None */
    ClusterProviderConfigSpecCredentialsSource["NONE"] = "None";
    /** Secret */
    ClusterProviderConfigSpecCredentialsSource["SECRET"] = "Secret";
    /** IRSA */
    ClusterProviderConfigSpecCredentialsSource["IRSA"] = "IRSA";
    /** WebIdentity */
    ClusterProviderConfigSpecCredentialsSource["WEB_IDENTITY"] = "WebIdentity";
    /** PodIdentity */
    ClusterProviderConfigSpecCredentialsSource["POD_IDENTITY"] = "PodIdentity";
    /** Upbound */
    ClusterProviderConfigSpecCredentialsSource["UPBOUND"] = "Upbound";
})(ClusterProviderConfigSpecCredentialsSource || (exports.ClusterProviderConfigSpecCredentialsSource = ClusterProviderConfigSpecCredentialsSource = {}));
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsUpbound' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecCredentialsUpbound(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'webIdentity': toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentity(obj.webIdentity),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsWebIdentity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecCredentialsWebIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'roleARN': obj.roleArn,
        'roleSessionName': obj.roleSessionName,
        'tokenConfig': toJson_ClusterProviderConfigSpecCredentialsWebIdentityTokenConfig(obj.tokenConfig),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * The source of the Endpoint. By default, this will be ServiceMetadata.
 * When providing a custom endpoint, you should set the source as Custom.
 * If source is not provided when providing a custom endpoint, the SDK may not
 * perform required host mutations correctly. Source should be used along with
 * HostnameImmutable property as per the usage requirement.
 * Note that this is effective only for resources that use AWS SDK v2.
 *
 * @schema ClusterProviderConfigSpecEndpointSource
 */
var ClusterProviderConfigSpecEndpointSource;
(function (ClusterProviderConfigSpecEndpointSource) {
    /** ServiceMetadata */
    ClusterProviderConfigSpecEndpointSource["SERVICE_METADATA"] = "ServiceMetadata";
    /** Custom */
    ClusterProviderConfigSpecEndpointSource["CUSTOM"] = "Custom";
})(ClusterProviderConfigSpecEndpointSource || (exports.ClusterProviderConfigSpecEndpointSource = ClusterProviderConfigSpecEndpointSource = {}));
/**
 * Converts an object of type 'ClusterProviderConfigSpecEndpointUrl' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecEndpointUrl(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'dynamic': toJson_ClusterProviderConfigSpecEndpointUrlDynamic(obj.dynamic),
        'static': obj.static,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'baseDelay': obj.baseDelay,
        'maxDelay': obj.maxDelay,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsUpboundWebIdentity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'roleARN': obj.roleArn,
        'roleSessionName': obj.roleSessionName,
        'tokenConfig': toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig(obj.tokenConfig),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsWebIdentityTokenConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecCredentialsWebIdentityTokenConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fs': toJson_ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigFs(obj.fs),
        'secretRef': toJson_ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef(obj.secretRef),
        'source': obj.source,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecEndpointUrlDynamic' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecEndpointUrlDynamic(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'protocol': obj.protocol,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * You can provide a static URL that will be used regardless of the service
 * and region by choosing Static type. Alternatively, you can provide
 * configuration for dynamically resolving the URL with the config you provide
 * once you set the type as Dynamic.
 *
 * @schema ClusterProviderConfigSpecEndpointUrlType
 */
var ClusterProviderConfigSpecEndpointUrlType;
(function (ClusterProviderConfigSpecEndpointUrlType) {
    /** Static */
    ClusterProviderConfigSpecEndpointUrlType["STATIC"] = "Static";
    /** Dynamic */
    ClusterProviderConfigSpecEndpointUrlType["DYNAMIC"] = "Dynamic";
    /** Auto */
    ClusterProviderConfigSpecEndpointUrlType["AUTO"] = "Auto";
})(ClusterProviderConfigSpecEndpointUrlType || (exports.ClusterProviderConfigSpecEndpointUrlType = ClusterProviderConfigSpecEndpointUrlType = {}));
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fs': toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs(obj.fs),
        'secretRef': toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef(obj.secretRef),
        'source': obj.source,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigFs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigFs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Source is the source of the web identity token.
 *
 * @schema ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSource
 */
var ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSource;
(function (ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSource) {
    /** Secret */
    ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSource["SECRET"] = "Secret";
    /** Filesystem */
    ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSource["FILESYSTEM"] = "Filesystem";
})(ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSource || (exports.ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSource = ClusterProviderConfigSpecCredentialsWebIdentityTokenConfigSource = {}));
/**
 * Protocol is the HTTP protocol that will be used in the URL. Currently,
 * only http and https are supported.
 *
 * @schema ClusterProviderConfigSpecEndpointUrlDynamicProtocol
 */
var ClusterProviderConfigSpecEndpointUrlDynamicProtocol;
(function (ClusterProviderConfigSpecEndpointUrlDynamicProtocol) {
    /** http */
    ClusterProviderConfigSpecEndpointUrlDynamicProtocol["HTTP"] = "http";
    /** https */
    ClusterProviderConfigSpecEndpointUrlDynamicProtocol["HTTPS"] = "https";
})(ClusterProviderConfigSpecEndpointUrlDynamicProtocol || (exports.ClusterProviderConfigSpecEndpointUrlDynamicProtocol = ClusterProviderConfigSpecEndpointUrlDynamicProtocol = {}));
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Source is the source of the web identity token.
 *
 * @schema ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource
 */
var ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource;
(function (ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource) {
    /** Secret */
    ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource["SECRET"] = "Secret";
    /** Filesystem */
    ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource["FILESYSTEM"] = "Filesystem";
})(ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource || (exports.ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource = ClusterProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource = {}));
/**
 * A ProviderConfig configures the AWS provider.
 *
 * @schema ProviderConfig
 */
class ProviderConfig extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "ProviderConfig"
     */
    static GVK = {
        apiVersion: 'aws.m.upbound.io/v1beta1',
        kind: 'ProviderConfig',
    };
    /**
     * Renders a Kubernetes manifest for "ProviderConfig".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...ProviderConfig.GVK,
            ...toJson_ProviderConfigProps(props),
        };
    }
    /**
     * Defines a "ProviderConfig" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...ProviderConfig.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...ProviderConfig.GVK,
            ...toJson_ProviderConfigProps(resolved),
        };
    }
}
exports.ProviderConfig = ProviderConfig;
/**
 * Converts an object of type 'ProviderConfigProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ProviderConfigSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ProviderConfigSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'assumeRoleChain': obj.assumeRoleChain?.map(y => toJson_ProviderConfigSpecAssumeRoleChain(y)),
        'credentials': toJson_ProviderConfigSpecCredentials(obj.credentials),
        'endpoint': toJson_ProviderConfigSpecEndpoint(obj.endpoint),
        'reconciliationPolicy': toJson_ProviderConfigSpecReconciliationPolicy(obj.reconciliationPolicy),
        's3_use_path_style': obj.s3UsePathStyle,
        'skip_credentials_validation': obj.skipCredentialsValidation,
        'skip_metadata_api_check': obj.skipMetadataApiCheck,
        'skip_region_validation': obj.skipRegionValidation,
        'skip_requesting_account_id': obj.skipRequestingAccountId,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ProviderConfigSpecAssumeRoleChain' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecAssumeRoleChain(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'externalID': obj.externalId,
        'roleARN': obj.roleArn,
        'tags': obj.tags?.map(y => toJson_ProviderConfigSpecAssumeRoleChainTags(y)),
        'transitiveTagKeys': obj.transitiveTagKeys?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'env': toJson_ProviderConfigSpecCredentialsEnv(obj.env),
        'fs': toJson_ProviderConfigSpecCredentialsFs(obj.fs),
        'secretRef': toJson_ProviderConfigSpecCredentialsSecretRef(obj.secretRef),
        'source': obj.source,
        'upbound': toJson_ProviderConfigSpecCredentialsUpbound(obj.upbound),
        'webIdentity': toJson_ProviderConfigSpecCredentialsWebIdentity(obj.webIdentity),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ProviderConfigSpecEndpoint' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecEndpoint(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostnameImmutable': obj.hostnameImmutable,
        'partitionId': obj.partitionId,
        'services': obj.services?.map(y => y),
        'signingMethod': obj.signingMethod,
        'signingName': obj.signingName,
        'signingRegion': obj.signingRegion,
        'source': obj.source,
        'url': toJson_ProviderConfigSpecEndpointUrl(obj.url),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ProviderConfigSpecReconciliationPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecReconciliationPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exponentialFailureRateLimiter': toJson_ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter(obj.exponentialFailureRateLimiter),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ProviderConfigSpecAssumeRoleChainTags' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecAssumeRoleChainTags(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecCredentialsEnv(obj) {
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
 * Converts an object of type 'ProviderConfigSpecCredentialsFs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecCredentialsFs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecCredentialsSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Source of the provider credentials.
 *
 * @schema ProviderConfigSpecCredentialsSource
 */
var ProviderConfigSpecCredentialsSource;
(function (ProviderConfigSpecCredentialsSource) {
    /** None */
    ProviderConfigSpecCredentialsSource["NONE"] = "None";
    /** Secret */
    ProviderConfigSpecCredentialsSource["SECRET"] = "Secret";
    /** IRSA */
    ProviderConfigSpecCredentialsSource["IRSA"] = "IRSA";
    /** WebIdentity */
    ProviderConfigSpecCredentialsSource["WEB_IDENTITY"] = "WebIdentity";
    /** PodIdentity */
    ProviderConfigSpecCredentialsSource["POD_IDENTITY"] = "PodIdentity";
    /** Upbound */
    ProviderConfigSpecCredentialsSource["UPBOUND"] = "Upbound";
})(ProviderConfigSpecCredentialsSource || (exports.ProviderConfigSpecCredentialsSource = ProviderConfigSpecCredentialsSource = {}));
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsUpbound' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecCredentialsUpbound(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'webIdentity': toJson_ProviderConfigSpecCredentialsUpboundWebIdentity(obj.webIdentity),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsWebIdentity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecCredentialsWebIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'roleARN': obj.roleArn,
        'roleSessionName': obj.roleSessionName,
        'tokenConfig': toJson_ProviderConfigSpecCredentialsWebIdentityTokenConfig(obj.tokenConfig),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * The source of the Endpoint. By default, this will be ServiceMetadata.
 * When providing a custom endpoint, you should set the source as Custom.
 * If source is not provided when providing a custom endpoint, the SDK may not
 * perform required host mutations correctly. Source should be used along with
 * HostnameImmutable property as per the usage requirement.
 * Note that this is effective only for resources that use AWS SDK v2.
 *
 * @schema ProviderConfigSpecEndpointSource
 */
var ProviderConfigSpecEndpointSource;
(function (ProviderConfigSpecEndpointSource) {
    /** ServiceMetadata */
    ProviderConfigSpecEndpointSource["SERVICE_METADATA"] = "ServiceMetadata";
    /** Custom */
    ProviderConfigSpecEndpointSource["CUSTOM"] = "Custom";
})(ProviderConfigSpecEndpointSource || (exports.ProviderConfigSpecEndpointSource = ProviderConfigSpecEndpointSource = {}));
/**
 * Converts an object of type 'ProviderConfigSpecEndpointUrl' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecEndpointUrl(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'dynamic': toJson_ProviderConfigSpecEndpointUrlDynamic(obj.dynamic),
        'static': obj.static,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'baseDelay': obj.baseDelay,
        'maxDelay': obj.maxDelay,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsUpboundWebIdentity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecCredentialsUpboundWebIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'roleARN': obj.roleArn,
        'roleSessionName': obj.roleSessionName,
        'tokenConfig': toJson_ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig(obj.tokenConfig),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsWebIdentityTokenConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecCredentialsWebIdentityTokenConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fs': toJson_ProviderConfigSpecCredentialsWebIdentityTokenConfigFs(obj.fs),
        'secretRef': toJson_ProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef(obj.secretRef),
        'source': obj.source,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ProviderConfigSpecEndpointUrlDynamic' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecEndpointUrlDynamic(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'protocol': obj.protocol,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * You can provide a static URL that will be used regardless of the service
 * and region by choosing Static type. Alternatively, you can provide
 * configuration for dynamically resolving the URL with the config you provide
 * once you set the type as Dynamic.
 *
 * @schema ProviderConfigSpecEndpointUrlType
 */
var ProviderConfigSpecEndpointUrlType;
(function (ProviderConfigSpecEndpointUrlType) {
    /** Static */
    ProviderConfigSpecEndpointUrlType["STATIC"] = "Static";
    /** Dynamic */
    ProviderConfigSpecEndpointUrlType["DYNAMIC"] = "Dynamic";
    /** Auto */
    ProviderConfigSpecEndpointUrlType["AUTO"] = "Auto";
})(ProviderConfigSpecEndpointUrlType || (exports.ProviderConfigSpecEndpointUrlType = ProviderConfigSpecEndpointUrlType = {}));
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fs': toJson_ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs(obj.fs),
        'secretRef': toJson_ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef(obj.secretRef),
        'source': obj.source,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsWebIdentityTokenConfigFs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecCredentialsWebIdentityTokenConfigFs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Source is the source of the web identity token.
 *
 * @schema ProviderConfigSpecCredentialsWebIdentityTokenConfigSource
 */
var ProviderConfigSpecCredentialsWebIdentityTokenConfigSource;
(function (ProviderConfigSpecCredentialsWebIdentityTokenConfigSource) {
    /** Secret */
    ProviderConfigSpecCredentialsWebIdentityTokenConfigSource["SECRET"] = "Secret";
    /** Filesystem */
    ProviderConfigSpecCredentialsWebIdentityTokenConfigSource["FILESYSTEM"] = "Filesystem";
})(ProviderConfigSpecCredentialsWebIdentityTokenConfigSource || (exports.ProviderConfigSpecCredentialsWebIdentityTokenConfigSource = ProviderConfigSpecCredentialsWebIdentityTokenConfigSource = {}));
/**
 * Protocol is the HTTP protocol that will be used in the URL. Currently,
 * only http and https are supported.
 *
 * @schema ProviderConfigSpecEndpointUrlDynamicProtocol
 */
var ProviderConfigSpecEndpointUrlDynamicProtocol;
(function (ProviderConfigSpecEndpointUrlDynamicProtocol) {
    /** http */
    ProviderConfigSpecEndpointUrlDynamicProtocol["HTTP"] = "http";
    /** https */
    ProviderConfigSpecEndpointUrlDynamicProtocol["HTTPS"] = "https";
})(ProviderConfigSpecEndpointUrlDynamicProtocol || (exports.ProviderConfigSpecEndpointUrlDynamicProtocol = ProviderConfigSpecEndpointUrlDynamicProtocol = {}));
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Source is the source of the web identity token.
 *
 * @schema ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource
 */
var ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource;
(function (ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource) {
    /** Secret */
    ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource["SECRET"] = "Secret";
    /** Filesystem */
    ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource["FILESYSTEM"] = "Filesystem";
})(ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource || (exports.ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource = ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource = {}));
