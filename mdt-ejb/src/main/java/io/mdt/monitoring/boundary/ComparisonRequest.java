package io.mdt.monitoring.boundary;

import java.util.List;

/**
 * Two versions of a model to compare, as a client asks for it.
 *
 * @param first the label of the version the difference is taken from (the champion)
 * @param second the label of the version compared with it (the challenger); may equal {@code first}
 * @param from ISO-8601 instant: only predictions with an event time from then on (optional)
 * @param to ISO-8601 instant, exclusive (optional)
 * @param window ISO-8601 duration: also compare each window of that length from {@code from} to
 *     {@code to} (paired comparisons only; both times required)
 * @param metrics the metrics to compare; absent: every metric of the model's task
 * @param secondFrom with {@code secondTo}: compare two periods, {@code second}'s predictions in
 *     {@code [secondFrom, secondTo)} against {@code first}'s in {@code [from, to)}, unpaired
 * @param secondTo exclusive end of the second period
 */
public record ComparisonRequest(
        String first,
        String second,
        String from,
        String to,
        String window,
        List<String> metrics,
        String secondFrom,
        String secondTo) {}
