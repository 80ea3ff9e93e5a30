package io.mdt.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.audit.boundary.Origin;
import io.mdt.registry.entity.MonitoredModel;
import io.mdt.security.entity.UserAccount;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditSqlTest {

    @Test
    void theInsertCastsEachParameterToItsColumnsTypeInTheOrderOfTheValues() {
        var insert = AuditSql.insert(i -> "?" + (i + 1));

        assertThat(insert)
                .startsWith("INSERT INTO audit_entry (at, actor, via, action, target_type,")
                .contains("CAST(?1 AS timestamptz)", "CAST(?8 AS jsonb)", "CAST(?13 AS integer)")
                .endsWith("CAST(?14 AS text))");
        var event = new AuditEvent(
                new Actor("ana", "password"),
                "model.updated",
                "model",
                "7",
                "churn",
                "{}",
                "{}",
                new Origin("10.0.0.1", "PUT", "/api/v1/models/7"),
                200,
                null);
        var at = Instant.parse("2026-12-02T10:00:00Z");

        assertThat(AuditSql.values(event, at))
                .hasSize(AuditSql.PARAMETERS)
                .startsWith(Timestamp.from(at), "ana", "password", "model.updated", "model", "7", "churn")
                .endsWith("PUT", "/api/v1/models/7", 200, null);
    }

    @Test
    void aRowIsReadFromTheEntitysTableWithWhatItRelatesTo() {
        var model = AuditedTypes.of(MonitoredModel.class).orElseThrow();
        var user = AuditedTypes.of(UserAccount.class).orElseThrow();

        assertThat(AuditSql.row(model, "#id", true))
                .isEqualTo("SELECT CAST(to_jsonb(t) AS text) FROM monitored_model t WHERE t.id = #id");
        assertThat(AuditSql.row(user, "#id", true)).contains("to_jsonb(t) || jsonb_build_object('teams'", "user_team");
        assertThat(AuditSql.row(user, "#id", false)).startsWith("SELECT CAST(to_jsonb(t) AS text) FROM user_account t");
    }
}
