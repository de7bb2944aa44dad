/**
 * Complaints, like the CDD's own complaints system: routed to the producer or to officers, with
 * response-time targets in working days, escalation to an officer when missed, a message thread and a
 * satisfaction rating on closing. Everyone sees only the complaints they are party to.
 */
package th.otop.orders.complaint;
