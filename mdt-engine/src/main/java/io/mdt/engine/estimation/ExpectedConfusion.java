package io.mdt.engine.estimation;

/**
 * The confusion matrix of one class against the rest that a chunk is expected to have: a row predicted
 * as the class is a true positive with the class's calibrated probability {@code p} and a false positive
 * with {@code 1 - p}; a row predicted as another class is a false negative with {@code p} and a true
 * negative with {@code 1 - p}. The metrics follow NannyML's {@code estimate_*}: a zero denominator
 * gives 0.
 */
record ExpectedConfusion(double tp, double fp, double fn, double tn) {

    static ExpectedConfusion of(double[] probabilities, boolean[] predicted) {
        double tp = 0;
        double fp = 0;
        double fn = 0;
        double tn = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double p = probabilities[i];
            if (predicted[i]) {
                tp += p;
                fp += 1 - p;
            } else {
                fn += p;
                tn += 1 - p;
            }
        }
        return new ExpectedConfusion(tp, fp, fn, tn);
    }

    double accuracy() {
        return (tp + tn) / (tp + fp + fn + tn);
    }

    double precision() {
        return ratio(tp, tp + fp);
    }

    double recall() {
        return ratio(tp, tp + fn);
    }

    double specificity() {
        return ratio(tn, tn + fp);
    }

    double f1() {
        return ratio(tp, tp + 0.5 * (fp + fn));
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }
}
