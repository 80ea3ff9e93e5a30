package io.mdt.registry.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskTypeTest {

    @Test
    void readsNamesIgnoringCaseAndSpace() {
        assertThat(TaskType.parse(" regression ")).contains(TaskType.REGRESSION);
        assertThat(TaskType.parse("Binary_Classification")).contains(TaskType.BINARY_CLASSIFICATION);
    }

    @Test
    void knowsNothingElse() {
        assertThat(TaskType.parse("clustering")).isEmpty();
        assertThat(TaskType.parse("")).isEmpty();
        assertThat(TaskType.parse(null)).isEmpty();
    }
}
