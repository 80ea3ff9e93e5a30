package io.mdt.ingestion.rest;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Uploaded records are UTF-8, whatever the client's platform default. */
final class RequestBodies {

    private RequestBodies() {}

    static InputStreamReader utf8(InputStream body) {
        return new InputStreamReader(body, StandardCharsets.UTF_8);
    }
}
