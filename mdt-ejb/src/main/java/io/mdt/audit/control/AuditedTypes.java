package io.mdt.audit.control;

import io.mdt.alerting.entity.Alert;
import io.mdt.alerting.entity.AlertRule;
import io.mdt.alerting.entity.AlertTransition;
import io.mdt.alerting.entity.Channel;
import io.mdt.alerting.entity.Inhibition;
import io.mdt.alerting.entity.Notification;
import io.mdt.alerting.entity.NotificationGroup;
import io.mdt.alerting.entity.Route;
import io.mdt.alerting.entity.Silence;
import io.mdt.audit.entity.AuditEntry;
import io.mdt.ingestion.entity.ReferenceDataset;
import io.mdt.mlflow.entity.MlflowRun;
import io.mdt.monitoring.entity.EvaluationRun;
import io.mdt.monitoring.entity.Monitor;
import io.mdt.platform.entity.TimerHeartbeat;
import io.mdt.registry.entity.ModelVersion;
import io.mdt.registry.entity.MonitoredModel;
import io.mdt.retraining.entity.Retraining;
import io.mdt.security.entity.ApiKey;
import io.mdt.security.entity.UserAccount;
import io.mdt.serving.entity.ArtifactContent;
import io.mdt.serving.entity.VersionArtifact;
import jakarta.json.Json;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which entities are audited, and how; and which are not, on purpose. Every entity class must be
 * in one of the two lists ({@code AuditedTypesTest} fails otherwise), so that a new entity cannot
 * be forgotten: it is configuration, audited, or high-volume data MDT writes itself.
 */
public final class AuditedTypes {

    private static final Map<Class<?>, AuditedType> AUDITED = Stream.of(
                    AuditedType.of("model", MonitoredModel.class, "name", Set.of()),
                    AuditedType.of("version", ModelVersion.class, "label", Set.of("retired_predictions", "maintained")),
                    AuditedType.of("reference", ReferenceDataset.class, null, Set.of()),
                    AuditedType.of(
                            "monitor",
                            Monitor.class,
                            "name",
                            Set.of("actuals_checked_until", "evaluated_windows", "evaluated_until")),
                    AuditedType.of("alert-rule", AlertRule.class, "name", Set.of()),
                    AuditedType.of("silence", Silence.class, null, Set.of()),
                    AuditedType.of("inhibition", Inhibition.class, "name", Set.of()),
                    AuditedType.of("channel", Channel.class, "name", Set.of()).masking("url", "secret"),
                    AuditedType.of("route", Route.class, null, Set.of()),
                    AuditedType.of(
                                    "user",
                                    UserAccount.class,
                                    "name",
                                    Set.of("failed_logins", "locked_until", "last_login"))
                            .masking("password_hash")
                            .relating(
                                    "jsonb_build_object('teams', (SELECT coalesce(jsonb_agg(u.team ORDER BY u.team),"
                                            + " '[]') FROM user_team u WHERE u.user_id = t.id))",
                                    user -> Json.createObjectBuilder()
                                            .add(
                                                    "teams",
                                                    Json.createArrayBuilder(
                                                            new TreeSet<>(((UserAccount) user).getTeams())))
                                            .build()),
                    AuditedType.of("api-key", ApiKey.class, "name", Set.of("last_used"))
                            .masking("secret_hash"),
                    AuditedType.of("alert", Alert.class, "subject", Set.of()).byPeople(),
                    AuditedType.of("artifact", VersionArtifact.class, null, Set.of())
                            .masking("content"),
                    AuditedType.of("retraining", Retraining.class, "challenger_label", Set.of())
                            .byPeople())
            .collect(Collectors.toUnmodifiableMap(AuditedType::entity, Function.identity()));

    /**
     * Entities not audited row by row: data MDT writes at volume, the audit itself, bytes whose
     * checksum an audited entity holds, or the MLflow run MDT created for a version.
     */
    static final Set<Class<?>> NOT_AUDITED = Set.of(
            EvaluationRun.class,
            AlertTransition.class,
            Notification.class,
            NotificationGroup.class,
            TimerHeartbeat.class,
            ArtifactContent.class,
            MlflowRun.class,
            AuditEntry.class);

    private AuditedTypes() {}

    public static Optional<AuditedType> of(Class<?> entity) {
        return Optional.ofNullable(AUDITED.get(entity));
    }

    static Set<Class<?>> audited() {
        return AUDITED.keySet();
    }
}
