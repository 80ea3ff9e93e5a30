/**
 * Runs MDT on one machine with one command: an embedded PostgreSQL and Artemis broker (or
 * external ones), optionally an embedded Keycloak (or an external OpenID Connect provider), the schema migrations, a Payara Server domain provisioned from Maven
 * Central and configured from {@code server-config/}, and the EAR; then supervises the
 * processes it started ({@link io.mdt.launcher.Supervisor}) and reports each part's real
 * state for {@code ./mdt status}. The embedded database runs durably, with the application
 * as a role of its own; the embedded broker and the admin console require logins whose
 * passwords the launcher generates ({@link io.mdt.launcher.BrokerSecurity},
 * {@link io.mdt.launcher.AdminLogin}). The integration tests start the same stack through
 * {@link io.mdt.launcher.Stack}.
 */
package io.mdt.launcher;
