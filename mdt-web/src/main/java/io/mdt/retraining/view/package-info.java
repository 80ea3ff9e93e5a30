/** Dashboard adapter of the retraining component: the Retraining section of the model page. */
package io.mdt.retraining.view;
