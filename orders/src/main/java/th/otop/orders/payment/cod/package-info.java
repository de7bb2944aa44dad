/** Cash on delivery: the courier collects, the producer keeps the money; nothing to call at checkout. */
package th.otop.orders.payment.cod;
