package io.mdt.platform.rest;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Uploaded records are UTF-8, whatever the client's platform default. Bytes that are not UTF-8
 * fail the read instead of becoming U+FFFD, which would merge distinct ids and categories.
 */
public final class RequestBodies {

    private RequestBodies() {}

    public static InputStreamReader utf8(InputStream body) {
        return new InputStreamReader(
                body,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
