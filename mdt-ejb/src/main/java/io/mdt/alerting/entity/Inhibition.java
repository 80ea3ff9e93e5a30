package io.mdt.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An inhibition rule, as Alertmanager's: while an alert matching the source matchers fires,
 * alerts matching the target matchers are not notified, provided both agree on every label
 * listed as equal (an absent label counts as empty). {@code Muting} sees that an alert does
 * not inhibit itself.
 */
@Entity
@Table(name = "inhibition")
@NamedQuery(name = Inhibition.ALL, query = "SELECT i FROM Inhibition i ORDER BY i.id")
public class Inhibition {

    public static final String ALL = "Inhibition.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Convert(converter = MatchersConverter.class)
    @Column(name = "source_matchers", nullable = false, columnDefinition = "text")
    private List<LabelMatcher> sourceMatchers;

    @Convert(converter = MatchersConverter.class)
    @Column(name = "target_matchers", nullable = false, columnDefinition = "text")
    private List<LabelMatcher> targetMatchers;

    @Convert(converter = StringListConverter.class)
    @Column(name = "equal_labels", nullable = false, columnDefinition = "text")
    private List<String> equal;

    @Column(nullable = false)
    private Instant created;

    @Column(nullable = false)
    private Instant updated;

    @Version
    private long version;

    protected Inhibition() {}

    public Inhibition(
            String name, List<LabelMatcher> source, List<LabelMatcher> target, List<String> equal, Instant now) {
        this.created = now;
        change(name, source, target, equal, now);
    }

    public void change(
            String name, List<LabelMatcher> source, List<LabelMatcher> target, List<String> equal, Instant now) {
        this.name = name;
        this.sourceMatchers = List.copyOf(source);
        this.targetMatchers = List.copyOf(target);
        this.equal = List.copyOf(equal);
        this.updated = now;
    }

    /** Whether the firing source alert mutes the target alert under this rule. */
    public boolean inhibits(Map<String, String> source, Map<String, String> target) {
        return isTarget(target) && isSource(source) && equalValues(source).equals(equalValues(target));
    }

    public boolean isSource(Map<String, String> labels) {
        return LabelMatcher.all(sourceMatchers, labels);
    }

    public boolean isTarget(Map<String, String> labels) {
        return LabelMatcher.all(targetMatchers, labels);
    }

    /** The alert's values of the labels that source and target must agree on, an absent one empty. */
    public List<String> equalValues(Map<String, String> labels) {
        return equal.stream().map(label -> labels.getOrDefault(label, "")).toList();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<LabelMatcher> getSourceMatchers() {
        return sourceMatchers;
    }

    public List<LabelMatcher> getTargetMatchers() {
        return targetMatchers;
    }

    public List<String> getEqual() {
        return equal;
    }

    public Instant getUpdated() {
        return updated;
    }
}
