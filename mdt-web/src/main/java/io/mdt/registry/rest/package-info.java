/** The model registry over REST: {@code /api/v1/models}. Parsing and mapping only. */
package io.mdt.registry.rest;
