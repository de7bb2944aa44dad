/** Bad input answered with one message per field, in Thai and in English. */
package th.otop.catalog.validation;
