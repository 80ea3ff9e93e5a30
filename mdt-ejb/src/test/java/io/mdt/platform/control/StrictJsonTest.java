package io.mdt.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdt.platform.boundary.MalformedJsonException;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

    record Column(String name, Double minimum, List<String> categories) {}

    record Draft(
            String label,
            Long referenceId,
            Integer minRows,
            Boolean on,
            List<Column> columns,
            Map<String, Double> thresholds) {}

    private static Draft bind(String json) {
        return JsonBinding.bind(StrictJson.parse(new StringReader(json)), Draft.class);
    }

    @Test
    void bindsEveryDeclaredType() {
        var draft = bind("""
                {"label": "v1", "referenceId": 7, "minRows": 100, "on": true,
                 "columns": [{"name": "age", "minimum": 0.5, "categories": ["a", null]}],
                 "thresholds": {"age": 1e-3}}""");

        assertThat(draft.label()).isEqualTo("v1");
        assertThat(draft.referenceId()).isEqualTo(7L);
        assertThat(draft.minRows()).isEqualTo(100);
        assertThat(draft.on()).isTrue();
        assertThat(draft.columns().get(0).minimum()).isEqualTo(0.5);
        assertThat(draft.columns().get(0).categories()).containsExactly("a", null);
        assertThat(draft.thresholds()).containsEntry("age", 0.001);
    }

    @Test
    void takesAbsentAndNullMembersAsNull() {
        var draft = bind("{\"label\": null}");

        assertThat(draft.label()).isNull();
        assertThat(draft.columns()).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"label\": 5}",
                "{\"label\": [\"v1\"]}",
                "{\"referenceId\": \"7\"}",
                "{\"referenceId\": 7.5}",
                "{\"referenceId\": 1e30}",
                "{\"referenceId\": 9223372036854775808}",
                "{\"minRows\": 2147483648}",
                "{\"on\": \"true\"}",
                "{\"columns\": {}}",
                "{\"columns\": [{\"minimum\": \"NaN\"}]}",
                "{\"columns\": [{\"minimum\": 1e400}]}",
                "{\"columns\": [{\"name\": \"a\", \"unknown\": 1}]}",
                "{\"thresholds\": {\"age\": \"0.1\"}}",
                "{\"label\": \"v1\", \"label\": \"v2\"}",
                "{\"label\": \"a\\u0000b\"}",
                "{\"label\": \"\\ud800\"}",
                "{\"label\": \"\\udc00x\"}",
                "{\"la\\u0000bel\": \"v1\"}",
                "{\"label\": \"v1\"} x",
                "{\"label\": \"v1\"} {}",
                "{\"label\": ",
                "",
                "null",
                "[]",
                "\"text\""
            })
    void refusesWhatIsNotExactlyTheDocumentedShape(String json) {
        assertThatThrownBy(() -> bind(json)).as(json).isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void namesWhereTheProblemIs() {
        assertThatThrownBy(() -> bind("{\"columns\": [{\"name\": \"a\"}, {\"minimum\": \"NaN\"}]}"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessage("columns[1].minimum must be a number, got string");
    }

    @Test
    void keepsValidSurrogatePairs() {
        assertThat(bind("{\"label\": \"\\ud83d\\ude00\"}").label()).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void refusesDeepNestingWithoutExhaustingTheStack() {
        var deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThatThrownBy(() -> StrictJson.parse(new StringReader("{\"label\": " + deep + "}")))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("nested deeper than " + StrictJson.MAX_DEPTH);
    }

    @Test
    void readsABadRecordToItsEndSoTheNextOneCanBeRead() {
        var parser = Json.createParser(new StringReader("[{\"a\": 1, \"a\": 2, \"b\": [[[]]]}, {\"c\": 3}]"));
        parser.next();
        parser.next();

        assertThatThrownBy(() -> StrictJson.object(parser, "record"))
                .hasMessage("record.a appears twice; each member may appear once");
        assertThat(parser.next()).isEqualTo(JsonParser.Event.START_OBJECT);
        assertThat(StrictJson.object(parser, "record").getInt("c")).isEqualTo(3);
    }
}
