import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * A ProviderConfig configures the AWS provider.
 *
 * @schema ProviderConfig
 */
export declare class ProviderConfig extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ProviderConfig"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ProviderConfig".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ProviderConfigProps): any;
    /**
     * Defines a "ProviderConfig" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ProviderConfigProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * A ProviderConfig configures the AWS provider.
 *
 * @schema ProviderConfig
 */
export interface ProviderConfigProps {
    /**
     * @schema ProviderConfig#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * A ProviderConfigSpec defines the desired state of a ProviderConfig.
     *
     * @schema ProviderConfig#spec
     */
    readonly spec: ProviderConfigSpec;
}
/**
 * Converts an object of type 'ProviderConfigProps' to JSON representation.
 */
export declare function toJson_ProviderConfigProps(obj: ProviderConfigProps | undefined): Record<string, any> | undefined;
/**
 * A ProviderConfigSpec defines the desired state of a ProviderConfig.
 *
 * @schema ProviderConfigSpec
 */
export interface ProviderConfigSpec {
    /**
     * AssumeRoleChain defines the options for assuming an IAM role
     *
     * @schema ProviderConfigSpec#assumeRoleChain
     */
    readonly assumeRoleChain?: ProviderConfigSpecAssumeRoleChain[];
    /**
     * Credentials required to authenticate to this provider.
     *
     * @schema ProviderConfigSpec#credentials
     */
    readonly credentials: ProviderConfigSpecCredentials;
    /**
     * Endpoint is where you can override the default endpoint configuration
     * of AWS calls made by the provider.
     *
     * @schema ProviderConfigSpec#endpoint
     */
    readonly endpoint?: ProviderConfigSpecEndpoint;
    /**
     * ReconciliationPolicy configures how a managed resource is reconciled.
     * It currently allows overriding the controller's failure rate limiter
     * parameters on a per-resource basis via ExponentialFailureRateLimiter.
     *
     * @schema ProviderConfigSpec#reconciliationPolicy
     */
    readonly reconciliationPolicy?: ProviderConfigSpecReconciliationPolicy;
    /**
     * Whether to enable the request to use path-style addressing, i.e., https://s3.amazonaws.com/BUCKET/KEY.
     *
     * @schema ProviderConfigSpec#s3_use_path_style
     */
    readonly s3UsePathStyle?: boolean;
    /**
     * Whether to skip credentials validation via the STS API.
     * This can be useful for testing and for AWS API implementations that do not have STS available.
     *
     * @schema ProviderConfigSpec#skip_credentials_validation
     */
    readonly skipCredentialsValidation?: boolean;
    /**
     * Whether to skip the AWS Metadata API check
     * Useful for AWS API implementations that do not have a metadata API endpoint.
     *
     * @schema ProviderConfigSpec#skip_metadata_api_check
     */
    readonly skipMetadataApiCheck?: boolean;
    /**
     * Whether to skip validation of provided region name.
     * Useful for AWS-like implementations that use their own region names or to bypass the validation for
     * regions that aren't publicly available yet.
     *
     * @schema ProviderConfigSpec#skip_region_validation
     */
    readonly skipRegionValidation?: boolean;
    /**
     * Whether to skip requesting the account ID.
     * Useful for AWS API implementations that do not have the IAM, STS API, or metadata API
     *
     * @schema ProviderConfigSpec#skip_requesting_account_id
     */
    readonly skipRequestingAccountId?: boolean;
}
/**
 * Converts an object of type 'ProviderConfigSpec' to JSON representation.
 */
export declare function toJson_ProviderConfigSpec(obj: ProviderConfigSpec | undefined): Record<string, any> | undefined;
/**
 * AssumeRoleOptions define the options for assuming an IAM Role
 * Fields are similar to the STS AssumeRoleOptions in the AWS SDK
 *
 * @schema ProviderConfigSpecAssumeRoleChain
 */
