package io.mdt.engine.drift;

/**
 * When a dataset as a whole has drifted.
 *
 * <ul>
 *   <li>{@link Kind#SHARE}: Evidently's rule, the share of drifted columns is at least {@code level}
 *       (default 0.5).
 *   <li>{@link Kind#BONFERRONI}: some column's p-value is below {@code level / m}, m the number of
 *       columns tested with a p-value; controls the family-wise error rate.
 *   <li>{@link Kind#BENJAMINI_HOCHBERG}: with the m p-values sorted, some p_(i) &lt;= i level / m
 *       (Benjamini and Hochberg 1995); controls the false discovery rate.
 * </ul>
 *
 * The corrections consider columns whose method yields a p-value; distance-based columns do not
 * enter them.
 *
 * @param kind the rule
 * @param level share of columns, or family-wise / false-discovery level
 */
public record DatasetRule(Kind kind, double level) {

    /** Dataset-level rules. */
    public enum Kind {
        SHARE,
        BONFERRONI,
        BENJAMINI_HOCHBERG
    }

    public static final DatasetRule EVIDENTLY = new DatasetRule(Kind.SHARE, 0.5);

    public DatasetRule {
        if (!(level > 0 && level <= 1)) {
            throw new IllegalArgumentException("dataset rule level must be in (0, 1], got " + level);
        }
    }

    /** Whether the dataset drifted, given the drift verdicts and the p-values (NaN when none). */
    public boolean drift(boolean[] drifted, double[] pValues) {
        return switch (kind) {
            case SHARE -> drifted.length > 0 && share(drifted) >= level;
            case BONFERRONI -> bonferroni(pValues);
            case BENJAMINI_HOCHBERG -> benjaminiHochberg(pValues);
        };
    }

    static double share(boolean[] drifted) {
        int count = 0;
        for (boolean d : drifted) {
            count += d ? 1 : 0;
        }
        return drifted.length == 0 ? 0 : (double) count / drifted.length;
    }

    private boolean bonferroni(double[] pValues) {
        double[] p = finite(pValues);
        for (double v : p) {
            if (v < level / p.length) {
                return true;
            }
        }
        return false;
    }

    private boolean benjaminiHochberg(double[] pValues) {
        double[] p = finite(pValues);
        java.util.Arrays.sort(p);
        for (int i = 0; i < p.length; i++) {
            if (p[i] <= (i + 1) * level / p.length) {
                return true;
            }
        }
        return false;
    }

    private static double[] finite(double[] values) {
        return java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }
}
