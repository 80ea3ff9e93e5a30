package io.mdt.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamScopeTest {

    @Test
    void aTeamsThingsAreSeenByItsMembersAndEveryTeamsThingsByAll() {
        var fraud = new TeamScope(false, Set.of("fraud"), null);

        assertThat(fraud.seesTeam("fraud")).isTrue();
        assertThat(fraud.seesTeam("pricing")).isFalse();
        assertThat(fraud.seesTeam(null)).isTrue();
        assertThat(TeamScope.EVERYTHING.seesTeam("pricing")).isTrue();
        assertThat(new TeamScope(false, Set.of(), null).seesTeam("fraud")).isFalse();
    }

    @Test
    void aKeyLimitedToOneModelSeesTheThingsOfThatModelsTeam() {
        var key = new TeamScope(false, Set.of("fraud"), 7L);

        assertThat(key.seesTeam("fraud")).isTrue();
        assertThat(key.seesTeam("pricing")).isFalse();
        assertThat(key.nothing()).isFalse();
    }

    @Test
    void callersOfTheSameTeamsShareACacheKeyWhateverTheOrder() {
        var one = new TeamScope(false, Set.of("a", "b"), null);
        var other = new TeamScope(false, Set.of("b", "a"), null);

        assertThat(one.cacheKey()).isEqualTo(other.cacheKey()).isNotEqualTo(TeamScope.EVERYTHING.cacheKey());
        assertThat(new TeamScope(false, Set.of(), null).nothing()).isTrue();
    }
}
