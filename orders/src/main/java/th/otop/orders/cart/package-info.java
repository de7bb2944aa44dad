/** Carts kept in the database, so any app instance serves any buyer; prices are always read from the catalog. */
package th.otop.orders.cart;
