package io.mdt.serving.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mdt.serving.entity.ArtifactFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.ONNXExportable;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.RegressionFactory;

/** ONNX graphs exported by Tribuo score as the Tribuo model they came from. */
class OnnxModelTest {

    private static byte[] onnx(Model<?> model) {
        return ((ONNXExportable) model).exportONNXModel("io.mdt.test", 1L).toByteArray();
    }

    @Test
    void anExportedClassifierGivesTribuosClassAndProbabilities() {
        var model = ServableModelTest.classifier();
        var classes = model.getOutputIDInfo().getDomain().stream()
                .sorted((x, y) -> Integer.compare(
                        model.getOutputIDInfo().getID(x),
                        model.getOutputIDInfo().getID(y)))
                .map(label -> label.getLabel())
                .toList();

        try (var servable = ServableModel.read(ArtifactFormat.ONNX, onnx(model), List.of("a", "b"), classes)) {
            assertThat(servable.classifier()).isTrue();
            assertThat(servable.features()).containsExactly("a", "b");
            assertThat(servable.outputs()).containsExactlyElementsOf(classes);
            for (double[] record : new double[][] {{-1.0, 2.0}, {1.5, 0.2}, {0.1, 0.05}}) {
                var expected =
                        model.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, new String[] {"a", "b"}, record));
                var scored = servable.score(record);
                assertThat(scored.label()).isEqualTo(expected.getOutput().getLabel());
                expected.getOutputScores()
                        .forEach((label, score) ->
                                assertThat(scored.scores().get(label)).isCloseTo(score.getScore(), within(1e-5)));
            }
        }
    }

    @Test
    void anExportedRegressorGivesTribuosValue() {
        var model = ServableModelTest.regressor();

        try (var servable = ServableModel.read(ArtifactFormat.ONNX, onnx(model), List.of("x"), List.of())) {
            assertThat(servable.classifier()).isFalse();
            assertThat(servable.outputs()).isEmpty();
            var expected = model.predict(new ArrayExample<>(
                            RegressionFactory.UNKNOWN_REGRESSOR, new String[] {"x"}, new double[] {1.25}))
                    .getOutput()
                    .getValues()[0];
            assertThat(servable.score(new double[] {1.25}).value()).isCloseTo(expected, within(1e-5));
        }
    }

    @Test
    void aGraphWhoseShapeDisagreesWithTheNamesGivenIsRefusedWithASentence() {
        var bytes = onnx(ServableModelTest.classifier());

        assertThatThrownBy(() -> ServableModel.read(ArtifactFormat.ONNX, bytes, List.of(), List.of("no", "yes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'features' parameter");
        assertThatThrownBy(() ->
                        ServableModel.read(ArtifactFormat.ONNX, bytes, List.of("a", "b", "c"), List.of("no", "yes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("records by 3 features");
        assertThatThrownBy(
                        () -> ServableModel.read(ArtifactFormat.ONNX, bytes, List.of("a", "b"), List.of("x", "y", "z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 class scores");
    }

    @Test
    void bytesThatAreNoGraphAreRefusedWithASentence() {
        assertThatThrownBy(() ->
                        ServableModel.read(ArtifactFormat.ONNX, "not a model".getBytes(), List.of("a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the artifact is not an ONNX model ONNX Runtime can load");
    }

    @Test
    void aModelIsReadAndScoredFromAThreadWithAServerThreadsStack() throws Exception {
        var bytes = onnx(ServableModelTest.regressor());
        var scored = new CompletableFuture<Double>();
        var small = new Thread(
                null,
                () -> {
                    try (var servable = ServableModel.read(ArtifactFormat.ONNX, bytes, List.of("x"), List.of())) {
                        scored.complete(servable.score(new double[] {2.0}).value());
                    } catch (RuntimeException failed) {
                        scored.completeExceptionally(failed);
                    }
                },
                "small-stack",
                512 * 1024);
        small.start();

        assertThat(scored.get()).isCloseTo(6.0, within(0.1));
    }

    @Test
    void aClosedModelScoresNoMore() {
        var servable =
                ServableModel.read(ArtifactFormat.ONNX, onnx(ServableModelTest.regressor()), List.of("x"), List.of());
        servable.close();
        servable.close();

        assertThatThrownBy(() -> servable.score(new double[] {1.0})).isInstanceOf(IllegalStateException.class);
    }
}
