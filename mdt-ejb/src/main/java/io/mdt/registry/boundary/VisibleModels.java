package io.mdt.registry.boundary;

import java.util.Set;

/**
 * The models a caller sees, for components that list things of models (alerts, rules,
 * notifications) and keep only those of visible ones.
 *
 * @param all whether every model is visible; {@code ids} is then empty
 * @param ids the visible models' ids
 */
public record VisibleModels(boolean all, Set<Long> ids) {

    public static final VisibleModels ALL = new VisibleModels(true, Set.of());

    public VisibleModels {
        ids = Set.copyOf(ids);
    }

    public boolean includes(long modelId) {
        return all || ids.contains(modelId);
    }

    /** Whether nothing is visible, so that a query need not run. */
    public boolean none() {
        return !all && ids.isEmpty();
    }
}
