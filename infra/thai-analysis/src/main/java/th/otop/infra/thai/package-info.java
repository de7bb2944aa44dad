/** Thai analysis for Elasticsearch distributions that lack the analysis-common module (no thai, no edge_ngram). */
package th.otop.infra.thai;
