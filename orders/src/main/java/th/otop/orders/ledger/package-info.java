/** Double-entry money records: every posting sums to zero, so a producer's balance is always derivable. */
package th.otop.orders.ledger;
