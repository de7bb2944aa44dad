/**
 * A community fund manager's desk: the fund's members, what sales credited to it, the credit lines it extends to
 * outlets, repayments, overdue invoices and statements; only ever of the manager's own fund, every action audited.
 */
package th.otop.orders.fund;
