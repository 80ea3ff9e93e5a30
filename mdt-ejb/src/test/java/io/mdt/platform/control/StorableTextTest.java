package io.mdt.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void acceptsAnyValidUnicodeWithoutNul() {
        assertThat(StorableText.problem("Zürich \uD83D\uDE00 \t\n")).isNull();
        assertThat(StorableText.problem("")).isNull();
    }

    @Test
    void refusesNulAndUnpairedSurrogates() {
        assertThat(StorableText.problem("a\u0000b")).contains("NUL");
        assertThat(StorableText.problem("\uD800")).contains("unpaired surrogate (U+D800) at character 0");
        assertThat(StorableText.problem("x\uDC00")).contains("unpaired surrogate (U+DC00) at character 1");
        assertThat(StorableText.problem("\uDE00\uD83D")).contains("unpaired");
    }

    @Test
    void quotesBadTextAsEscapesSoTheMessageIsStorable() {
        var quoted = StorableText.quote("a\u0000\uD800\uD83D\uDE00");

        assertThat(quoted).isEqualTo("'a\\u0000\\uD800\uD83D\uDE00'");
        assertThat(StorableText.storable(quoted)).isTrue();
    }
}
