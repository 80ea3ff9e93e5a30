/**
 * Registry commands over JMS: integrated systems create models by sending JSON to the
 * {@code model-commands} queue. Parsing and mapping only; the rules live in the registry
 * boundary.
 */
package io.mdt.registry.messaging;
