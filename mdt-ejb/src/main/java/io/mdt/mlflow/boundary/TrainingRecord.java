package io.mdt.mlflow.boundary;

import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a training of a version used and achieved, as MLflow takes them: parameters (text) and
 * metrics (finite numbers), each named as MLflow names them.
 */
public record TrainingRecord(Map<String, String> params, Map<String, Double> metrics) {

    /** MLflow's rule for parameter and metric keys. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.\\- /]{1,250}");

    private static final int MAX_PARAM_VALUE = 6000;

    public TrainingRecord {
        params = params == null ? Map.of() : Map.copyOf(params);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }

    /**
     * @throws ModelValidationException listing every key MLflow would refuse, every parameter
     *     value that is missing or too long and every metric that is not a finite number
     */
    void check() {
        var violations = new ArrayList<Violation>();
        params.forEach((key, value) -> {
            if (!KEY.matcher(key).matches()) {
                violations.add(new Violation("params", key(key)));
            }
            if (value == null || value.length() > MAX_PARAM_VALUE) {
                violations.add(
                        new Violation("params." + key, "must be text of at most " + MAX_PARAM_VALUE + " characters"));
            }
        });
        metrics.forEach((key, value) -> {
            if (!KEY.matcher(key).matches()) {
                violations.add(new Violation("metrics", key(key)));
            }
            if (value == null || !Double.isFinite(value)) {
                violations.add(new Violation("metrics." + key, "must be a finite number"));
            }
        });
        if (!violations.isEmpty()) {
            throw new ModelValidationException(List.copyOf(violations));
        }
    }

    private static String key(String key) {
        return "key '" + key + "' must be 1 to 250 letters, digits, spaces or _ . - /";
    }
}
