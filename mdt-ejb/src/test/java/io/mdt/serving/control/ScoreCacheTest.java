package io.mdt.serving.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreCacheTest {

    @Test
    void aKeyTellsEveryValueAndEveryArtifactApart() {
        var key = ScoreCache.key("abc", new double[] {0.1, -0.0});

        assertThat(key).isEqualTo(ScoreCache.key("abc", new double[] {0.1, -0.0}));
        assertThat(key).isNotEqualTo(ScoreCache.key("abc", new double[] {0.1, 0.0}));
        assertThat(key).isNotEqualTo(ScoreCache.key("abd", new double[] {0.1, -0.0}));
        assertThat(ScoreCache.key("abc", new double[] {Math.nextUp(0.1)}))
                .isNotEqualTo(ScoreCache.key("abc", new double[] {0.1}));
    }
}
