/** The dashboard's pages about models: the models table. */
package io.mdt.registry.view;
