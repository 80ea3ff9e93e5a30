/** REST adapter of the retraining component: a model's retrainings, requested and followed. */
package io.mdt.retraining.rest;
