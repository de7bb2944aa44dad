/** The community fund manager's pages: members, contributions, credit lines, repayments, overdue invoices, statements. */
package th.otop.sellerportal.fund;
