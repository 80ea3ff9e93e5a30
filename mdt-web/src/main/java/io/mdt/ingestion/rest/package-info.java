/** Ingestion over REST: predictions and actuals of a model version, one record or a batch per request. */
package io.mdt.ingestion.rest;
