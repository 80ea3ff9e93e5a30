package io.mdt.engine.drift;

/**
 * A test that has no value on the given samples (too few values, a zero spread, more than two
 * categories for a two-category test). The engine reports the message on that column instead of
 * failing the whole report, which is where Evidently raises.
 */
public final class UndefinedTestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UndefinedTestException(String message) {
        super(message);
    }
}
