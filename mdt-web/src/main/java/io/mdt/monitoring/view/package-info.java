/**
 * The dashboard's monitoring pages: a model's health, versions and monitors; a monitor's
 * runs, each run's column results, and a column's score over time.
 */
package io.mdt.monitoring.view;
