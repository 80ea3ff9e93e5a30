package io.mdt.launcher;

/**
 * A setting read from the environment is malformed: bad usage, reported in one line that
 * names the variable, with exit code 2, before anything starts.
 */
public class InvalidSettingException extends LaunchException {

    public InvalidSettingException(String message) {
        super(message);
    }
}
