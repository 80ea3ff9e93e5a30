package io.mdt.alerting.control;

import io.mdt.alerting.entity.Inhibition;
import io.mdt.alerting.entity.Silence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which silences and which firing alerts mute an alert's notifications at one moment, as
 * Alertmanager decides it: a silence mutes the alerts its matchers match while it is active;
 * an inhibition mutes its targets while a matching source alert fires (acknowledged or not,
 * silenced or not). The sources of each inhibition are indexed by their values of its equal
 * labels once, so that asking about many alerts costs one lookup each.
 */
public final class Muting {

    private final List<Silence> silences;
    private final List<Indexed> inhibitions;
    private final Instant now;

    /** An alert's fingerprint and labels. */
    public record Labelled(String fingerprint, Map<String, String> labels) {}

    /** Why an alert is muted: the silences (by id) and the firing alerts (by fingerprint) that mute it. */
    public record Muted(List<Long> silencedBy, List<String> inhibitedBy) {

        public boolean muted() {
            return !silencedBy.isEmpty() || !inhibitedBy.isEmpty();
        }
    }

    /** An inhibition with its firing sources by their values of the equal labels. */
    private record Indexed(Inhibition inhibition, Map<List<String>, List<Labelled>> sources) {

        static Indexed of(Inhibition inhibition, List<Labelled> firing) {
            var sources = new HashMap<List<String>, List<Labelled>>();
            for (var alert : firing) {
                if (inhibition.isSource(alert.labels())) {
                    sources.computeIfAbsent(inhibition.equalValues(alert.labels()), k -> new ArrayList<>())
                            .add(alert);
                }
            }
            return new Indexed(inhibition, sources);
        }

        List<String> inhibitorsOf(Labelled target) {
            if (sources.isEmpty()) {
                return List.of();
            }
            return sources.getOrDefault(inhibition.equalValues(target.labels()), List.of()).stream()
                    .filter(source -> !source.fingerprint().equals(target.fingerprint()))
                    .filter(source -> inhibition.inhibits(source.labels(), target.labels()))
                    .map(Labelled::fingerprint)
                    .toList();
        }
    }

    public Muting(List<Silence> silences, List<Inhibition> inhibitions, List<Labelled> firing, Instant now) {
        this.silences = List.copyOf(silences);
        this.inhibitions = inhibitions.stream().map(i -> Indexed.of(i, firing)).toList();
        this.now = now;
    }

    public Muted of(Labelled alert) {
        var silencedBy = silences.stream()
                .filter(s -> s.mutes(alert.labels(), now))
                .map(Silence::getId)
                .toList();
        var inhibitedBy = inhibitions.stream()
                .flatMap(i -> i.inhibitorsOf(alert).stream())
                .distinct()
                .toList();
        return new Muted(silencedBy, inhibitedBy);
    }
}
