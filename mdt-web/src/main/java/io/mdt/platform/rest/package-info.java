/**
 * The REST application at {@code /api/v1} and its error contract: every failure leaves as
 * {@code application/problem+json} (RFC 9457) with a stable {@code type}, listed in docs/api.md.
 */
package io.mdt.platform.rest;
