package io.mdt.monitoring.entity;

import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ValueType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One column's result in a run: the engine's verdict and the data-quality figures beside it. */
@Embeddable
public class ColumnResult {

    @Column(name = "column_name", nullable = false, length = 200)
    private String column;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ColumnRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false, length = 20)
    private ValueType type;

    private String method;
    private Double threshold;
    private Double score;
    private Double statistic;
    private boolean drift;

    @Column(columnDefinition = "text")
    private String error;

    @Column(name = "reference_count")
    private Long referenceCount;

    @Column(name = "current_count")
    private Long currentCount;

    @Column(name = "reference_missing")
    private Double referenceMissing;

    @Column(name = "current_missing")
    private Double currentMissing;

    @Column(name = "out_of_range_share")
    private Double outOfRangeShare;

    @Column(name = "unseen_categories")
    private Integer unseenCategories;

    @Column(name = "unseen_share")
    private Double unseenShare;

    protected ColumnResult() {}

    public ColumnResult(String column, ColumnRole role, ValueType type, ColumnVerdict verdict) {
        this.column = column;
        this.role = role;
        this.type = type;
        this.method = verdict.method();
        this.threshold = verdict.threshold();
        this.score = verdict.score();
        this.statistic = verdict.statistic();
        this.drift = verdict.drift();
        this.error = verdict.error();
        this.referenceCount = verdict.referenceCount();
        this.currentCount = verdict.currentCount();
        this.referenceMissing = verdict.referenceMissingShare();
        this.currentMissing = verdict.currentMissingShare();
        this.outOfRangeShare = verdict.outOfRangeShare();
        this.unseenCategories = verdict.unseenCategories();
        this.unseenShare = verdict.unseenShare();
    }

    public String getColumn() {
        return column;
    }

    public ColumnRole getRole() {
        return role;
    }

    public ValueType getType() {
        return type;
    }

    public ColumnVerdict verdict() {
        return new ColumnVerdict(
                method,
                threshold,
                score,
                statistic,
                drift,
                error,
                referenceCount,
                currentCount,
                referenceMissing,
                currentMissing,
                outOfRangeShare,
                unseenCategories,
                unseenShare);
    }

    public boolean isDrift() {
        return drift;
    }
}