export interface ProviderConfigSpecAssumeRoleChain {
    /**
     * ExternalID is the external ID used when assuming role.
     *
     * @schema ProviderConfigSpecAssumeRoleChain#externalID
     */
    readonly externalId?: string;
    /**
     * AssumeRoleARN to assume with provider credentials
     *
     * @schema ProviderConfigSpecAssumeRoleChain#roleARN
     */
    readonly roleArn?: string;
    /**
     * Tags is list of session tags that you want to pass. Each session tag consists of a key
     * name and an associated value. For more information about session tags, see
     * Tagging STS Sessions
     * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html).
     *
     * @schema ProviderConfigSpecAssumeRoleChain#tags
     */
    readonly tags?: ProviderConfigSpecAssumeRoleChainTags[];
    /**
     * TransitiveTagKeys is a list of keys for session tags that you want to set as transitive. If you set a
     * tag key as transitive, the corresponding key and value passes to subsequent
     * sessions in a role chain. For more information, see Chaining Roles with Session Tags
     * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_role-chaining).
     *
     * @schema ProviderConfigSpecAssumeRoleChain#transitiveTagKeys
     */
    readonly transitiveTagKeys?: string[];
}
/**
 * Converts an object of type 'ProviderConfigSpecAssumeRoleChain' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecAssumeRoleChain(obj: ProviderConfigSpecAssumeRoleChain | undefined): Record<string, any> | undefined;
/**
 * Credentials required to authenticate to this provider.
 *
 * @schema ProviderConfigSpecCredentials
 */
