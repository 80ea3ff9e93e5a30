/**
 * The sign-in page (the built-in form and single sign-on), signing out of the dashboard, and
 * how a request without its view token enters a protected page.
 */
package io.mdt.security.view;
