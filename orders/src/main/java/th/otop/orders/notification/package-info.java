/** Mail to buyers and producers through an outbox, so a mail server outage delays mail but never loses it. */
package th.otop.orders.notification;
