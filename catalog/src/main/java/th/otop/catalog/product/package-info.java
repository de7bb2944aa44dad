/** Products: what they are, their grade, price, stock, photos and variants, and their publication state. */
package th.otop.catalog.product;
