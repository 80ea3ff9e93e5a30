package io.mdt.monitoring.control;

import java.util.Arrays;

/** Splits rows by event time into consecutive windows {@code [start + k w, start + (k + 1) w)}. */
public final class ComparisonWindows {

    private ComparisonWindows() {}

    /**
     * The row indices of each window, in row order; a row outside all windows is left out.
     *
     * @param times each row's event time in epoch seconds
     * @param start the first window's start in epoch seconds
     * @param width each window's length in seconds
     * @param windows how many windows
     */
    public static int[][] split(double[] times, double start, double width, int windows) {
        int[] counts = new int[windows];
        int[] window = new int[times.length];
        for (int i = 0; i < times.length; i++) {
            double k = Math.floor((times[i] - start) / width);
            window[i] = k >= 0 && k < windows ? (int) k : -1;
            if (window[i] >= 0) {
                counts[window[i]]++;
            }
        }
        int[][] rows = new int[windows][];
        for (int k = 0; k < windows; k++) {
            rows[k] = new int[counts[k]];
        }
        Arrays.fill(counts, 0);
        for (int i = 0; i < times.length; i++) {
            if (window[i] >= 0) {
                rows[window[i]][counts[window[i]]++] = i;
            }
        }
        return rows;
    }
}
