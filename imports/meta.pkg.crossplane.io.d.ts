import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * A Configuration is the description of a Crossplane Configuration package.
 *
 * @schema Configuration
 */
export declare class Configuration extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Configuration"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Configuration".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ConfigurationProps): any;
    /**
     * Defines a "Configuration" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ConfigurationProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * A Configuration is the description of a Crossplane Configuration package.
 *
 * @schema Configuration
 */
export interface ConfigurationProps {
    /**
     * @schema Configuration#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ConfigurationSpec specifies the configuration of a Configuration.
     *
     * @schema Configuration#spec
     */
    readonly spec: ConfigurationSpec;
}
/**
 * Converts an object of type 'ConfigurationProps' to JSON representation.
 */
export declare function toJson_ConfigurationProps(obj: ConfigurationProps | undefined): Record<string, any> | undefined;
/**
 * ConfigurationSpec specifies the configuration of a Configuration.
 *
 * @schema ConfigurationSpec
 */
export interface ConfigurationSpec {
    /**
     * Capabilities of this package. Capabilities are opaque strings that
     * may be meaningful to package consumers.
     *
     * @schema ConfigurationSpec#capabilities
     */
    readonly capabilities?: string[];
    /**
     * Semantic version constraints of Crossplane that package is compatible with.
     *
     * @schema ConfigurationSpec#crossplane
     */
    readonly crossplane?: ConfigurationSpecCrossplane;
    /**
     * Dependencies on other packages.
     *
     * @schema ConfigurationSpec#dependsOn
     */
    readonly dependsOn?: ConfigurationSpecDependsOn[];
}
/**
 * Converts an object of type 'ConfigurationSpec' to JSON representation.
 */
export declare function toJson_ConfigurationSpec(obj: ConfigurationSpec | undefined): Record<string, any> | undefined;
/**
 * Semantic version constraints of Crossplane that package is compatible with.
 *
 * @schema ConfigurationSpecCrossplane
 */
