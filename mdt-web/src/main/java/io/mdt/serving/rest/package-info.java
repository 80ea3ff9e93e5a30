/** The serving API: a version's model artifact, and predictions scored by it. */
package io.mdt.serving.rest;
