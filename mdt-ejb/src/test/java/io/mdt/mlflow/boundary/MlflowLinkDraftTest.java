package io.mdt.mlflow.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import org.junit.jupiter.api.Test;

class MlflowLinkDraftTest {

    @Test
    void aRegisteredModelNameAndAVersionNumberLink() {
        assertThatCode(() -> new MlflowLinkDraft("churn-model", "12").check()).doesNotThrowAnyException();
    }

    @Test
    void everyBrokenRuleIsListed() {
        assertThatThrownBy(() -> new MlflowLinkDraft(" ", "v1").check())
                .isInstanceOfSatisfying(
                        ModelValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("registeredModel", "version"));
    }

    @Test
    void aNameThatCannotBeQuotedInARegistrySearchOrIsTooLongIsRefused() {
        assertThatThrownBy(() -> new MlflowLinkDraft("o'brien", "1").check())
                .isInstanceOf(ModelValidationException.class);
        assertThatThrownBy(() -> new MlflowLinkDraft("m".repeat(201), "1").check())
                .isInstanceOf(ModelValidationException.class);
        assertThatThrownBy(() -> new MlflowLinkDraft("churn", "0").check())
                .isInstanceOf(ModelValidationException.class);
    }
}
