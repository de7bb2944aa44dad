/** Consumers' favourite products: saved from the product page or a search result, listed in their account. */
package th.otop.catalog.favourite;
