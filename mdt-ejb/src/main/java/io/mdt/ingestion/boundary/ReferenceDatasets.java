package io.mdt.ingestion.boundary;

import io.mdt.ingestion.control.BatchReader;
import io.mdt.ingestion.control.ReferenceRows;
import io.mdt.ingestion.control.VersionDataWriter;
import io.mdt.ingestion.entity.ReferenceDataset;
import io.mdt.ingestion.entity.ReferenceSource;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.Violation;
import io.mdt.registry.control.VersionTables;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ModelVersion;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Reader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reference datasets of a version: uploaded as CSV or JSON rows, or taken from a time range
 * of the version's own predictions (joined with their actuals). Each load is one transaction
 * that streams rows into a new typed table; the newest dataset is the version's reference.
 */
@Stateless
public class ReferenceDatasets {

    @PersistenceContext
    EntityManager em;

    @Inject
    ModelVersions versions;

    @Inject
    VersionTables tables;

    @Inject
    VersionDataWriter writer;

    @Resource
    SessionContext context;

    public ReferenceLoad uploadCsv(String model, String version, Reader csv) {
        return load(versions.version(model, version), ReferenceSource.CSV, rows -> {
            rows.csv(csv);
            return new Rejections(rows.rejectedCount(), rows.rejected());
        });
    }

    public ReferenceLoad uploadJson(String model, String version, Reader json) {
        return load(versions.version(model, version), ReferenceSource.JSON, rows -> {
            var outcome = BatchReader.read(json, Integer.MAX_VALUE, ReferenceRows.REPORTED_REJECTIONS, false, rows);
            rows.finish();
            return new Rejections(outcome.rejectedCount(), outcome.rejected());
        });
    }

    public ReferenceLoad fromPredictions(String model, String version, Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new ModelValidationException(List.of(new Violation("from", "must be a time before 'to'")));
        }
        var target = versions.version(model, version);
        var dataset = create(target, ReferenceSource.PREDICTIONS, from, to);
        var columns = target.referenceColumns();
        var select = columns.stream()
                .map(c -> c.getRole() == ColumnRole.TARGET ? "a.actual" : "p." + c.sqlName())
                .collect(Collectors.joining(", "));
        int rows = em.createNativeQuery("INSERT INTO " + VersionTables.reference(dataset.getId()) + " ("
                        + columns.stream().map(c -> c.sqlName()).collect(Collectors.joining(", ")) + ") SELECT "
                        + select
                        + " FROM " + VersionTables.predictions(target.getId()) + " p LEFT JOIN "
                        + VersionTables.actuals(target.getId()) + " a USING (prediction_id)"
                        + " WHERE p.event_time >= ?1 AND p.event_time < ?2")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(to))
                .executeUpdate();
        if (rows == 0) {
            throw new EmptyReferenceException("no prediction in [" + from + ", " + to + ")", List.of());
        }
        dataset.loaded(rows, 0);
        return new ReferenceLoad(ReferenceSummary.of(dataset), List.of());
    }

    /** Whether the dataset exists and holds reference data of that version, so a monitor may name it. */
    public boolean isOfVersion(long datasetId, long versionId) {
        var dataset = em.find(ReferenceDataset.class, datasetId);
        return dataset != null && dataset.getVersion().getId() == versionId;
    }

    public List<ReferenceSummary> list(String model, String version) {
        return em.createNamedQuery(ReferenceDataset.OF_VERSION, ReferenceDataset.class)
                .setParameter("version", versions.version(model, version).getId())
                .getResultStream()
                .map(ReferenceSummary::of)
                .toList();
    }

    /**
     * Streams an upload into a new dataset. The dataset's row and table exist before the first
     * row is read, so any failure, even a rejection raised for the caller, rolls them back.
     */
    private ReferenceLoad load(ModelVersion version, ReferenceSource source, Function<ReferenceRows, Rejections> read) {
        try {
            return stream(version, source, read);
        } catch (RuntimeException e) {
            context.setRollbackOnly();
            throw e;
        }
    }

    private ReferenceLoad stream(
            ModelVersion version, ReferenceSource source, Function<ReferenceRows, Rejections> read) {
        var dataset = create(version, source, null, null);
        try (var copy = writer.open(
                VersionTables.reference(dataset.getId()),
                version.referenceColumns().stream().map(c -> c.sqlName()).toList())) {
            var rows = new ReferenceRows(version, copy::write);
            var rejections = read.apply(rows);
            long stored = copy.finish();
            if (stored == 0) {
                throw new EmptyReferenceException("no row of the upload is valid", rejections.first());
            }
            dataset.loaded(stored, rejections.count());
            return new ReferenceLoad(ReferenceSummary.of(dataset), rejections.first());
        }
    }

    /** How many rows of an upload were rejected, and the first of them. */
    private record Rejections(long count, List<RejectedRecord> first) {}

    private ReferenceDataset create(ModelVersion version, ReferenceSource source, Instant from, Instant to) {
        var dataset = new ReferenceDataset(version, source, from, to, InstantConverter.now());
        em.persist(dataset);
        em.flush();
        tables.createReference(version, dataset.getId());
        return dataset;
    }
}
