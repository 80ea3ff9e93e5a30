package io.mdt.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One performance metric of a run: its realized value where actuals arrived (or why there is
 * none), its estimate and 95% band without actuals, the reference's value and the bounds, and
 * where each value lies against them.
 */
@Embeddable
public class MetricResult {

    @Column(nullable = false, length = 40)
    private String metric;

    private Double realized;

    @Column(name = "realized_reason", columnDefinition = "text")
    private String realizedReason;

    private Double estimated;

    @Column(name = "estimate_lower")
    private Double estimateLower;

    @Column(name = "estimate_upper")
    private Double estimateUpper;

    @Column(name = "sampling_error")
    private Double samplingError;

    @Column(name = "estimate_reason", columnDefinition = "text")
    private String estimateReason;

    @Column(name = "reference_value")
    private Double referenceValue;

    @Column(name = "lower_bound")
    private Double lowerBound;

    @Column(name = "upper_bound")
    private Double upperBound;

    @Column(name = "threshold_kind", length = 20)
    private String thresholdKind;

    @Column(name = "realized_verdict", length = 10)
    private String realizedVerdict;

    @Column(name = "estimated_verdict", length = 10)
    private String estimatedVerdict;

    protected MetricResult() {}

    public MetricResult(String metric, MetricBounds bounds, Measured realized, Estimated estimated) {
        this.metric = metric;
        this.referenceValue = bounds.referenceValue();
        this.lowerBound = bounds.lower();
        this.upperBound = bounds.upper();
        this.thresholdKind = bounds.kind();
        realize(realized);
        if (estimated != null) {
            this.estimated = estimated.value();
            this.estimateLower = estimated.lower();
            this.estimateUpper = estimated.upper();
            this.samplingError = estimated.samplingError();
            this.estimateReason = estimated.reason();
            this.estimatedVerdict = estimated.verdict();
        }
    }

    /** The same metric with a new realized part, as late actuals give it; the estimate and bounds stay. */
    public MetricResult realizedAgain(Measured measured) {
        var copy = new MetricResult(
                metric, new MetricBounds(referenceValue, lowerBound, upperBound, thresholdKind), measured, null);
        copy.estimated = estimated;
        copy.estimateLower = estimateLower;
        copy.estimateUpper = estimateUpper;
        copy.samplingError = samplingError;
        copy.estimateReason = estimateReason;
        copy.estimatedVerdict = estimatedVerdict;
        return copy;
    }

    private void realize(Measured measured) {
        this.realized = measured.value();
        this.realizedReason = measured.reason();
        this.realizedVerdict = measured.verdict();
    }

    /** The reference's value of a metric, the bounds and the kind of threshold that set them. */
    public record MetricBounds(Double referenceValue, Double lower, Double upper, String kind) {}

    /** A realized value, or the reason there is none, and its verdict against the bounds. */
    public record Measured(Double value, String reason, String verdict) {}

    /** An estimate and its band, or the reason there is none, and the estimate's verdict. */
    public record Estimated(
            Double value, Double lower, Double upper, Double samplingError, String reason, String verdict) {}

    public String getMetric() {
        return metric;
    }

    public Double getRealized() {
        return realized;
    }

    public String getRealizedReason() {
        return realizedReason;
    }

    public Double getEstimated() {
        return estimated;
    }

    public Double getEstimateLower() {
        return estimateLower;
    }

    public Double getEstimateUpper() {
        return estimateUpper;
    }

    public Double getSamplingError() {
        return samplingError;
    }

    public String getEstimateReason() {
        return estimateReason;
    }

    public Double getReferenceValue() {
        return referenceValue;
    }

    public Double getLowerBound() {
        return lowerBound;
    }

    public Double getUpperBound() {
        return upperBound;
    }

    public String getThresholdKind() {
        return thresholdKind;
    }

    public String getRealizedVerdict() {
        return realizedVerdict;
    }

    public String getEstimatedVerdict() {
        return estimatedVerdict;
    }
}
