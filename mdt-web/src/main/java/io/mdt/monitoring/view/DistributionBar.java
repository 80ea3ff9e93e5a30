package io.mdt.monitoring.view;

import io.mdt.platform.view.NumberText;
import java.io.Serializable;

/** One bin or category of a column's distribution chart: its label, and its count and share in each sample. */
public record DistributionBar(
        String label, long referenceCount, double referenceShare, long currentCount, double currentShare)
        implements Serializable {

    public String referenceText() {
        return NumberText.of(referenceCount) + " (" + NumberText.percent(referenceShare) + ")";
    }

    public String currentText() {
        return NumberText.of(currentCount) + " (" + NumberText.percent(currentShare) + ")";
    }
}
