/** The producer's declared sammachip group, village programme and community funds (officers confirm). */
package th.otop.sellerportal.community;
