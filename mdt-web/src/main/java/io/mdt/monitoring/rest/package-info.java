/** Monitoring over REST: monitors of a version, their runs and results, column histories, model status. */
package io.mdt.monitoring.rest;
