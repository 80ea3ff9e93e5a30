package io.mdt.monitoring.entity;

import io.mdt.platform.entity.TextMapConverter;
import io.mdt.registry.entity.ModelVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Watches one model version: on its schedule, each complete window of predictions not yet
 * evaluated is compared with the reference data, with the tests, thresholds and dataset rule
 * configured here. Remembers how far it has evaluated, so each window is evaluated once
 * unless a backfill asks again.
 */
@Entity
@Table(name = "monitor")
@NamedQuery(name = Monitor.OF_VERSION, query = "SELECT m FROM Monitor m WHERE m.version.id = :version ORDER BY m.id")
public class Monitor {

    public static final String OF_VERSION = "Monitor.ofVersion";

    /** Fan-out bound of one firing, so a monitor over years of history cannot flood the queue. */
    public static final int MAX_WINDOWS_PER_FIRING = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id")
    private ModelVersion version;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_kind", nullable = false, length = 10)
    private ScheduleKind scheduleKind;

    @Column(nullable = false, length = 200)
    private String schedule;

    @Enumerated(EnumType.STRING)
    @Column(name = "window_kind", nullable = false, length = 10)
    private WindowKind windowKind;

    @Column(name = "window_size", nullable = false)
    private long windowSize;

    @Column(name = "reference_id")
    private Long referenceId;

    @Convert(converter = TextMapConverter.class)
    @Column(nullable = false, columnDefinition = "text")
    private Map<String, String> methods;

    @Convert(converter = TextMapConverter.class)
    @Column(nullable = false, columnDefinition = "text")
    private Map<String, String> thresholds;

    @Column(name = "dataset_rule", nullable = false, length = 40)
    private String datasetRule;

    @Column(name = "min_rows", nullable = false)
    private int minRows;

    @Column(name = "grace_seconds", nullable = false)
    private long graceSeconds;

    @Convert(converter = ThresholdMapConverter.class)
    @Column(name = "drift_thresholds", columnDefinition = "text")
    private Map<String, MetricThreshold> driftThresholds;

    @Convert(converter = PerformanceSettingsConverter.class)
    @Column(columnDefinition = "text")
    private PerformanceSettings performance;

    @Column(name = "actuals_checked_until")
    private Instant actualsCheckedUntil;

    @Column(name = "evaluated_windows", nullable = false)
    private long evaluatedWindows;

    @Column(name = "evaluated_until")
    private Instant evaluatedUntil;

    @Column(nullable = false, updatable = false)
    private Instant created;

    @Column(nullable = false)
    private Instant updated;

    @Version
    @Column(name = "version")
    private long entityVersion;

    protected Monitor() {}

    public Monitor(ModelVersion version, String name, MonitorSettings settings, Instant now) {
        this.version = version;
        this.name = name;
        this.created = now;
        configure(settings, now);
    }

    /** Applies new settings; the window cannot change, since runs are numbered by it. */
    public void configure(MonitorSettings settings, Instant now) {
        this.scheduleKind = settings.scheduleKind();
        this.schedule = settings.schedule();
        this.windowKind = settings.windowKind();
        this.windowSize = settings.windowSize();
        this.referenceId = settings.referenceId();
        this.methods = Map.copyOf(settings.methods());
        this.thresholds = Map.copyOf(settings.thresholds());
        this.datasetRule = settings.datasetRule();
        this.minRows = settings.minRows();
        this.graceSeconds = settings.graceSeconds();
        this.performance = settings.performance();
        this.driftThresholds = Map.copyOf(settings.driftThresholds());
        this.updated = now;
    }

    public boolean sameWindowAs(MonitorSettings settings) {
        return windowKind == settings.windowKind() && windowSize == settings.windowSize();
    }

    /**
     * The time windows complete by {@code now} (less the grace period for late data) that
     * were not evaluated yet, starting at the first prediction's window when none was.
     *
     * @param firstPrediction the oldest stored prediction's time, read only until the first window
     *     is handed out (finding it reads every partition)
     */
    public List<Window> dueTimeWindows(Instant now, Instant firstPrediction) {
        var windows = new ArrayList<Window>();
        if (evaluatedUntil == null && firstPrediction == null) {
            return windows;
        }
        long size = windowSize;
        long from = evaluatedUntil != null
                ? evaluatedUntil.getEpochSecond()
                : Math.floorDiv(firstPrediction.getEpochSecond(), size) * size;
        long limit = completeUntil(now);
        for (long start = from; start + size <= limit && windows.size() < MAX_WINDOWS_PER_FIRING; start += size) {
            windows.add(timeWindow(start));
        }
        return windows;
    }

