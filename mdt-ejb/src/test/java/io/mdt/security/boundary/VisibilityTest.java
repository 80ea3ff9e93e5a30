package io.mdt.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.security.entity.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisibilityTest {

    private static Visibility of(Caller caller) {
        var visibility = new Visibility();
        visibility.requestCaller = new RequestCaller();
        if (caller != null) {
            visibility.requestCaller.enter(caller);
        }
        return visibility;
    }

    private static Caller caller(Role role, Set<String> teams, Long model) {
        return new Caller("c", role.grantedNames(), teams, model, "password");
    }

    @Test
    void peopleSeeTheModelsOfTheirTeamsAdministratorsAndMdtItselfAll() {
        var engineer = of(caller(Role.ENGINEER, Set.of("red"), null));
        assertThat(engineer.sees("red", 1)).isTrue();
        assertThat(engineer.sees("blue", 2)).isFalse();
        assertThat(of(caller(Role.ADMIN, Set.of(), null)).sees("blue", 2)).isTrue();
        assertThat(of(null).sees("blue", 2)).isTrue();
        assertThat(of(caller(Role.VIEWER, Set.of(), null)).scope().nothing()).isTrue();
    }

    @Test
    void aKeyOfOneModelSeesThatModelAlone() {
        var key = of(caller(Role.INGEST, Set.of("red"), 7L));
        assertThat(key.sees("red", 7)).isTrue();
        assertThat(key.sees("red", 8)).isFalse();
        assertThat(key.scope().nothing()).isFalse();
        assertThatThrownBy(() -> key.teamOfNewModel(null)).isInstanceOf(ModelValidationException.class);
    }

    @Test
    void aNewModelGoesToTheOnlyTeamOrOneNamedOfTheCallers() {
        assertThat(of(caller(Role.ENGINEER, Set.of("red"), null)).teamOfNewModel(null))
                .isEqualTo("red");
        assertThat(of(caller(Role.ENGINEER, Set.of("red", "blue"), null)).teamOfNewModel(" blue "))
                .isEqualTo("blue");
        assertThat(of(caller(Role.ADMIN, Set.of(), null)).teamOfNewModel(null)).isEqualTo(Visibility.DEFAULT_TEAM);
        assertThat(of(caller(Role.ADMIN, Set.of(), null)).teamOfNewModel("green"))
                .isEqualTo("green");
        assertThatThrownBy(() ->
                        of(caller(Role.ENGINEER, Set.of("red", "blue"), null)).teamOfNewModel(null))
                .hasMessageContaining("blue, red");
        assertThatThrownBy(() -> of(caller(Role.ENGINEER, Set.of("red"), null)).teamOfNewModel("blue"))
                .isInstanceOf(ModelValidationException.class);
        assertThatThrownBy(() -> of(caller(Role.ADMIN, Set.of(), null)).teamOfNewModel(" "))
                .isInstanceOf(ModelValidationException.class);
    }

    @Test
    void anAdministratorsSilenceWithoutATeamIsOfEveryTeam() {
        assertThat(of(caller(Role.ADMIN, Set.of(), null)).teamOfSilence(null)).isNull();
        assertThat(of(caller(Role.ENGINEER, Set.of("red"), null)).teamOfSilence(null))
                .isEqualTo("red");
    }

    @Test
    void callersOfTheSameScopeShareACacheKeyAndOthersDoNot() {
        var a = TeamScope.of(caller(Role.VIEWER, Set.of("red", "blue"), null));
        var b = TeamScope.of(caller(Role.ENGINEER, Set.of("blue", "red"), null));
        assertThat(a.cacheKey()).isEqualTo(b.cacheKey());
        assertThat(TeamScope.of(caller(Role.VIEWER, Set.of("red"), null)).cacheKey())
                .isNotEqualTo(a.cacheKey());
        assertThat(TeamScope.of(caller(Role.ADMIN, Set.of(), null))).isEqualTo(TeamScope.EVERYTHING);
    }
}
