package io.mdt.retraining.boundary;

/**
 * A request to train a model again, as a client asks for it. Every member is optional.
 *
 * @param baseVersion the version whose labelled predictions the challenger learns from, and which
 *     it is compared with (the champion); default: the newest PRODUCTION version, else the newest
 * @param label the challenger's label; default: the base's followed by {@code -retrained-} and the
 *     request's time
 * @param from ISO-8601 instant: only predictions with an event time from then on
 * @param to ISO-8601 instant, exclusive; default: now
 * @param window ISO-8601 duration, instead of {@code from}: the predictions of that long before
 *     {@code to}; default, when neither is given: {@code P30D}
 * @param holdoutShare the share of the labelled predictions kept out of training to compare the
 *     two versions on, from 0.05 to 0.5; default 0.2
 */
public record RetrainingDraft(
        String baseVersion, String label, String from, String to, String window, Double holdoutShare) {}
