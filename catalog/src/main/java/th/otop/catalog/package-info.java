/** What a product is, who makes it, which community it supports, and how it is found. */
package th.otop.catalog;
