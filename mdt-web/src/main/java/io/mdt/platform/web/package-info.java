/** What every request of the web module passes through first: its correlation id. */
package io.mdt.platform.web;
