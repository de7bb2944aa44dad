/**
 * The sammachip and community-fund linkages: which village programme trained a producer's group, which
 * funds back it. Read-only to consumers; producers declare them and officers confirm.
 */
package th.otop.catalog.community;
