package io.mdt.platform.rest;

import io.mdt.platform.control.StorableText;
import io.mdt.registry.boundary.Violation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Refuses, before any resource runs, a request whose path or query decodes to text MDT could
 * not store or look up: bytes that are not UTF-8 (which a lenient decoder would turn into
 * U+FFFD and so into another name), NUL and unpaired surrogates.
 */
@Provider
@PreMatching
public class RequestTextFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        var uri = request.getUriInfo().getRequestUri();
        check("path", uri.getRawPath(), request);
        if (uri.getRawQuery() != null) {
            check("query", uri.getRawQuery(), request);
        }
    }

    private static void check(String part, String raw, ContainerRequestContext request) {
        var problem = problem(raw);
        if (problem != null) {
            request.abortWith(
                    Problem.invalid("the request " + part + " " + problem, List.of(new Violation(part, problem)))
                            .toResponse());
        }
    }

    /** Why the percent-encoded text cannot be taken, or null. */
    static String problem(String raw) {
        var bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            } else if (i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else {
                return "has a '%' that does not start an escape such as %20";
            }
        }
        try {
            var text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
            return StorableText.problem(text);
        } catch (CharacterCodingException e) {
            return "is not valid UTF-8 once decoded";
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
