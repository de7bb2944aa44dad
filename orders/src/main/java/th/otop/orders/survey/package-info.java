/**
 * Satisfaction surveys by segment: consumers after delivery, outlets after receiving, producers each
 * quarter. A short 1-5 score and a comment, one answer per invitation.
 */
package th.otop.orders.survey;
