/**
 * Finding products: the Elasticsearch index fed by the outbox, Thai-aware queries, facets,
 * autocomplete and the fair-exposure boost for ungraded and sammachip producers.
 */
package th.otop.catalog.search;
