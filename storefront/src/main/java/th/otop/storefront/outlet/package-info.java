/**
 * Pracharat Sukjai Shop outlets in the storefront: sign-up (then an officer verifies), the wholesale catalogue only
 * verified outlets see, purchase orders across producers, receiving, reorders, the PDF documents, the outlet dashboard
 * with its charts, and the signed-in JSON API under {@code /api/v1/wholesale}. Every route is for role OUTLET (sign-up
 * for a signed-in consumer); another outlet's purchase order answers 404.
 */
package th.otop.storefront.outlet;
