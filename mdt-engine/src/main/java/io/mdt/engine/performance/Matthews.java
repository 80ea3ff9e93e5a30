package io.mdt.engine.performance;

/**
 * The Matthews correlation coefficient of a confusion matrix, in scikit-learn's multiclass form
 * (Gorodkin's R_K): {@code (c s - t.p) / sqrt((s^2 - t.t)(s^2 - p.p))}, with c the correct rows, s all
 * rows, t and p the actual and predicted counts per class. Binary is the case of two classes.
 */
final class Matthews {

    static final String UNDEFINED = "all actuals or all predictions are of one class (zero denominator)";

    private Matthews() {}

    /** The coefficient, or NaN when the denominator is zero (scikit-learn answers 0 there). */
    static double coefficient(long[][] matrix) {
        int k = matrix.length;
        double[] t = new double[k];
        double[] p = new double[k];
        double correct = 0;
        for (int i = 0; i < k; i++) {
            correct += matrix[i][i];
            for (int j = 0; j < k; j++) {
                t[i] += matrix[i][j];
                p[j] += matrix[i][j];
            }
        }
        double s = 0;
        double tp = 0;
        double tt = 0;
        double pp = 0;
        for (int i = 0; i < k; i++) {
            s += p[i];
            tp += t[i] * p[i];
            tt += t[i] * t[i];
            pp += p[i] * p[i];
        }
        double denominator = (s * s - tt) * (s * s - pp);
        return denominator == 0 ? Double.NaN : (correct * s - tp) / Math.sqrt(denominator);
    }
}
