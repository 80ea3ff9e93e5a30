package io.mdt.launcher;

/** The stack cannot start or stop; the message is one line an operator can act on. */
public class LaunchException extends RuntimeException {

    public LaunchException(String message) {
        super(message);
    }

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
