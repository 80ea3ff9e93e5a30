package io.mdt.engine.drift;

import io.mdt.engine.data.ColumnType;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * How a comparison is run. Defaults reproduce Evidently; every departure is an explicit option.
 *
 * <p>The method for a column is the first found of: the column's own, its type's, the global one,
 * else {@code auto} (a {@code null} method at any level means {@code auto}). The threshold is
 * looked up the same way, ending with the chosen method's default.
 *
 * @param columnMethods method per column name
 * @param typeMethods method per column type
 * @param globalMethod method for every column, {@code null} for {@code auto}
 * @param columnThresholds threshold per column name
 * @param typeThresholds threshold per column type
 * @param globalThreshold threshold for every column, {@code null} for each method's default
 * @param binning bins for PSI, KL, Jensen-Shannon and Hellinger on numerical columns
 * @param jensenShannonBase2 Jensen-Shannon in bits (range 0..1) instead of nats
 * @param twoSidedMannWhitney two-sided Mann-Whitney instead of Evidently's one-sided "less"
 * @param seed seed of the permutation tests ({@code TVD}, {@code empirical_mmd})
 * @param permutations permutations of those tests
 * @param datasetRule when the dataset as a whole drifted
 */
public record DriftOptions(
        Map<String, DriftMethod> columnMethods,
        Map<ColumnType, DriftMethod> typeMethods,
        DriftMethod globalMethod,
        Map<String, Double> columnThresholds,
        Map<ColumnType, Double> typeThresholds,
        Double globalThreshold,
        Binning binning,
        boolean jensenShannonBase2,
        boolean twoSidedMannWhitney,
        long seed,
        int permutations,
        DatasetRule datasetRule) {

    public static final DriftOptions EVIDENTLY = builder().build();

    public DriftOptions {
        columnMethods = Collections.unmodifiableMap(new HashMap<>(columnMethods));
        typeMethods = Collections.unmodifiableMap(new HashMap<>(typeMethods));
        columnThresholds = Map.copyOf(columnThresholds);
        typeThresholds = Map.copyOf(typeThresholds);
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be positive");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The method asked for this column, {@code null} for {@code auto}. */
    public DriftMethod methodFor(String column, ColumnType type) {
        if (columnMethods.containsKey(column)) {
            return columnMethods.get(column);
        }
        if (typeMethods.containsKey(type)) {
            return typeMethods.get(type);
        }
        return globalMethod;
    }

    /** The threshold for this column once its method is known. */
    public double thresholdFor(String column, ColumnType type, DriftMethod method) {
        if (columnThresholds.containsKey(column)) {
            return columnThresholds.get(column);
        }
        if (typeThresholds.containsKey(type)) {
            return typeThresholds.get(type);
        }
        return globalThreshold != null ? globalThreshold : method.defaultThreshold();
    }

    /** Collects options; unset ones keep Evidently's behaviour. */
    public static final class Builder {
        private final Map<String, DriftMethod> columnMethods = new HashMap<>();
        private final Map<ColumnType, DriftMethod> typeMethods = new HashMap<>();
        private DriftMethod globalMethod;
        private final Map<String, Double> columnThresholds = new HashMap<>();
        private final Map<ColumnType, Double> typeThresholds = new HashMap<>();
        private Double globalThreshold;
        private Binning binning = Binning.EVIDENTLY;
        private boolean jensenShannonBase2;
        private boolean twoSidedMannWhitney;
        private long seed;
        private int permutations = 100;
        private DatasetRule datasetRule = DatasetRule.EVIDENTLY;

        public Builder method(DriftMethod method) {
            this.globalMethod = method;
            return this;
        }

        public Builder method(ColumnType type, DriftMethod method) {
            typeMethods.put(type, method);
            return this;
        }

        public Builder method(String column, DriftMethod method) {
            columnMethods.put(column, method);
            return this;
        }

        public Builder threshold(double threshold) {
            this.globalThreshold = threshold;
            return this;
        }

        public Builder threshold(ColumnType type, double threshold) {
            typeThresholds.put(type, threshold);
            return this;
        }

        public Builder threshold(String column, double threshold) {
            columnThresholds.put(column, threshold);
            return this;
        }

        public Builder binning(Binning binning) {
            this.binning = binning;
            return this;
        }

        public Builder jensenShannonBase2(boolean base2) {
            this.jensenShannonBase2 = base2;
            return this;
        }

        public Builder twoSidedMannWhitney(boolean twoSided) {
            this.twoSidedMannWhitney = twoSided;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder permutations(int permutations) {
            this.permutations = permutations;
            return this;
        }

        public Builder datasetRule(DatasetRule rule) {
            this.datasetRule = rule;
            return this;
        }

        public DriftOptions build() {
            return new DriftOptions(
                    columnMethods,
                    typeMethods,
                    globalMethod,
                    columnThresholds,
                    typeThresholds,
                    globalThreshold,
                    binning,
                    jensenShannonBase2,
                    twoSidedMannWhitney,
                    seed,
                    permutations,
                    datasetRule);
        }
    }
}
