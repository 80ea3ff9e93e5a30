/**
 * The engine's input: named columns of primitive values, as the application reads them from
 * PostgreSQL or the command line reads them from CSV. No boxing per row; missing values are NaN for
 * numbers and code -1 for categories. Owns no statistics.
 */
package io.mdt.engine.data;
