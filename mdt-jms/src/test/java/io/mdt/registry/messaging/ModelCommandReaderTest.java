package io.mdt.registry.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelCommandReaderTest {

    @Test
    void readsAModelFromJsonIgnoringUnknownMembers() {
        var draft = ModelCommandReader.parse(
                "{\"name\":\"churn\",\"taskType\":\"BINARY_CLASSIFICATION\",\"owner\":\"risk\",\"extra\":1}");

        assertThat(draft.name()).isEqualTo("churn");
        assertThat(draft.taskType()).isEqualTo("BINARY_CLASSIFICATION");
        assertThat(draft.owner()).isEqualTo("risk");
        assertThat(draft.description()).isNull();
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertThatThrownBy(() -> ModelCommandReader.parse("{not json"))
                .isInstanceOf(MalformedCommandException.class)
                .hasMessageStartingWith("malformed JSON");
    }

    @Test
    void rejectsJsonOfTheWrongShape() {
        assertThatThrownBy(() -> ModelCommandReader.parse("[1, 2]")).isInstanceOf(MalformedCommandException.class);
    }

    @Test
    void rejectsAnEmptyBody() {
        assertThatThrownBy(() -> ModelCommandReader.parse("  "))
                .isInstanceOf(MalformedCommandException.class)
                .hasMessageContaining("empty");
    }
}
