package io.mdt.ingestion.entity;

import io.mdt.registry.entity.ModelVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The data a version's evaluations compare against, stored once in a typed table of its own.
 * It never changes after loading, so every evaluation that used it can be reproduced.
 */
@Entity
@Table(name = "reference_dataset")
@NamedQuery(
        name = ReferenceDataset.OF_VERSION,
        query = "SELECT d FROM ReferenceDataset d WHERE d.version.id = :version ORDER BY d.created DESC, d.id DESC")
public class ReferenceDataset {

    public static final String OF_VERSION = "ReferenceDataset.ofVersion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id")
    private ModelVersion version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReferenceSource source;

    @Column(name = "row_count", nullable = false)
    private long rowCount;

    @Column(name = "rejected_count", nullable = false)
    private long rejectedCount;

    @Column(name = "range_from")
    private Instant rangeFrom;

    @Column(name = "range_to")
    private Instant rangeTo;

    @Column(nullable = false, updatable = false)
    private Instant created;

    protected ReferenceDataset() {}

    public ReferenceDataset(
            ModelVersion version, ReferenceSource source, Instant rangeFrom, Instant rangeTo, Instant now) {
        this.version = version;
        this.source = source;
        this.rangeFrom = rangeFrom;
        this.rangeTo = rangeTo;
        this.created = now;
    }

    /** Records how many rows were stored and rejected once the load finished. */
    public void loaded(long rows, long rejected) {
        this.rowCount = rows;
        this.rejectedCount = rejected;
    }

    public Long getId() {
        return id;
    }

    public ModelVersion getVersion() {
        return version;
    }

    public ReferenceSource getSource() {
        return source;
    }

    public long getRowCount() {
        return rowCount;
    }

    public long getRejectedCount() {
        return rejectedCount;
    }

    public Instant getRangeFrom() {
        return rangeFrom;
    }

    public Instant getRangeTo() {
        return rangeTo;
    }

    public Instant getCreated() {
        return created;
    }
}
