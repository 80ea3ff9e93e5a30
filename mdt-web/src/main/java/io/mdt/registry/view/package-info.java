/** The dashboard's pages about models: the start page summary and the models table. */
package io.mdt.registry.view;
