package io.mdt.serving.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mdt.serving.entity.ArtifactFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;

class ServableModelTest {

    private static final String[] FEATURES = {"b", "a"};

    private static byte[] bytes(Model<?> model) throws IOException {
        var out = new ByteArrayOutputStream();
        model.serializeToStream(out);
        return out.toByteArray();
    }

    static Model<Label> classifier() {
        var random = new Random(3);
        var factory = new LabelFactory();
        var data = new MutableDataset<>(new SimpleDataSourceProvenance("test", factory), factory);
        for (int i = 0; i < 1_000; i++) {
            double b = random.nextGaussian();
            double a = random.nextGaussian();
            data.add(new ArrayExample<>(new Label(b - a > 0 ? "yes" : "no"), FEATURES, new double[] {b, a}));
        }
        return new LogisticRegressionTrainer().train(data);
    }

    @Test
    void aClassifierScoresAsTribuoDoesWithItsFeaturesInTheModelsOrder() throws IOException {
        var model = classifier();
        var servable = ServableModel.read(ArtifactFormat.TRIBUO, bytes(model), List.of(), List.of());

        assertThat(servable.classifier()).isTrue();
        assertThat(servable.features()).containsExactly("a", "b");
        assertThat(servable.outputs()).containsExactlyInAnyOrder("yes", "no");
        var scored = servable.score(new double[] {-1.0, 2.0});
        var expected =
                model.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, FEATURES, new double[] {2.0, -1.0}));
        assertThat(scored.label()).isEqualTo(expected.getOutput().getLabel()).isEqualTo("yes");
        assertThat(scored.scores().get("yes"))
                .isCloseTo(expected.getOutputScores().get("yes").getScore(), within(1e-12));
        assertThat(scored.scores().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aRegressorGivesItsValue() throws IOException {
        var model = regressor();

        var servable = ServableModel.read(ArtifactFormat.TRIBUO, bytes(model), List.of(), List.of());

        assertThat(servable.classifier()).isFalse();
        assertThat(servable.outputs()).containsExactly("y");
        assertThat(servable.score(new double[] {1.0}).value())
                .isEqualTo(model.predict(new ArrayExample<>(
                                RegressionFactory.UNKNOWN_REGRESSOR, new String[] {"x"}, new double[] {1.0}))
                        .getOutput()
                        .getValues()[0]);
    }

    static Model<Regressor> regressor() {
        var factory = new RegressionFactory();
        var data = new MutableDataset<>(new SimpleDataSourceProvenance("test", factory), factory);
        var random = new Random(4);
        for (int i = 0; i < 500; i++) {
            double x = random.nextGaussian();
            data.add(new ArrayExample<>(new Regressor("y", 3 * x), new String[] {"x"}, new double[] {x}));
        }
        return new LinearSGDTrainer(new SquaredLoss(), new AdaGrad(0.1), 10, 1L).train(data);
    }

    @Test
    void bytesThatAreNoModelAreRefusedWithASentence() {
        assertThatThrownBy(
                        () -> ServableModel.read(ArtifactFormat.TRIBUO, "not a model".getBytes(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the artifact is not a Tribuo model in protobuf form");
        assertThatThrownBy(() -> ServableModel.read(ArtifactFormat.TRIBUO, new byte[] {8, 1}, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
