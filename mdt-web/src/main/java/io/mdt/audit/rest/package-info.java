/**
 * REST adapters of the audit log: listing, reading and exporting entries (administrators only),
 * and the filter that records each use of a write endpoint with an API key.
 */
package io.mdt.audit.rest;
