package io.mdt.monitoring.control;

import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ModelVersion;
import io.mdt.registry.entity.SchemaColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a version's target, prediction, scores and features are among the columns an
 * evaluation reads, so that the same positions pick them out of the reference and the window.
 */
public record OutputColumns(int target, int prediction, List<Integer> scores, List<Integer> features) {

    public static OutputColumns of(List<SchemaColumn> columns, ModelVersion version) {
        var scoreColumns = version.scoreColumns();
        int target = -1;
        int prediction = -1;
        var scores = new ArrayList<Integer>();
        var features = new ArrayList<Integer>();
        for (var scoreColumn : scoreColumns) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).getPosition() == scoreColumn.getPosition()) {
                    scores.add(i);
                }
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            var role = columns.get(i).getRole();
            if (role == ColumnRole.TARGET) {
                target = i;
            } else if (role == ColumnRole.PREDICTION) {
                prediction = i;
            } else if (role == ColumnRole.FEATURE) {
                features.add(i);
            }
        }
        return new OutputColumns(target, prediction, List.copyOf(scores), List.copyOf(features));
    }

    public boolean hasTarget() {
        return target >= 0;
    }

    public Column target(List<Column> data) {
        return target < 0 ? null : data.get(target);
    }

    public Column prediction(List<Column> data) {
        return prediction < 0 ? null : data.get(prediction);
    }

    public List<NumericalColumn> scores(List<Column> data) {
        return scores.stream().map(i -> (NumericalColumn) data.get(i)).toList();
    }

    public List<Column> features(List<Column> data) {
        return features.stream().map(data::get).toList();
    }

    /** The same columns restricted to the given rows. */
    public static List<Column> select(List<Column> data, int[] rows) {
        return data.stream().map(column -> column.select(rows)).toList();
    }
}
