/** Sign-up, sign-in and password reset pages for producers' team members. */
package th.otop.sellerportal.account;
