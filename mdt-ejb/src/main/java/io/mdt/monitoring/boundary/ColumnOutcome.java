package io.mdt.monitoring.boundary;

import io.mdt.monitoring.entity.ColumnResult;
import io.mdt.monitoring.entity.ColumnVerdict;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ValueType;
import java.io.Serializable;

/** One column's result in a run, as clients read it. */
public record ColumnOutcome(String column, ColumnRole role, ValueType type, ColumnVerdict result)
        implements Serializable {

    static ColumnOutcome of(ColumnResult result) {
        return new ColumnOutcome(result.getColumn(), result.getRole(), result.getType(), result.verdict());
    }
}
