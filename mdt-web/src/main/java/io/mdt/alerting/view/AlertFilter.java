package io.mdt.alerting.view;

import io.mdt.alerting.boundary.AlertQuery;
import java.io.Serializable;

/**
 * The Alerts page's filters as its address carries them. The state is {@code open} unless the
 * address says otherwise, so {@code all} stands for every state; a blank filter selects
 * everything.
 */
record AlertFilter(String state, String severity, String model, String subject) implements Serializable {

    static final String OPEN = "open";
    static final String ALL = "all";

    AlertQuery query(int page, int size) {
        return new AlertQuery(
                ALL.equals(state) ? null : blank(state),
                blank(severity),
                blank(model),
                blank(subject),
                null,
                null,
                page,
                size);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
