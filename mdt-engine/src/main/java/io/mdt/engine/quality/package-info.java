/**
 * Data-quality figures reported beside drift for each column: missing shares, values outside the
 * reference range, unseen categories, constant columns and values of the wrong type. They explain a
 * drift verdict (or its absence) without another pass over the data. Owns no drift test.
 */
package io.mdt.engine.quality;
