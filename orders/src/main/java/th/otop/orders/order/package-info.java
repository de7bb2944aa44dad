/** One producer's order, its explicit state machine, and the record of who moved it when. */
package th.otop.orders.order;
