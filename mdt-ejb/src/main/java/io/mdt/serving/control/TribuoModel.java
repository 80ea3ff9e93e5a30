package io.mdt.serving.control;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * A Tribuo model read from its protobuf form, which names the features it reads and the classes
 * it tells apart. Tribuo models are immutable once trained and their {@code predict} is safe
 * from several threads.
 */
final class TribuoModel implements ServableModel {

    private final Model<?> model;
    private final boolean classifier;
    private final String[] features;
    private final List<String> outputs;

    private TribuoModel(Model<?> model, boolean classifier) {
        this.model = model;
        this.classifier = classifier;
        var names = new ArrayList<String>();
        for (VariableInfo info : model.getFeatureIDMap()) {
            names.add(info.getName());
        }
        this.features = names.toArray(String[]::new);
        var domain = new ArrayList<String>();
        if (classifier) {
            model.getOutputIDInfo().getDomain().forEach(label -> domain.add(((Label) label).getLabel()));
        } else {
            model.getOutputIDInfo().getDomain().forEach(output -> domain.add(((Regressor) output).getNames()[0]));
        }
        this.outputs = List.copyOf(domain);
    }

    /** The model in these bytes (Tribuo's {@code ModelProto}), which must classify or regress. */
    static TribuoModel read(byte[] content) {
        Model<?> model;
        try {
            model = Model.deserialize(ModelProto.parseFrom(content));
        } catch (InvalidProtocolBufferException | RuntimeException unreadable) {
            throw new IllegalArgumentException("the artifact is not a Tribuo model in protobuf form ("
                    + unreadable.getClass().getSimpleName() + ")");
        }
        if (model.validate(Label.class)) {
            return new TribuoModel(model, true);
        }
        if (model.validate(Regressor.class)) {
            return new TribuoModel(model, false);
        }
        throw new IllegalArgumentException("the artifact's model neither classifies nor regresses");
    }

    @Override
    public List<String> features() {
        return List.of(features);
    }

    @Override
    public List<String> outputs() {
        return outputs;
    }

    @Override
    public boolean classifier() {
        return classifier;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Scored score(double[] values) {
        if (classifier) {
            Example<Label> example = new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, features, values);
            var prediction = ((Model<Label>) (Model) model).predict(example);
            var scores = new LinkedHashMap<String, Double>();
            if (prediction.hasProbabilities()) {
                prediction.getOutputScores().forEach((label, scored) -> scores.put(label, scored.getScore()));
            }
            return new Scored(prediction.getOutput().getLabel(), null, scores);
        }
        Example<Regressor> example = new ArrayExample<>(RegressionFactory.UNKNOWN_REGRESSOR, features, values);
        var prediction = ((Model<Regressor>) (Model) model).predict(example);
        return new Scored(null, prediction.getOutput().getValues()[0], Map.of());
    }

    /** A Tribuo model lives on the heap alone. */
    @Override
    public void close() {}
}
