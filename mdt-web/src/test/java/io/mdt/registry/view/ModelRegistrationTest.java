package io.mdt.registry.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.registry.boundary.Violation;
import org.junit.jupiter.api.Test;

class ModelRegistrationTest {

    @Test
    void aRuleOfAFieldIsSaidBesideItAndAnyOtherAboveTheForm() {
        assertThat(ModelRegistration.clientIdOf(new Violation("name", "must not be blank")))
                .isEqualTo("registerForm:name");
        assertThat(ModelRegistration.clientIdOf(new Violation("taskType", "must be one of ...")))
                .isEqualTo("registerForm:taskType");
        assertThat(ModelRegistration.clientIdOf(new Violation("team", "must be one of the caller's teams")))
                .isEqualTo("registerForm:team");
        assertThat(ModelRegistration.clientIdOf(new Violation("body", "must be a model")))
                .isEqualTo("registerForm");
    }
}
