/**
 * Data that keeps growing: a version's predictions and actuals live in weekly partitions
 * ({@code V17__partitioned_data.sql}); a persistent timer creates the weeks ahead and those that
 * backfilled data needs, and drops whole weeks older than the model's retention (90 days by
 * default), measured back from the model's newest prediction or from now, whichever is earlier,
 * so that loading history never erases it. Run results are never removed. It owns no table of
 * its own: the partitions belong to the version's data, the retention to the model.
 */
package io.mdt.retention;
