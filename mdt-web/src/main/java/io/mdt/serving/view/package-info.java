/** The playground: a served version's model tried from the dashboard. */
package io.mdt.serving.view;
