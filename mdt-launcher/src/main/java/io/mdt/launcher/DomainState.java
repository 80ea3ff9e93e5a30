package io.mdt.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What the launcher knows of the domain it created: the fingerprint of the configuration it
 * applied (a change means the domain is rebuilt), the internal ports it chose, and the
 * checksum of the EAR last deployed (an unchanged EAR is not redeployed).
 */
record DomainState(String fingerprint, int[] internalPorts, String deployedEar) {

    static Optional<DomainState> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
            var ports = Arrays.stream(
                            properties.getProperty("internalPorts", "").split(","))
                    .filter(port -> !port.isBlank())
                    .mapToInt(Integer::parseInt)
                    .toArray();
            return Optional.of(new DomainState(
                    properties.getProperty("fingerprint", ""), ports, properties.getProperty("deployedEar", "")));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    void write(Path file) {
        var properties = new Properties();
        properties.setProperty("fingerprint", fingerprint);
        properties.setProperty(
                "internalPorts",
                Arrays.stream(internalPorts).mapToObj(String::valueOf).collect(Collectors.joining(",")));
        properties.setProperty("deployedEar", deployedEar);
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "MDT domain state, written by the launcher");
        } catch (IOException e) {
            throw new LaunchException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    boolean internalPortsFree() {
        return Arrays.stream(internalPorts).allMatch(Ports::isFree);
    }

    DomainState deployed(String earChecksum) {
        return new DomainState(fingerprint, internalPorts, earChecksum);
    }
}
