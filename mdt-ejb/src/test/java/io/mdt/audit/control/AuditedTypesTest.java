package io.mdt.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.alerting.entity.Channel;
import io.mdt.registry.entity.MonitoredModel;
import io.mdt.registry.entity.TaskType;
import io.mdt.security.entity.ApiKey;
import io.mdt.security.entity.UserAccount;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AuditedTypesTest {

    /** Every entity class of the module, found in its compiled classes. */
    private static Set<Class<?>> entities() throws IOException, ClassNotFoundException {
        var root = Path.of("target/classes");
        Set<String> names;
        try (var files = Files.walk(root)) {
            names = files.map(root::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length())
                            .replace('/', '.')
                            .replace('\\', '.'))
                    .collect(Collectors.toSet());
        }
        var entities = new HashSet<Class<?>>();
        for (var name : names) {
            var type = Class.forName(name, false, AuditedTypesTest.class.getClassLoader());
            if (type.isAnnotationPresent(Entity.class)) {
                entities.add(type);
            }
        }
        return entities;
    }

    @Test
    void everyEntityIsEitherAuditedOrLeftOutOnPurpose() throws Exception {
        var classified = new HashSet<Class<?>>(AuditedTypes.audited());
        classified.addAll(AuditedTypes.NOT_AUDITED);

        assertThat(entities()).hasSizeGreaterThan(10).isEqualTo(classified);
        assertThat(AuditedTypes.audited()).doesNotContainAnyElementsOf(AuditedTypes.NOT_AUDITED);
    }

    @Test
    void secretsAreMaskedAndBookkeepingIsNoChange() {
        assertThat(AuditedTypes.of(UserAccount.class).orElseThrow().masked()).containsExactly("password_hash");
        assertThat(AuditedTypes.of(ApiKey.class).orElseThrow().masked()).containsExactly("secret_hash");
        assertThat(AuditedTypes.of(Channel.class).orElseThrow().masked()).containsExactlyInAnyOrder("url", "secret");
        assertThat(AuditedTypes.of(ApiKey.class).orElseThrow().bookkeeping()).contains("last_used", "version");
        assertThat(AuditedTypes.of(UserAccount.class).orElseThrow().bookkeeping())
                .contains("failed_logins", "locked_until", "last_login");
    }

    @Test
    void namesTablesFromTheEntitiesAndReadsIds() {
        var model = AuditedTypes.of(MonitoredModel.class).orElseThrow();

        assertThat(model.table()).isEqualTo("monitored_model");
        assertThat(model.name()).isEqualTo("model");
        assertThat(model.idOf(new MonitoredModel("churn", TaskType.REGRESSION, null, null, "default", Instant.EPOCH)))
                .isNull();
    }
}
