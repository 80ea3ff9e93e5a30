package io.mdt.platform.rest;

import io.mdt.platform.boundary.MalformedJsonException;
import io.mdt.platform.control.JsonBinding;
import io.mdt.platform.control.StrictJson;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads every JSON request body that the API binds to a record, in place of the runtime's
 * lenient binding: UTF-8 only, at most {@value #MAX_BYTES} bytes, {@link StrictJson}'s rules,
 * and types exactly as the record declares them ({@link JsonBinding}). Batches of records are
 * streamed by their own readers and are not read here.
 *
 * <p>Declared for {@link Record} rather than {@code Object}: the runtime picks the reader whose
 * declared type is nearest the parameter's, so this one always wins over the general JSON-B
 * reader, which would otherwise be chosen in an order the runtime does not fix.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class StrictJsonReader implements MessageBodyReader<Record> {

    static final int MAX_BYTES = 1 << 20;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(
            Class<Record> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream body)
            throws IOException {
        var bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new MalformedJsonException("body", "is larger than " + MAX_BYTES + " bytes");
        }
        if (new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new MalformedJsonException("body", "is empty; expected a JSON object");
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            var text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return JsonBinding.bind(StrictJson.parse(new StringReader(text)), type);
        } catch (CharacterCodingException e) {
            throw new MalformedJsonException("body", "is not valid UTF-8 text");
        }
    }
}
