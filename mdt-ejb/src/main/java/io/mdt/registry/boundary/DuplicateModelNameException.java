package io.mdt.registry.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Another model already has the name. Detected before writing, so the transaction stays
 * usable; when two writers race, the database constraint decides and the loser's
 * transaction is rolled back by the persistence provider.
 */
@ApplicationException(rollback = false)
public class DuplicateModelNameException extends RuntimeException {

    public DuplicateModelNameException(String name) {
        super("a model named '" + name + "' already exists");
    }
}
