/** The error pages both apps share: every refused or failed request answered in the reader's language, in the layout. */
package th.otop.webkit.error;
