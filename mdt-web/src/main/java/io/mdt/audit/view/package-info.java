/** The dashboard's audit page: the log under filters, page by page, each entry's before and after, and an export. */
package io.mdt.audit.view;
