package io.mdt.audit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdt.audit.boundary.AuditQuery;
import io.mdt.registry.boundary.ModelValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    private static AuditQuery query(String actor, String action, Instant from, Instant to, int size) {
        return new AuditQuery(actor, action, null, null, from, to, 0, size);
    }

    @Test
    void withoutFiltersSelectsEverything() {
        var filter = AuditFilter.of(query(null, " ", null, null, 50));

        assertThat(filter.where()).isEqualTo(" FROM AuditEntry e WHERE 1 = 1");
        assertThat(filter.parameters()).isEmpty();
    }

    @Test
    void bindsEveryValueAndIgnoresTheActorsCase() {
        var filter = AuditFilter.of(new AuditQuery(
                " Ada ", "model.updated", "model", "7", Instant.EPOCH, Instant.EPOCH.plusSeconds(1), 0, 50));

        assertThat(filter.where()).doesNotContain("Ada", "model.updated", "'7'");
        assertThat(filter.parameters())
                .containsEntry("actor", "ada")
                .containsEntry("action", "model.updated")
                .containsEntry("targetType", "model")
                .containsEntry("targetId", "7");
    }

    @Test
    void anActionEndingInADotOrAStarIsAPrefixWithItsWildcardsEscaped() {
        assertThat(AuditFilter.of(query(null, "model.", null, null, 50)).parameters())
                .containsEntry("action", "model.%");
        assertThat(AuditFilter.of(query(null, "login*", null, null, 50)).parameters())
                .containsEntry("action", "login%");
        assertThat(AuditFilter.likePrefix("a_b%c!")).isEqualTo("a!_b!%c!!%");
    }

    @Test
    void refusesAPageOutOfBoundsTooLongTextAndAnEmptyTimeRange() {
        assertThatThrownBy(() -> AuditFilter.of(query(null, null, null, null, 0)))
                .isInstanceOf(ModelValidationException.class);
        assertThatThrownBy(() -> AuditFilter.of(query("x".repeat(201), null, null, null, 50)))
                .isInstanceOfSatisfying(
                        ModelValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .containsExactly("actor"));
        assertThatThrownBy(() -> AuditFilter.forExport(query(null, null, Instant.EPOCH, Instant.EPOCH, 0)))
                .isInstanceOfSatisfying(
                        ModelValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .containsExactly("from"));
    }

    @Test
    void anExportTakesAnyPage() {
        assertThat(AuditFilter.forExport(query(null, null, null, null, 0)).parameters())
                .isEmpty();
    }
}
