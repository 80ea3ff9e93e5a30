package io.mdt.engine.estimation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Realized binary metrics from actuals, with scikit-learn's definitions, to judge the estimates by. */
final class Realized {

    private Realized() {}

    static Map<String, Double> binary(double[] labels, double[] scores, double threshold) {
        double tp = 0;
        double fp = 0;
        double fn = 0;
        double tn = 0;
        for (int i = 0; i < labels.length; i++) {
            boolean predicted = scores[i] >= threshold;
            boolean actual = labels[i] == 1;
            tp += predicted && actual ? 1 : 0;
            fp += predicted && !actual ? 1 : 0;
            fn += !predicted && actual ? 1 : 0;
            tn += !predicted && !actual ? 1 : 0;
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", (tp + tn) / labels.length);
        metrics.put("precision", tp / (tp + fp));
        metrics.put("recall", tp / (tp + fn));
        metrics.put("f1", 2 * tp / (2 * tp + fp + fn));
        metrics.put("specificity", tn / (tn + fp));
        metrics.put("roc_auc", rocAuc(labels, scores));
        return metrics;
    }

    /** The Mann-Whitney statistic, ties counted half. */
    static double rocAuc(double[] labels, double[] scores) {
        Integer[] order = new Integer[labels.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double negativesBelow = 0;
        double area = 0;
        double positives = 0;
        for (int i = 0; i < order.length; ) {
            int j = i;
            double pos = 0;
            double neg = 0;
            for (; j < order.length && scores[order[j]] == scores[order[i]]; j++) {
                pos += labels[order[j]];
                neg += 1 - labels[order[j]];
            }
            area += pos * (negativesBelow + neg / 2);
            negativesBelow += neg;
            positives += pos;
            i = j;
        }
        return area / (positives * negativesBelow);
    }
}
