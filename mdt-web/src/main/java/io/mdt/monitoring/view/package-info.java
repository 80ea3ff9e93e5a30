/**
 * The dashboard's monitoring pages: a model's health, versions and monitors; a monitor's
 * runs, each run's column results and performance, a column's score and a performance
 * metric over time.
 */
package io.mdt.monitoring.view;
