package io.mdt.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the audit log, as read back. Entries are written by
 * {@link io.mdt.audit.control.AuditTrail} in SQL, never through this entity, and the database
 * refuses to change them: every column is read-only here.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private Long id;

    @Column(insertable = false, updatable = false)
    private Instant at;

    @Column(insertable = false, updatable = false)
    private String actor;

    @Column(insertable = false, updatable = false)
    private String via;

    @Column(insertable = false, updatable = false)
    private String action;

    @Column(name = "target_type", insertable = false, updatable = false)
    private String targetType;

    @Column(name = "target_id", insertable = false, updatable = false)
    private String targetId;

    @Column(name = "target_name", insertable = false, updatable = false)
    private String targetName;

    @Column(insertable = false, updatable = false, columnDefinition = "jsonb")
    private String before;

    @Column(insertable = false, updatable = false, columnDefinition = "jsonb")
    private String after;

    @Column(name = "remote_address", insertable = false, updatable = false)
    private String remoteAddress;

    @Column(name = "request_method", insertable = false, updatable = false)
    private String requestMethod;

    @Column(name = "request_path", insertable = false, updatable = false)
    private String requestPath;

    @Column(insertable = false, updatable = false)
    private Integer status;

    @Column(insertable = false, updatable = false)
    private String detail;

    protected AuditEntry() {}

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getVia() {
        return via;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getTargetName() {
        return targetName;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getRequestMethod() {
        return requestMethod;
    }

    public String getRequestPath() {
        return requestPath;
    }

    public Integer getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }
}
