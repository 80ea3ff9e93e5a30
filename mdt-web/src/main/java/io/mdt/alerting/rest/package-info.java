/**
 * REST adapters of the alerting component: rules and dry runs, alerts and their actions,
 * silences, inhibitions, channels, routes and the record of notifications. Each resource
 * parses, validates, calls one boundary method and maps the result.
 */
package io.mdt.alerting.rest;
