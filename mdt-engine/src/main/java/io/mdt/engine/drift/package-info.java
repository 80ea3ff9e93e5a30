/**
 * The drift tests and how they are chosen: every Evidently test by its Evidently name ({@link
 * io.mdt.engine.drift.DriftMethod}), the automatic choice, binning, thresholds and dataset rules
 * ({@link io.mdt.engine.drift.DriftOptions}), and the entry point {@link
 * io.mdt.engine.drift.DriftEngine}. Numbers match SciPy/Evidently by default; fixes to Evidently's
 * defects are options. Owns no I/O: the command line reads files, the application reads PostgreSQL.
 */
package io.mdt.engine.drift;
