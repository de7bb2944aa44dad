/** Accounts of everyone who signs in, with bcrypt-hashed passwords and one-time reset links. */
package th.otop.catalog.account;
