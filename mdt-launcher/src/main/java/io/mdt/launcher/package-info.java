/**
 * Runs MDT on one machine with one command: an embedded PostgreSQL and Artemis broker (or
 * external ones), the schema migrations, a Payara Server domain provisioned from Maven
 * Central and configured from {@code server-config/}, and the EAR. The integration tests
 * start the same stack through {@link io.mdt.launcher.Stack}.
 */
package io.mdt.launcher;
