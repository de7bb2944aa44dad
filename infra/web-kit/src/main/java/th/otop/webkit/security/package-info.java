/**
 * Signing in, for both apps: a signed JWT in an HttpOnly cookie (no server-side session, so any number of
 * instances serve the same user), checked against the account's session epoch on every request so that
 * "sign out everywhere" and a password reset end every session at once; roles from the account; CSRF
 * double-submit cookies on every form.
 */
package th.otop.webkit.security;
