package io.mdt.engine.cli;

/**
 * Parses a decimal number straight from CSV bytes. Plain decimals with at most 15 significant digits
 * take Clinger's (1990) fast path: the digits form an exact long and 10^k is exact for k &lt;= 22, so
 * one IEEE multiplication or division is correctly rounded. Anything else (more digits, hex, "NaN",
 * "Infinity") goes through {@link Double#parseDouble}, so the result always equals Java's own
 * parsing.
 */
final class NumberParser {

    /** Returned when the text is not a number. */
    static final double NOT_A_NUMBER = Double.NaN;

    private static final double[] POWERS = new double[23];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private NumberParser() {}

    /**
     * The value of bytes [start, end), or NaN with {@code invalid[0]} set when they are not a number
     * (distinguishing a literal "NaN", which is a missing value).
     */
    static double parse(byte[] b, int start, int end, boolean[] invalid) {
        invalid[0] = false;
        double fast = fastPath(b, start, end);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        String text = new String(b, start, end - start, java.nio.charset.StandardCharsets.UTF_8).trim();
        if (text.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        if (text.equalsIgnoreCase("inf") || text.equalsIgnoreCase("+inf")) {
            return Double.POSITIVE_INFINITY;
        }
        if (text.equalsIgnoreCase("-inf")) {
            return Double.NEGATIVE_INFINITY;
        }
        try {
            if (text.isEmpty() || Character.isLetter(text.charAt(text.length() - 1)) && !text.endsWith("y")) {
                throw new NumberFormatException(text);
            }
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            invalid[0] = true;
            return Double.NaN;
        }
    }

    private static double fastPath(byte[] b, int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        boolean any = false;
        for (; i < end; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                any = true;
                if (mantissa != 0 || c != '0') {
                    digits++;
                }
                mantissa = mantissa * 10 + (c - '0');
                if (point) {
                    scale--;
                }
                if (digits > 15) {
                    return Double.NaN;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else if (c == 'e' || c == 'E') {
                return exponent(b, i + 1, end, negative ? -mantissa : mantissa, scale, any);
            } else {
                return Double.NaN;
            }
        }
        return any ? scaled(negative ? -mantissa : mantissa, scale) : Double.NaN;
    }

    private static double exponent(byte[] b, int i, int end, long mantissa, int scale, boolean any) {
        if (!any || i >= end) {
            return Double.NaN;
        }
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        int exponent = 0;
        int start = i;
        for (; i < end; i++) {
            if (b[i] < '0' || b[i] > '9' || exponent > 1000) {
                return Double.NaN;
            }
            exponent = exponent * 10 + (b[i] - '0');
        }
        return i == start ? Double.NaN : scaled(mantissa, scale + (negative ? -exponent : exponent));
    }

    private static double scaled(long mantissa, int scale) {
        if (mantissa == 0) {
            return 0.0 * Long.signum(mantissa);
        }
        if (scale == 0) {
            return mantissa;
        }
        if (scale < 0 && scale >= -22) {
            return mantissa / POWERS[-scale];
        }
        if (scale > 0 && scale <= 22) {
            return mantissa * POWERS[scale];
        }
        return Double.NaN;
    }
}
