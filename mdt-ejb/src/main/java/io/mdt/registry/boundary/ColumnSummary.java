package io.mdt.registry.boundary;

import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.SchemaColumn;
import io.mdt.registry.entity.ValueType;
import java.io.Serializable;
import java.util.List;

/** One column of a version's schema, as clients read it. */
public record ColumnSummary(
        String name,
        ColumnRole role,
        ValueType type,
        Double minimum,
        Double maximum,
        List<String> categories,
        String classLabel)
        implements Serializable {

    static ColumnSummary of(SchemaColumn column) {
        return new ColumnSummary(
                column.getName(),
                column.getRole(),
                column.getType(),
                column.getMinimum(),
                column.getMaximum(),
                List.copyOf(column.categoryList()),
                column.getRole() == ColumnRole.PREDICTION_SCORE ? column.scoreClass() : null);
    }
}