    private Instant windowStartOf(Instant time) {
        return time == null
                ? null
                : Instant.ofEpochSecond(Math.floorDiv(time.getEpochSecond(), windowSize) * windowSize);
    }

    /** The epoch second by which every time window ending then is complete, grace period included. */
    private long completeUntil(Instant now) {
        return Math.floorDiv(now.minusSeconds(graceSeconds).getEpochSecond(), windowSize) * windowSize;
    }

    /**
     * Counts the complete windows of a backfill as handed out when they continue the monitor's
     * progress: when they start where it got to, or earlier (at the first prediction's window
     * when it got nowhere yet). The progress then shows them, as the runs do, and the schedule
     * does not evaluate them a second time. A backfill beyond a gap leaves the progress where it
     * is, since the windows in the gap are still due.
     */
    public void backfilled(List<Window> windows, Instant firstPrediction, Instant now) {
        long limit = completeUntil(now);
        var complete = windows.stream()
                .filter(window -> window.end().getEpochSecond() <= limit)
                .toList();
        if (complete.isEmpty()) {
            return;
        }
        var reached = evaluatedUntil != null ? evaluatedUntil : windowStartOf(firstPrediction);
        if (reached == null || !complete.get(0).start().isAfter(reached)) {
            handedOut(complete);
        }
    }

    /** The time windows that start within {@code [from, to)}, evaluated or not: a backfill. */
    public List<Window> timeWindowsBetween(Instant from, Instant to) {
        var windows = new ArrayList<Window>();
        for (long start = firstWindowStart(from); start < to.getEpochSecond(); start += windowSize) {
            windows.add(timeWindow(start));
        }
        return windows;
    }

    /** How many time windows start within {@code [from, to)}, counted without listing them. */
    public long timeWindowCount(Instant from, Instant to) {
        long first = firstWindowStart(from);
        return first >= to.getEpochSecond() ? 0 : Math.floorDiv(to.getEpochSecond() - 1 - first, windowSize) + 1;
    }

    private long firstWindowStart(Instant from) {
        return Math.floorDiv(from.getEpochSecond(), windowSize) * windowSize;
    }

    /** The complete count windows among {@code predictions} rows not evaluated yet. */
    public List<Window> dueCountWindows(long predictions) {
        var windows = new ArrayList<Window>();
        for (long index = evaluatedWindows;
                (index + 1) * windowSize <= predictions && windows.size() < MAX_WINDOWS_PER_FIRING;
                index++) {
            windows.add(new Window(index, null, null));
        }
        return windows;
    }

    /** Remembers that the given windows were handed out, so the next firing starts after them. */
    public void handedOut(List<Window> windows) {
        if (windows.isEmpty()) {
            return;
        }
        var last = windows.get(windows.size() - 1);
        if (windowKind == WindowKind.TIME) {
            if (evaluatedUntil == null || last.end().isAfter(evaluatedUntil)) {
                evaluatedUntil = last.end();
            }
        } else {
            evaluatedWindows = Math.max(evaluatedWindows, last.index() + 1);
        }
    }

    private Window timeWindow(long startSecond) {
        return new Window(
                startSecond / windowSize,
                Instant.ofEpochSecond(startSecond),
                Instant.ofEpochSecond(startSecond + windowSize));
    }

    public MonitorSettings settings() {
        return new MonitorSettings(
                scheduleKind,
                schedule,
                windowKind,
                windowSize,
                referenceId,
                methods,
                thresholds,
                datasetRule,
                minRows,
                graceSeconds,
                performance(),
                driftThresholds);
    }

    /** The performance settings; monitors made before there were any measure everything by default. */
    private PerformanceSettings performance() {
        return performance != null ? performance : PerformanceSettings.defaults(version);
    }

    /** Records that the actuals stored until {@code now} were looked at for windows to measure again. */
    public void actualsChecked(Instant now) {
        this.actualsCheckedUntil = now;
    }

    public Instant getActualsCheckedUntil() {
        return actualsCheckedUntil;
    }

    public Long getId() {
        return id;
    }

    public ModelVersion getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public Instant getEvaluatedUntil() {
        return evaluatedUntil;
    }

    public long getEvaluatedWindows() {
        return evaluatedWindows;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getUpdated() {
        return updated;
    }
}
