package io.mdt.monitoring.view;

import java.io.Serializable;

/**
 * One row of a new monitor's tests: a key ({@code @numerical}, {@code @categorical} or a column
 * name) with the test and threshold a person chose for it; blank keeps the default.
 */
public class DriftTestChoice implements Serializable {

    private final String key;
    private final String label;
    private String method;
    private Double threshold;

    DriftTestChoice(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public Double getThreshold() {
        return threshold;
    }

    public void setThreshold(Double threshold) {
        this.threshold = threshold;
    }

    boolean chosenMethod() {
        return method != null && !method.isBlank();
    }
}
