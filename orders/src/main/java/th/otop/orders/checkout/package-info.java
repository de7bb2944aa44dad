/** Placing an order: a whole cart becomes one checkout, split into one order per producer, stock reserved all or none. */
package th.otop.orders.checkout;
