/**
 * The public, versioned JSON API ({@code /api/v1/...}): the sammachip and community-fund linkages of products, village
 * programmes, occupational groups and funds, read-only, with the OpenAPI document at {@code /api/v1/openapi.yml} that
 * also describes the outlets' wholesale API ({@code th.otop.storefront.outlet}).
 */
package th.otop.storefront.api;
