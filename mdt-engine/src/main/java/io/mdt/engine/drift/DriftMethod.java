package io.mdt.engine.drift;

import java.util.Arrays;
import java.util.Optional;

/**
 * The drift tests, named as in Evidently so that a configuration carries over, each with
 * Evidently's default threshold and comparison. A method applies to numerical columns, categorical
 * columns or both; categorical tests also accept a numerical column, taking each distinct value as
 * a category (which is what {@code auto} does for numbers with few values).
 */
public enum DriftMethod {
    KS("ks", 0.05, Verdict.AT_MOST, new KolmogorovSmirnovTest(), null),
    WASSERSTEIN("wasserstein", 0.1, Verdict.AT_LEAST, new WassersteinDistance(), null),
    PSI("psi", 0.1, Verdict.AT_LEAST, Shared.PSI, Shared.PSI),
    JENSENSHANNON("jensenshannon", 0.1, Verdict.AT_LEAST, Shared.JS, Shared.JS),
    KL_DIV("kl_div", 0.1, Verdict.AT_LEAST, Shared.KL, Shared.KL),
    HELLINGER("hellinger", 0.1, Verdict.AT_LEAST, Shared.HELLINGER, Shared.HELLINGER),
    ANDERSON("anderson", 0.1, Verdict.BELOW, new AndersonDarlingTest(), null),
    CRAMER_VON_MISES("cramer_von_mises", 0.1, Verdict.AT_MOST, new CramerVonMisesTest(), null),
    MANNW("mannw", 0.05, Verdict.BELOW, new MannWhitneyTest(), null),
    ED("ed", 0.1, Verdict.ABOVE, new EnergyDistance(), null),
    ES("es", 0.05, Verdict.BELOW, new EppsSingletonTest(), null),
    T_TEST("t_test", 0.05, Verdict.BELOW, new StudentTTest(), null),
    EMPIRICAL_MMD("empirical_mmd", 0.1, Verdict.BELOW, new MaximumMeanDiscrepancyTest(), null),
    CHISQUARE("chisquare", 0.05, Verdict.BELOW, null, new ChiSquareTest()),
    Z("z", 0.05, Verdict.BELOW, null, new ProportionZTest()),
    FISHER_EXACT("fisher_exact", 0.1, Verdict.BELOW, null, new FisherExactTest()),
    G_TEST("g_test", 0.1, Verdict.BELOW, null, new GTest()),
    TVD("TVD", 0.1, Verdict.BELOW, null, new TotalVariationTest());

    private final String evidentlyName;
    private final double defaultThreshold;
    private final Verdict verdict;
    private final NumericalTest numerical;
    private final CategoricalTest categorical;

    DriftMethod(
            String evidentlyName,
            double defaultThreshold,
            Verdict verdict,
            NumericalTest numerical,
            CategoricalTest categorical) {
        this.evidentlyName = evidentlyName;
        this.defaultThreshold = defaultThreshold;
        this.verdict = verdict;
        this.numerical = numerical;
        this.categorical = categorical;
    }

    /** The method with this Evidently name (case-insensitive), if any; {@code auto} is not a method. */
    public static Optional<DriftMethod> byName(String name) {
        return Arrays.stream(values())
                .filter(m -> m.evidentlyName.equalsIgnoreCase(name.trim()))
                .findFirst();
    }

    public String evidentlyName() {
        return evidentlyName;
    }

    public double defaultThreshold() {
        return defaultThreshold;
    }

    public Verdict verdict() {
        return verdict;
    }

    /** Whether the method has a native numerical form (otherwise numbers are treated as categories). */
    public boolean numerical() {
        return numerical != null;
    }

    public boolean categorical() {
        return categorical != null;
    }

    TestOutcome test(NumericalPair pair, DriftOptions options) {
        if (numerical != null) {
            return numerical.test(pair, options);
        }
        return categorical.test(CategoryCounts.ofValues(pair.reference(), pair.current()), options);
    }

    TestOutcome test(CategoryCounts counts, DriftOptions options) {
        if (categorical == null) {
            throw new UndefinedTestException("applies to numerical columns only");
        }
        return categorical.test(counts, options);
    }

    @Override
    public String toString() {
        return evidentlyName;
    }

    /** Instances shared by the numerical and categorical forms of a distance. */
    private static final class Shared {
        static final BinnedDistance PSI = new PopulationStabilityIndex();
        static final BinnedDistance JS = new JensenShannonDistance();
        static final BinnedDistance KL = new KullbackLeiblerDivergence();
        static final BinnedDistance HELLINGER = new HellingerDistance();
    }
}
