package io.mdt.engine.performance;

import java.util.Map;

/**
 * The regression metrics of scikit-learn on primitive arrays. {@code mean_error} is the mean of
 * prediction minus actual (the bias; positive when the model over-predicts). MAPE divides by {@code
 * max(|y|, machine epsilon)} as scikit-learn does, so a zero actual gives a huge but finite term.
 * R^2 and explained variance are undefined on a constant target (scikit-learn answers 1 or 0 there by
 * convention) and R^2 on fewer than two rows.
 */
public final class RegressionMetrics {

    private static final double EPS = Math.ulp(1.0);

    private RegressionMetrics() {}

    /** @throws IllegalArgumentException when the lengths differ or a value is NaN or infinite */
    public static PerformanceReport of(double[] actual, double[] predicted) {
        if (predicted.length != actual.length) {
            throw new IllegalArgumentException("actual and predicted differ in length");
        }
        for (int i = 0; i < actual.length; i++) {
            if (!Double.isFinite(actual[i]) || !Double.isFinite(predicted[i])) {
                throw new IllegalArgumentException("row " + (i + 1) + ": actual " + actual[i] + " and prediction "
                        + predicted[i] + " must both be finite numbers");
            }
        }
        MetricValues values = actual.length == 0
                ? MetricValues.allUndefined(Task.REGRESSION, MetricValues.NO_ROWS)
                : metrics(actual, predicted);
        return new PerformanceReport(
                Task.REGRESSION, actual.length, values.values(), values.undefined(), null, Map.of());
    }

    private static MetricValues metrics(double[] y, double[] p) {
        int n = y.length;
        double error = 0;
        double absolute = 0;
        double squared = 0;
        double percentage = 0;
        double max = 0;
        double[] absolutes = new double[n];
        for (int i = 0; i < n; i++) {
            double e = p[i] - y[i];
            double a = Math.abs(e);
            error += e;
            absolute += a;
            squared += e * e;
            percentage += a / Math.max(Math.abs(y[i]), EPS);
            max = Math.max(max, a);
            absolutes[i] = a;
        }
        MetricValues values = new MetricValues();
        values.put("mean_error", error / n);
        values.put("mae", absolute / n);
        values.put("mse", squared / n);
        values.put("rmse", Math.sqrt(squared / n));
        values.put("mape", percentage / n);
        values.put("median_absolute_error", Median.of(absolutes));
        values.put("max_error", max);
        explained(values, y, p, squared);
        return values;
    }

    /** R^2 = 1 - SS_res / SS_tot, and explained variance = 1 - Var(y - p) / Var(y). */
    private static void explained(MetricValues values, double[] y, double[] p, double squared) {
        int n = y.length;
        if (isConstant(y)) {
            String reason = n == 1 ? "there is only one labelled row" : "the target is constant";
            values.undefined("r2", reason);
            values.undefined("explained_variance", reason);
            return;
        }
        double mean = 0;
        double meanResidual = 0;
        for (int i = 0; i < n; i++) {
            mean += y[i];
            meanResidual += y[i] - p[i];
        }
        mean /= n;
        meanResidual /= n;
        double total = 0;
        double residualSpread = 0;
        for (int i = 0; i < n; i++) {
            double d = y[i] - mean;
            double r = y[i] - p[i] - meanResidual;
            total += d * d;
            residualSpread += r * r;
        }
        values.put("r2", 1 - squared / total);
        values.put("explained_variance", 1 - (residualSpread / n) / (total / n));
    }

    private static boolean isConstant(double[] y) {
        for (double v : y) {
            if (v != y[0]) {
                return false;
            }
        }
        return true;
    }
}
