/** A consumer's address book: saved shipping addresses, one of them the default at checkout. */
package th.otop.orders.addressbook;
