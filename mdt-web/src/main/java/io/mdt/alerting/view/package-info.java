/**
 * The dashboard's alerting pages: the Alerts page (filtering and paging the alerts,
 * acknowledging, un-acknowledging, resolving and silencing one, its history) and the open
 * alerts by severity on the start page and on a model's page, refreshed while they are open.
 * Everything goes through the alerting boundaries; rules, channels and routes are set up
 * through the REST API.
 */
package io.mdt.alerting.view;
