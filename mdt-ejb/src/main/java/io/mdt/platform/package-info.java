/**
 * The platform itself: the heartbeat timer that proves scheduled work runs once per interval
 * across a cluster, the status of the database and the broker for health checks, and the
 * dead-letter destination where rejected messages end with their reason.
 *
 * <p>Owns no business data.
 */
package io.mdt.platform;
