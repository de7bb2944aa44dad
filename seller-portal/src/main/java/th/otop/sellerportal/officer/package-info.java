/**
 * The CDD officers' back office: producer and outlet verification, link confirmation, OTOP star grading,
 * listing and review moderation, the complaints inbox, reports with charts and CSV, the audit log, and the
 * admins' roster of officers. Every route is for officers and admins only.
 */
package th.otop.sellerportal.officer;
