package io.mdt.engine.data;

import java.util.Locale;

/** The two kinds of columns a drift test distinguishes. */
public enum ColumnType {
    NUMERICAL,
    CATEGORICAL;

    /** Lower-case name, as it appears in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
