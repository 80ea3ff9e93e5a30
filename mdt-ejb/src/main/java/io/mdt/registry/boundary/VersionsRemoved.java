package io.mdt.registry.boundary;

import java.util.List;

/**
 * Versions are about to be removed, with everything the database deletes along with them.
 * Fired synchronously inside the removing transaction, before the rows go, so that other
 * components can release what they hold for these versions outside the database (the
 * monitors' timers) in that same transaction: both happen, or neither.
 */
public record VersionsRemoved(List<Long> versionIds) {

    public VersionsRemoved {
        versionIds = List.copyOf(versionIds);
    }
}
