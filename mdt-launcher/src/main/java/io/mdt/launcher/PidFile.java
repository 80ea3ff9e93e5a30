package io.mdt.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process id a Payara server (the DAS or an instance) writes to its {@code config/pid} as it starts. */
final class PidFile {

    private PidFile() {}

    /** Reads the pid of the server {@code whose} file it is, for the error's wording. */
    static long read(Path file, String whose) {
        try {
            return Long.parseLong(Files.readString(file).strip());
        } catch (IOException | NumberFormatException e) {
            throw new LaunchException("cannot read the pid of " + whose + " from " + file + ": " + e.getMessage(), e);
        }
    }
}
