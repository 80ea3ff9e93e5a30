/** The REST adapter of data retention: a model's retention policy, its partitions, maintenance on demand. */
package io.mdt.retention.rest;
