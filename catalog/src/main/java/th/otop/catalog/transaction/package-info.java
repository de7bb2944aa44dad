/**
 * Transactions that lose a lock conflict and run again from their start ({@link th.otop.catalog.transaction.TransactionRetry}),
 * and the one order in which every transaction that touches product, stock, reservation and outbox rows takes its
 * row locks, so that no two of them wait for each other in a circle:
 *
 * <ol>
 *   <li>rows the transaction owns alone: a checkout's idempotency row and its buyer's cart;
 *   <li>existing order rows, ascending id (a whole checkout's orders together), or claimed with {@code SKIP LOCKED} by
 *       a sweep, which then waits for none of them;
 *   <li>product rows, ascending id, each product's row before its variants' rows; a transaction that releases the
 *       stock of several orders locks all their products first ({@code Stock.lockInOrder});
 *   <li>last, rows only ever inserted in these transactions: stock movements, search outbox, order lines and events,
 *       queued mails.
 * </ol>
 *
 * The search relay claims outbox rows in a transaction that touches no other table, and reads product rows only
 * after it has committed, without locks. Sweeps and the relay run READ COMMITTED, which takes no gap locks, so their
 * scans never block the inserts of step 4.
 */
package th.otop.catalog.transaction;
