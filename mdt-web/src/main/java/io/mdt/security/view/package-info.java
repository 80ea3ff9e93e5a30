/** The sign-in page and signing out of the dashboard. */
package io.mdt.security.view;
