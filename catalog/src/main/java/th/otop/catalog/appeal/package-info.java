/** Producers' appeals against an officer hiding a listing, and the officers' decisions on them. */
package th.otop.catalog.appeal;
