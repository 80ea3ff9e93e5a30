/**
 * MicroProfile Health checks: readiness needs the database and the broker; the heartbeat
 * check shows in its details that the persistent timer runs.
 */
package io.mdt.platform.health;
