package io.mdt.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.ONNXExportable;
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

/** Tribuo models trained here for serving, in Tribuo's form or as ONNX, and a binary classification version they fit. */
final class ServedModels {

    static final String[] FEATURES = {"x1", "x2"};

    private ServedModels() {}

    /** Uploads the model as the artifact of version v1 of the named model, which must take it. */
    static void upload(Mdt mdt, String model, Model<?> served) throws IOException {
        mdt.api()
                .contentType("application/octet-stream")
                .body(bytes(served))
                .put("/models/" + model + "/versions/v1/artifact?format=tribuo")
                .then()
                .statusCode(200);
    }

    /** A new binary classification model with version v1: x1, x2 and region, label, p1. */
    static String classifierVersion(Mdt mdt, String prefix) {
        var model = Mdt.uniqueName(prefix);
        mdt.createModel(model, "BINARY_CLASSIFICATION");
        mdt.api().body("""
                        {"label": "v1", "positiveClass": "1", "columns": [
                          {"name": "id", "role": "ID"},
                          {"name": "time", "role": "TIMESTAMP"},
                          {"name": "x1", "role": "FEATURE", "type": "NUMERICAL"},
                          {"name": "x2", "role": "FEATURE", "type": "NUMERICAL"},
                          {"name": "region", "role": "FEATURE", "type": "CATEGORICAL"},
                          {"name": "label", "role": "PREDICTION", "type": "NUMERICAL"},
                          {"name": "p1", "role": "PREDICTION_SCORE", "classLabel": "1"},
                          {"name": "outcome", "role": "TARGET", "type": "NUMERICAL"}]}
                        """).post("/models/" + model + "/versions").then().statusCode(201);
        return model;
    }

    /** A logistic regression of class 1 on x1 and x2, trained on a known concept. */
    static Model<Label> classifier() {
        var random = new Random(7);
        var factory = new LabelFactory();
        var data = new MutableDataset<>(new SimpleDataSourceProvenance("serving test", factory), factory);
        for (int i = 0; i < 2_000; i++) {
            double x1 = random.nextGaussian();
            double x2 = random.nextGaussian();
            double p = 1 / (1 + Math.exp(-(1.5 * x1 - x2)));
            var label = new Label(random.nextDouble() < p ? "1" : "0");
            data.add(new ArrayExample<>(label, FEATURES, new double[] {x1, x2}));
        }
        return new LogisticRegressionTrainer().train(data);
    }

    static Model<Regressor> regression() {
        var random = new Random(8);
        var factory = new RegressionFactory();
        var data = new MutableDataset<>(new SimpleDataSourceProvenance("serving test", factory), factory);
        for (int i = 0; i < 500; i++) {
            double x1 = random.nextGaussian();
            data.add(new ArrayExample<>(new Regressor("y", 2 * x1), new String[] {"x1"}, new double[] {x1}));
        }
        return new LinearSGDTrainer(new SquaredLoss(), new AdaGrad(0.1), 5, 1L).train(data);
    }

    /** The model as an ONNX graph, as Tribuo exports it. */
    static byte[] onnx(Model<?> model) {
        return ((ONNXExportable) model).exportONNXModel("io.mdt.system", 1L).toByteArray();
    }

    /** A classifier's classes in the order of its scores, as an ONNX upload names them. */
    static List<String> classes(Model<Label> model) {
        var info = model.getOutputIDInfo();
        return info.getDomain().stream()
                .sorted(Comparator.comparingInt(info::getID))
                .map(Label::getLabel)
                .toList();
    }

    static byte[] bytes(Model<?> model) throws IOException {
        var out = new ByteArrayOutputStream();
        model.serializeToStream(out);
        return out.toByteArray();
    }
}
