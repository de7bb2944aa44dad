/** The order service: carts, checkout, per-producer orders, payments and the ledger, as plain services for both apps. */
package th.otop.orders;
