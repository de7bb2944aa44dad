/**
 * The public, versioned JSON API ({@code /api/v1/...}): the sammachip and community-fund linkages of products, village
 * programmes, occupational groups and funds, read-only, with its OpenAPI document at {@code /api/v1/openapi.yml}.
 */
package th.otop.storefront.api;