export interface ProviderConfigSpecCredentials {
    /**
     * Env is a reference to an environment variable that contains credentials
     * that must be used to connect to the provider.
     *
     * @schema ProviderConfigSpecCredentials#env
     */
    readonly env?: ProviderConfigSpecCredentialsEnv;
    /**
     * Fs is a reference to a filesystem location that contains credentials that
     * must be used to connect to the provider.
     *
     * @schema ProviderConfigSpecCredentials#fs
     */
    readonly fs?: ProviderConfigSpecCredentialsFs;
    /**
     * A SecretRef is a reference to a secret key that contains the credentials
     * that must be used to connect to the provider.
     *
     * @schema ProviderConfigSpecCredentials#secretRef
     */
    readonly secretRef?: ProviderConfigSpecCredentialsSecretRef;
    /**
     * Source of the provider credentials.
     *
     * @schema ProviderConfigSpecCredentials#source
     */
    readonly source: ProviderConfigSpecCredentialsSource;
    /**
     * Upbound defines the options for authenticating using Upbound as an identity provider.
     *
     * @schema ProviderConfigSpecCredentials#upbound
     */
    readonly upbound?: ProviderConfigSpecCredentialsUpbound;
    /**
     * WebIdentity defines the options for assuming an IAM role with a Web Identity.
     *
     * @schema ProviderConfigSpecCredentials#webIdentity
     */
    readonly webIdentity?: ProviderConfigSpecCredentialsWebIdentity;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentials' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentials(obj: ProviderConfigSpecCredentials | undefined): Record<string, any> | undefined;
/**
 * Endpoint is where you can override the default endpoint configuration
 * of AWS calls made by the provider.
 *
 * @schema ProviderConfigSpecEndpoint
 */
export interface ProviderConfigSpecEndpoint {
    /**
     * Specifies if the endpoint's hostname can be modified by the SDK's API
     * client.
     *
     * If the hostname is mutable the SDK API clients may modify any part of
     * the hostname based on the requirements of the API, (e.g. adding, or
     * removing content in the hostname). Such as, Amazon S3 API client
     * prefixing "bucketname" to the hostname, or changing the
     * hostname service name component from "s3." to "s3-accesspoint.dualstack."
     * for the dualstack endpoint of an S3 Accesspoint resource.
     *
     * Care should be taken when providing a custom endpoint for an API. If the
     * endpoint hostname is mutable, and the client cannot modify the endpoint
     * correctly, the operation call will most likely fail, or have undefined
     * behavior.
     *
     * If hostname is immutable, the SDK API clients will not modify the
     * hostname of the URL. This may cause the API client not to function
     * correctly if the API requires the operation specific hostname values
     * to be used by the client.
     *
     * This flag does not modify the API client's behavior if this endpoint
     * will be used instead of Endpoint Discovery, or if the endpoint will be
     * used to perform Endpoint Discovery. That behavior is configured via the
     * API Client's Options.
     * Note that this is effective only for resources that use AWS SDK v2.
     *
     * @schema ProviderConfigSpecEndpoint#hostnameImmutable
     */
    readonly hostnameImmutable?: boolean;
    /**
     * The AWS partition the endpoint belongs to.
     *
     * @schema ProviderConfigSpecEndpoint#partitionId
     */
    readonly partitionId?: string;
    /**
     * Specifies the list of services you want endpoint to be used for
     *
     * @schema ProviderConfigSpecEndpoint#services
     */
    readonly services?: string[];
    /**
     * The signing method that should be used for signing the requests to the
     * endpoint.
     *
     * @schema ProviderConfigSpecEndpoint#signingMethod
     */
    readonly signingMethod?: string;
    /**
     * The service name that should be used for signing the requests to the
     * endpoint.
     *
     * @schema ProviderConfigSpecEndpoint#signingName
     */
    readonly signingName?: string;
    /**
     * The region that should be used for signing the request to the endpoint.
     * For IAM, which doesn't have any region, us-east-1 is used to sign the
     * requests, which is the only signing region of IAM.
     *
     * @schema ProviderConfigSpecEndpoint#signingRegion
     */
    readonly signingRegion?: string;
    /**
     * The source of the Endpoint. By default, this will be ServiceMetadata.
     * When providing a custom endpoint, you should set the source as Custom.
     * If source is not provided when providing a custom endpoint, the SDK may not
     * perform required host mutations correctly. Source should be used along with
     * HostnameImmutable property as per the usage requirement.
     * Note that this is effective only for resources that use AWS SDK v2.
     *
     * @schema ProviderConfigSpecEndpoint#source
     */
    readonly source?: ProviderConfigSpecEndpointSource;
    /**
     * URL lets you configure the endpoint URL to be used in SDK calls.
     *
     * @schema ProviderConfigSpecEndpoint#url
     */
    readonly url: ProviderConfigSpecEndpointUrl;
}
/**
 * Converts an object of type 'ProviderConfigSpecEndpoint' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecEndpoint(obj: ProviderConfigSpecEndpoint | undefined): Record<string, any> | undefined;
/**
 * ReconciliationPolicy configures how a managed resource is reconciled.
 * It currently allows overriding the controller's failure rate limiter
 * parameters on a per-resource basis via ExponentialFailureRateLimiter.
 *
 * @schema ProviderConfigSpecReconciliationPolicy
 */
export interface ProviderConfigSpecReconciliationPolicy {
    /**
     * ExponentialFailureRateLimiter, when set, overrides the parameters of the
     * exponential failure rate limiter used to schedule retries for the
     * managed resource that this policy applies to.
     *
     * @schema ProviderConfigSpecReconciliationPolicy#exponentialFailureRateLimiter
     */
    readonly exponentialFailureRateLimiter?: ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter;
}
/**
 * Converts an object of type 'ProviderConfigSpecReconciliationPolicy' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecReconciliationPolicy(obj: ProviderConfigSpecReconciliationPolicy | undefined): Record<string, any> | undefined;
/**
 * Tag is session tag that can be used to assume an IAM Role
 *
 * @schema ProviderConfigSpecAssumeRoleChainTags
 */
export interface ProviderConfigSpecAssumeRoleChainTags {
    /**
     * Name of the tag.
     * Key is a required field
     *
     * @schema ProviderConfigSpecAssumeRoleChainTags#key
     */
    readonly key: string;
    /**
     * Value of the tag.
     * Value is a required field
     *
     * @schema ProviderConfigSpecAssumeRoleChainTags#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecAssumeRoleChainTags' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecAssumeRoleChainTags(obj: ProviderConfigSpecAssumeRoleChainTags | undefined): Record<string, any> | undefined;
/**
 * Env is a reference to an environment variable that contains credentials
 * that must be used to connect to the provider.
 *
 * @schema ProviderConfigSpecCredentialsEnv
 */
export interface ProviderConfigSpecCredentialsEnv {
    /**
     * Name is the name of an environment variable.
     *
     * @schema ProviderConfigSpecCredentialsEnv#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsEnv' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsEnv(obj: ProviderConfigSpecCredentialsEnv | undefined): Record<string, any> | undefined;
/**
 * Fs is a reference to a filesystem location that contains credentials that
 * must be used to connect to the provider.
 *
 * @schema ProviderConfigSpecCredentialsFs
 */
export interface ProviderConfigSpecCredentialsFs {
    /**
     * Path is a filesystem path.
     *
     * @schema ProviderConfigSpecCredentialsFs#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsFs' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsFs(obj: ProviderConfigSpecCredentialsFs | undefined): Record<string, any> | undefined;
/**
 * A SecretRef is a reference to a secret key that contains the credentials
 * that must be used to connect to the provider.
 *
 * @schema ProviderConfigSpecCredentialsSecretRef
 */
export interface ProviderConfigSpecCredentialsSecretRef {
    /**
     * The key to select.
     *
     * @schema ProviderConfigSpecCredentialsSecretRef#key
     */
    readonly key: string;
    /**
     * Name of the secret.
     *
     * @schema ProviderConfigSpecCredentialsSecretRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema ProviderConfigSpecCredentialsSecretRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsSecretRef' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsSecretRef(obj: ProviderConfigSpecCredentialsSecretRef | undefined): Record<string, any> | undefined;
/**
 * Source of the provider credentials.
 *
 * @schema ProviderConfigSpecCredentialsSource
 */
export declare enum ProviderConfigSpecCredentialsSource {
    /** None */
    NONE = "None",
    /** Secret */
    SECRET = "Secret",
    /** IRSA */
    IRSA = "IRSA",
    /** WebIdentity */
    WEB_IDENTITY = "WebIdentity",
    /** PodIdentity */
    POD_IDENTITY = "PodIdentity",
    /** Upbound */
    UPBOUND = "Upbound"
}
/**
 * Upbound defines the options for authenticating using Upbound as an identity provider.
 *
 * @schema ProviderConfigSpecCredentialsUpbound
 */
export interface ProviderConfigSpecCredentialsUpbound {
    /**
     * WebIdentity defines the options for assuming an IAM role with a Web
     * Identity.
     *
     * @schema ProviderConfigSpecCredentialsUpbound#webIdentity
     */
    readonly webIdentity?: ProviderConfigSpecCredentialsUpboundWebIdentity;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsUpbound' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsUpbound(obj: ProviderConfigSpecCredentialsUpbound | undefined): Record<string, any> | undefined;
/**
 * WebIdentity defines the options for assuming an IAM role with a Web Identity.
 *
 * @schema ProviderConfigSpecCredentialsWebIdentity
 */
export interface ProviderConfigSpecCredentialsWebIdentity {
    /**
     * AssumeRoleARN to assume with provider credentials
     *
     * @schema ProviderConfigSpecCredentialsWebIdentity#roleARN
     */
    readonly roleArn?: string;
    /**
     * RoleSessionName is the session name, if you wish to uniquely identify this session.
     *
     * @schema ProviderConfigSpecCredentialsWebIdentity#roleSessionName
     */
    readonly roleSessionName?: string;
    /**
     * TokenConfig is the Web Identity Token config to assume the role.
     *
     * @schema ProviderConfigSpecCredentialsWebIdentity#tokenConfig
     */
    readonly tokenConfig?: ProviderConfigSpecCredentialsWebIdentityTokenConfig;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsWebIdentity' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsWebIdentity(obj: ProviderConfigSpecCredentialsWebIdentity | undefined): Record<string, any> | undefined;
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
export declare enum ProviderConfigSpecEndpointSource {
    /** ServiceMetadata */
    SERVICE_METADATA = "ServiceMetadata",
    /** Custom */
    CUSTOM = "Custom"
}
/**
 * URL lets you configure the endpoint URL to be used in SDK calls.
 *
 * @schema ProviderConfigSpecEndpointUrl
 */
export interface ProviderConfigSpecEndpointUrl {
    /**
     * Dynamic lets you configure the behavior of endpoint URL resolver.
     *
     * @schema ProviderConfigSpecEndpointUrl#dynamic
     */
    readonly dynamic?: ProviderConfigSpecEndpointUrlDynamic;
    /**
     * Static is the full URL you'd like the AWS SDK to use.
     * Recommended for using tools like localstack where a single host is exposed
     * for all services and regions.
     *
     * @schema ProviderConfigSpecEndpointUrl#static
     */
    readonly static?: string;
    /**
     * You can provide a static URL that will be used regardless of the service
     * and region by choosing Static type. Alternatively, you can provide
     * configuration for dynamically resolving the URL with the config you provide
     * once you set the type as Dynamic.
     *
     * @schema ProviderConfigSpecEndpointUrl#type
     */
    readonly type: ProviderConfigSpecEndpointUrlType;
}
/**
 * Converts an object of type 'ProviderConfigSpecEndpointUrl' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecEndpointUrl(obj: ProviderConfigSpecEndpointUrl | undefined): Record<string, any> | undefined;
/**
 * ExponentialFailureRateLimiter, when set, overrides the parameters of the
 * exponential failure rate limiter used to schedule retries for the
 * managed resource that this policy applies to.
 *
 * @schema ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter
 */
export interface ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter {
    /**
     * BaseDelay is the initial delay between retries.
     *
     * @schema ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter#baseDelay
     */
    readonly baseDelay?: string;
    /**
     * MaxDelay is the maximum delay between retries.
     *
     * @schema ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter#maxDelay
     */
    readonly maxDelay?: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter(obj: ProviderConfigSpecReconciliationPolicyExponentialFailureRateLimiter | undefined): Record<string, any> | undefined;
/**
 * WebIdentity defines the options for assuming an IAM role with a Web
 * Identity.
 *
 * @schema ProviderConfigSpecCredentialsUpboundWebIdentity
 */
export interface ProviderConfigSpecCredentialsUpboundWebIdentity {
    /**
     * AssumeRoleARN to assume with provider credentials
     *
     * @schema ProviderConfigSpecCredentialsUpboundWebIdentity#roleARN
     */
    readonly roleArn?: string;
    /**
     * RoleSessionName is the session name, if you wish to uniquely identify this session.
     *
     * @schema ProviderConfigSpecCredentialsUpboundWebIdentity#roleSessionName
     */
    readonly roleSessionName?: string;
    /**
     * TokenConfig is the Web Identity Token config to assume the role.
     *
     * @schema ProviderConfigSpecCredentialsUpboundWebIdentity#tokenConfig
     */
    readonly tokenConfig?: ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsUpboundWebIdentity' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsUpboundWebIdentity(obj: ProviderConfigSpecCredentialsUpboundWebIdentity | undefined): Record<string, any> | undefined;
/**
 * TokenConfig is the Web Identity Token config to assume the role.
 *
 * @schema ProviderConfigSpecCredentialsWebIdentityTokenConfig
 */
export interface ProviderConfigSpecCredentialsWebIdentityTokenConfig {
    /**
     * Fs is a reference to a filesystem location that contains credentials that
     * must be used to obtain the web identity token.
     *
     * @schema ProviderConfigSpecCredentialsWebIdentityTokenConfig#fs
     */
    readonly fs?: ProviderConfigSpecCredentialsWebIdentityTokenConfigFs;
    /**
     * A SecretRef is a reference to a secret key that contains the credentials
     * that must be used to obtain the web identity token.
     *
     * @schema ProviderConfigSpecCredentialsWebIdentityTokenConfig#secretRef
     */
    readonly secretRef?: ProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef;
    /**
     * Source is the source of the web identity token.
     *
     * @schema ProviderConfigSpecCredentialsWebIdentityTokenConfig#source
     */
    readonly source: ProviderConfigSpecCredentialsWebIdentityTokenConfigSource;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsWebIdentityTokenConfig' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsWebIdentityTokenConfig(obj: ProviderConfigSpecCredentialsWebIdentityTokenConfig | undefined): Record<string, any> | undefined;
/**
 * Dynamic lets you configure the behavior of endpoint URL resolver.
 *
 * @schema ProviderConfigSpecEndpointUrlDynamic
 */
export interface ProviderConfigSpecEndpointUrlDynamic {
    /**
     * Host is the address of the main host that the resolver will use to
     * prepend protocol, service and region configurations.
     * For example, the final URL for EC2 in us-east-1 looks like https://ec2.us-east-1.amazonaws.com
     * You would need to use "amazonaws.com" as Host and "https" as protocol
     * to have the resolver construct it.
     *
     * @schema ProviderConfigSpecEndpointUrlDynamic#host
     */
    readonly host: string;
    /**
     * Protocol is the HTTP protocol that will be used in the URL. Currently,
     * only http and https are supported.
     *
     * @schema ProviderConfigSpecEndpointUrlDynamic#protocol
     */
    readonly protocol: ProviderConfigSpecEndpointUrlDynamicProtocol;
}
/**
 * Converts an object of type 'ProviderConfigSpecEndpointUrlDynamic' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecEndpointUrlDynamic(obj: ProviderConfigSpecEndpointUrlDynamic | undefined): Record<string, any> | undefined;
/**
 * You can provide a static URL that will be used regardless of the service
 * and region by choosing Static type. Alternatively, you can provide
 * configuration for dynamically resolving the URL with the config you provide
 * once you set the type as Dynamic.
 *
 * @schema ProviderConfigSpecEndpointUrlType
 */
export declare enum ProviderConfigSpecEndpointUrlType {
    /** Static */
    STATIC = "Static",
    /** Dynamic */
    DYNAMIC = "Dynamic",
    /** Auto */
    AUTO = "Auto"
}
/**
 * TokenConfig is the Web Identity Token config to assume the role.
 *
 * @schema ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig
 */
export interface ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig {
    /**
     * Fs is a reference to a filesystem location that contains credentials that
     * must be used to obtain the web identity token.
     *
     * @schema ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig#fs
     */
    readonly fs?: ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs;
    /**
     * A SecretRef is a reference to a secret key that contains the credentials
     * that must be used to obtain the web identity token.
     *
     * @schema ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig#secretRef
     */
    readonly secretRef?: ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef;
    /**
     * Source is the source of the web identity token.
     *
     * @schema ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig#source
     */
    readonly source: ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig(obj: ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfig | undefined): Record<string, any> | undefined;
/**
 * Fs is a reference to a filesystem location that contains credentials that
 * must be used to obtain the web identity token.
 *
 * @schema ProviderConfigSpecCredentialsWebIdentityTokenConfigFs
 */
export interface ProviderConfigSpecCredentialsWebIdentityTokenConfigFs {
    /**
     * Path is a filesystem path.
     *
     * @schema ProviderConfigSpecCredentialsWebIdentityTokenConfigFs#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsWebIdentityTokenConfigFs' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsWebIdentityTokenConfigFs(obj: ProviderConfigSpecCredentialsWebIdentityTokenConfigFs | undefined): Record<string, any> | undefined;
/**
 * A SecretRef is a reference to a secret key that contains the credentials
 * that must be used to obtain the web identity token.
 *
 * @schema ProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef
 */
export interface ProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef {
    /**
     * The key to select.
     *
     * @schema ProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef#key
     */
    readonly key: string;
    /**
     * Name of the secret.
     *
     * @schema ProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema ProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef(obj: ProviderConfigSpecCredentialsWebIdentityTokenConfigSecretRef | undefined): Record<string, any> | undefined;
/**
 * Source is the source of the web identity token.
 *
 * @schema ProviderConfigSpecCredentialsWebIdentityTokenConfigSource
 */
export declare enum ProviderConfigSpecCredentialsWebIdentityTokenConfigSource {
    /** Secret */
    SECRET = "Secret",
    /** Filesystem */
    FILESYSTEM = "Filesystem"
}
/**
 * Protocol is the HTTP protocol that will be used in the URL. Currently,
 * only http and https are supported.
 *
 * @schema ProviderConfigSpecEndpointUrlDynamicProtocol
 */
export declare enum ProviderConfigSpecEndpointUrlDynamicProtocol {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https"
}
/**
 * Fs is a reference to a filesystem location that contains credentials that
 * must be used to obtain the web identity token.
 *
 * @schema ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs
 */
export interface ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs {
    /**
     * Path is a filesystem path.
     *
     * @schema ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs(obj: ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigFs | undefined): Record<string, any> | undefined;
/**
 * A SecretRef is a reference to a secret key that contains the credentials
 * that must be used to obtain the web identity token.
 *
 * @schema ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef
 */
export interface ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef {
    /**
     * The key to select.
     *
     * @schema ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef#key
     */
    readonly key: string;
    /**
     * Name of the secret.
     *
     * @schema ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef(obj: ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSecretRef | undefined): Record<string, any> | undefined;
/**
 * Source is the source of the web identity token.
 *
 * @schema ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource
 */
export declare enum ProviderConfigSpecCredentialsUpboundWebIdentityTokenConfigSource {
    /** Secret */
    SECRET = "Secret",
    /** Filesystem */
    FILESYSTEM = "Filesystem"
}
