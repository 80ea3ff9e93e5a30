/**
 * The results of a comparison as plain records, easy to serialise and to persist: one {@link
 * io.mdt.engine.report.ColumnDrift} per column and the dataset verdict in {@link
 * io.mdt.engine.report.DriftReport}. Owns no computation.
 */
package io.mdt.engine.report;
