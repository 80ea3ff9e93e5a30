package io.mdt.platform.view;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a page shows a measured number: to three significant digits, never in scientific
 * notation, with thousands grouped ({@code 0.0123}, {@code 0.957}, {@code 12.3}, {@code 1,235}),
 * and a share as a percentage ({@code 12.5%}).
 */
public final class NumberText {

    private static final MathContext SIGNIFICANT = new MathContext(3, RoundingMode.HALF_EVEN);

    private NumberText() {}

    public static String of(Number value) {
        if (value == null) {
            return "";
        }
        double number = value.doubleValue();
        if (Double.isNaN(number)) {
            return "not a number";
        }
        if (Double.isInfinite(number)) {
            return number > 0 ? "∞" : "-∞";
        }
        if (value instanceof Integer || value instanceof Long) {
            return format(BigDecimal.valueOf(value.longValue()));
        }
        var rounded = new BigDecimal(number).round(SIGNIFICANT);
        return format(
                rounded.abs().compareTo(BigDecimal.valueOf(1000)) >= 0
                        ? rounded.setScale(0, RoundingMode.HALF_EVEN)
                        : rounded);
    }

    public static String percent(Number share) {
        return share == null ? "" : of(share.doubleValue() * 100) + "%";
    }

    private static String format(BigDecimal number) {
        var format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(number.stripTrailingZeros());
    }
}
