package io.mdt.alerting.entity;

import jakarta.persistence.Column;
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

/**
 * One message to one channel about one group's alerts, kept with its content (JSON) so that
 * every retry sends the same thing, and with the outcome of its attempts.
 */
@Entity
@Table(name = "notification")
@NamedQuery(
        name = Notification.OVERDUE,
        query = "SELECT n.id FROM Notification n WHERE n.status = io.mdt.alerting.entity.NotificationStatus.PENDING"
                + " AND n.nextAttempt < :before ORDER BY n.id")
public class Notification {

    public static final String OVERDUE = "Notification.overdue";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id")
    private Long groupId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "channel_id")
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private NotificationStatus status;

    @Column(nullable = false, columnDefinition = "text")
    private String payload;

    @Column(nullable = false)
    private int firing;

    @Column(nullable = false)
    private int resolved;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", columnDefinition = "text")
    private String lastError;

    @Column(nullable = false)
    private Instant created;

    @Column(name = "next_attempt")
    private Instant nextAttempt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected Notification() {}

    public Notification(Long groupId, Channel channel, String payload, int firing, int resolved, Instant now) {
        this.groupId = groupId;
        this.channel = channel;
        this.payload = payload;
        this.firing = firing;
        this.resolved = resolved;
        this.status = NotificationStatus.PENDING;
        this.created = now;
        this.nextAttempt = now;
    }

    /**
     * Whether an attempt may start now: the notification waits to be sent and its time has
     * come. A started attempt holds it until {@code leaseUntil}, so that a second request for it
     * (the clock's rescue, a redelivery) does not send it twice meanwhile.
     */
    public boolean startAttempt(Instant now, Instant leaseUntil) {
        if (status != NotificationStatus.PENDING || (nextAttempt != null && nextAttempt.isAfter(now.plusSeconds(1)))) {
            return false;
        }
        nextAttempt = leaseUntil;
        return true;
    }

    public void sent(Instant now) {
        attempts++;
        status = NotificationStatus.SENT;
        sentAt = now;
        nextAttempt = null;
        lastError = null;
    }

    /**
     * Records a failed attempt.
     *
     * @return when to try again, or null when the channel's attempts are used up and the
     *     notification has failed for good
     */
    public Instant attemptFailed(String reason, Instant now) {
        attempts++;
        lastError = reason;
        if (attempts >= channel.getMaxAttempts()) {
            status = NotificationStatus.FAILED;
            nextAttempt = null;
            return null;
        }
        nextAttempt = now.plus(channel.retryAfter(attempts));
        return nextAttempt;
    }

    public boolean pending() {
        return status == NotificationStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Channel getChannel() {
        return channel;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public String getPayload() {
        return payload;
    }

    public int getFiring() {
        return firing;
    }

    public int getResolved() {
        return resolved;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getNextAttempt() {
        return nextAttempt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
