package io.mdt.alerting.control;

import io.mdt.alerting.entity.Inhibition;
import io.mdt.alerting.entity.Silence;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Which silences and which firing alerts mute an alert's notifications at one moment, as
 * Alertmanager decides it: a silence mutes the alerts its matchers match while it is active;
 * an inhibition mutes its targets while a matching source alert fires (acknowledged or not,
 * silenced or not).
 */
public final class Muting {

    private final List<Silence> silences;
    private final List<Inhibition> inhibitions;
    private final List<Labelled> firing;
    private final Instant now;

    /** An alert's fingerprint and labels. */
    public record Labelled(String fingerprint, Map<String, String> labels) {}

    /** Why an alert is muted: the silences (by id) and the firing alerts (by fingerprint) that mute it. */
    public record Muted(List<Long> silencedBy, List<String> inhibitedBy) {

        public boolean muted() {
            return !silencedBy.isEmpty() || !inhibitedBy.isEmpty();
        }
    }

    public Muting(List<Silence> silences, List<Inhibition> inhibitions, List<Labelled> firing, Instant now) {
        this.silences = List.copyOf(silences);
        this.inhibitions = List.copyOf(inhibitions);
        this.firing = List.copyOf(firing);
        this.now = now;
    }

    public Muted of(Labelled alert) {
        var silencedBy = silences.stream()
                .filter(s -> s.mutes(alert.labels(), now))
                .map(Silence::getId)
                .toList();
        var inhibitedBy = firing.stream()
                .filter(source -> !source.fingerprint().equals(alert.fingerprint()))
                .filter(source -> inhibitions.stream().anyMatch(i -> i.inhibits(source.labels(), alert.labels())))
                .map(Labelled::fingerprint)
                .toList();
        return new Muted(silencedBy, inhibitedBy);
    }
}