export interface ConfigurationSpecCrossplane {
    /**
     * Semantic version constraints of Crossplane that package is compatible with.
     *
     * @schema ConfigurationSpecCrossplane#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'ConfigurationSpecCrossplane' to JSON representation.
 */
export declare function toJson_ConfigurationSpecCrossplane(obj: ConfigurationSpecCrossplane | undefined): Record<string, any> | undefined;
/**
 * Dependency is a dependency on another package. A dependency can be of an
 * arbitrary API version and kind, but Crossplane expects package dependencies
 * to behave like a Crossplane package. Specifically it expects to be able to
 * create the dependency and set its spec.package field to a package OCI
 * reference.
 *
 * @schema ConfigurationSpecDependsOn
 */
export interface ConfigurationSpecDependsOn {
    /**
     * APIVersion of the dependency.
     *
     * @schema ConfigurationSpecDependsOn#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Configuration is the name of a Configuration package image.
     * Must be a fully qualified image name, including the registry,
     *
     * Deprecated: Specify an apiVersion, kind, and package instead.
     *
     * @schema ConfigurationSpecDependsOn#configuration
     */
    readonly configuration?: string;
    /**
     * Function is the name of a Function package image.
     * Must be a fully qualified image name, including the registry,
     *
     * Deprecated: Specify an apiVersion, kind, and package instead.
     *
     * @schema ConfigurationSpecDependsOn#function
     */
    readonly function?: string;
    /**
     * Kind of the dependency.
     *
     * @schema ConfigurationSpecDependsOn#kind
     */
    readonly kind?: string;
    /**
     * Package OCI reference of the dependency. Only used when apiVersion and
     * kind are set.
     * Must be a fully qualified image name, including the registry,
     * repository, and tag. For example, "registry.example.com/repo/package:tag".
     *
     * @schema ConfigurationSpecDependsOn#package
     */
    readonly package?: string;
    /**
     * Provider is the name of a Provider package image.
     * Must be a fully qualified image name, including the registry,
     *
     * Deprecated: Specify an apiVersion and kind instead.
     *
     * @schema ConfigurationSpecDependsOn#provider
     */
    readonly provider?: string;
    /**
     * Version is the semantic version constraints of the dependency image.
     *
     * @schema ConfigurationSpecDependsOn#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'ConfigurationSpecDependsOn' to JSON representation.
 */
export declare function toJson_ConfigurationSpecDependsOn(obj: ConfigurationSpecDependsOn | undefined): Record<string, any> | undefined;
/**
 * A Configuration is the description of a Crossplane Configuration package.
 *
 * @schema ConfigurationV1Alpha1
 */
export declare class ConfigurationV1Alpha1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ConfigurationV1Alpha1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ConfigurationV1Alpha1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ConfigurationV1Alpha1Props): any;
    /**
     * Defines a "ConfigurationV1Alpha1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ConfigurationV1Alpha1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * A Configuration is the description of a Crossplane Configuration package.
 *
 * @schema ConfigurationV1Alpha1
 */
export interface ConfigurationV1Alpha1Props {
    /**
     * @schema ConfigurationV1Alpha1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ConfigurationSpec specifies the configuration of a Configuration.
     *
     * @schema ConfigurationV1Alpha1#spec
     */
    readonly spec: ConfigurationV1Alpha1Spec;
}
/**
 * Converts an object of type 'ConfigurationV1Alpha1Props' to JSON representation.
 */
export declare function toJson_ConfigurationV1Alpha1Props(obj: ConfigurationV1Alpha1Props | undefined): Record<string, any> | undefined;
/**
 * ConfigurationSpec specifies the configuration of a Configuration.
 *
 * @schema ConfigurationV1Alpha1Spec
 */
export interface ConfigurationV1Alpha1Spec {
    /**
     * Capabilities of this package. Capabilities are opaque strings that
     * may be meaningful to package consumers.
     *
     * @schema ConfigurationV1Alpha1Spec#capabilities
     */
    readonly capabilities?: string[];
    /**
     * Semantic version constraints of Crossplane that package is compatible with.
     *
     * @schema ConfigurationV1Alpha1Spec#crossplane
     */
    readonly crossplane?: ConfigurationV1Alpha1SpecCrossplane;
    /**
     * Dependencies on other packages.
     *
     * @schema ConfigurationV1Alpha1Spec#dependsOn
     */
    readonly dependsOn?: ConfigurationV1Alpha1SpecDependsOn[];
}
/**
 * Converts an object of type 'ConfigurationV1Alpha1Spec' to JSON representation.
 */
export declare function toJson_ConfigurationV1Alpha1Spec(obj: ConfigurationV1Alpha1Spec | undefined): Record<string, any> | undefined;
/**
 * Semantic version constraints of Crossplane that package is compatible with.
 *
 * @schema ConfigurationV1Alpha1SpecCrossplane
 */
export interface ConfigurationV1Alpha1SpecCrossplane {
    /**
     * Semantic version constraints of Crossplane that package is compatible with.
     *
     * @schema ConfigurationV1Alpha1SpecCrossplane#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'ConfigurationV1Alpha1SpecCrossplane' to JSON representation.
 */
export declare function toJson_ConfigurationV1Alpha1SpecCrossplane(obj: ConfigurationV1Alpha1SpecCrossplane | undefined): Record<string, any> | undefined;
/**
 * Dependency is a dependency on another package. A dependency can be of an
 * arbitrary API version and kind, but Crossplane expects package dependencies
 * to behave like a Crossplane package. Specifically it expects to be able to
 * create the dependency and set its spec.package field to a package OCI
 * reference.
 *
 * @schema ConfigurationV1Alpha1SpecDependsOn
 */
export interface ConfigurationV1Alpha1SpecDependsOn {
    /**
     * APIVersion of the dependency.
     *
     * @schema ConfigurationV1Alpha1SpecDependsOn#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Configuration is the name of a Configuration package image.
     * Must be a fully qualified image name, including the registry,
     *
     * Deprecated: Specify an apiVersion, kind, and package instead.
     *
     * @schema ConfigurationV1Alpha1SpecDependsOn#configuration
     */
    readonly configuration?: string;
    /**
     * Function is the name of a Function package image.
     * Must be a fully qualified image name, including the registry,
     *
     * Deprecated: Specify an apiVersion, kind, and package instead.
     *
     * @schema ConfigurationV1Alpha1SpecDependsOn#function
     */
    readonly function?: string;
    /**
     * Kind of the dependency.
     *
     * @schema ConfigurationV1Alpha1SpecDependsOn#kind
     */
    readonly kind?: string;
    /**
     * Package OCI reference of the dependency. Only used when apiVersion and
     * kind are set.
     * Must be a fully qualified image name, including the registry,
     * repository, and tag. For example, "registry.example.com/repo/package:tag".
     *
     * @schema ConfigurationV1Alpha1SpecDependsOn#package
     */
    readonly package?: string;
    /**
     * Provider is the name of a Provider package image.
     * Must be a fully qualified image name, including the registry,
     *
     * Deprecated: Specify an apiVersion and kind instead.
     *
     * @schema ConfigurationV1Alpha1SpecDependsOn#provider
     */
    readonly provider?: string;
    /**
     * Version is the semantic version constraints of the dependency image.
     *
     * @schema ConfigurationV1Alpha1SpecDependsOn#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'ConfigurationV1Alpha1SpecDependsOn' to JSON representation.
 */
export declare function toJson_ConfigurationV1Alpha1SpecDependsOn(obj: ConfigurationV1Alpha1SpecDependsOn | undefined): Record<string, any> | undefined;
