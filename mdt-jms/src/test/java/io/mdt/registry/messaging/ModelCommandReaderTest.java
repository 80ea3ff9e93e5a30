package io.mdt.registry.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelCommandReaderTest {

    @Test
    void readsAModelFromJson() {
        var draft = ModelCommandReader.parse(
                "{\"name\":\"churn\",\"taskType\":\"BINARY_CLASSIFICATION\",\"owner\":\"risk\"}");

        assertThat(draft.name()).isEqualTo("churn");
        assertThat(draft.taskType()).isEqualTo("BINARY_CLASSIFICATION");
        assertThat(draft.owner()).isEqualTo("risk");
        assertThat(draft.description()).isNull();
    }

    @Test
    void rejectsWhatTheApiRejects() {
        for (var body : new String[] {
            "{\"name\":\"churn\",\"taskType\":\"REGRESSION\",\"extra\":1}",
            "{\"name\":5,\"taskType\":\"REGRESSION\"}",
            "{\"name\":\"a\",\"name\":\"b\",\"taskType\":\"REGRESSION\"}",
            "{\"name\":\"a\\u0000b\",\"taskType\":\"REGRESSION\"}",
            "{\"name\":\"a\",\"taskType\":\"REGRESSION\"} {}"
        }) {
            assertThatThrownBy(() -> ModelCommandReader.parse(body))
                    .as(body)
                    .isInstanceOf(MalformedCommandException.class)
                    .hasMessageStartingWith("malformed JSON");
        }
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
