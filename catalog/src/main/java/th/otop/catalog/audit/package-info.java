/** The audit log of every officer action, written in the same transaction as the action. */
package th.otop.catalog.audit;
