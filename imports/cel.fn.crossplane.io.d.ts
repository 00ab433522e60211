import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Filters can be used to filter desired composed resources.
 *
 * @schema Filters
 */
export declare class Filters extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Filters"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Filters".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: FiltersProps): any;
    /**
     * Defines a "Filters" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: FiltersProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Filters can be used to filter desired composed resources.
 *
 * @schema Filters
 */
export interface FiltersProps {
    /**
     * @schema Filters#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Filters to apply to the desired composed resources produced by previous
     * functions in the pipeline. Each filter matches a desired composed
     * resource by name. If the expression evaluates to true, the composed
     * resource will be included. Desired composed resources that don't match
     * any filter are always included.
     *
     * @schema Filters#filters
     */
    readonly filters: FiltersFilters[];
    /**
     * TTL for which a response can be cached in time.Duration format
     *
     * @schema Filters#ttl
     */
    readonly ttl?: string;
}
/**
 * Converts an object of type 'FiltersProps' to JSON representation.
 */
export declare function toJson_FiltersProps(obj: FiltersProps | undefined): Record<string, any> | undefined;
/**
 * A Filter can be used to filter a desired composed resource produced by a
 * previous function in the pipeline.
 *
 * @schema FiltersFilters
 */
export interface FiltersFilters {
    /**
     * Expression is a CEL expression. See https://github.com/google/cel-spec.
     * The following top-level variables are available to the expression:
     *
     * * observed
     * * desired
     * * context
     *
     * Example expressions:
     *
     * * observed.composite.resource.spec.widgets == 42
     * * observed.resources['composed'].connection_details['user'] == b'admin'
     * * desired.resources['composed'].resource.spec.widgets == 42
     *
     * See the RunFunctionRequest protobuf message for schema details.
     * https://buf.build/crossplane/crossplane/docs/main:apiextensions.fn.proto.v1beta1
     *
     * @schema FiltersFilters#expression
     */
    readonly expression: string;
    /**
     * Name of the desired composed resource(s) this filter should match.
     *
     * Use regular expressions to match multiple resources. Expressions are
     * automatically prefixed with ^ and suffixed with $. For example 'buck.*'
     * becomes '^buck.*$'. See https://github.com/google/re2/wiki/Syntax.
     *
     * @schema FiltersFilters#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'FiltersFilters' to JSON representation.
 */
export declare function toJson_FiltersFilters(obj: FiltersFilters | undefined): Record<string, any> | undefined;
